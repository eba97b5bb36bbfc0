//! Suggestions waiting for triage: sortable, filterable, dragged onto the timeline to accept, or
//! triaged from the keyboard (arrows move, Enter accepts, Delete rejects).

use super::AppView;
use crate::command::Command;
use crate::model::ArticleId;
use crate::suggestions::{SuggestionGroup, SuggestionIndex, SuggestionKey};

/// How the list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Chronologically (unresolved last).
    #[default]
    Date,
    /// Most confident first.
    Confidence,
}

/// The panel's own settings.
#[derive(Clone, Debug)]
pub struct SuggestionsState {
    /// Sort order.
    pub sort: SortBy,
    /// Only suggestions from this article.
    pub article: Option<ArticleId>,
    /// Threshold of "Accept all ≥".
    pub threshold: f32,
    /// Show the rejected suggestions (to restore them).
    pub show_rejected: bool,
}

impl Default for SuggestionsState {
    fn default() -> Self {
        Self {
            sort: SortBy::Date,
            article: None,
            threshold: 0.8,
            show_rejected: false,
        }
    }
}

/// Height of one row of the list.
const ROW_HEIGHT: f32 = 46.0;

/// The groups shown, in display order, each by its best member (keyboard triage walks this list).
pub fn display_order(
    index: &SuggestionIndex,
    groups: &[SuggestionGroup],
    state: &SuggestionsState,
) -> Vec<SuggestionKey> {
    let mut shown: Vec<(SuggestionKey, f64, f32)> = groups
        .iter()
        .filter(|g| {
            state
                .article
                .is_none_or(|a| g.members.iter().any(|k| k.article == a))
        })
        .filter_map(|g| {
            let key = *g.members.first()?;
            let s = index.get(key)?;
            Some((
                key,
                s.date.map_or(f64::INFINITY, |d| d.start_days()),
                s.confidence,
            ))
        })
        .collect();
    match state.sort {
        SortBy::Date => shown.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0))),
        SortBy::Confidence => shown.sort_by(|a, b| {
            b.2.total_cmp(&a.2)
                .then(a.1.total_cmp(&b.1))
                .then(a.0.cmp(&b.0))
        }),
    }
    shown.into_iter().map(|(key, _, _)| key).collect()
}

/// Draws the suggestions panel.
pub fn suggestions_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut SuggestionsState,
    commands: &mut Vec<Command>,
) {
    let order = display_order(app.suggestions, app.groups, state);
    ui.horizontal(|ui| {
        ui.heading("Suggestions");
        ui.weak(format!("{} pending", order.len()));
    });
    controls_ui(ui, app, state, commands);
    ui.separator();
    if order.is_empty() {
        ui.weak("No pending suggestions. Drag one onto the timeline to accept it; Enter accepts the selected one, Delete rejects it.");
    }
    let text_height = ROW_HEIGHT;
    egui::ScrollArea::vertical()
        .id_salt("suggestions_scroll")
        .auto_shrink([false, false])
        .show_rows(ui, text_height, order.len(), |ui, rows| {
            for key in &order[rows] {
                if let Some(group) = app.groups.iter().find(|g| g.members.first() == Some(key)) {
                    row_ui(ui, app, group, commands);
                }
            }
        });
    if state.show_rejected {
        rejected_ui(ui, app, commands);
    }
}

fn controls_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut SuggestionsState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_id_salt("suggestion_sort")
            .selected_text(match state.sort {
                SortBy::Date => "By date",
                SortBy::Confidence => "By confidence",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.sort, SortBy::Date, "By date");
                ui.selectable_value(&mut state.sort, SortBy::Confidence, "By confidence");
            });
        let filter_text = state
            .article
            .and_then(|id| app.project.article(id))
            .map_or_else(
                || "All articles".to_owned(),
                |a| a.title.chars().take(24).collect(),
            );
        egui::ComboBox::from_id_salt("suggestion_article")
            .selected_text(filter_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.article, None, "All articles");
                for article in &app.project.articles {
                    ui.selectable_value(&mut state.article, Some(article.id), &article.title);
                }
            });
        ui.add(
            egui::Slider::new(&mut state.threshold, 0.0..=1.0)
                .fixed_decimals(2)
                .text("min."),
        );
        if ui
            .button("Accept all ≥")
            .on_hover_text("Accept every pending suggestion at least this confident")
            .clicked()
        {
            commands.push(Command::AcceptAbove(state.threshold));
        }
        let rejected = app.suggestions.rejected(app.project).len();
        ui.toggle_value(&mut state.show_rejected, format!("Rejected ({rejected})"));
    });
}

fn row_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    group: &SuggestionGroup,
    commands: &mut Vec<Command>,
) {
    let Some(key) = group.members.first().copied() else {
        return;
    };
    let Some(suggestion) = app.suggestions.get(key) else {
        return;
    };
    let selected = app.view.selected_suggestion == Some(key);
    let date = suggestion
        .date
        .map_or_else(|| "unresolved".to_owned(), |d| d.human());
    let label = format!("Suggestion {date}: {}", suggestion.title);
    let drag_id = egui::Id::unique(("suggestion", key));
    let response = ui
        .dnd_drag_source(drag_id, key, |ui| {
            let frame = egui::Frame::group(ui.style()).fill(if selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.5)
            } else {
                ui.visuals().faint_bg_color
            });
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.strong(&date);
                    ui.weak(format!("{:.0}%", suggestion.confidence * 100.0));
                    let article = app
                        .project
                        .article(key.article)
                        .map_or("", |a| a.title.as_str());
                    let source = if group.members.len() > 1 {
                        format!("reported by {} articles", group.members.len())
                    } else {
                        article.chars().take(30).collect()
                    };
                    ui.weak(source);
                    if group.dates_disagree {
                        ui.colored_label(super::theme::WARNING, "⚠ dates differ");
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .small_button("Reject")
                            .on_hover_text("Reject (Delete)")
                            .clicked()
                        {
                            commands.push(Command::RejectSuggestion(key));
                        }
                        let accept = ui.add_enabled(
                            suggestion.date.is_some(),
                            egui::Button::new("Accept").small(),
                        );
                        if accept.on_hover_text("Accept as an event (Enter)").clicked() {
                            commands.push(Command::AcceptSuggestion { key, lane: None });
                        }
                    });
                });
                let title = ui.add(
                    egui::Label::new(&suggestion.title)
                        .truncate()
                        .sense(egui::Sense::click()),
                );
                if title.clicked() {
                    commands.push(Command::SelectSuggestion(Some(key)));
                }
                title.on_hover_text(&suggestion.sentence);
            });
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
    if response.clicked() {
        commands.push(Command::SelectSuggestion(Some(key)));
    }
}

fn rejected_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    ui.separator();
    ui.label("Rejected");
    for key in app.suggestions.rejected(app.project) {
        let Some(s) = app.suggestions.get(key) else {
            continue;
        };
        ui.horizontal(|ui| {
            if ui.small_button("Restore").clicked() {
                commands.push(Command::RestoreSuggestion(key));
            }
            ui.weak(format!("{} · {}", s.expression, s.title));
        });
    }
}
