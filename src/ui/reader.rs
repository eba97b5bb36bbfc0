//! The reader: an article's text with every suggested date expression highlighted; hovering one
//! explains how it was resolved, clicking selects its suggestion; "show in article" scrolls to and
//! highlights a source sentence. Only the blocks of text on screen are laid out ([`super::reader_blocks`]).

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use super::reader_blocks::{Block, ReaderBlocks};
use super::theme;
use crate::command::{Command, ViewCommand};
use crate::extract::Suggestion;
use crate::model::{Article, CharSpan};
use crate::state::AppView;
use crate::suggestions::SuggestionKey;

/// Font size of the article text.
const READER_FONT_SIZE: f32 = 14.0;

/// Draws the reader for the article the view shows.
pub fn reader_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    blocks: &mut ReaderBlocks,
    commands: &mut Vec<Command>,
) {
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
    // "The Steppe Herald · Aigerim Sadykova · 5 Jan 2022 08:15 · page.html"
    let line = [
        article.outlet.as_str(),
        article.author.as_str(),
        date.as_str(),
        article.file_name.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    ui.add(egui::Label::new(egui::RichText::new(line).weak()).truncate())
        .on_hover_text(if article.url.is_empty() {
            article.original_path.clone()
        } else {
            article.url.clone()
        });
    ui.separator();
    let suggestions = app.suggestions.suggestions(article.id);
    egui::ScrollArea::vertical()
        // In a short panel the list shrinks to what is left, never pushing the panel taller.
        .min_scrolled_height(24.0)
        .id_salt("reader_scroll")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let font = FontId::proportional(READER_FONT_SIZE);
            let (row_height, char_width) = ui.fonts_mut(|f| {
                (
                    f.row_height(&font),
                    f.layout_no_wrap("abcdefghij".to_owned(), font.clone(), Color32::WHITE)
                        .size()
                        .x
                        / 10.0,
                )
            });
            let width = ui.available_width();
            blocks.refresh(article.id.0, &article.text, width, row_height, char_width);
            ui.set_height(blocks.height());
            let block_ui = BlockUi {
                ui: &*ui,
                article,
                suggestions,
                app,
                width,
            };
            let scroll_target = app
                .view
                .reader_highlight
                .filter(|_| app.view.reader_scroll_pending);
            if let Some(span) = scroll_target {
                // Lay out the target's block now, so its position is known.
                let index = blocks.block_of_char(span.start);
                let galley = block_ui.galley(&blocks.blocks()[index]);
                blocks.set_height(index, galley.size().y);
                let local = span
                    .start
                    .saturating_sub(blocks.blocks()[index].chars.start);
                let rect = galley
                    .pos_from_cursor(CCursor::new(local))
                    .translate(egui::vec2(
                        block_ui.ui.max_rect().left(),
                        block_ui.ui.max_rect().top() + blocks.top(index),
                    ));
                block_ui
                    .ui
                    .scroll_to_rect(rect.expand(40.0), Some(egui::Align::Center));
                commands.push(ViewCommand::ReaderScrolled.into());
            }
            let mut moved = false;
            for index in blocks.visible(viewport.min.y, viewport.max.y) {
                let block = blocks.blocks()[index].clone();
                let galley = block_ui.galley(&block);
                let pos = egui::pos2(
                    ui.max_rect().left(),
                    ui.max_rect().top() + blocks.top(index),
                );
                moved |= blocks.set_height(index, galley.size().y);
                block_ui.show(&block, index, pos, &galley, commands);
            }
            if moved {
                ui.ctx().request_repaint();
            }
        });
}

/// What one block of the reader needs to draw itself.
struct BlockUi<'a, 'v> {
    ui: &'a egui::Ui,
    article: &'a Article,
    suggestions: &'a [Suggestion],
    app: AppView<'v>,
    width: f32,
}

impl BlockUi<'_, '_> {
    /// The block's text laid out with its highlights.
    fn galley(&self, block: &Block) -> std::sync::Arc<egui::Galley> {
        let job = block_layout(
            self.ui,
            self.article,
            block,
            self.suggestions,
            self.app.view.selected_suggestion,
            self.app.view.reader_highlight,
            self.width,
        );
        self.ui.fonts_mut(|f| f.layout_job(job))
    }

    /// Paints the block at `pos`; hovering an expression explains it, clicking selects its suggestion.
    fn show(
        &self,
        block: &Block,
        index: usize,
        pos: egui::Pos2,
        galley: &std::sync::Arc<egui::Galley>,
        commands: &mut Vec<Command>,
    ) {
        let rect = egui::Rect::from_min_size(pos, galley.size());
        self.ui
            .painter()
            .galley(pos, galley.clone(), self.ui.visuals().text_color());
        let response = self.ui.interact(
            rect,
            self.ui.scope_id().with(("reader_block", index)),
            egui::Sense::click(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
        let hovered = response
            .hover_pos()
            .map(|p| block.chars.start + galley.cursor_from_pos(p - pos).index.0)
            .and_then(|char_index| suggestion_at(self.suggestions, char_index));
        if let Some(suggestion) = hovered {
            let key = SuggestionKey::of(self.article.id, suggestion);
            if response.clicked() {
                commands.push(ViewCommand::SelectSuggestion(Some(key)).into());
            }
            response.on_hover_text_at_pointer(hover_text(suggestion));
        }
    }
}

/// The suggestion whose expression covers char `index` (suggestions are in text order).
fn suggestion_at(suggestions: &[Suggestion], index: usize) -> Option<&Suggestion> {
    let first = suggestions.partition_point(|s| s.end <= index);
    suggestions
        .get(first)
        .filter(|s| (s.start..s.end).contains(&index))
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

/// One block of the article as a layout job: suggested expressions and the highlighted sentence get
/// backgrounds.
fn block_layout(
    ui: &egui::Ui,
    article: &Article,
    block: &Block,
    suggestions: &[Suggestion],
    selected: Option<SuggestionKey>,
    highlight: Option<CharSpan>,
    width: f32,
) -> LayoutJob {
    let text = article.text.get(block.bytes.clone()).unwrap_or_default();
    let base = TextFormat {
        font_id: FontId::proportional(READER_FONT_SIZE),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let (from, to) = (block.chars.start, block.chars.end);
    // The suggestions meeting this block (they are in text order).
    let first = suggestions.partition_point(|s| s.end <= from);
    let nearby: Vec<&Suggestion> = suggestions[first..]
        .iter()
        .take_while(|s| s.start < to)
        .collect();
    // Char offsets in the block where the formatting may change.
    let mut cuts: Vec<usize> = vec![0, to - from];
    let local = |offset: usize| offset.clamp(from, to) - from;
    cuts.extend(nearby.iter().flat_map(|s| [local(s.start), local(s.end)]));
    cuts.extend(
        highlight
            .iter()
            .flat_map(|h| [local(h.start), local(h.end)]),
    );
    cuts.sort_unstable();
    cuts.dedup();
    let byte_of = byte_offsets(text, &cuts);
    let mut job = LayoutJob {
        text: text.to_owned(),
        wrap: egui::text::TextWrapping::default(),
        ..Default::default()
    };
    job.wrap.max_width = width;
    for window in cuts.windows(2) {
        let (start, end) = (window[0] + from, window[1] + from);
        let mut format = base.clone();
        if highlight.is_some_and(|h| h.start <= start && end <= h.end) {
            format.background = theme::sentence_highlight(ui.visuals());
        }
        if let Some(s) = nearby.iter().find(|s| s.start <= start && end <= s.end) {
            let is_selected = selected == Some(SuggestionKey::of(article.id, s));
            format.background = match (is_selected, s.date.is_some()) {
                (true, _) => theme::TIMEX_SELECTED,
                (false, true) => theme::timex_resolved(ui.visuals()),
                (false, false) => theme::timex_unresolved(ui.visuals()),
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
            byte_range: egui::text::ByteIndex(byte_of[&window[0]])
                ..egui::text::ByteIndex(byte_of[&window[1]]),
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
