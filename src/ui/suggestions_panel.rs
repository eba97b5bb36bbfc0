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
const ROW_HEIGHT: f32 = 56.0;

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
        .scroll_source(egui::scroll_area::ScrollSource {
            drag: egui::scroll_area::DragScroll::Never,
            ..Default::default()
        })
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
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("suggestion_sort")
            .selected_text(match state.sort {
                SortBy::Date => "By date",
                SortBy::Confidence => "By confidence",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.sort, SortBy::Date, "By date");
                ui.selectable_value(&mut state.sort, SortBy::Confidence, "By confidence");
            });
        let filter_text: String = state
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
        let rejected = app.suggestions.rejected(app.project).len();
        ui.toggle_value(&mut state.show_rejected, format!("Rejected ({rejected})"));
    });
    ui.horizontal(|ui| {
        if ui
            .button("Accept all ≥")
            .on_hover_text("Accept every pending suggestion at least this confident")
            .clicked()
        {
            commands.push(Command::AcceptAbove(state.threshold));
        }
        ui.add(
            egui::Slider::new(&mut state.threshold, 0.0..=1.0)
                .fixed_decimals(2)
                .text("confidence"),
        );
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
        commands.push(Command::SelectSuggestion(Some(key)));
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
    row_content_ui(&mut content, app, group, key, suggestion, &date, commands);
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
}

fn row_content_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    group: &SuggestionGroup,
    key: SuggestionKey,
    suggestion: &crate::extract::Suggestion,
    date: &str,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let accept = ui.add_enabled(
            suggestion.date.is_some(),
            egui::Button::new("Accept").small(),
        );
        if accept
            .on_hover_text("Accept as an event (Enter), or drag onto the timeline")
            .clicked()
        {
            commands.push(Command::AcceptSuggestion { key, lane: None });
        }
        if ui
            .small_button("Reject")
            .on_hover_text("Reject (Delete)")
            .clicked()
        {
            commands.push(Command::RejectSuggestion(key));
        }
        ui.strong(date);
        ui.weak(format!("{:.0}%", suggestion.confidence * 100.0));
        if group.dates_disagree {
            ui.colored_label(super::theme::WARNING, "⚠")
                .on_hover_text("The articles give different dates");
        }
        let article = app
            .project
            .article(key.article)
            .map_or("", |a| a.title.as_str());
        let source = if group.members.len() > 1 {
            format!("reported by {} articles", group.members.len())
        } else {
            article.to_owned()
        };
        ui.add(egui::Label::new(egui::RichText::new(source).weak()).truncate());
    });
    ui.add(egui::Label::new(&suggestion.title).truncate())
        .on_hover_text(&suggestion.sentence);
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
