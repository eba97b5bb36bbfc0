//! Lines of an article that are about the article rather than events in it: the headline and
//! section headings, "Published …" / "Updated …" lines, bylines, and the dateline that opens a
//! paragraph ("ALMATY, Jan 7 (Reuters) -"). A date in them is the article's own metadata (its
//! date is read by [`super::dct`]), never a suggested event.

/// Keywords that open a line about the article itself.
const META_KEYWORDS: [&str; 9] = [
    "published",
    "updated",
    "posted",
    "first published",
    "last updated",
    "date:",
    "dateline",
    "by ",
    "photo:",
];

/// Lines from the top where bylines and "Published …" lines are looked for.
const HEAD_LINES: usize = 25;
/// A heading has at most this many words.
const HEADING_MAX_WORDS: usize = 14;
/// A dateline ends (with its dash) within this many bytes of its line's start.
const DATELINE_MAX_BYTES: usize = 90;

/// What kind of metadata a span of the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MetaKind {
    /// A headline or heading: a short line standing alone, without closing punctuation. A date
    /// that opens it ("Jan. 2: protests begin", a chronology's item) is still an event.
    Heading,
    /// A "Published …" line, a byline, or a dateline: no date in it is an event.
    Header,
}

/// A span (bytes) of metadata in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MetaSpan {
    /// Byte range of the span.
    pub(crate) bytes: (usize, usize),
    /// What it is.
    pub(crate) kind: MetaKind,
}

impl MetaSpan {
    /// Whether a date expression at `bytes` inside this span is metadata, not an event.
    pub(crate) fn hides(&self, bytes: (usize, usize)) -> bool {
        let inside = bytes.0 >= self.bytes.0 && bytes.1 <= self.bytes.1;
        match self.kind {
            MetaKind::Header => inside,
            MetaKind::Heading => {
                let opens_line = self.bytes.0 + 3 >= bytes.0;
                // A line that is little more than a date is the article's date, not an item.
                let line_len = self.bytes.1 - self.bytes.0;
                let only_a_date = (bytes.1 - bytes.0) * 3 >= line_len * 2;
                inside && (!opens_line || only_a_date)
            }
        }
    }
}

/// Longest place name of a dateline, in bytes.
const MAX_PLACE_BYTES: usize = 40;

/// The metadata spans of `text`, in text order.
pub(crate) fn metadata_spans(text: &str) -> Vec<MetaSpan> {
    let mut spans = Vec::new();
    let lines: Vec<(usize, &str)> = line_starts(text).collect();
    for (index, &(start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let end = start + line.len();
        let keyword = index < HEAD_LINES && {
            let lower: String = trimmed.chars().take(20).collect::<String>().to_lowercase();
            META_KEYWORDS.iter().any(|k| lower.starts_with(k))
        };
        if keyword {
            spans.push(MetaSpan {
                bytes: (start, end),
                kind: MetaKind::Header,
            });
            continue;
        }
        let alone_before = index == 0 || lines[index - 1].1.trim().is_empty();
        let alone_after = lines
            .get(index + 1)
            .is_none_or(|(_, l)| l.trim().is_empty());
        if (alone_before || alone_after) && is_heading(trimmed) {
            spans.push(MetaSpan {
                bytes: (start, end),
                kind: MetaKind::Heading,
            });
            continue;
        }
        if alone_before && let Some(length) = dateline_length(line) {
            spans.push(MetaSpan {
                bytes: (start, start + length),
                kind: MetaKind::Header,
            });
        }
    }
    spans
}

/// Each line of `text` with its byte offset.
fn line_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        (start, line)
    })
}

/// A short line without the punctuation that closes a sentence.
fn is_heading(line: &str) -> bool {
    let closes = line.chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ';' | ','
        )
    });
    !closes && line.split_whitespace().nth(HEADING_MAX_WORDS).is_none()
}

/// The length of the dateline that opens `line` ("WASHINGTON, Jan. 6 (AP) —", "BONN, Germany
/// (AP)_", "ALMATY, Kazakhstan — Jan. 6, 2022 —"), up to and with its dash, when there is one.
pub(crate) fn dateline_length(line: &str) -> Option<usize> {
    // The place runs to the first comma, or to the agency in brackets ("MOSCOW (AP)_"), within
    // the first few dozen bytes.
    let start = &line[..line.floor_char_boundary(MAX_PLACE_BYTES + 2)];
    let place_end = [start.find(','), start.find(" (")]
        .into_iter()
        .flatten()
        .min()?;
    let place = &line[..place_end];
    let mut letters = 0;
    let caps_place = place.len() < MAX_PLACE_BYTES
        && place.chars().filter(|c| c.is_alphabetic()).all(|c| {
            letters += 1;
            c.is_uppercase()
        })
        && letters >= 3;
    if !caps_place {
        return None;
    }
    let head = &line[..line.floor_char_boundary(DATELINE_MAX_BYTES)];
    let dash_after = |from: usize| {
        ["—", "–", " - ", " -- ", ")_", " _ "]
            .iter()
            .filter_map(|dash| head[from..].find(dash).map(|at| from + at + dash.len()))
            .min()
    };
    let first = dash_after(0)?;
    // "PLACE — Jan. 6, 2022 — ": a short dated part between two dashes belongs to it too.
    match dash_after(first) {
        Some(second)
            if second - first <= 32 && head[first..second].chars().any(|c| c.is_ascii_digit()) =>
        {
            Some(second)
        }
        _ => Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden(text: &str, expression: &str) -> bool {
        let at = text.find(expression).unwrap();
        metadata_spans(text)
            .iter()
            .any(|s| s.hides((at, at + expression.len())))
    }

    #[test]
    fn headers_headings_and_datelines_hide_their_dates() {
        let text = "Floods reach the capital on Friday\n\
                    By Ana Ruiz\n\
                    Updated 14 March 2019, 10:02\n\
                    \n\
                    LISBON, March 14 (Reuters) - The river rose on Thursday night.\n\
                    \n\
                    What happened in March 2019\n\
                    \n\
                    March 12: heavy rain begins\n\
                    March 13: the dam overflows\n\
                    \n\
                    Officials said the water would fall by Sunday.";
        assert!(hidden(text, "Friday"), "headline");
        assert!(hidden(text, "14 March 2019"), "updated line");
        assert!(hidden(text, "March 14"), "dateline");
        assert!(!hidden(text, "Thursday"), "the lede's own date is an event");
        assert!(hidden(text, "March 2019"), "section heading");
        assert!(
            !hidden(text, "March 12"),
            "a chronology item opens with its date"
        );
        assert!(!hidden(text, "March 13"));
        assert!(!hidden(text, "Sunday"));
        let page = "Storm warning\n\n14 March 2019\n\nPORTO, Portugal — March 14, 2019 — The \
                    storm made landfall on Wednesday.";
        assert!(hidden(page, "14 March 2019"), "a line that is only a date");
        assert!(
            hidden(page, "March 14, 2019"),
            "the date between a dateline's dashes"
        );
        assert!(!hidden(page, "Wednesday"));
        assert_eq!(dateline_length("MOSCOW (AP)_ The mayor spoke."), Some(12));
        assert_eq!(dateline_length("Moscow is cold today - very."), None);
    }
}
