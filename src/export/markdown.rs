//! Markdown export: a chronology grouped by year, with the sources as footnotes quoting the sentence.
//!
//! ```text
//! # Title
//!
//! ## 44 BC
//!
//! - **15 Mar 44 BC** — Caesar is assassinated[^1]
//!
//!   The description, indented under its event.
//!
//! ## 1960s
//!
//! - **1960s** — Counterculture
//!
//!   ⚠ The sources disagree on the date: Daily Planet says 14 Mar 44 BC; Forum says 15 Mar 44 BC.
//!
//! ## Sources
//!
//! - Daily Planet, *Article title*, Jane Doe, 16 Mar 44 BC, https://planet.example/ides
//!
//! [^1]: Daily Planet, *Article title*, Jane Doe, 16 Mar 44 BC, https://planet.example/ides:
//!     “The quoted sentence.”
//! ```
//!
//! Each footnote cites its source (outlet, title, author, publication date, address or file) and
//! quotes the sentence; the "Sources" list cites every article once, like a bibliography.
//!
//! User text is escaped so it reads literally: Markdown's inline punctuation (`` \ ` * _ [ ] < > # | ~
//! & ``) gets a backslash, and description lines that would start a list, heading or rule are escaped too.

use std::fmt::Write as _;

use super::ExportOptions;
use super::cite::{Citation, cited_articles, disagreement};
use super::select::Selection;
use super::text::{clean_block, clean_line};
use crate::model::date::year_label;
use crate::model::{Event, Precision, Project};

/// The project as Markdown text (ending in a newline).
///
/// Unknown lanes in [`ExportOptions::lanes`] are ignored here (`export_bytes` reports them).
pub fn markdown(project: &Project, options: &ExportOptions) -> String {
    let selection = Selection::lenient(project, options);
    let title = clean_line(&project.title);
    let title = if title.is_empty() {
        "Untitled timeline".to_owned()
    } else {
        title
    };
    let mut out = format!("# {}\n", escape_inline(&title));
    if selection.events.is_empty() {
        out.push_str("\nNo events.\n");
        return out;
    }
    let mut footnotes = Vec::new();
    let mut current_year = None;
    for event in &selection.events {
        // Years and finer dates group by year; a decade, century or millennium by itself ("1960s").
        let year = if event.start.precision() >= Precision::Year {
            year_label(event.start.year())
        } else {
            event.start.with_circa(false).human()
        };
        if current_year.as_ref() != Some(&year) {
            write!(out, "\n## {year}\n\n").ok();
            current_year = Some(year);
        }
        write_event(&mut out, event, &selection, &mut footnotes);
    }
    let articles = cited_articles(project, &selection.events);
    if !articles.is_empty() {
        out.push_str("\n## Sources\n\n");
        for article in articles {
            let line = Citation::of_article(article).line_escaped(
                |t| format!("*{}*", escape_inline(&clean_line(t))),
                |p| escape_inline(&clean_line(p)),
            );
            writeln!(out, "- {line}").ok();
        }
    }
    if !footnotes.is_empty() {
        out.push('\n');
        for (index, note) in footnotes.iter().enumerate() {
            writeln!(out, "[^{}]: {note}", index + 1).ok();
        }
    }
    out
}

fn write_event(
    out: &mut String,
    event: &Event,
    selection: &Selection<'_>,
    footnotes: &mut Vec<String>,
) {
    let date = event.when();
    let title = clean_line(&event.title);
    let title = if title.is_empty() {
        "(untitled)".to_owned()
    } else {
        escape_inline(&title)
    };
    let mut marks = String::new();
    for source in &event.sources {
        let citation = Citation::of(selection.project, source);
        let cited = citation.line_escaped(
            |t| format!("*{}*", escape_inline(&clean_line(t))),
            |p| escape_inline(&clean_line(p)),
        );
        let sentence = clean_line(&source.sentence);
        let note = match (cited.is_empty(), sentence.is_empty()) {
            (false, false) => format!("{cited}: “{}”", escape_inline(&sentence)),
            (false, true) => cited,
            (true, false) => format!("“{}”", escape_inline(&sentence)),
            (true, true) => "Unknown article".to_owned(),
        };
        footnotes.push(note);
        write!(marks, "[^{}]", footnotes.len()).ok();
    }
    writeln!(out, "- **{}** — {title}{marks}", escape_inline(&date)).ok();
    if let Some(note) = disagreement(selection.project, event) {
        writeln!(out, "\n  ⚠ {}", escape_line(&clean_line(&note))).ok();
    }
    let description = clean_block(&event.description);
    for paragraph in description.split("\n\n").filter(|p| !p.is_empty()) {
        let lines: Vec<String> = paragraph
            .lines()
            .map(|line| format!("  {}", escape_line(line)))
            .collect();
        // Indented under the item; a backslash at the end of a line is a hard line break.
        out.push('\n');
        out.push_str(&lines.join("\\\n"));
        out.push('\n');
    }
}

/// Backslash-escapes Markdown's inline punctuation so the text reads literally.
pub(crate) fn escape_inline(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Escapes a line of block text: inline punctuation, and a start that would make a list item, a
/// heading underline or a thematic break (`-`, `+`, `=`, `1.`, `1)`).
fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line);
    if escaped.starts_with(['-', '+', '=']) {
        return format!("\\{escaped}");
    }
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_punctuation_is_escaped() {
        assert_eq!(
            escape_inline("<b>*x*</b> [a](b) #1 a|b ~~c~~ &amp;"),
            "\\<b\\>\\*x\\*\\</b\\> \\[a\\](b) \\#1 a\\|b \\~\\~c\\~\\~ \\&amp;"
        );
        assert_eq!(escape_inline("مرحبا 🎉"), "مرحبا 🎉");
    }

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(escape_line("- not a list"), "\\- not a list");
        assert_eq!(escape_line("==="), "\\===");
        assert_eq!(escape_line("1984. A year"), "1984\\. A year");
        assert_eq!(escape_line("12 apples"), "12 apples");
    }
}
