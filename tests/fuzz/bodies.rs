//! The bodies of the fuzz targets, shared by the `libFuzzer` binaries in `fuzz_targets/` (nightly,
//! `cargo fuzz`) and by `tests/fuzz_regressions.rs` (stable, `cargo test`), which replays the seeds
//! and the minimized crashes through exactly this code.
//!
//! Each function takes one raw fuzz input, panics when a property does not hold, and returns
//! whether the input reached the deep end of its code path (parsed, or tagged something), so the
//! stable test can check that the seeds are meaningful.

use std::path::Path;

use dateline::extract::article_file::{ArticleText, article_text_from_bytes};
use dateline::extract::{Dct, detect_dct, sentences, suggest, tag};
use dateline::model::{Date, Precision, project_file};

/// File names the article target reads its input as.
const ARTICLE_NAMES: [&str; 3] = ["a.txt", "a.md", "a.html"];

/// Article target: bytes → readable text → temporal expressions, sentences and event suggestions.
///
/// The first byte chooses how the rest is read: with `s = byte % 9`, the file name is
/// `["a.txt", "a.md", "a.html"][s % 3]` and the article date is, by `s / 3`, 0: none, 1: a fixed
/// date (2022-01-06), 2: the date detected in the text. So the ASCII digits `0`, `1`, `2` read
/// txt, md, html with the fixed date, `3`–`5` with the detected date and `6`–`8` without one.
///
/// Checks the documented shape of [`ArticleText::text`] and that every char offset of the tagger,
/// the sentence splitter and the suggestions points at the text it claims. Returns whether the
/// text has a temporal expression.
pub fn article(data: &[u8]) -> bool {
    let Some((&selector, bytes)) = data.split_first() else {
        return false;
    };
    let selector = selector % 9;
    let name = ARTICLE_NAMES[usize::from(selector % 3)];
    let Ok(article) = article_text_from_bytes(bytes, name) else {
        return false;
    };
    check_article_text(&article);
    let text = article.text.as_str();
    let dct = match selector / 3 {
        0 => None,
        1 => Dct::from_ymd(2022, 1, 6),
        _ => detect_dct(text),
    };
    let chars = CharSlicer::new(text);

    let timexes = tag(text, dct.as_ref());
    for timex in &timexes {
        assert!(timex.start < timex.end, "empty timex {timex:?}");
        assert_eq!(chars.slice(timex.start, timex.end), timex.text, "{timex:?}");
    }
    for pair in timexes.windows(2) {
        assert!(pair[0].end <= pair[1].start, "timexes overlap: {pair:?}");
    }

    let sentences = sentences(text);
    for sentence in &sentences {
        let words = chars.slice(sentence.start, sentence.end);
        assert!(!words.is_empty(), "empty sentence {sentence:?}");
        assert_eq!(words, words.trim(), "sentence with surrounding space");
    }
    for pair in sentences.windows(2) {
        assert!(pair[0].end <= pair[1].start, "sentences overlap: {pair:?}");
    }

    for suggestion in suggest(text, dct.as_ref()) {
        let (start, end) = (suggestion.start, suggestion.end);
        let (sentence_start, sentence_end) = (suggestion.sentence_start, suggestion.sentence_end);
        assert!(
            sentence_start <= start && start < end && end <= sentence_end,
            "{suggestion:?}"
        );
        // The span is the date expression, or for an event dated by the article, its trigger.
        let expected = match &suggestion.trigger {
            Some(trigger) if suggestion.expression.is_empty() => {
                assert_eq!((trigger.start, trigger.end), (start, end), "{suggestion:?}");
                trigger.text.as_str()
            }
            _ => suggestion.expression.as_str(),
        };
        assert_eq!(chars.slice(start, end), expected);
        if let Some(trigger) = &suggestion.trigger {
            assert_eq!(chars.slice(trigger.start, trigger.end), trigger.text);
            assert!(sentence_start <= trigger.start && trigger.end <= sentence_end);
        }
        assert!(!suggestion.title.trim().is_empty() && !suggestion.title.ends_with('…'));
        assert_eq!(
            chars.slice(sentence_start, sentence_end),
            suggestion.sentence
        );
        assert!(
            (0.0..=1.0).contains(&suggestion.confidence),
            "{suggestion:?}"
        );
    }
    !timexes.is_empty()
}

/// The shape [`ArticleText::text`] promises: `\n` line ends, no line ending in whitespace, no
/// blank lines at the start or end, at most one blank line in a row.
fn check_article_text(article: &ArticleText) {
    let text = &article.text;
    assert!(!text.contains('\r'), "carriage return in {text:?}");
    assert!(
        !text.starts_with('\n') && !text.ends_with('\n'),
        "blank line at the start or end of {text:?}"
    );
    assert!(
        !text.contains("\n\n\n"),
        "two blank lines in a row in {text:?}"
    );
    for line in text.split('\n') {
        assert_eq!(line, line.trim_end(), "line ends in whitespace in {text:?}");
    }
}

/// Slices a text by char offsets, checking they are in range.
struct CharSlicer<'a> {
    /// The text.
    text: &'a str,
    /// Byte offset of every char, then the text's length.
    bytes: Vec<usize>,
}

impl<'a> CharSlicer<'a> {
    /// Indexes `text`.
    fn new(text: &'a str) -> Self {
        let bytes = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        Self { text, bytes }
    }

    /// Chars `start..end`; panics when the range is reversed or past the end.
    fn slice(&self, start: usize, end: usize) -> &'a str {
        assert!(
            start <= end && end < self.bytes.len(),
            "char range {start}..{end} outside a text of {} chars",
            self.bytes.len() - 1
        );
        &self.text[self.bytes[start]..self.bytes[end]]
    }
}

/// Project target: UTF-8 → project; a project that loads writes back to RON that loads to an
/// equal project and writes the same text again. Returns whether the input loaded.
pub fn project(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let path = Path::new("fuzz.ron");
    let Ok(first) = project_file::from_ron_str(text, path) else {
        return false;
    };
    let written = project_file::to_ron_string(&first)
        .unwrap_or_else(|err| panic!("cannot write a loaded project: {err}"));
    let second = project_file::from_ron_str(&written, path)
        .unwrap_or_else(|err| panic!("cannot load a written project: {err}\n{written}"));
    assert_eq!(second, first, "the project changed in the round trip");
    let rewritten = project_file::to_ron_string(&second)
        .unwrap_or_else(|err| panic!("cannot write a reloaded project: {err}"));
    assert_eq!(rewritten, written, "the RON text changed in the round trip");
    true
}

/// Date target: UTF-8 → [`Date`]; a date that parses prints and parses back to itself, at its
/// own precision and at every other one, circa or not. Returns whether the input parsed.
pub fn date(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let Ok(parsed) = text.parse::<Date>() else {
        return false;
    };
    check_date(parsed);
    for precision in Precision::ALL {
        let coarse_or_fine = parsed.with_precision(precision);
        check_date(coarse_or_fine);
        check_date(coarse_or_fine.with_circa(!coarse_or_fine.circa()));
    }
    true
}

/// A date prints and parses back to itself, covers a non-empty period and has labels.
fn check_date(date: Date) {
    let printed = date.to_string();
    assert_eq!(printed.parse::<Date>(), Ok(date), "printed as {printed:?}");
    assert!(
        date.start_days() < date.end_days(),
        "{printed}: empty period {}..{}",
        date.start_days(),
        date.end_days()
    );
    assert!(!date.human().is_empty(), "{printed}: no human label");
    assert!(!date.short_label().is_empty(), "{printed}: no short label");
}
