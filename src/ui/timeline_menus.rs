//! Right-click menus of the timeline: on a card (edit, delete, duplicate, lane, colour, source,
//! copy), on the background (new event, paste, fit, zoom to the year, month or day clicked) and on a
//! lane's name (rename, colour, move, delete).

use super::timeline_cache::{PasteAt, TimelineCache};
use crate::command::{Command, ModelCommand, ViewCommand, ViewGoal};
use crate::model::{Date, Event, EventChange, EventId, LaneId, Precision, Rgb};
use crate::state::AppView;
use crate::timeline::snap;

/// The events a card's menu acts on: the selection when the card is in it, else the card alone.
fn targets(app: AppView<'_>, event: &Event) -> Vec<EventId> {
    if app.view.selection.contains(&event.id) {
        app.view.selection.iter().copied().collect()
    } else {
        vec![event.id]
    }
}

/// The menu of a card.
pub fn card_menu(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    event: &Event,
    clipboard_out: &mut Option<String>,
    commands: &mut Vec<Command>,
) {
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    let ids = targets(app, event);
    let many = ids.len() > 1;
    if ui.button("Edit title").clicked() {
        commands.push(ViewCommand::EditTitle(event.id).into());
    }
    let delete = if many {
        format!("Delete {} events", ids.len())
    } else {
        "Delete".to_owned()
    };
    if ui.button(delete).clicked() {
        commands.push(ViewCommand::SelectMany(ids.clone()).into());
        commands.push(ModelCommand::DeleteSelected.into());
    }
    if ui.button("Duplicate").clicked() {
        commands.push(ViewCommand::SelectMany(ids.clone()).into());
        commands.push(ModelCommand::DuplicateSelected.into());
    }
    if ui.button("Copy").clicked() {
        *clipboard_out = super::clipboard::copied_where(app, |id| ids.contains(&id));
    }
    ui.separator();
    ui.menu_button("Move to lane", |ui| {
        for lane in &app.project.lanes {
            let here = !many && lane.id == event.lane;
            if ui
                .add_enabled(!here, egui::Button::new(&lane.name))
                .clicked()
            {
                commands.push(
                    ModelCommand::ChangeEvents {
                        ids: ids.clone(),
                        change: EventChange::Lane(lane.id),
                    }
                    .into(),
                );
            }
        }
    });
    ui.menu_button("Colour", |ui| {
        if let Some(color) = palette_ui(ui) {
            commands.push(
                ModelCommand::ChangeEvents {
                    ids: ids.clone(),
                    change: EventChange::Colour(Some(color)),
                }
                .into(),
            );
        }
        if ui.button("The lane's colour").clicked() {
            commands.push(
                ModelCommand::ChangeEvents {
                    ids: ids.clone(),
                    change: EventChange::Colour(None),
                }
                .into(),
            );
        }
    });
    let source = event.sources.first();
    if ui
        .add_enabled(
            source.is_some(),
            egui::Button::new("Show source in article"),
        )
        .on_disabled_hover_text("This event has no source article")
        .clicked()
        && let Some(source) = source
    {
        commands.push(
            ViewCommand::SetPanels(crate::state::PanelLayout {
                reader: true,
                ..app.prefs.panels
            })
            .into(),
        );
        commands.push(
            ViewCommand::ShowSource {
                article: source.article,
                span: crate::model::CharSpan {
                    start: source.start,
                    end: source.end,
                },
            }
            .into(),
        );
    }
}

/// Colour swatches of the palette; the one clicked.
fn palette_ui(ui: &mut egui::Ui) -> Option<Rgb> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        for rgb in Rgb::PALETTE {
            let swatch = egui::Button::new("")
                .fill(super::theme::color(rgb))
                .min_size(egui::vec2(20.0, 20.0));
            if ui.add(swatch).on_hover_text(rgb.to_hex()).clicked() {
                chosen = Some(rgb);
            }
        }
    });
    chosen
}

/// The menu of the background, opened at `days` on `lane`.
pub fn background_menu(
    ui: &mut egui::Ui,
    days_per_point: f64,
    (days, lane): (f64, LaneId),
    cache: &mut TimelineCache,
    commands: &mut Vec<Command>,
) {
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    let precision = snap::precision_for_zoom(days_per_point);
    if ui.button("New event here").clicked() {
        commands.push(
            ModelCommand::CreateEvent {
                start: Date::from_days(days, precision),
                lane,
            }
            .into(),
        );
    }
    if ui.button("Paste here").clicked() {
        cache.paste_at = Some(PasteAt::Here { days, lane });
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
    }
    ui.separator();
    if ui.button("Fit all").clicked() {
        commands.push(ViewCommand::FitAll.into());
    }
    for precision in [Precision::Year, Precision::Month, Precision::Day] {
        let date = Date::from_days(days, precision);
        if ui.button(format!("Zoom to {}", date.human())).clicked() {
            commands
                .push(ViewCommand::Goal(ViewGoal::Span(date.start_days(), date.end_days())).into());
        }
    }
}

/// The menu of a lane's name.
pub fn lane_menu(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    lane_index: usize,
    rename: &mut Option<(LaneId, String)>,
    commands: &mut Vec<Command>,
) {
    let Some(lane) = app.project.lanes.get(lane_index) else {
        return;
    };
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        // Escape cancels: the typed name is dropped with the menu.
        *rename = None;
        ui.close();
        return;
    }
    if rename.as_ref().is_none_or(|(id, _)| *id != lane.id) {
        *rename = Some((lane.id, lane.name.clone()));
    }
    if let Some((_, name)) = rename.as_mut() {
        let label = ui.label("Name");
        let field = ui
            .add(egui::TextEdit::singleline(name).desired_width(180.0))
            .labelled_by(label.id);
        // Enter closes the menu; the name is given when it closes (see the lane names on the
        // canvas), however it closes but Escape.
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            ui.close();
        }
    }
    ui.menu_button("Colour", |ui| {
        if let Some(color) = palette_ui(ui) {
            ui.close_kind(egui::UiKind::Menu);
            commands.push(ModelCommand::RecolourLane { id: lane.id, color }.into());
        }
    });
    let last = app.project.lanes.len().saturating_sub(1);
    if ui
        .add_enabled(lane_index > 0, egui::Button::new("Move up"))
        .clicked()
    {
        ui.close();
        commands.push(
            ModelCommand::MoveLane {
                id: lane.id,
                to_index: lane_index - 1,
            }
            .into(),
        );
    }
    if ui
        .add_enabled(lane_index < last, egui::Button::new("Move down"))
        .clicked()
    {
        ui.close();
        commands.push(
            ModelCommand::MoveLane {
                id: lane.id,
                to_index: lane_index + 1,
            }
            .into(),
        );
    }
    ui.separator();
    if ui.button("Add lane").clicked() {
        ui.close();
        commands.push(ModelCommand::AddLane.into());
    }
    if ui
        .add_enabled(last > 0, egui::Button::new("Delete lane"))
        .on_hover_text("Its events move to the lane next to it")
        .on_disabled_hover_text("A timeline keeps at least one lane")
        .clicked()
    {
        ui.close();
        commands.push(ModelCommand::RemoveLane(lane.id).into());
    }
}
