//! The inspector: every field of the selected event, edited in place. Each change is one command
//! naming the event and the field, applied to the event as it is when it arrives, so a title being
//! typed and a click on "Circa" both land. Text fields commit through [`super::text_fields`].

use super::UiState;
use super::text_fields::Field;
use crate::command::{Command, ModelCommand, ViewCommand};
use crate::model::{Event, EventChange, EventId, Precision, Relation, Rgb};
use crate::state::AppView;

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
            ui.label("Select an event to edit it.");
            ui.add_space(8.0);
            ui.weak("Double-click the timeline to add an event at that date and lane.\nDrag cards to move them, drag the background to pan, scroll to zoom, F to fit all.");
        }
        [event] => {
            egui::ScrollArea::vertical()
                .show(ui, |ui| event_fields_ui(ui, app, event, state, commands));
        }
        many => {
            ui.label(format!("{} events selected", many.len()));
            ui.weak("Drag one of them to move them all.");
            if ui.button("🗑 Delete selected").clicked() {
                commands.push(ModelCommand::DeleteSelected.into());
            }
        }
    }
}

fn change(commands: &mut Vec<Command>, id: EventId, change: EventChange) {
    commands.push(ModelCommand::ChangeEvent { id, change }.into());
}

fn event_fields_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    event: &Event,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    let label = ui.label("Title");
    let title = state
        .drafts
        .field_ui(ui, Field::EventTitle(event.id), &event.title, |text| {
            egui::TextEdit::singleline(text)
                .desired_width(f32::INFINITY)
                .hint_text("What happened")
        })
        .labelled_by(label.id);
    if let Some((id, request)) = app.view.edit_title
        && id == event.id
        && state.title_request_done != request
    {
        state.title_request_done = request;
        title.request_focus();
        // The whole title selected: typing replaces "New event".
        if let Some(mut text_state) = egui::TextEdit::load_state(ui.ctx(), title.id) {
            text_state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(&event.title)));
            text_state.store(ui.ctx(), title.id);
        }
    }
    let label = ui.label("Description");
    state
        .drafts
        .field_ui(
            ui,
            Field::EventDescription(event.id),
            &event.description,
            |text| {
                egui::TextEdit::multiline(text)
                    .desired_width(f32::INFINITY)
                    .desired_rows(3)
            },
        )
        .labelled_by(label.id);
    ui.separator();
    dates_ui(ui, event, state, commands);
    ui.separator();
    style_ui(ui, app, event, commands);
    sources_ui(ui, app, event, commands);
    ui.add_space(12.0);
    if ui.button("🗑 Delete event").clicked() {
        commands.push(ModelCommand::DeleteSelected.into());
    }
}

/// Lane and colour.
fn style_ui(ui: &mut egui::Ui, app: AppView<'_>, event: &Event, commands: &mut Vec<Command>) {
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
                            change(commands, event.id, EventChange::Lane(lane.id));
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
                    change(
                        commands,
                        event.id,
                        EventChange::Colour(own.then_some(lane_color)),
                    );
                }
                if let Some(color) = event.color {
                    let mut srgb = color.0;
                    if ui.color_edit_button_srgb(&mut srgb).changed() {
                        change(commands, event.id, EventChange::Colour(Some(Rgb(srgb))));
                    }
                }
            });
            ui.end_row();
        });
}

/// Start, end (for ranges), precision and circa.
fn dates_ui(ui: &mut egui::Ui, event: &Event, state: &mut UiState, commands: &mut Vec<Command>) {
    egui::Grid::new("event_dates")
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui.label("Start");
            ui.horizontal_top(|ui| {
                // How the event stands to the date ("by 6 Jan 2022"), read as one phrase with it.
                let mut relation = event.relation;
                egui::ComboBox::from_id_salt("event_relation")
                    .width(56.0)
                    .selected_text(relation.prefix().unwrap_or("on"))
                    .show_ui(ui, |ui| {
                        for r in Relation::ALL {
                            ui.selectable_value(&mut relation, r, r.label());
                        }
                    })
                    .response
                    .accessible_name("Happened")
                    .on_hover_text(
                        "What the source says about the date: the event happened on it, no later \
                         than it (by), was going on at it (as of), or was announced for after it",
                    );
                if relation != event.relation {
                    change(commands, event.id, EventChange::Relation(relation));
                }
                ui.vertical(|ui| {
                    state
                        .drafts
                        .field_ui(
                            ui,
                            Field::EventStart(event.id),
                            &crate::extract::date_to_text(event.start),
                            |text| {
                                egui::TextEdit::singleline(text)
                                    .hint_text("9 Nov 1989, 1850, 44 BC, 1990s")
                            },
                        )
                        .labelled_by(label.id);
                });
            });
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
                change(commands, event.id, EventChange::Precision(precision));
            }
            ui.end_row();
            ui.label("");
            let mut circa = event.start.circa();
            if ui.checkbox(&mut circa, "Circa (approximate)").changed() {
                change(commands, event.id, EventChange::Circa(circa));
            }
            ui.end_row();
            ui.label("");
            let mut is_range = event.end.is_some();
            if ui.checkbox(&mut is_range, "Range (has an end)").changed() {
                change(commands, event.id, EventChange::Range(is_range));
            }
            ui.end_row();
            if let Some(end) = event.end {
                let label = ui.label("End");
                ui.vertical(|ui| {
                    state
                        .drafts
                        .field_ui(
                            ui,
                            Field::EventEnd(event.id),
                            &crate::extract::date_to_text(end),
                            |text| egui::TextEdit::singleline(text).hint_text("2022-01-10"),
                        )
                        .labelled_by(label.id);
                });
                ui.end_row();
            }
        });
    ui.weak(event.when());
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
                    match article.map(|a| a.outlet.as_str()).filter(|o| !o.is_empty()) {
                        Some(outlet) => {
                            ui.strong(outlet);
                            ui.label(title);
                        }
                        None => {
                            ui.strong(title);
                        }
                    }
                    if let Some(date) = source.date {
                        ui.weak(format!("says {}", date.human()));
                    }
                    if article.is_some() && ui.small_button("Show in article").clicked() {
                        let span = crate::model::CharSpan {
                            start: source.start,
                            end: source.end,
                        };
                        commands.push(
                            ViewCommand::ShowSource {
                                article: source.article,
                                span,
                            }
                            .into(),
                        );
                    }
                });
                if let Some(article) = article.filter(|a| !a.author.is_empty() || !a.url.is_empty())
                {
                    let byline = [
                        article.author.clone(),
                        article.date.map(|d| d.human()).unwrap_or_default(),
                    ]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                    ui.weak(byline);
                    if !article.url.is_empty() {
                        ui.add(egui::Hyperlink::from_label_and_url(
                            egui::RichText::new(&article.url).small(),
                            &article.url,
                        ))
                        .on_hover_text("Open the article in a browser");
                    }
                }
                ui.label(format!("“{}”", source.sentence));
            });
        });
    }
}
