//! A fast, allocation-light tokenizer for English news text.
//!
//! Words are runs of ASCII letters, numbers are runs of ASCII digits, and every other
//! non-space character is a one-character punctuation token. Each token remembers whether
//! whitespace (and how many line breaks) came before it, and its lexical class.

use super::patterns::lexicon::{Lex, lex_of_letters};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ASCII letters.
    Word,
    /// ASCII digits.
    Num,
    /// Any other single character.
    Punct,
}

/// One token: byte span, kind, lexical class and spacing.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// Lexical class (month, weekday, unit, ...); `Lex::None` for most words.
    pub lex: Lex,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// Number of line breaks in the whitespace before the token.
    pub newlines_before: u8,
    /// The token starts with an upper-case letter.
    pub cap: bool,
    /// Numeric value of a number token (saturating).
    pub num: u32,
}

impl Token {
    /// Length of the token in bytes (digits for numbers).
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newlines: u8 = 2;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            if b == b'\n' {
                newlines = newlines.saturating_add(1);
            }
            i += 1;
            continue;
        }
        let start = i;
        let (kind, lex, num) = if b.is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            (Kind::Word, lex_of_letters(bytes, start, i - start), 0)
        } else if b.is_ascii_digit() {
            let mut n: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                n = n
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            (Kind::Num, Lex::None, n)
        } else {
            i += utf8_len(b);
            // Non-breaking space (U+00A0) and other Unicode spaces count as whitespace.
            if text
                .get(start..i)
                .is_some_and(|s| s.chars().all(char::is_whitespace))
            {
                space_before = true;
                continue;
            }
            (Kind::Punct, Lex::None, 0)
        };
        toks.push(Token {
            start,
            end: i.min(bytes.len()),
            kind,
            lex,
            space_before,
            newlines_before: newlines,
            cap: b.is_ascii_uppercase(),
            num,
        });
        space_before = false;
        newlines = 0;
    }
    toks
}

/// Length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let text = "On Jan. 6, 2022 at 3:45\u{a0}p.m. — the 1990s";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "On", "Jan", ".", "6", ",", "2022", "at", "3", ":", "45", "p", ".", "m", ".", "—",
                "the", "1990", "s"
            ]
        );
        assert_eq!(toks[5].num, 2022);
        assert!(toks[10].space_before);
        assert!(!toks[17].space_before);
    }
}
