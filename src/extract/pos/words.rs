//! Penn-Treebank-style tokenizer: splits a sentence into word and punctuation spans.
//!
//! Kept whole: internal hyphens and apostrophes ("buy-out", "O'Neill"), abbreviations
//! ("Mr.", "U.S.", "Jan.", "Corp."), numbers with separators ("1,850", "4.25", "10:30", "1/2"),
//! "AT&T", "'90s". Split off: clitics ("company" + "'s", "do" + "n't", "they" + "'re"), "$",
//! "%", quotes, brackets and other punctuation. Runs of hyphens or dashes ("--", "—") and of
//! periods ("...") are one token each, as are Penn-style quotes (two backquotes, two
//! apostrophes).

/// Splits `text` into `(start, end)` byte spans, in order, never empty, on char boundaries.
#[cfg(test)]
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::with_capacity(text.len() / 5 + 1);
    split_into(text, &mut spans);
    spans
}

/// [`split`] into `spans`, which is cleared first (to reuse its memory).
pub(crate) fn split_into(text: &str, spans: &mut Vec<(usize, usize)>) {
    spans.clear();
    let mut scanner = Scanner {
        text,
        pos: 0,
        out: std::mem::take(spans),
    };
    scanner.run();
    *spans = scanner.out;
}

/// Abbreviations that keep their period even at the end of a sentence.
const ABBREV_FINAL: &[&str] = &[
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "jr", "sr", "bros", "etc",
];

/// Abbreviations that keep their period inside a sentence, when capitalised.
const ABBREV_CAPITAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "col",
    "lt", "sgt", "capt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "st", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "univ", "assn",
    "ave", "blvd", "rd", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Abbreviations that keep their period inside a sentence, in any case.
const ABBREV_ANY: &[&str] = &["vs", "v", "approx", "est", "fig", "vol", "no", "nos"];

/// Clitics split off the end of a word (after the apostrophe), lower case.
const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

/// Whether `c` can be part of a word: letters, digits and combining marks.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether `c` is an apostrophe (straight or curly).
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Whether `c` is a dash that forms a token of its own (figure, en, em, horizontal bar).
fn is_dash(c: char) -> bool {
    matches!(c, '\u{2012}'..='\u{2015}')
}

/// Whether `c` may follow a sentence's last word (closing quotes and brackets, final stops).
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{2019}' | '\u{201D}' | '\u{00BB}' | ')' | ']' | '}' | '.' | '!' | '?'
    ) || c.is_whitespace()
}

/// The tokenizer's state: the text, the scan position and the spans found so far.
struct Scanner<'a> {
    /// The sentence.
    text: &'a str,
    /// Byte offset of the next char to read.
    pos: usize,
    /// Spans found.
    out: Vec<(usize, usize)>,
}

impl Scanner<'_> {
    /// The char starting at byte `at`, if any (none inside a char).
    fn char_at(&self, at: usize) -> Option<char> {
        match self.text.as_bytes().get(at) {
            // An ASCII byte is always a whole char.
            Some(b) if b.is_ascii() => Some(char::from(*b)),
            Some(_) => self.text.get(at..).and_then(|s| s.chars().next()),
            None => None,
        }
    }

    /// Scans the whole text.
    fn run(&mut self) {
        while let Some(c) = self.char_at(self.pos) {
            let start = self.pos;
            if c.is_whitespace() {
                self.pos += c.len_utf8();
            } else if is_word_char(c) {
                self.word();
            } else if is_apostrophe(c) || c == '\u{2018}' {
                self.apostrophe(c);
            } else {
                let end = match c {
                    '.' | '!' | '?' => self.run_of(start, |c| matches!(c, '.' | '!' | '?')),
                    '-' => self.run_of(start, |c| c == '-'),
                    '`' => self.run_of(start, |c| c == '`').min(start + 2),
                    c if is_dash(c) => self.run_of(start, is_dash),
                    c => start + c.len_utf8(),
                };
                self.push(start, end);
            }
        }
    }

    /// The end of the run of chars matching `pred` that starts at `start`.
    fn run_of(&self, start: usize, pred: impl Fn(char) -> bool) -> usize {
        let rest = &self.text[start..];
        start + rest.find(|c: char| !pred(c)).unwrap_or(rest.len())
    }

    /// Records a span and moves past it.
    fn push(&mut self, start: usize, end: usize) {
        if end > start {
            self.out.push((start, end));
        }
        self.pos = self.pos.max(end);
    }

    /// A token starting with an apostrophe or opening single quote.
    fn apostrophe(&mut self, c: char) {
        let start = self.pos;
        let after = start + c.len_utf8();
        let glued = self.text[..start]
            .chars()
            .next_back()
            .is_some_and(|p| is_word_char(p) || p == '.');
        let letters = self.run_of(after, char::is_alphanumeric);
        let next_is_word = |at: usize| self.char_at(at).is_none_or(|n| !is_word_char(n));
        let tail = &self.text[after..letters];
        if c != '\u{2018}'
            && glued
            && CLITICS.iter().any(|k| tail.eq_ignore_ascii_case(k))
            && next_is_word(letters)
        {
            // "Inc.'s": a clitic after a word that kept its period.
            self.push(start, letters);
        } else if tail.len() >= 2 && tail.bytes().take(2).all(|b| b.is_ascii_digit()) && !glued {
            // "'90s", "'98".
            self.push(start, letters);
        } else if c == '\'' && self.char_at(after) == Some('\'') {
            self.push(start, after + 1);
        } else {
            self.push(start, after);
        }
    }

    /// A word: letters and digits joined by single internal connectors, then its abbreviation
    /// period, then split into stem and clitic.
    fn word(&mut self) {
        let start = self.pos;
        let (mut end, mut apostrophe) = self.scan(start);
        if self.char_at(end) == Some('.')
            && self.char_at(end + 1) != Some('.')
            && self.keeps_period(&self.text[start..end], end + 1)
        {
            end += 1;
            // "U.K.-based".
            if matches!(self.char_at(end), Some('-' | '\u{2011}'))
                && self.char_at(end + 1).is_some_and(is_word_char)
            {
                let (more, inner) = self.scan(end + 1);
                end = more;
                apostrophe |= inner;
            }
        }
        let cut = if apostrophe {
            clitic_start(&self.text[start..end]).map_or(end, |k| start + k)
        } else {
            end
        };
        self.push(start, cut);
        self.push(cut, end);
    }

    /// The end of the letters and digits from `from` on, joined by single internal
    /// connectors: hyphens, apostrophes and periods before a letter or digit, thousands
    /// commas, colons between digits, "/" and "&" between letters or digits. Also whether an
    /// apostrophe joined (the word may end with a clitic).
    fn scan(&self, from: usize) -> (usize, bool) {
        let mut end = from;
        let mut prev = ' ';
        let mut apostrophe = false;
        while let Some(c) = self.char_at(end) {
            if is_word_char(c) {
                end += c.len_utf8();
                prev = c;
                continue;
            }
            let next_at = end + c.len_utf8();
            let next = self.char_at(next_at).unwrap_or(' ');
            let joins = match c {
                '-' | '\u{2011}' => is_word_char(next),
                '\'' | '\u{2019}' | '.' => next.is_alphanumeric(),
                ',' => prev.is_ascii_digit() && self.three_digits(next_at),
                ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '/' | '&' => prev.is_alphanumeric() && next.is_alphanumeric(),
                _ => false,
            };
            if !joins {
                break;
            }
            apostrophe |= is_apostrophe(c);
            end = next_at;
        }
        (end, apostrophe)
    }

    /// Whether exactly three digits start at `at` (a thousands group: "1,850").
    fn three_digits(&self, at: usize) -> bool {
        let digits = self.run_of(at, |c| c.is_ascii_digit()) - at;
        digits == 3
    }

    /// Whether `word`, followed by a period, is an abbreviation that keeps it; `after` is the
    /// byte after the period.
    fn keeps_period(&self, word: &str, after: usize) -> bool {
        let last = self.text[after..].chars().all(is_closing);
        if word.contains('.') {
            // "U.S", "a.m", "Ph.D": short letter groups.
            return word.split('.').all(|part| {
                (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
            });
        }
        let lower = word.to_ascii_lowercase();
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if ABBREV_FINAL.contains(&lower.as_str()) {
            return true;
        }
        if last {
            return false;
        }
        let next_digit = self.text[after..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        if lower == "no" || lower == "nos" {
            return next_digit;
        }
        (capital && (word.chars().count() == 1 || ABBREV_CAPITAL.contains(&lower.as_str())))
            || ABBREV_ANY.contains(&lower.as_str())
    }
}

/// Where a clitic starts in `word` ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m"), if it ends
/// with one after at least one letter.
fn clitic_start(word: &str) -> Option<usize> {
    let (stem, last) = word.rsplit_once(is_apostrophe)?;
    if stem.is_empty() || !CLITICS.iter().any(|k| last.eq_ignore_ascii_case(k)) {
        if last.eq_ignore_ascii_case("t") && stem.len() > 1 && stem.ends_with(['n', 'N']) {
            // "don't" -> "do" + "n't", "can't" -> "ca" + "n't".
            return Some(stem.len() - 1);
        }
        return None;
    }
    Some(stem.len())
}

#[cfg(test)]
mod tests {
    use super::split;

    /// The tokens of `text` as strings.
    fn words(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn clitics_split() {
        assert_eq!(
            words("the company's shares"),
            ["the", "company", "'s", "shares"]
        );
        assert_eq!(words("They don't know"), ["They", "do", "n't", "know"]);
        assert_eq!(
            words("they're here, we've won"),
            ["they", "'re", "here", ",", "we", "'ve", "won"]
        );
        assert_eq!(
            words("can't won't I'd"),
            ["ca", "n't", "wo", "n't", "I", "'d"]
        );
        assert_eq!(words("it\u{2019}s"), ["it", "\u{2019}s"]);
        assert_eq!(words("Acme Inc.'s unit"), ["Acme", "Inc.", "'s", "unit"]);
        assert_eq!(words("the banks' losses"), ["the", "banks", "'", "losses"]);
    }

    #[test]
    fn internal_punctuation_kept() {
        assert_eq!(
            words("a buy-out by O'Neill"),
            ["a", "buy-out", "by", "O'Neill"]
        );
        assert_eq!(words("AT&T and S&P"), ["AT&T", "and", "S&P"]);
        assert_eq!(words("a U.S.-led force"), ["a", "U.S.-led", "force"]);
        assert_eq!(words("in the '90s"), ["in", "the", "'90s"]);
        assert_eq!(words("rock-and-roll"), ["rock-and-roll"]);
    }

    #[test]
    fn abbreviations_keep_period() {
        assert_eq!(
            words("Mr. Smith of Acme Corp. said"),
            ["Mr.", "Smith", "of", "Acme", "Corp.", "said"]
        );
        assert_eq!(
            words("the U.S. and N.Y. on Jan. 5"),
            ["the", "U.S.", "and", "N.Y.", "on", "Jan.", "5"]
        );
        assert_eq!(words("at 5 p.m. today."), ["at", "5", "p.m.", "today", "."]);
        assert_eq!(words("He left the U.S."), ["He", "left", "the", "U.S."]);
        assert_eq!(words("He was ill."), ["He", "was", "ill", "."]);
        assert_eq!(
            words("It is No. 1 in Calif. now"),
            ["It", "is", "No.", "1", "in", "Calif.", "now"]
        );
        assert_eq!(words("J. R. Smith"), ["J.", "R.", "Smith"]);
        assert_eq!(words("said no."), ["said", "no", "."]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            words("$1,850.50 or 4.25%"),
            ["$", "1,850.50", "or", "4.25", "%"]
        );
        assert_eq!(
            words("at 10:30, 1/2 of 3,00"),
            ["at", "10:30", ",", "1/2", "of", "3", ",", "00"]
        );
        assert_eq!(words("a 10-year note"), ["a", "10-year", "note"]);
    }

    #[test]
    fn punctuation_runs() {
        assert_eq!(
            words("wait -- no\u{2014}yes\u{2013}maybe..."),
            [
                "wait", "--", "no", "\u{2014}", "yes", "\u{2013}", "maybe", "..."
            ]
        );
        assert_eq!(
            words("``Yes,'' he said."),
            ["``", "Yes", ",", "''", "he", "said", "."]
        );
        assert_eq!(
            words("\u{201C}Go!\u{201D} (now)"),
            ["\u{201C}", "Go", "!", "\u{201D}", "(", "now", ")"]
        );
        assert_eq!(words("'Hi' she said"), ["'", "Hi", "'", "she", "said"]);
        assert_eq!(words("Really?!"), ["Really", "?!"]);
    }

    #[test]
    fn offsets_are_bytes() {
        let text = "Caf\u{e9} \u{2014} na\u{ef}ve, 5\u{a0}%";
        let spans = split(text);
        assert_eq!(
            spans,
            [(0, 5), (6, 9), (10, 16), (16, 17), (18, 19), (21, 22)]
        );
    }

    #[test]
    fn any_input_is_safe() {
        for text in [
            "",
            " ",
            "'",
            "''",
            "\u{2019}",
            "-",
            ".",
            "a.",
            "A.",
            "n't",
            "'s",
            "x'",
            "\u{1F600}\u{200D}\u{1F600}",
            "e\u{301}t\u{e9}",
            "1,",
            "1,0000",
            "a-",
            "-a",
            "&",
            "\u{2018}90s",
            "Inc.'",
        ] {
            for (s, e) in split(text) {
                assert!(s < e && e <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
}
