//! Suggestions waiting for triage: sortable, filterable, dragged onto the timeline to accept, or
//! triaged from the keyboard (arrows move, Enter accepts, Delete rejects).

use crate::command::{Command, ModelCommand, ViewCommand};
use crate::state::AppView;
use crate::suggestions::{SortBy, SuggestionFilter, SuggestionGroup, SuggestionKey, display_order};

/// Height of one row of the list.
const ROW_HEIGHT: f32 = 56.0;

/// Draws the suggestions panel: the pending suggestions, or the rejected ones to restore them.
/// Returns whether a row was clicked (the list then takes the keyboard for triage).
pub fn suggestions_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let filter = app.view.suggestion_filter;
    let order = display_order(app.suggestions, app.groups, &filter);
    ui.horizontal(|ui| {
        ui.heading("Suggestions");
        ui.weak(format!("{} pending", order.len()));
        if app.refreshing_suggestions {
            ui.spinner().on_hover_text("Working out suggestions…");
        }
    });
    controls_ui(ui, app, filter, commands);
    ui.separator();
    if filter.show_rejected {
        rejected_ui(ui, app, commands);
        return false;
    }
    if order.is_empty() {
        ui.weak("No pending suggestions. Drag one onto the timeline to accept it; Enter accepts the selected one, Delete rejects it.");
    }
    if let Some(group) = app
        .view
        .selected_suggestion
        .and_then(|key| app.groups.iter().find(|g| g.members.contains(&key)))
        .filter(|g| g.members.len() > 1 || g.joins.is_some())
    {
        reports_ui(ui, app, group, commands);
    }
    let split = order.iter().position(|key| {
        app.suggestions
            .get(*key)
            .is_some_and(crate::extract::Suggestion::is_article_dated)
    });
    let mut clicked = false;
    let mut area = egui::ScrollArea::vertical()
        // In a short panel the list shrinks to what is left, never pushing the panel taller.
        .min_scrolled_height(24.0)
        .id_salt("suggestions_scroll")
        .scroll_source(egui::scroll_area::ScrollSource {
            drag: egui::scroll_area::DragScroll::Never,
            ..Default::default()
        })
        .auto_shrink([false, false]);
    // A selection that moved (arrow keys, accepting) is scrolled into view once.
    let memory = ui.scope_id().with("suggestions_scroll_memory");
    let (revealed, viewport): (Option<SuggestionKey>, (f32, f32)) =
        ui.data(|d| d.get_temp(memory)).unwrap_or_default();
    let selected = app.view.selected_suggestion;
    if selected != revealed
        && let Some(position) = selected.and_then(|key| order.iter().position(|k| *k == key))
    {
        let row = position + usize::from(split.is_some_and(|at| position >= at));
        let row_height = ROW_HEIGHT + ui.spacing().item_spacing.y;
        let top = row as f32 * row_height;
        let (offset, height) = viewport;
        if top < offset {
            area = area.vertical_scroll_offset(top);
        } else if top + row_height > offset + height && height > 0.0 {
            area = area.vertical_scroll_offset(top + row_height - height);
        }
    }
    let output = area.show_rows(
        ui,
        ROW_HEIGHT,
        order.len() + usize::from(split.is_some()),
        |ui, rows| {
            for row in rows {
                // The suggestions dated by the article come after a heading of their own.
                let index = match split {
                    Some(at) if row == at => {
                        article_dated_heading_ui(ui, order.len() - at);
                        continue;
                    }
                    Some(at) if row > at => row - 1,
                    _ => row,
                };
                let Some(key) = order.get(index) else {
                    continue;
                };
                if let Some(group) = app.groups.iter().find(|g| g.members.first() == Some(key)) {
                    clicked |= row_ui(ui, app, group, commands);
                }
            }
        },
    );
    let viewport = (output.state.clamped_offset().y, output.inner_rect.height());
    ui.data_mut(|d| d.insert_temp(memory, (selected, viewport)));
    clicked
}

/// The heading above the suggestions the article dates only by its own date.
fn article_dated_heading_ui(ui: &mut egui::Ui, count: usize) {
    let size = egui::vec2(
        ui.available_width(),
        ROW_HEIGHT - ui.spacing().item_spacing.y,
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.on_hover_text(
        "Events the article reports without a date of their own: they happened by its date \
         (\"have died\", \"so far\"), were going on at it (\"are being sent\") or were announced \
         for after it (\"will meet\"). Accepted, they keep that relation; change it in the inspector.",
    );
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink(5.0))
            .layout(egui::Layout::bottom_up(egui::Align::LEFT)),
    );
    content.weak(format!(
        "{count} reported as of the article date, without a date of their own"
    ));
    content.strong("Reported as of the article date");
}

fn controls_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    filter: SuggestionFilter,
    commands: &mut Vec<Command>,
) {
    let mut changed = filter;
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("suggestion_sort")
            .selected_text(match changed.sort {
                SortBy::Date => "By date",
                SortBy::Confidence => "By confidence",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut changed.sort, SortBy::Date, "By date");
                ui.selectable_value(&mut changed.sort, SortBy::Confidence, "By confidence");
            })
            .response
            .accessible_name("Sort suggestions");
        let filter_text: String = changed
            .article
            .and_then(|id| app.project.article(id))
            .map_or_else(
                || "All articles".to_owned(),
                |a| a.title.chars().take(24).collect(),
            );
        egui::ComboBox::from_id_salt("suggestion_article")
            .selected_text(filter_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut changed.article, None, "All articles");
                for article in &app.project.articles {
                    ui.selectable_value(&mut changed.article, Some(article.id), &article.title);
                }
            })
            .response
            .accessible_name("Suggestions from");
        let rejected = app.suggestions.rejected(app.project).len();
        ui.toggle_value(&mut changed.show_rejected, format!("Rejected ({rejected})"))
            .on_hover_text("Show the rejected suggestions instead, to restore them");
    });
    ui.horizontal(|ui| {
        let scope = if changed.article.is_some() {
            "Accept every pending suggestion of this article at least this confident"
        } else {
            "Accept every pending suggestion at least this confident"
        };
        if ui
            .add_enabled(!changed.show_rejected, egui::Button::new("Accept all ≥"))
            .on_hover_text(scope)
            .clicked()
        {
            commands.push(ModelCommand::AcceptAbove(changed.threshold).into());
        }
        ui.add(
            egui::Slider::new(&mut changed.threshold, 0.0..=1.0)
                .fixed_decimals(2)
                .text("confidence"),
        );
    });
    if changed != filter {
        commands.push(ViewCommand::FilterSuggestions(changed).into());
    }
}

/// One row; returns whether it was clicked.
fn row_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    group: &SuggestionGroup,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(key) = group.members.first().copied() else {
        return false;
    };
    let Some(suggestion) = app.suggestions.get(key) else {
        return false;
    };
    let selected = app.view.selected_suggestion == Some(key);
    let date = suggestion.date.map_or_else(
        || "unresolved".to_owned(),
        |d| suggestion.relation.describe(&d.human()),
    );
    // The row itself is allocated first (below its buttons): click selects, drag carries it to the timeline.
    let size = egui::vec2(
        ui.available_width(),
        ROW_HEIGHT - ui.spacing().item_spacing.y,
    );
    let (rect, row) = ui.allocate_exact_size(size, egui::Sense::click_and_drag());
    let label = format!("Suggestion {date}: {}", suggestion.title);
    row.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
    row.dnd_set_drag_payload(key);
    if row.clicked() {
        commands.push(ViewCommand::SelectSuggestion(Some(key)).into());
    }
    let visuals = ui.visuals().clone();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.6)
    } else if row.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.faint_bg_color
    };
    ui.painter().rect(
        rect,
        4.0,
        fill,
        visuals.widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink(5.0))
            .layout(egui::Layout::top_down(egui::Align::LEFT)),
    );
    content.style_mut().interaction.selectable_labels = false;
    let clicked =
        row.clicked() | row_content_ui(&mut content, app, group, key, suggestion, &date, commands);
    if row.dragged() {
        // A floating copy of the title follows the pointer while dragging.
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let layer = egui::LayerId::new(
                egui::Order::Tooltip,
                egui::Id::unique("suggestion_drag_preview"),
            );
            let painter = ui.ctx().layer_painter(layer);
            let galley = painter.layout_no_wrap(
                format!("{date}: {}", suggestion.title),
                egui::FontId::proportional(13.0),
                visuals.strong_text_color(),
            );
            let text_rect =
                egui::Rect::from_min_size(pointer + egui::vec2(12.0, 8.0), galley.size())
                    .expand(6.0);
            painter.rect(
                text_rect,
                4.0,
                visuals.window_fill,
                visuals.window_stroke,
                egui::StrokeKind::Outside,
            );
            painter.galley(
                text_rect.min + egui::vec2(6.0, 6.0),
                galley,
                visuals.strong_text_color(),
            );
        }
    }
    clicked
}

fn row_content_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    group: &SuggestionGroup,
    key: SuggestionKey,
    suggestion: &crate::extract::Suggestion,
    date: &str,
    commands: &mut Vec<Command>,
) -> bool {
    let mut clicked = false;
    ui.horizontal(|ui| {
        let (text, hint) = if group.joins.is_some() {
            (
                "Add source",
                "Add as another source of the event already on the timeline (Enter)",
            )
        } else {
            (
                "Accept",
                "Accept as an event (Enter), or drag onto the timeline",
            )
        };
        let accept = ui.add_enabled(suggestion.date.is_some(), egui::Button::new(text).small());
        if accept.on_hover_text(hint).clicked() {
            commands.push(ModelCommand::AcceptSuggestion { key, lane: None }.into());
            clicked = true;
        }
        if ui
            .small_button("Reject")
            .on_hover_text("Reject (Delete)")
            .clicked()
        {
            commands.push(ModelCommand::RejectSuggestion(key).into());
            clicked = true;
        }
        ui.strong(date);
        ui.weak(format!("{:.0}%", suggestion.confidence * 100.0));
        if group.dates_disagree {
            ui.colored_label(super::theme::WARNING, "⚠")
                .on_hover_text("The articles give different dates");
        }
        let source = match app.project.article(key.article) {
            _ if group.members.len() > 1 => format!(
                "reported by {} articles · {}",
                group.members.len(),
                sameness(group.match_score)
            ),
            Some(article) if !article.outlet.is_empty() => {
                format!("{} · {}", article.outlet, article.title)
            }
            Some(article) => article.title.clone(),
            None => String::new(),
        };
        ui.add(egui::Label::new(egui::RichText::new(source).weak()).truncate());
    });
    if let Some(event) = group.joins.and_then(|id| app.project.event(id)) {
        ui.add(
            egui::Label::new(
                egui::RichText::new(format!("Also reports “{}” (on the timeline)", event.title))
                    .color(ui.visuals().hyperlink_color),
            )
            .truncate(),
        )
        .on_hover_text("Accept adds this report as another source of that event");
        return clicked;
    }
    ui.add(egui::Label::new(&suggestion.title).truncate())
        .on_hover_text(&suggestion.sentence);
    clicked
}

/// The rejected suggestions, each with Restore, in a list of its own (it never grows the panel).
fn rejected_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    let rejected: Vec<SuggestionKey> = app.suggestions.rejected(app.project);
    if rejected.is_empty() {
        ui.weak("No rejected suggestions.");
        return;
    }
    egui::ScrollArea::vertical()
        // In a short panel the list shrinks to what is left, never pushing the panel taller.
        .min_scrolled_height(24.0)
        .id_salt("rejected_scroll")
        .auto_shrink([false, false])
        .show_rows(
            ui,
            ui.spacing().interact_size.y,
            rejected.len(),
            |ui, rows| {
                for key in &rejected[rows] {
                    let Some(s) = app.suggestions.get(*key) else {
                        continue;
                    };
                    ui.horizontal(|ui| {
                        if ui.small_button("Restore").clicked() {
                            commands.push(ModelCommand::RestoreSuggestion(*key).into());
                        }
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(format!(
                                    "{} · {}",
                                    rejected_date_text(s),
                                    s.title
                                ))
                                .weak(),
                            )
                            .truncate(),
                        );
                    });
                }
            },
        );
}

/// What a rejected suggestion is dated by: its expression, or its relation to the article date.
fn rejected_date_text(s: &crate::extract::Suggestion) -> String {
    if s.expression.is_empty() {
        s.date
            .map_or_else(String::new, |d| s.relation.describe(&d.human()))
    } else {
        s.expression.clone()
    }
}

/// Every report of the selected group, with its article and sentence; a report that is not the
/// same event is split off.
fn reports_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    group: &SuggestionGroup,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let heading = if group.members.len() > 1 {
            format!(
                "{} reports: {} (match {:.0}%)",
                group.members.len(),
                sameness(group.match_score),
                group.match_score * 100.0
            )
        } else {
            "Report of an event already on the timeline".to_owned()
        };
        ui.strong(heading);
        egui::ScrollArea::vertical()
            .id_salt("group_reports")
            .max_height(150.0)
            .show(ui, |ui| {
                for key in &group.members {
                    let (Some(article), Some(suggestion)) =
                        (app.project.article(key.article), app.suggestions.get(*key))
                    else {
                        continue;
                    };
                    ui.horizontal(|ui| {
                        let date = suggestion
                            .date
                            .map_or_else(|| "unresolved".to_owned(), |d| d.human());
                        let name = if article.outlet.is_empty() {
                            article.title.clone()
                        } else {
                            article.outlet.clone()
                        };
                        ui.strong(name);
                        ui.weak(date);
                        if group.members.len() > 1
                            && ui
                                .small_button("Split off")
                                .on_hover_text("Not the same event: make it a row of its own")
                                .clicked()
                        {
                            commands.push(ModelCommand::SplitSuggestion(*key).into());
                        }
                    });
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(format!("“{}”", suggestion.sentence.trim()))
                                .small(),
                        )
                        .wrap(),
                    );
                }
            });
    });
}

/// How sure a group's match is, in words.
fn sameness(score: f32) -> &'static str {
    if score >= 0.75 {
        "the same event"
    } else if score >= 0.55 {
        "very likely the same event"
    } else {
        "probably the same event"
    }
}
