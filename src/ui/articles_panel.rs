//! The articles of the project: title, date (editable; asked for when missing) and pending suggestions.

use std::collections::{BTreeMap, BTreeSet};

use super::text_fields::{Drafts, Field};
use crate::command::{Command, FileCommand, ModelCommand, ViewCommand};
use crate::model::{Article, ArticleField, ArticleId};
use crate::state::AppView;

/// Articles ticked to be given one date together, and that date as typed.
#[derive(Default)]
pub struct ArticleBatch {
    /// The ticked articles.
    selected: BTreeSet<ArticleId>,
    /// The date typed for them.
    date: String,
    /// Why the last "Set date" could not be done.
    error: Option<String>,
}

/// Draws the articles list.
pub fn articles_panel_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    drafts: &mut Drafts,
    batch: &mut ArticleBatch,
    paste_open: &mut bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading("Articles");
        if ui
            .small_button("➕ Add…")
            .on_hover_text("Add article files (.txt, .md, .html)")
            .clicked()
        {
            commands.push(FileCommand::OpenArticlesDialog.into());
        }
        if ui
            .small_button("📋 Paste…")
            .on_hover_text("Add an article from copied text (Ctrl+Shift+V)")
            .clicked()
        {
            *paste_open = true;
        }
    });
    ui.separator();
    if app.project.articles.is_empty() {
        ui.weak("No articles yet. File › Add articles…, or drop .txt, .md or .html files on the window.");
        return;
    }
    batch
        .selected
        .retain(|id| app.project.article(*id).is_some());
    if !batch.selected.is_empty() {
        batch_date_ui(ui, batch, commands);
        ui.separator();
    }
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
                drafts,
                batch,
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
    drafts: &mut Drafts,
    batch: &mut ArticleBatch,
    commands: &mut Vec<Command>,
) {
    let shown = app.view.reader_article == Some(article.id);
    ui.horizontal(|ui| {
        let mut ticked = batch.selected.contains(&article.id);
        let tick = ui
            .add(egui::Checkbox::without_text(&mut ticked))
            .on_hover_text("Tick several articles to give them one date");
        tick.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::CheckBox, true, ticked, "Select")
        });
        if tick.changed() {
            if ticked {
                batch.selected.insert(article.id);
            } else {
                batch.selected.remove(&article.id);
            }
        }
        let title = ui
            .selectable_label(shown, egui::RichText::new(&article.title).strong())
            .on_hover_text(format!("{}\nClick to read it", article.original_path));
        if title.clicked() {
            commands.push(ViewCommand::ShowArticle(article.id).into());
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Date");
        let current = article
            .date
            .map(crate::extract::date_to_text)
            .unwrap_or_default();
        ui.vertical(|ui| {
            drafts
                .field_ui(ui, Field::ArticleDate(article.id), &current, |text| {
                    egui::TextEdit::singleline(text)
                        .desired_width(130.0)
                        .hint_text("YYYY-MM-DD")
                })
                .labelled_by(label.id);
        });
        ui.weak(format!("{pending} pending"));
        if ui
            .small_button("🗑")
            .on_hover_text("Remove this article (events accepted from it stay)")
            .clicked()
        {
            commands.push(ModelCommand::RemoveArticle(article.id).into());
        }
    });
    if let (Some(_), Some(source)) = (article.date, article.date_source) {
        ui.weak(format!("Date {}", source.describe()));
    }
    source_details_ui(ui, article, drafts);
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

/// Outlet, author and address, for citations: read from the file, editable.
fn source_details_ui(ui: &mut egui::Ui, article: &Article, drafts: &mut Drafts) {
    let known = [&article.outlet, &article.author]
        .into_iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ");
    let heading = if known.is_empty() {
        "Source: unknown".to_owned()
    } else {
        format!("Source: {known}")
    };
    egui::CollapsingHeader::new(egui::RichText::new(heading).small())
        .id_salt(("source_details", article.id))
        .show(ui, |ui| {
            egui::Grid::new(("source_grid", article.id))
                .num_columns(2)
                .show(ui, |ui| {
                    for (label, field, value, hint) in [
                        (
                            "Outlet",
                            ArticleField::Outlet,
                            &article.outlet,
                            "Publication or site",
                        ),
                        (
                            "Author",
                            ArticleField::Author,
                            &article.author,
                            "Who wrote it",
                        ),
                        ("Address", ArticleField::Url, &article.url, "https://…"),
                    ] {
                        let label = ui.label(label);
                        ui.vertical(|ui| {
                            drafts
                                .field_ui(
                                    ui,
                                    Field::ArticleInfo(article.id, field),
                                    value,
                                    |text| {
                                        egui::TextEdit::singleline(text)
                                            .desired_width(150.0)
                                            .hint_text(hint)
                                    },
                                )
                                .labelled_by(label.id);
                        });
                        ui.end_row();
                    }
                });
        });
}

/// One date for every ticked article.
fn batch_date_ui(ui: &mut egui::Ui, batch: &mut ArticleBatch, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{} selected:", batch.selected.len()));
        let label = ui.label("Date for all");
        ui.add(
            egui::TextEdit::singleline(&mut batch.date)
                .desired_width(110.0)
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(label.id);
        if ui.small_button("Set date").clicked() {
            match super::text_fields::parse_article_date(&batch.date) {
                Ok(Some(date)) => {
                    commands.push(
                        ModelCommand::SetArticlesDate {
                            articles: batch.selected.iter().copied().collect(),
                            date,
                        }
                        .into(),
                    );
                    *batch = ArticleBatch::default();
                    return;
                }
                Ok(None) => batch.error = Some("Type the date to give them.".to_owned()),
                Err(error) => batch.error = Some(error),
            }
        }
        if ui.small_button("Clear").clicked() {
            *batch = ArticleBatch::default();
        }
    });
    if let Some(error) = &batch.error {
        ui.colored_label(super::theme::WARNING, error);
    }
}
