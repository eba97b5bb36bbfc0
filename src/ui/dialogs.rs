//! The "unsaved changes" question asked before work would be discarded.

use crate::command::{Answer, Command, PendingAction};
use crate::model::project_file::OverwriteRisk;
use crate::state::AppView;

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
                commands.push(Answer::ConfirmPending { save_first: true }.into());
            }
            if ui.button("Don't save").clicked() {
                commands.push(Answer::ConfirmPending { save_first: false }.into());
            }
            if ui.button("Cancel").clicked() {
                commands.push(Answer::CancelPending.into());
            }
        });
    });
    if modal.should_close() {
        commands.push(Answer::CancelPending.into());
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
                commands.push(Answer::SaveElsewhere.into());
            }
            if ui.button("Replace it").clicked() {
                commands.push(Answer::ConfirmOverwrite.into());
            }
            if ui.button("Cancel").clicked() {
                commands.push(Answer::CancelOverwrite.into());
            }
        });
    });
    if modal.should_close() {
        commands.push(Answer::CancelOverwrite.into());
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
                commands.push(Answer::ReviewDateChange { update: true }.into());
            }
            if ui.button("Keep them as they are").clicked() {
                commands.push(Answer::ReviewDateChange { update: false }.into());
            }
        });
    });
    if modal.should_close() {
        commands.push(Answer::ReviewDateChange { update: false }.into());
    }
}

/// At start-up, after a crash: restore the unsaved work found, discard it, or decide later. Only
/// Discard deletes it; clicking outside the box or pressing Escape does nothing.
pub fn recovery_ui(ctx: &egui::Context, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(offer) = app.offered_recovery else {
        return;
    };
    let name = offer.original_path.as_deref().map_or_else(
        || format!("“{}” (never saved)", offer.title),
        |p| p.display().to_string(),
    );
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading("Restore unsaved work?");
        ui.label(format!(
            "Dateline closed without saving changes to {name}: {}. Restore them?",
            offer.summary
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                commands.push(Answer::Recover { restore: true }.into());
            }
            if ui
                .button("Discard")
                .on_hover_text("Delete the unsaved work for good")
                .clicked()
            {
                commands.push(Answer::Recover { restore: false }.into());
            }
            if ui
                .button("Decide later")
                .on_hover_text("Keep it: the next start offers it again")
                .clicked()
            {
                commands.push(Answer::PostponeRecovery.into());
            }
        });
    });
}

/// While a big project is being opened: the window waits for it (nothing can be edited meanwhile).
pub fn opening_ui(ctx: &egui::Context, app: AppView<'_>) {
    let Some(path) = app.opening else {
        return;
    };
    egui::Modal::new(egui::Id::unique("opening")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!("Opening {}…", path.display()));
        });
    });
}
