//! The articles of the project: title, date (editable; asked for when missing) and pending suggestions.

use std::collections::BTreeMap;

use super::AppView;
use crate::command::Command;
use crate::model::{Article, ArticleId, Date, Precision};

/// Article dates being typed, by article.
#[derive(Default)]
pub struct ArticlesState {
    dates: BTreeMap<ArticleId, String>,
    errors: BTreeMap<ArticleId, String>,
}

/// Draws the articles list.
pub fn articles_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut ArticlesState,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading("Articles");
        if ui
            .small_button("➕ Add…")
            .on_hover_text("Add article files (.txt, .md, .html)")
            .clicked()
        {
            commands.push(Command::OpenArticlesDialog);
        }
    });
    ui.separator();
    if app.project.articles.is_empty() {
        ui.weak("No articles yet. File › Add articles…, or drop .txt, .md or .html files on the window.");
        return;
    }
    state
        .dates
        .retain(|id, _| app.project.article(*id).is_some());
    let mut pending: BTreeMap<ArticleId, usize> = BTreeMap::new();
    for key in app.groups.iter().flat_map(|g| &g.members) {
        *pending.entry(key.article).or_default() += 1;
    }
    for article in &app.project.articles {
        ui.push_id(("article", article.id), |ui| {
            article_ui(
                ui,
                app,
                article,
                pending.get(&article.id).copied().unwrap_or(0),
                state,
                commands,
            );
        });
        ui.separator();
    }
}

fn article_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    article: &Article,
    pending: usize,
    state: &mut ArticlesState,
    commands: &mut Vec<Command>,
) {
    let shown = app.view.reader_article == Some(article.id);
    let title = ui
        .selectable_label(shown, egui::RichText::new(&article.title).strong())
        .on_hover_text(format!("{}\nClick to read it", article.original_path));
    if title.clicked() {
        commands.push(Command::ShowArticle(article.id));
    }
    ui.horizontal(|ui| {
        let label = ui.label("Date");
        let editing = ui.memory(egui::Memory::focused).is_some();
        let current = article.date.map(|d| d.to_iso()).unwrap_or_default();
        let text = state
            .dates
            .entry(article.id)
            .or_insert_with(|| current.clone());
        if !editing && *text != current && !state.errors.contains_key(&article.id) {
            text.clone_from(&current);
        }
        let response = ui
            .add(
                egui::TextEdit::singleline(text)
                    .desired_width(130.0)
                    .hint_text("YYYY-MM-DD"),
            )
            .labelled_by(label.id);
        if response.lost_focus() {
            match parse_article_date(text) {
                Ok(date) => {
                    state.errors.remove(&article.id);
                    if date != article.date {
                        commands.push(Command::SetArticleDate {
                            article: article.id,
                            date,
                        });
                    }
                }
                Err(message) => {
                    state.errors.insert(article.id, message);
                }
            }
        }
        ui.weak(format!("{pending} pending"));
        if ui
            .small_button("🗑")
            .on_hover_text("Remove this article (events accepted from it stay)")
            .clicked()
        {
            commands.push(Command::RemoveArticle(article.id));
        }
    });
    if let Some(error) = state.errors.get(&article.id) {
        ui.colored_label(super::theme::ERROR, error);
    }
    if article.date.is_none() {
        let waiting: Vec<&str> = app
            .suggestions
            .suggestions(article.id)
            .iter()
            .filter(|s| s.date.is_none())
            .map(|s| s.expression.as_str())
            .take(4)
            .collect();
        if !waiting.is_empty() {
            ui.colored_label(
                super::theme::WARNING,
                format!(
                    "⚠ When was it published? “{}” wait for the article date.",
                    waiting.join("”, “")
                ),
            );
        }
    }
}

/// An article date as typed: empty clears it; otherwise a day or a day with a time.
fn parse_article_date(text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<Date>() {
        Ok(date) if date.precision() >= Precision::Day => Ok(Some(date.with_circa(false))),
        _ => Err(format!(
            "“{text}” is not a day: use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        )),
    }
}
