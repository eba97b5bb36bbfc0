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
    // The next line break at or after `i` (`b.len()` if none).
    let mut line_end = memchr::memchr(b'\n', b).unwrap_or(b.len());
    while i < b.len() {
        // Most bytes can end nothing: skip to the next mark or line break.
        if line_end < i {
            line_end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        }
        i = memchr::memchr3(b'.', b'!', b'?', &b[i..line_end]).map_or(line_end, |k| i + k);
        let Some(&c) = b.get(i) else { break };
        let boundary_end = match c {
            b'.' | b'!' | b'?' => sentence_end_after_punct(text, i),
            b'\n' => line_break_boundary(text, i).ok_or(i + 1),
            _ => Err(i + 1),
        };
        match boundary_end {
            Ok(end) => {
                push_trimmed(text, start, end, &mut out);
                start = end;
                i = end.max(i + 1);
            }
            // A run of punctuation that cannot end a sentence is skipped whole ("....x").
            Err(next) => i = next.max(i + 1),
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
/// quotes or brackets); otherwise where to look next: past the whole punctuation run when no
/// punctuation in it can end a sentence, so long runs cost linear time.
fn sentence_end_after_punct(text: &str, i: usize) -> Result<usize, usize> {
    match punct_boundary(text, i) {
        Boundary::End(end) => Ok(end),
        Boundary::NotHere => Err(i + 1),
        Boundary::NotInRun(end) => Err(end),
    }
}

/// What the punctuation at a byte says about a sentence end.
enum Boundary {
    /// The sentence ends at this offset.
    End(usize),
    /// Not at this punctuation mark (an abbreviation); a later mark in the run may end it.
    NotHere,
    /// No mark in the run that ends at this offset ends a sentence.
    NotInRun(usize),
}

fn punct_boundary(text: &str, i: usize) -> Boundary {
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
        return Boundary::End(end);
    };
    if !next_ws.is_whitespace() {
        return Boundary::NotInRun(end);
    }
    let after = rest.trim_start();
    let Some(first) = after.chars().next() else {
        return Boundary::End(end);
    };
    let opener = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\u{201c}' | '\'' | '(' | '[' | '\u{2018}');
    if !opener {
        return Boundary::NotInRun(end);
    }
    if b[i] != b'.' {
        return Boundary::End(end);
    }
    let word = word_before(text, i);
    // Initials: "J. Smith"
    if word.len() == 1 && word.bytes().all(|c| c.is_ascii_uppercase()) {
        return Boundary::NotHere;
    }
    let listed = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    if listed(NEVER_END) {
        return Boundary::NotHere;
    }
    if listed(MAYBE_END) || is_dotted_acronym(word) {
        let next_word: String = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .take(24)
            .collect::<String>()
            .to_lowercase();
        return if OPENERS.contains(&next_word.as_str()) {
            Boundary::End(end)
        } else {
            Boundary::NotHere
        };
    }
    Boundary::End(end)
}

/// The word (letters and inner periods) ending just before byte `i`, at most 32 bytes of it
/// (longer words are no abbreviations).
fn word_before(text: &str, i: usize) -> &str {
    let b = text.as_bytes();
    let mut s = i;
    while s > 0
        && i - s < 32
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

    /// Long punctuation runs and long words are skipped in one pass (a rescan per mark would be
    /// quadratic: minutes on this input).
    #[test]
    fn long_runs_stay_linear() {
        let mut text = ".".repeat(500_000);
        text.push_str("x ");
        text.push_str(&"!?".repeat(200_000));
        text.push_str("y It ended. ");
        text.push_str(&"A".repeat(200_000));
        text.push_str(". Next");
        let got = byte_sentences(&text);
        assert_eq!(got.len(), 3);
        assert_eq!(&text[got[2].0..got[2].1], "Next");
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
