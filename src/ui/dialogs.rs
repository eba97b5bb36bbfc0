//! The "unsaved changes" question asked before work would be discarded.

use super::AppView;
use crate::command::{Command, PendingAction};
use crate::model::project_file::OverwriteRisk;

/// Shows the question while an action waits for it.
pub fn unsaved_dialog_ui(ctx: &egui::Context, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(action) = app.pending else {
        return;
    };
    let doing = match action {
        PendingAction::NewProject => "starting a new timeline",
        PendingAction::OpenDialog | PendingAction::Open(_) => "opening another timeline",
        PendingAction::Quit => "quitting",
    };
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.heading("Save changes?");
        ui.label(format!(
            "“{}” has unsaved changes. Save them before {doing}?",
            app.project.title
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                commands.push(Command::ConfirmPending { save_first: true });
            }
            if ui.button("Don't save").clicked() {
                commands.push(Command::ConfirmPending { save_first: false });
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelPending);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelPending);
    }
}

/// "Replace that file?" when a save would overwrite a file written by a newer Dateline, or one that is
/// not a project this version reads.
pub fn overwrite_dialog_ui(ctx: &egui::Context, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(question) = app.overwrite else {
        return;
    };
    let name = question.path.file_name().map_or_else(
        || question.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let heading = match question.risk {
        OverwriteRisk::NewerVersion { .. } => "Replace a file from a newer Dateline?",
        OverwriteRisk::Damaged { .. } => "Replace a file Dateline cannot read?",
    };
    let modal = egui::Modal::new(egui::Id::unique("overwrite_question")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(heading);
        ui.label(format!("“{name}” was not saved: {}.", question.risk));
        ui.label(
            egui::RichText::new(question.path.display().to_string())
                .small()
                .weak(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save elsewhere…").clicked() {
                commands.push(Command::SaveElsewhere);
            }
            if ui.button("Replace it").clicked() {
                commands.push(Command::ConfirmOverwrite);
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelOverwrite);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelOverwrite);
    }
}

/// After an article-date change: the accepted events that would move, to update or keep.
pub fn date_review_ui(ctx: &egui::Context, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(review) = app.date_review else {
        return;
    };
    let article = app
        .project
        .article(review.article)
        .map_or("the article", |a| a.title.as_str());
    let modal = egui::Modal::new(egui::Id::unique("date_review")).show(ctx, |ui| {
        ui.heading("Update accepted events?");
        ui.label(format!(
            "The new date of “{article}” resolves {} accepted event(s) differently:",
            review.updated.len()
        ));
        for event in &review.updated {
            let old = app
                .project
                .event(event.id)
                .map(|e| e.start.human())
                .unwrap_or_default();
            ui.label(format!(
                "• {}: {old} → {}",
                event.title,
                event.start.human()
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Update events").clicked() {
                commands.push(Command::ReviewDateChange { update: true });
            }
            if ui.button("Keep them as they are").clicked() {
                commands.push(Command::ReviewDateChange { update: false });
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ReviewDateChange { update: false });
    }
}

/// At start-up, after a crash: restore the unsaved work found, or discard it.
pub fn recovery_ui(ctx: &egui::Context, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(recovered) = app.offered_recovery else {
        return;
    };
    let name = recovered.meta.original_path.as_deref().map_or_else(
        || format!("“{}” (never saved)", recovered.project.title),
        |p| p.display().to_string(),
    );
    let modal = egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.heading("Restore unsaved work?");
        ui.label(format!(
            "Dateline closed without saving changes to {name}: {}. Restore them?",
            recovered.project.summary()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                commands.push(Command::Recover { restore: true });
            }
            if ui.button("Discard").clicked() {
                commands.push(Command::Recover { restore: false });
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::Recover { restore: false });
    }
}
