//! A sentence being tagged: its tokens, their lower-case forms, tags and lexicon entries,
//! with the neighbourhood accessors the rules use.

use super::cache::Cache;
use super::lexicon::Entry;
use super::spelling::{SEED, Spelling, Spellings, hash, hash_byte, same};
use super::tag::Tag;
use super::words::{self, is_apostrophe};

/// The letter case of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// No upper-case letter, or a capital only after the first letter ("said", "1990s").
    Lower,
    /// Starts with an upper-case letter and has a lower-case one ("Shares", "O'Neill").
    Title,
    /// Two or more letters, all upper case ("NATO", "U.S.").
    Upper,
    /// One upper-case letter ("I", "A", "J.").
    Single,
}

/// One token of a sentence being tagged.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the token's first byte in the sentence.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// Byte range of its lower-case form (curly apostrophes straightened) in `Sentence::lower`.
    lower: (usize, usize),
    /// The [`hash`] of the lower-case form.
    hash: u64,
    /// The lexicon entry of the lower-case form.
    pub known: Option<&'static Entry>,
    /// The lexicon entry of the word as written (curly apostrophes straightened), looked up
    /// only for capitalised words; `None` for the others.
    pub exact: Option<&'static Entry>,
    /// The group of Brill rules that test the lower-case form (0: none).
    pub rules: u16,
    /// Letter case.
    pub case: Case,
    /// Whether it has a letter or digit (otherwise it is punctuation or a symbol).
    pub wordlike: bool,
    /// The current tag.
    pub tag: Tag,
    /// The lexicon entry used for rule checks (of the lower-case form, or the guess's source).
    pub entry: Option<&'static Entry>,
    /// Whether the rules leave this token's tag alone.
    pub blocked: bool,
}

/// The memory of a [`Sentence`], kept between sentences so tagging one allocates little.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    /// Token spans.
    spans: Vec<(usize, usize)>,
    /// Lower-case forms.
    lower: String,
    /// Tokens.
    toks: Vec<Token>,
    /// The lexicon cache.
    cache: Cache,
}

/// A sentence being tagged.
#[derive(Debug)]
pub(crate) struct Sentence<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Lower-case forms of all tokens: the sentence with its ASCII letters lower-cased, where
    /// an ASCII token's form is its own span, then the forms of the other tokens.
    lower: String,
    /// Token spans from the tokenizer (kept for their memory).
    spans: Vec<(usize, usize)>,
    /// The tokens.
    pub toks: Vec<Token>,
    /// The lexicon cache (kept for the next sentence).
    cache: Cache,
    /// The index of the first token with a letter or digit (`toks.len()` if none has one).
    pub first_word: usize,
    /// Whether the sentence looks like a headline (most words capitalised), so capitals say
    /// little about proper nouns; set by the first tagging pass.
    pub headline: bool,
}

/// A token's letter counts and whether it has a letter or digit, while lower-casing it.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    /// Upper-case letters.
    uppers: usize,
    /// Lower-case letters.
    lowers: usize,
    /// Whether any char is a letter or digit.
    wordlike: bool,
    /// Whether the first char is upper case.
    first_upper: bool,
}

/// The shape of `word` and the hash of its lower-case form, if it is ASCII.
fn shape_ascii(word: &str) -> Option<(Shape, u64)> {
    let mut shape = Shape {
        first_upper: word.as_bytes().first().is_some_and(u8::is_ascii_uppercase),
        ..Shape::default()
    };
    let mut hash = SEED;
    for b in word.bytes() {
        if !b.is_ascii() {
            return None;
        }
        // Range tests without branches: words mix letters, digits and signs unpredictably.
        let upper = b.wrapping_sub(b'A') < 26;
        let lower_case = b.wrapping_sub(b'a') < 26;
        let digit = b.wrapping_sub(b'0') < 10;
        shape.wordlike |= upper | lower_case | digit;
        shape.uppers += usize::from(upper);
        shape.lowers += usize::from(lower_case);
        hash = hash_byte(hash, b | (u8::from(upper) << 5));
    }
    Some((shape, hash))
}

/// Appends the lower-case form of `word` to `lower` (apostrophes straightened); its shape.
fn lower_any(word: &str, lower: &mut String) -> Shape {
    let mut shape = Shape {
        first_upper: word.starts_with(char::is_uppercase),
        ..Shape::default()
    };
    for c in word.chars() {
        shape.wordlike |= c.is_alphanumeric();
        if c.is_uppercase() {
            shape.uppers += 1;
        } else if c.is_lowercase() {
            shape.lowers += 1;
        }
        if is_apostrophe(c) {
            lower.push('\'');
        } else if c.is_ascii() {
            lower.push(c.to_ascii_lowercase());
        } else {
            lower.extend(c.to_lowercase());
        }
    }
    shape
}

/// The lexicon entry of `word` as written, curly apostrophes straightened.
fn exact(word: &str, cache: &mut Cache) -> Option<&'static Entry> {
    if word.contains('\u{2019}') {
        let word = word.replace('\u{2019}', "'");
        cache.known(&word, hash(word.as_bytes())).entry
    } else {
        cache.known(word, hash(word.as_bytes())).entry
    }
}

impl<'a> Sentence<'a> {
    /// Tokenizes `text` into `buffers`' memory; every token starts out as [`Tag::Other`].
    pub(crate) fn new(text: &'a str, buffers: Buffers) -> Sentence<'a> {
        let Buffers {
            mut spans,
            mut lower,
            mut toks,
            mut cache,
        } = buffers;
        words::split_into(text, &mut spans);
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        toks.clear();
        for &(start, end) in &spans {
            let word = &text[start..end];
            let (range, shape, hash) = if let Some((shape, hash)) = shape_ascii(word) {
                ((start, end), shape, hash)
            } else {
                let from = lower.len();
                let shape = lower_any(word, &mut lower);
                let hash = hash(&lower.as_bytes()[from..]);
                ((from, lower.len()), shape, hash)
            };
            let case = match (shape.uppers, shape.lowers) {
                (0, _) => Case::Lower,
                (1, 0) => Case::Single,
                (_, 0) => Case::Upper,
                _ if shape.first_upper => Case::Title,
                _ => Case::Lower,
            };
            toks.push(Token {
                start,
                end,
                lower: range,
                hash,
                known: None,
                exact: None,
                rules: 0,
                case,
                wordlike: shape.wordlike,
                tag: Tag::Other,
                entry: None,
                blocked: false,
            });
        }
        // Looked up in a loop of their own, so the lookups' cache misses overlap.
        for t in &mut toks {
            let known = cache.known(&lower[t.lower.0..t.lower.1], t.hash);
            (t.known, t.rules) = (known.entry, known.rules);
            if t.case != Case::Lower {
                t.exact = exact(&text[t.start..t.end], &mut cache);
            }
        }
        let first_word = toks.iter().position(|t| t.wordlike).unwrap_or(toks.len());
        Sentence {
            text,
            lower,
            spans,
            toks,
            cache,
            first_word,
            headline: false,
        }
    }

    /// The tagged words with their lower-case forms.
    pub(crate) fn tagged(&self) -> super::Tagged {
        super::Tagged {
            words: self
                .toks
                .iter()
                .map(|t| super::Word {
                    start: t.start,
                    end: t.end,
                    tag: t.tag,
                    lower: t.lower,
                    hash: t.hash,
                })
                .collect(),
            lower: self.lower.clone(),
        }
    }

    /// Gives back the memory, for the next sentence.
    pub(crate) fn into_buffers(self) -> Buffers {
        Buffers {
            spans: self.spans,
            lower: self.lower,
            toks: self.toks,
            cache: self.cache,
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text as written.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The token's lower-case form (apostrophes straightened).
    pub(crate) fn lower(&self, i: usize) -> &str {
        let (s, e) = self.toks[i].lower;
        &self.lower[s..e]
    }

    /// The [`hash`] of the lower-case form of the token `off` tokens away from `i`; 0 outside
    /// the sentence.
    #[inline]
    pub(crate) fn hash_at(&self, i: usize, off: isize) -> u64 {
        self.at(i, off).map_or(0, |j| self.toks[j].hash)
    }

    /// Whether token `i`'s lower-case form is `word`.
    #[inline]
    pub(crate) fn is(&self, i: usize, word: Spelling) -> bool {
        word.hash == self.toks[i].hash && same(word.text, self.lower(i))
    }

    /// Whether token `i`'s lower-case form is one of `words`.
    #[inline]
    pub(crate) fn is_any(&self, i: usize, words: &Spellings) -> bool {
        words.contains(self.toks[i].hash, || self.lower(i))
    }

    /// Whether the token `off` tokens away from `i` is inside the sentence and is `word`.
    #[inline]
    pub(crate) fn is_at(&self, i: usize, off: isize, word: Spelling) -> bool {
        self.at(i, off).is_some_and(|j| self.is(j, word))
    }

    /// Whether the token `off` tokens away from `i` is inside the sentence and one of `words`.
    #[inline]
    pub(crate) fn is_any_at(&self, i: usize, off: isize, words: &Spellings) -> bool {
        self.at(i, off).is_some_and(|j| self.is_any(j, words))
    }

    /// The index `off` tokens away from `i`, if inside the sentence.
    #[inline]
    pub(crate) fn at(&self, i: usize, off: isize) -> Option<usize> {
        i.checked_add_signed(off).filter(|j| *j < self.toks.len())
    }

    /// The tag `off` tokens away from `i`, if inside the sentence.
    #[inline]
    pub(crate) fn tag_at(&self, i: usize, off: isize) -> Option<Tag> {
        self.at(i, off).map(|j| self.toks[j].tag)
    }

    /// The tag of token `i`.
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.toks[i].tag
    }

    /// Sets the tag of token `i`.
    pub(crate) fn set(&mut self, i: usize, tag: Tag) {
        self.toks[i].tag = tag;
    }

    /// Whether token `i` is capitalised (title case, all capitals or a single capital).
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.case != Case::Lower)
    }
}
