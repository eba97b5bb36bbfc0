//! The reader: an article's text with every suggested date expression highlighted; hovering one
//! explains how it was resolved, clicking selects its suggestion; "show in article" scrolls to and
//! highlights a source sentence.

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use super::{AppView, theme};
use crate::command::Command;
use crate::extract::Suggestion;
use crate::model::{Article, CharSpan};
use crate::suggestions::SuggestionKey;

/// Font size of the article text.
const READER_FONT_SIZE: f32 = 14.0;

/// Draws the reader for the article the view shows.
pub fn reader_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    let Some(article) = app
        .view
        .reader_article
        .and_then(|id| app.project.article(id))
    else {
        ui.heading("Reader");
        ui.weak("Click an article on the left to read it.");
        return;
    };
    ui.add(egui::Label::new(egui::RichText::new(&article.title).size(16.0).strong()).truncate());
    let date = article
        .date
        .map_or_else(|| "no article date".to_owned(), |d| d.human());
    ui.add(
        egui::Label::new(egui::RichText::new(format!("{} · {date}", article.file_name)).weak())
            .truncate(),
    );
    ui.separator();
    let suggestions = app.suggestions.suggestions(article.id);
    egui::ScrollArea::vertical()
        .id_salt("reader_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let job = article_layout(
                ui,
                article,
                suggestions,
                app.view.selected_suggestion,
                app.view.reader_highlight,
            );
            // Left-aligned, not justified, whatever the parent layout.
            let (pos, galley, response) = ui
                .with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
                    egui::Label::new(job)
                        .sense(egui::Sense::click())
                        .layout_in_ui(ui)
                })
                .inner;
            ui.painter()
                .galley(pos, galley.clone(), ui.visuals().text_color());
            if app.view.reader_scroll_pending {
                if let Some(span) = app.view.reader_highlight {
                    let rect = galley
                        .pos_from_cursor(CCursor::new(span.start))
                        .translate(pos.to_vec2());
                    ui.scroll_to_rect(rect.expand(40.0), Some(egui::Align::Center));
                }
                commands.push(Command::ReaderScrolled);
            }
            let hovered = response
                .hover_pos()
                .map(|p| galley.cursor_from_pos(p - pos).index.0)
                .and_then(|char_index| {
                    suggestions
                        .iter()
                        .find(|s| (s.start..s.end).contains(&char_index))
                });
            if let Some(suggestion) = hovered {
                let key = SuggestionKey::of(article.id, suggestion);
                if response.clicked() {
                    commands.push(Command::SelectSuggestion(Some(key)));
                }
                response.on_hover_text_at_pointer(hover_text(suggestion));
            }
        });
}

/// What a highlighted expression means, for its tooltip.
fn hover_text(s: &Suggestion) -> String {
    let mut text = s.resolution.clone();
    if text.is_empty() {
        text = match s.date {
            Some(date) => format!("{} → {}", s.expression, date.human()),
            None => format!("{}: unresolved (set the article date)", s.expression),
        };
    }
    format!(
        "{text}\nTIMEX3 value {}\nClick to select its suggestion",
        s.timex_value
    )
}

/// The article text as a layout job: suggested expressions and the highlighted sentence get backgrounds.
fn article_layout(
    ui: &egui::Ui,
    article: &Article,
    suggestions: &[Suggestion],
    selected: Option<SuggestionKey>,
    highlight: Option<CharSpan>,
) -> LayoutJob {
    let text = &article.text;
    let base = TextFormat {
        font_id: FontId::proportional(READER_FONT_SIZE),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    // Char offsets where the formatting may change.
    let mut cuts: Vec<usize> = vec![0, text.chars().count()];
    cuts.extend(suggestions.iter().flat_map(|s| [s.start, s.end]));
    cuts.extend(highlight.iter().flat_map(|h| [h.start, h.end]));
    cuts.sort_unstable();
    cuts.dedup();
    let byte_of = byte_offsets(text, &cuts);
    let mut job = LayoutJob {
        text: text.clone(),
        wrap: egui::text::TextWrapping::default(),
        ..Default::default()
    };
    job.wrap.max_width = ui.available_width();
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        let mut format = base.clone();
        if highlight.is_some_and(|h| h.start <= start && end <= h.end) {
            format.background = theme::SENTENCE_HIGHLIGHT;
        }
        if let Some(s) = suggestions
            .iter()
            .find(|s| s.start <= start && end <= s.end)
        {
            let is_selected = selected == Some(SuggestionKey::of(article.id, s));
            format.background = match (is_selected, s.date.is_some()) {
                (true, _) => theme::TIMEX_SELECTED,
                (false, true) => theme::TIMEX_RESOLVED,
                (false, false) => theme::TIMEX_UNRESOLVED,
            };
            format.color = if is_selected {
                Color32::WHITE
            } else {
                ui.visuals().strong_text_color()
            };
            format.underline = Stroke::new(1.0, format.color.gamma_multiply(0.6));
        }
        job.sections.push(egui::text::LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(byte_of[&start])
                ..egui::text::ByteIndex(byte_of[&end]),
            format,
        });
    }
    job
}

/// Byte offsets of the given (sorted) char offsets.
fn byte_offsets(text: &str, sorted_chars: &[usize]) -> std::collections::BTreeMap<usize, usize> {
    let mut out = std::collections::BTreeMap::new();
    let mut wanted = sorted_chars.iter().peekable();
    for (char_index, (byte, _)) in text.char_indices().enumerate() {
        while wanted.peek().is_some_and(|c| **c <= char_index) {
            if let Some(c) = wanted.next() {
                out.insert(*c, byte);
            }
        }
    }
    for c in wanted {
        out.insert(*c, text.len());
    }
    out
}
