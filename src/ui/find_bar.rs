//! The find and filter bars over the timeline.
//!
//! Edit › Find (Ctrl+F): the cards whose title, description or source sentences contain the text
//! are outlined; Enter and Shift+Enter (or the arrows) go to the next and previous match, selecting
//! it (the inspector shows it) and moving the view to it; "3 of 17" says where you are. Escape closes.
//!
//! View › Filter (Ctrl+Shift+F): by text, lane, article, sources that disagree, date relation; what
//! does not match is dimmed, or hidden. Exports can keep only what the filter shows.

use egui::Key;

use super::timeline_cache::TimelineCache;
use crate::command::{Command, ViewCommand, ViewGoal};
use crate::model::Relation;
use crate::state::AppView;
use crate::timeline::filter::{EventFilter, step_match};

/// The accessibility label of the find field.
pub const FIND_LABEL: &str = "Find";
/// The accessibility label of the filter's text field.
pub const FILTER_TEXT_LABEL: &str = "Filter text";

/// The bars' own state.
#[derive(Default)]
pub struct FindBarState {
    /// Whether the find bar is shown.
    pub find_open: bool,
    /// Put the keyboard in the find field on the next frame.
    pub focus_find: bool,
    /// Whether the filter bar is shown.
    pub filter_open: bool,
}

/// The find bar, then the filter bar, each when open.
pub fn find_bars_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut FindBarState,
    cache: &mut TimelineCache,
    commands: &mut Vec<Command>,
) {
    if state.find_open {
        find_ui(ui, app, state, cache, commands);
    }
    if state.filter_open {
        filter_ui(ui, app, state, commands);
    }
}

/// Goes to the next (or previous) match of the find text.
pub fn go_to_match(
    app: AppView<'_>,
    cache: &mut TimelineCache,
    query: &str,
    forward: bool,
    commands: &mut Vec<Command>,
) {
    let found = cache.found_for(app.project, app.revision, query);
    if let Some(id) = step_match(&found.order, app.view.single_selection(), forward) {
        commands.push(ViewCommand::Select(Some(id)).into());
        commands.push(ViewCommand::Goal(ViewGoal::Event(id)).into());
    }
}

fn find_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut FindBarState,
    cache: &mut TimelineCache,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(FIND_LABEL);
        let mut query = app.view.find_query.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut query)
                    .hint_text("title, description or source text")
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        if state.focus_find {
            field.request_focus();
            state.focus_find = false;
        }
        if field.changed() {
            commands.push(ViewCommand::SetFindQuery(query.clone()).into());
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let escaped = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape));
        // The query as it will be after this frame's typing.
        let found = cache.found_for(app.project, app.revision, &query);
        let position = app
            .view
            .single_selection()
            .and_then(|id| found.order.iter().position(|m| *m == id));
        let count = match (found.order.len(), position) {
            (0, _) if query.trim().is_empty() => String::new(),
            (0, _) => "No match".to_owned(),
            (n, Some(p)) => format!("{} of {n}", p + 1),
            (1, None) => "1 match".to_owned(),
            (n, None) => format!("{n} matches"),
        };
        ui.label(count);
        let any = !found.order.is_empty();
        let previous = ui
            .add_enabled(any, egui::Button::new("⏶"))
            .on_hover_text("Previous match (Shift+Enter)")
            .clicked();
        let next = ui
            .add_enabled(any, egui::Button::new("⏷"))
            .on_hover_text("Next match (Enter)")
            .clicked();
        let backwards = ui.input(|i| i.modifiers.shift);
        if entered || next || previous {
            let forward = !(previous || (entered && backwards));
            go_to_match(app, cache, &query, forward, commands);
            if entered {
                field.request_focus();
            }
        }
        if ui.button("✖").on_hover_text("Close (Esc)").clicked() || escaped {
            state.find_open = false;
            commands.push(ViewCommand::SetFindQuery(String::new()).into());
        }
    });
}

fn filter_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut FindBarState,
    commands: &mut Vec<Command>,
) {
    let mut filter = app.view.filter.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label("Filter");
        let label = ui.label("text").id;
        ui.add(
            egui::TextEdit::singleline(&mut filter.text)
                .hint_text("any text")
                .desired_width(140.0),
        )
        .labelled_by(label);
        let lane_name = filter
            .lane
            .and_then(|id| app.project.lane(id))
            .map_or("All lanes", |l| l.name.as_str());
        egui::ComboBox::from_id_salt("filter_lane")
            .selected_text(lane_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.lane, None, "All lanes");
                for lane in &app.project.lanes {
                    ui.selectable_value(&mut filter.lane, Some(lane.id), &lane.name);
                }
            });
        let article_title = filter
            .article
            .and_then(|id| app.project.article(id))
            .map_or("All articles", |a| a.title.as_str());
        egui::ComboBox::from_id_salt("filter_article")
            .selected_text(article_title)
            .width(160.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.article, None, "All articles");
                for article in &app.project.articles {
                    ui.selectable_value(&mut filter.article, Some(article.id), &article.title);
                }
            });
        ui.checkbox(&mut filter.disagreement, "Sources disagree");
        let relation = filter.relation.map_or("Any relation", Relation::label);
        egui::ComboBox::from_id_salt("filter_relation")
            .selected_text(relation)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.relation, None, "Any relation");
                for r in [Relation::On, Relation::By, Relation::AsOf, Relation::After] {
                    ui.selectable_value(&mut filter.relation, Some(r), r.label());
                }
            });
        ui.radio_value(&mut filter.hide, false, "Dim others");
        ui.radio_value(&mut filter.hide, true, "Hide others");
        if ui
            .add_enabled(filter.is_active(), egui::Button::new("Clear"))
            .clicked()
        {
            filter = EventFilter {
                hide: filter.hide,
                ..EventFilter::default()
            };
        }
        if ui
            .button("✖")
            .on_hover_text("Close the filter (shows every event)")
            .clicked()
        {
            state.filter_open = false;
            filter = EventFilter::default();
        }
    });
    if filter != app.view.filter {
        commands.push(ViewCommand::SetFilter(filter).into());
    }
}
