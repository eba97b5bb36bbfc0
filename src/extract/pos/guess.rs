//! Tags for tokens the lexicon lacks: punctuation, numbers, hyphenated compounds, known words
//! behind a prefix, suffixes and shape (after en-pos `tagging/*.js`).

use super::lexicon::{Entry, lookup};
use super::tag::Tag;

/// Prefixes that leave a known word behind ("re" + "opened"), shortest tried first.
const PREFIXES: &[&str] = &[
    "de", "un", "bi", "di", "em", "en", "ex", "by", "co", "re", "neo", "apo", "dis", "eco", "sur",
    "com", "ana", "epi", "tri", "geo", "iso", "mid", "uni", "dia", "non", "off", "out", "pan",
    "per", "pre", "pro", "bio", "sub", "mis", "cis", "step", "semi", "self", "gyro", "pyro",
    "vice", "demi", "post", "poly", "pleo", "peri", "fore", "xeno", "para", "euro", "over", "hemi",
    "omni", "cryo", "ante", "back", "mono", "down", "auto", "meta", "mega", "maxi", "arch", "afro",
    "idio", "ideo", "hypo", "homo", "hind", "ambi", "tele", "anti", "after", "inter", "trans",
    "anglo", "extra", "photo", "micro", "hydro", "hyper", "ultra", "multi", "under", "quasi",
    "intra", "retro", "infra", "macro", "socio", "ortho", "astro", "super", "supra", "intro",
    "paleo", "thermo", "hetero", "franco", "crypto", "contra", "circum", "across", "electro",
    "counter",
];

/// Suffix rules, tried in order: (suffixes, tag). At least one char must precede the suffix.
const SUFFIXES: &[(&[&str], Tag)] = &[
    (&["rate", "late", "nate", "ize", "ise", "ify"], Tag::VB),
    (
        &["rates", "lates", "nates", "izes", "ises", "ifies"],
        Tag::VBZ,
    ),
    (&["ing"], Tag::VBG),
    (&["eed"], Tag::VBN),
    (&["ed"], Tag::VBN),
    (
        &[
            "acy", "dom", "nace", "ence", "ance", "ist", "ity", "ment", "ness", "ship", "sion",
            "tion", "ism", "ery", "hood", "ee", "eer",
        ],
        Tag::NN,
    ),
    (
        &[
            "able", "based", "ible", "ical", "esque", "ous", "etic", "atic", "egic", "ophic",
            "ish", "ive", "gic", "tic", "mic", "phile", "less", "ful", "edelic", "adelic",
            "aholic", "oholic", "ilar", "ular", "like", "some", "escent", "ial", "ary", "ent",
            "ant", "al",
        ],
        Tag::JJ,
    ),
    (&["ly", "wise", "ward", "wards"], Tag::RB),
    (&["iest"], Tag::JJS),
];

/// The tag of a token with no letter or digit.
pub(crate) fn punct(word: &str) -> Tag {
    let mut chars = word.chars();
    let Some(c) = chars.next() else {
        return Tag::Other;
    };
    let single = chars.next().is_none();
    match c {
        ',' | '\u{FF0C}' | '\u{3001}' => Tag::Comma,
        '.' if single => Tag::Period,
        '!' | '?' => Tag::Period,
        '.' | '\u{2026}' | ':' | ';' | '-' | '\u{2012}'..='\u{2015}' => Tag::Colon,
        '"'
        | '\''
        | '`'
        | '\u{2018}'..='\u{201F}'
        | '\u{00AB}'
        | '\u{00BB}'
        | '\u{2039}'
        | '\u{203A}' => Tag::Quote,
        '(' | '[' | '{' => Tag::LParen,
        ')' | ']' | '}' => Tag::RParen,
        '$' | '\u{00A2}'..='\u{00A5}' | '\u{20A0}'..='\u{20C0}' => Tag::Dollar,
        '#' => Tag::Hash,
        '&' => Tag::CC,
        '%' => Tag::NN,
        c if c.is_ascii() => Tag::SYM,
        _ => Tag::Other,
    }
}

/// The tag of a token that starts with a digit ("12", "1990s", "21st", "10-year"), if it does.
pub(crate) fn number(lower: &str) -> Option<Tag> {
    let body = lower.strip_prefix('\'').unwrap_or(lower);
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if body
        .bytes()
        .all(|b| b.is_ascii_digit() || b",.:/-".contains(&b))
    {
        return Some(Tag::CD);
    }
    if let Some(stem) = body.strip_suffix('s')
        && digits(stem)
        && stem.len() >= 2
    {
        return Some(Tag::NNS);
    }
    for ordinal in ["st", "nd", "rd", "th"] {
        if body.strip_suffix(ordinal).is_some_and(digits) {
            return Some(Tag::JJ);
        }
    }
    if body.contains('-')
        && body
            .rsplit('-')
            .next()
            .is_some_and(|p| p.starts_with(char::is_alphabetic))
    {
        return Some(Tag::JJ);
    }
    Some(Tag::CD)
}

/// What a hyphenated compound's part looks like, for [`compound`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A known word, by its most likely tag.
    Known(Tag),
    /// A number.
    Number,
    /// An unknown capitalised word.
    Capital,
    /// Anything else.
    Unknown,
}

/// The tag of a hyphenated compound from its parts (en-pos `complex_words`): "buy-out" NN,
/// "Coca-Cola" NNP, "twenty-five" CD, "well-known" JJ.
pub(crate) fn compound(word: &str) -> Tag {
    use Tag::{CD, IN, JJ, NN, NNP, NNS, VB, VBG, VBZ};
    let part = |p: &str| {
        if let Some(e) = lookup(p).or_else(|| lookup(&p.to_lowercase())) {
            Part::Known(e.first())
        } else if p.starts_with(|c: char| c.is_ascii_digit()) {
            Part::Number
        } else if p.starts_with(char::is_uppercase) {
            Part::Capital
        } else {
            Part::Unknown
        }
    };
    let mut parts = word.rsplit('-').filter(|p| !p.is_empty()).map(part);
    let last = parts.next().unwrap_or(Part::Unknown);
    let before = parts.next().unwrap_or(Part::Unknown);
    let is = |p: Part, t: Tag| p == Part::Known(t) || (t == Tag::CD && p == Part::Number);
    if is(last, CD) && is(before, CD) {
        CD
    } else if last == Part::Capital
        || is(last, NNP) && (is(before, NNP) || is(before, JJ) || before == Part::Capital)
        || is(last, CD) && (is(before, NNP) || before == Part::Capital)
    {
        NNP
    } else if is(last, NNS) || is(before, NN) && is(last, VBZ) {
        NNS
    } else if is(before, VB) && (is(last, IN) || last == Part::Known(Tag::RP))
        || is(before, NN) && (is(last, NN) || is(last, VBG))
    {
        NN
    } else {
        JJ
    }
}

/// A known word behind a known prefix ("reopened" -> "opened"): its entry.
pub(crate) fn prefixed(lower: &str) -> Option<&'static Entry> {
    PREFIXES.iter().find_map(|p| {
        let rest = lower.strip_prefix(p)?;
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        if rest.len() < 3 {
            return None;
        }
        lookup(rest)
    })
}

/// The tag a suffix suggests for an unknown lower-case word, if one does.
pub(crate) fn suffix(lower: &str) -> Option<Tag> {
    SUFFIXES.iter().find_map(|(ends, tag)| {
        ends.iter()
            .any(|e| lower.len() > e.len() + 1 && lower.ends_with(e))
            .then_some(*tag)
    })
}

/// Whether an unknown word looks like a plural ("mergers", not "bus", "analysis", "glass").
pub(crate) fn looks_plural(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| lower.ends_with(e))
}

/// The tag of an unknown lower-case word: prefix, suffix, plural or NN; and the entry used.
pub(crate) fn unknown(lower: &str) -> (Tag, Option<&'static Entry>) {
    if let Some(entry) = prefixed(lower) {
        return (entry.first(), Some(entry));
    }
    if let Some(tag) = suffix(lower) {
        return (tag, None);
    }
    if looks_plural(lower) {
        return (Tag::NNS, None);
    }
    (Tag::NN, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses() {
        assert_eq!(number("1,850"), Some(Tag::CD));
        assert_eq!(number("1990s"), Some(Tag::NNS));
        assert_eq!(number("'90s"), Some(Tag::NNS));
        assert_eq!(number("21st"), Some(Tag::JJ));
        assert_eq!(number("10-year"), Some(Tag::JJ));
        assert_eq!(number("ten"), None);
        assert_eq!(compound("buy-out"), Tag::NN);
        assert_eq!(compound("Coca-Cola"), Tag::NNP);
        assert_eq!(compound("well-known"), Tag::JJ);
        assert_eq!(compound("twenty-five"), Tag::CD);
        assert_eq!(unknown("reopened").0, Tag::VBD);
        assert_eq!(unknown("frobnicating").0, Tag::VBG);
        assert_eq!(unknown("glorpishly").0, Tag::RB);
        assert_eq!(unknown("zorbles").0, Tag::NNS);
        assert_eq!(unknown("zorb").0, Tag::NN);
        assert_eq!(punct("\u{2014}"), Tag::Colon);
        assert_eq!(punct("..."), Tag::Colon);
        assert_eq!(punct("\u{20AC}"), Tag::Dollar);
    }
}
