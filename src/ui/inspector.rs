//! The inspector: every field of the selected event, edited in place; each committed change is one undo step.

use super::{AppView, UiState};
use crate::command::Command;
use crate::model::{Date, Edit, Event, Precision, Rgb};

/// Text being typed in the inspector, reloaded whenever the selected event changes.
#[derive(Default)]
pub struct InspectorState {
    /// The event the buffers were loaded from.
    loaded: Option<Event>,
    title: String,
    description: String,
    start: String,
    end: String,
    /// A date the user typed that does not parse, shown under the field.
    date_error: Option<String>,
}

impl InspectorState {
    fn load(&mut self, event: &Event) {
        self.loaded = Some(event.clone());
        self.title.clone_from(&event.title);
        self.description.clone_from(&event.description);
        self.start = event.start.to_iso();
        self.end = event.end.map(|d| d.to_iso()).unwrap_or_default();
        self.date_error = None;
    }
}

/// Draws the inspector for the current selection.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    ui.heading("Inspector");
    ui.separator();
    let selected: Vec<&Event> = app
        .view
        .selection
        .iter()
        .filter_map(|id| app.project.event(*id))
        .collect();
    match selected.as_slice() {
        [] => {
            state.inspector.loaded = None;
            ui.label("Select an event to edit it.");
            ui.add_space(8.0);
            ui.weak("Double-click the timeline to add an event at that date and lane.\nDrag cards to move them, drag the background to pan, scroll to zoom, F to fit all.");
        }
        [event] => {
            let editing = ui.ctx().egui_wants_keyboard_input();
            let changed_elsewhere = state.inspector.loaded.as_ref() != Some(*event);
            let other_event = state
                .inspector
                .loaded
                .as_ref()
                .is_none_or(|l| l.id != event.id);
            if other_event || (changed_elsewhere && !editing) {
                state.inspector.load(event);
            }
            egui::ScrollArea::vertical()
                .show(ui, |ui| event_fields_ui(ui, app, event, state, commands));
        }
        many => {
            state.inspector.loaded = None;
            ui.label(format!("{} events selected", many.len()));
            ui.weak("Drag one of them to move them all.");
            if ui.button("🗑 Delete selected").clicked() {
                commands.push(Command::DeleteSelected);
            }
        }
    }
}

fn event_fields_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    event: &Event,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    let fields = &mut state.inspector;
    let mut changed: Option<Event> = None;
    let label = ui.label("Title");
    let title = ui
        .add(
            egui::TextEdit::singleline(&mut fields.title)
                .desired_width(f32::INFINITY)
                .hint_text("What happened"),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut state.focus_title) {
        title.request_focus();
    }
    if title.lost_focus() && fields.title != event.title {
        changed = Some(Event {
            title: fields.title.clone(),
            ..event.clone()
        });
    }
    let label = ui.label("Description");
    let description = ui
        .add(
            egui::TextEdit::multiline(&mut fields.description)
                .desired_width(f32::INFINITY)
                .desired_rows(3),
        )
        .labelled_by(label.id);
    if description.lost_focus() && fields.description != event.description {
        changed = Some(Event {
            description: fields.description.clone(),
            ..event.clone()
        });
    }
    ui.separator();
    if let Some(new) = dates_ui(ui, event, fields) {
        changed = Some(new);
    }
    ui.separator();
    egui::Grid::new("event_style")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label("Lane");
            let lane_name = app
                .project
                .lane(event.lane)
                .map_or("?", |l| l.name.as_str());
            egui::ComboBox::from_id_salt("event_lane")
                .selected_text(lane_name)
                .show_ui(ui, |ui| {
                    for lane in &app.project.lanes {
                        if ui
                            .selectable_label(lane.id == event.lane, &lane.name)
                            .clicked()
                            && lane.id != event.lane
                        {
                            changed = Some(Event {
                                lane: lane.id,
                                ..event.clone()
                            });
                        }
                    }
                });
            ui.end_row();
            ui.label("Colour");
            ui.horizontal(|ui| {
                let mut own = event.color.is_some();
                if ui.checkbox(&mut own, "Own colour").changed() {
                    let lane_color = app
                        .project
                        .lane(event.lane)
                        .map_or(Rgb::palette(0), |l| l.color);
                    changed = Some(Event {
                        color: own.then_some(lane_color),
                        ..event.clone()
                    });
                }
                if let Some(color) = event.color {
                    let mut srgb = color.0;
                    if ui.color_edit_button_srgb(&mut srgb).changed() {
                        changed = Some(Event {
                            color: Some(Rgb(srgb)),
                            ..event.clone()
                        });
                    }
                }
            });
            ui.end_row();
        });
    sources_ui(ui, app, event, commands);
    ui.add_space(12.0);
    if ui.button("🗑 Delete event").clicked() {
        commands.push(Command::DeleteSelected);
    }
    if let Some(new) = changed
        && new != *event
    {
        commands.push(Command::Edit(Edit::ReplaceEvents(vec![new])));
    }
}

/// Start, end (for ranges), precision and circa. Returns the changed event, if any.
fn dates_ui(ui: &mut egui::Ui, event: &Event, fields: &mut InspectorState) -> Option<Event> {
    let mut changed = None;
    egui::Grid::new("event_dates")
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui.label("Start");
            let start = ui
                .add(
                    egui::TextEdit::singleline(&mut fields.start)
                        .hint_text("2022-01-06, 1850, -0043"),
                )
                .labelled_by(label.id);
            if start.lost_focus() {
                changed = commit_date(&fields.start, &mut fields.date_error).and_then(|start| {
                    let start = start.with_circa(event.start.circa() || start.circa());
                    (start != event.start).then(|| Event {
                        start,
                        ..event.clone()
                    })
                });
            }
            ui.end_row();
            ui.label("Precision");
            let mut precision = event.start.precision();
            egui::ComboBox::from_id_salt("event_precision")
                .selected_text(precision.label())
                .show_ui(ui, |ui| {
                    for p in Precision::ALL {
                        ui.selectable_value(&mut precision, p, p.label());
                    }
                });
            if precision != event.start.precision() {
                let end = event.end.map(|e| e.with_precision(precision));
                changed = Some(Event {
                    start: event.start.with_precision(precision),
                    end,
                    ..event.clone()
                });
            }
            ui.end_row();
            ui.label("");
            let mut circa = event.start.circa();
            if ui.checkbox(&mut circa, "Circa (approximate)").changed() {
                changed = Some(Event {
                    start: event.start.with_circa(circa),
                    end: event.end.map(|e| e.with_circa(circa)),
                    ..event.clone()
                });
            }
            ui.end_row();
            ui.label("");
            let mut is_range = event.end.is_some();
            if ui.checkbox(&mut is_range, "Range (has an end)").changed() {
                let end = is_range.then(|| event.start.add(1, event.start.precision()));
                changed = Some(Event {
                    end,
                    ..event.clone()
                });
            }
            ui.end_row();
            if event.end.is_some() {
                let label = ui.label("End");
                let end = ui
                    .add(egui::TextEdit::singleline(&mut fields.end).hint_text("2022-01-10"))
                    .labelled_by(label.id);
                if end.lost_focus() {
                    changed = commit_date(&fields.end, &mut fields.date_error).and_then(|end| {
                        if end.end_days() < event.start.start_days() {
                            fields.date_error = Some("The end is before the start.".to_owned());
                            None
                        } else {
                            (Some(end) != event.end).then(|| Event {
                                end: Some(end),
                                ..event.clone()
                            })
                        }
                    });
                }
                ui.end_row();
            }
        });
    if let Some(error) = &fields.date_error {
        ui.colored_label(super::theme::ERROR, error);
    }
    ui.weak(match event.end {
        Some(end) => format!("{} – {}", event.start.human(), end.human()),
        None => event.start.human(),
    });
    changed
}

fn commit_date(text: &str, error: &mut Option<String>) -> Option<Date> {
    match text.parse::<Date>() {
        Ok(date) => {
            *error = None;
            Some(date)
        }
        Err(err) => {
            *error = Some(format!(
                "{err}. Use 2022-01-06, 2022-03, 1850, -0043 (44 BC), 199X (1990s), 1850~ (circa)."
            ));
            None
        }
    }
}

fn sources_ui(ui: &mut egui::Ui, app: AppView<'_>, event: &Event, commands: &mut Vec<Command>) {
    if event.sources.is_empty() {
        return;
    }
    ui.separator();
    ui.label(format!("Sources ({})", event.sources.len()));
    if event.sources_disagree() {
        ui.colored_label(super::theme::WARNING, "⚠ The sources disagree on the date:");
    }
    for (index, source) in event.sources.iter().enumerate() {
        let article = app.project.article(source.article);
        let title = article.map_or("(article removed)", |a| a.title.as_str());
        ui.push_id(("source", index), |ui| {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.strong(title);
                    if let Some(date) = source.date {
                        ui.weak(format!("says {}", date.human()));
                    }
                });
                ui.label(format!("“{}”", source.sentence));
                if article.is_some() && ui.small_button("Show in article").clicked() {
                    let span = crate::model::CharSpan {
                        start: source.start,
                        end: source.end,
                    };
                    commands.push(Command::ShowSource {
                        article: source.article,
                        span,
                    });
                }
            });
        });
    }
}
