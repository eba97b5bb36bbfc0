//! The left panel: lanes (rename, recolour, reorder, add, remove) and the opened articles.

use std::collections::BTreeMap;

use super::AppView;
use crate::command::Command;
use crate::model::{Edit, Lane, LaneId, Rgb};

/// Lane names and the timeline title being typed.
#[derive(Default)]
pub struct LanesState {
    names: BTreeMap<LaneId, String>,
    title: Option<String>,
}

/// Draws the timeline title and the lanes.
pub fn lanes_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut LanesState,
    commands: &mut Vec<Command>,
) {
    ui.heading("Timeline");
    ui.separator();
    let editing = ui.memory(egui::Memory::focused).is_some();
    let title = state.title.get_or_insert_with(|| app.project.title.clone());
    if !editing && *title != app.project.title {
        title.clone_from(&app.project.title);
    }
    let response = ui
        .add(
            egui::TextEdit::singleline(title)
                .desired_width(f32::INFINITY)
                .hint_text("Timeline title"),
        )
        .accessible_name("Timeline title");
    if response.lost_focus() && !title.trim().is_empty() && title.trim() != app.project.title {
        commands.push(Command::Edit(Edit::SetTitle(title.trim().to_owned())));
    }
    ui.add_space(12.0);
    ui.heading("Lanes");
    ui.separator();
    state.names.retain(|id, _| app.project.lane(*id).is_some());
    let count = app.project.lanes.len();
    for (index, lane) in app.project.lanes.iter().enumerate() {
        ui.horizontal(|ui| lane_row_ui(ui, lane, index, count, app, state, commands));
    }
    if ui.button("➕ Add lane").clicked() {
        commands.push(Command::AddLane);
    }
}

fn lane_row_ui(
    ui: &mut egui::Ui,
    lane: &Lane,
    index: usize,
    count: usize,
    app: AppView<'_>,
    state: &mut LanesState,
    commands: &mut Vec<Command>,
) {
    let mut srgb = lane.color.0;
    if ui.color_edit_button_srgb(&mut srgb).changed() {
        commands.push(Command::Edit(Edit::UpdateLane(Lane {
            color: Rgb(srgb),
            ..lane.clone()
        })));
    }
    let name = state
        .names
        .entry(lane.id)
        .or_insert_with(|| lane.name.clone());
    let editing = ui.memory(egui::Memory::focused).is_some();
    if !editing && *name != lane.name {
        name.clone_from(&lane.name);
    }
    let response = ui
        .add(
            egui::TextEdit::singleline(name)
                .desired_width(120.0)
                .id_salt(("lane_name", lane.id)),
        )
        .accessible_name(format!("Name of lane {}", index + 1));
    if response.lost_focus() && !name.trim().is_empty() && name.as_str() != lane.name {
        commands.push(Command::Edit(Edit::UpdateLane(Lane {
            name: name.trim().to_owned(),
            ..lane.clone()
        })));
    }
    if ui
        .add_enabled(index > 0, egui::Button::new("⏶").small())
        .on_hover_text("Move up")
        .clicked()
    {
        commands.push(Command::Edit(Edit::MoveLane {
            id: lane.id,
            to_index: index - 1,
        }));
    }
    if ui
        .add_enabled(index + 1 < count, egui::Button::new("⏷").small())
        .on_hover_text("Move down")
        .clicked()
    {
        commands.push(Command::Edit(Edit::MoveLane {
            id: lane.id,
            to_index: index + 1,
        }));
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
        commands.push(Command::RemoveLane(lane.id));
    }
}
