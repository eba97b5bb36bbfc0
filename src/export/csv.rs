//! CSV export (RFC 4180): one row per event, in chronological order.
//!
//! Columns: `start,end,precision,title,description,lane,sources,relation,disagreement`. Dates are in
//! Dateline's text form ([`crate::model::Date::to_iso`]: `2022-01-06`, `199X`, `1850~`, `-0043`);
//! `precision` is the start's ("day", "decade", …); `sources` cites each source (outlet, “title”,
//! author, publication date, address or file) and quotes its sentence, joined by ` | `. Fields are
//! quoted when needed and records end in CRLF. `relation` says how the event stands to its date:
//! `on`, `by` (no later than), `as_of` (ongoing) or `after` (announced); `disagreement` says which
//! source gives which date when they differ. New columns come last so older readers of the first
//! ones keep working.
//!
//! Against spreadsheet formula injection, every cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading apostrophe (OWASP's advice), so `=cmd|' /C calc'!A0` is stored as
//! `'=cmd|' /C calc'!A0` and a BC date as `'-0043`.

use super::cite::{Citation, disagreement};
use super::select::Selection;
use super::text::{clean_block, clean_line};
use super::{ExportError, ExportOptions};
use crate::model::{Event, Project};

/// The header row.
pub const CSV_HEADER: [&str; 9] = [
    "start",
    "end",
    "precision",
    "title",
    "description",
    "lane",
    "sources",
    "relation",
    "disagreement",
];

/// The project as CSV text.
///
/// # Errors
/// [`ExportError::UnknownLane`] and [`ExportError::EmptyRange`] for bad options.
pub fn csv(project: &Project, options: &ExportOptions) -> Result<String, ExportError> {
    let selection = Selection::new(project, options)?;
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let render = |err: ::csv::Error| ExportError::Render(err.to_string());
    writer.write_record(CSV_HEADER).map_err(render)?;
    for event in &selection.events {
        writer
            .write_record(row(event, &selection))
            .map_err(render)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| ExportError::Render(err.to_string()))?;
    String::from_utf8(bytes).map_err(|err| ExportError::Render(err.to_string()))
}

fn row(event: &Event, selection: &Selection<'_>) -> [String; 9] {
    let sources: Vec<String> = event
        .sources
        .iter()
        .map(|source| {
            let citation = Citation::of(selection.project, source).line(|t| format!("“{t}”"));
            let citation = clean_line(&citation);
            let sentence = clean_line(&source.sentence);
            format!("{citation}: “{sentence}”")
        })
        .collect();
    [
        event.start.to_iso(),
        event.end.map(|d| d.to_iso()).unwrap_or_default(),
        event.start.precision().label().to_owned(),
        clean_line(&event.title),
        clean_block(&event.description).replace('\n', "\r\n"),
        clean_line(selection.lane_name(event)),
        sources.join(" | "),
        event.relation.key().to_owned(),
        disagreement(selection.project, event)
            .map(|note| clean_line(&note))
            .unwrap_or_default(),
    ]
    .map(|cell| neutralize(&cell))
}

/// A cell a spreadsheet will not run as a formula: one beginning with `=`, `+`, `-`, `@`, tab or CR
/// gets a leading apostrophe.
pub(crate) fn neutralize(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(neutralize("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        for risky in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralize(risky).starts_with('\''), "{risky}");
        }
        assert_eq!(neutralize("Plain = fine"), "Plain = fine");
        assert_eq!(neutralize(""), "");
    }
}
