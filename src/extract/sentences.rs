//! Sentence splitting that survives news abbreviations ("Jan.", "U.S.", "p.m.", "Mr."),
//! initials ("J. R. Smith"), decimals, quotes and headlines on their own line.

use serde::{Deserialize, Serialize};

use super::offsets::CharCounter;

/// One sentence: char offsets into the text, end exclusive, surrounding whitespace excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// Words whose trailing period never ends a sentence (titles, months, weekdays).
const NEVER_END: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj",
    "adm", "st", "mt", "ft", "rev", "hon", "pres", "supt", "cmdr", "messrs", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "no", "nos", "vs", "v", "e.g", "i.e", "cf", "approx",
    "fig", "vol", "pp", "ave", "blvd", "rd",
];

/// Words whose trailing period ends a sentence only before a typical sentence opener.
const MAYBE_END: &[&str] = &[
    "inc", "corp", "co", "ltd", "jr", "sr", "llc", "plc", "bros", "etc", "a.m", "p.m", "u.s",
    "u.k", "u.n", "d.c", "e.u", "est",
];

/// Words that typically open a sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "for",
    "some",
    "many",
    "most",
    "officials",
    "police",
    "meanwhile",
    "however",
    "also",
    "still",
    "yet",
];

/// Splits `text` into sentences (char offsets, sorted, non-overlapping).
///
/// ```
/// use dateline::extract::sentences;
/// let text = "Mr. Smith left the U.S. on Jan. 6. He returned at 3 p.m. The end.";
/// let s: Vec<String> = sentences(text).iter().map(|s| text.chars().skip(s.start).take(s.end - s.start).collect()).collect();
/// assert_eq!(s, ["Mr. Smith left the U.S. on Jan. 6.", "He returned at 3 p.m.", "The end."]);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut chars = CharCounter::new(text);
    for (s, e) in byte_sentences(text) {
        out.push(Sentence {
            start: chars.char_offset(s),
            end: chars.char_offset(e),
        });
    }
    out
}

/// Sentence byte ranges.
pub(crate) fn byte_sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let boundary_end = match c {
            b'.' | b'!' | b'?' => sentence_end_after_punct(text, i),
            b'\n' => line_break_boundary(text, i),
            _ => None,
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, b.len(), &mut out);
    out
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if s + lead < e - trail {
        out.push((s + lead, e - trail));
    }
}

/// If the punctuation at byte `i` ends a sentence, the byte offset just after it (and any closing
/// quotes or brackets).
fn sentence_end_after_punct(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Include a run of terminal punctuation and closing quotes/brackets.
    let mut end = i + 1;
    loop {
        let rest = &text[end..];
        let Some(ch) = rest.chars().next() else { break };
        if matches!(
            ch,
            '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}'
        ) {
            end += ch.len_utf8();
        } else {
            break;
        }
    }
    // Must be followed by whitespace (or the end).
    let rest = &text[end..];
    let Some(next_ws) = rest.chars().next() else {
        return Some(end);
    };
    if !next_ws.is_whitespace() {
        return None;
    }
    let after = rest.trim_start();
    let Some(first) = after.chars().next() else {
        return Some(end);
    };
    let opener = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\u{201c}' | '\'' | '(' | '[' | '\u{2018}');
    if !opener {
        return None;
    }
    if b[i] != b'.' {
        return Some(end);
    }
    let word = word_before(text, i);
    let lower = word.to_ascii_lowercase();
    // Initials: "J. Smith"
    if word.len() == 1 && word.bytes().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    if NEVER_END.contains(&lower.as_str()) {
        return None;
    }
    if MAYBE_END.contains(&lower.as_str()) || is_dotted_acronym(&lower) {
        let next_word: String = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        return OPENERS.contains(&next_word.as_str()).then_some(end);
    }
    Some(end)
}

/// The word (letters and inner periods) ending just before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let b = text.as_bytes();
    let mut s = i;
    while s > 0
        && (b[s - 1].is_ascii_alphabetic()
            || (b[s - 1] == b'.' && s >= 2 && b[s - 2].is_ascii_alphabetic()))
    {
        s -= 1;
    }
    &text[s..i]
}

/// "u.s", "a.m": single letters joined by periods.
fn is_dotted_acronym(w: &str) -> bool {
    w.len() >= 3 && w.split('.').all(|p| p.len() == 1)
}

/// A line break ends a sentence at a blank line, or after a short line (a headline), or when the
/// line does not end like running text.
fn line_break_boundary(text: &str, i: usize) -> Option<usize> {
    let before = &text[..i];
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let line = before[line_start..].trim_end();
    if line.is_empty() {
        return None;
    }
    let rest = &text[i + 1..];
    let blank_line = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    let next_line_start = rest.trim_start().chars().next();
    let last = line.chars().last().unwrap_or(' ');
    let running = last.is_lowercase() || matches!(last, ',' | ';' | ':' | '-' | '(');
    let next_upper = next_line_start
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphabetic());
    let short = line.chars().count() < 60;
    (blank_line || (next_upper && (!running || short))).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        sentences(text)
            .iter()
            .map(|s| text.chars().skip(s.start).take(s.end - s.start).collect())
            .collect()
    }

    #[test]
    fn splits_news_text() {
        let cases: &[(&str, &[&str])] = &[
            (
                "It rained. Then it stopped!",
                &["It rained.", "Then it stopped!"],
            ),
            (
                "Mr. Smith met Dr. Jones on Jan. 6 in Washington.",
                &["Mr. Smith met Dr. Jones on Jan. 6 in Washington."],
            ),
            (
                "The U.S. Senate voted. The U.S. House did not.",
                &["The U.S. Senate voted.", "The U.S. House did not."],
            ),
            (
                "He arrived at 3 p.m. The meeting began.",
                &["He arrived at 3 p.m.", "The meeting began."],
            ),
            (
                "J. R. Smith scored 3.5 points. Fans cheered.",
                &["J. R. Smith scored 3.5 points.", "Fans cheered."],
            ),
            (
                "\u{201c}We won.\u{201d} She smiled.",
                &["\u{201c}We won.\u{201d}", "She smiled."],
            ),
            (
                "Acme Inc. said profit rose. The Inc. Magazine...",
                &["Acme Inc. said profit rose.", "The Inc. Magazine..."],
            ),
            (
                "Kazakhstan unrest\nProtests began on Sunday.",
                &["Kazakhstan unrest", "Protests began on Sunday."],
            ),
            (
                "a wrapped line that goes\non and on.",
                &["a wrapped line that goes\non and on."],
            ),
            ("One.\n\nTwo", &["One.", "Two"]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn offsets_are_chars() {
        let text = "Caf\u{e9} opened. It closed.";
        assert_eq!(
            sentences(text),
            [
                Sentence { start: 0, end: 12 },
                Sentence { start: 13, end: 23 }
            ]
        );
    }
}
