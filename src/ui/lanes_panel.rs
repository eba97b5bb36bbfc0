//! The left panel: the timeline's title and its lanes (rename, recolour, reorder, add, remove).

use super::text_fields::{Drafts, Field};
use crate::command::{Command, ModelCommand};
use crate::model::{Lane, Rgb};
use crate::state::AppView;

/// Draws the timeline title and the lanes.
pub fn lanes_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    ui.heading("Timeline");
    ui.separator();
    drafts
        .field_ui(ui, Field::ProjectTitle, &app.project.title, |text| {
            egui::TextEdit::singleline(text)
                .desired_width(f32::INFINITY)
                .hint_text("Timeline title")
        })
        .accessible_name("Timeline title");
    ui.add_space(12.0);
    ui.heading("Lanes");
    ui.separator();
    let count = app.project.lanes.len();
    for (index, lane) in app.project.lanes.iter().enumerate() {
        ui.push_id(("lane", lane.id), |ui| {
            ui.horizontal(|ui| lane_row_ui(ui, lane, index, count, app, drafts, commands));
        });
    }
    if ui.button("➕ Add lane").clicked() {
        commands.push(ModelCommand::AddLane.into());
    }
}

fn lane_row_ui(
    ui: &mut egui::Ui,
    lane: &Lane,
    index: usize,
    count: usize,
    app: AppView<'_>,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    let mut srgb = lane.color.0;
    if ui
        .color_edit_button_srgb(&mut srgb)
        .on_hover_text("Lane colour")
        .changed()
    {
        commands.push(
            ModelCommand::RecolourLane {
                id: lane.id,
                color: Rgb(srgb),
            }
            .into(),
        );
    }
    ui.vertical(|ui| {
        drafts
            .field_ui(ui, Field::LaneName(lane.id), &lane.name, |text| {
                egui::TextEdit::singleline(text).desired_width(120.0)
            })
            .accessible_name(format!("Name of lane {}", index + 1));
    });
    let move_to = |to_index| ModelCommand::MoveLane {
        id: lane.id,
        to_index,
    };
    if ui
        .add_enabled(index > 0, egui::Button::new("⏶").small())
        .on_hover_text("Move up")
        .clicked()
    {
        commands.push(move_to(index - 1).into());
    }
    if ui
        .add_enabled(index + 1 < count, egui::Button::new("⏷").small())
        .on_hover_text("Move down")
        .clicked()
    {
        commands.push(move_to(index + 1).into());
    }
    if ui
        .add_enabled(count > 1, egui::Button::new("🗑").small())
        // Counted only while the pointer is on the button: a big project has many events.
        .on_hover_ui(|ui| {
            let events = app
                .project
                .events
                .iter()
                .filter(|e| e.lane == lane.id)
                .count();
            ui.label(if events == 0 {
                "Remove lane".to_owned()
            } else {
                format!("Remove lane; its {events} event(s) move to the neighbouring lane")
            });
        })
        .clicked()
    {
        commands.push(ModelCommand::RemoveLane(lane.id).into());
    }
}
