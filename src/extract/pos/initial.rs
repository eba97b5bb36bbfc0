//! First-pass tags: punctuation, clitics, numbers, the lexicon (minding capitals), and
//! guesses for unknown words.

use super::guess;
use super::lexicon::Entry;
use super::sentence::{Case, Sentence};
use super::tag::Tag;

/// Gives every token its first-pass tag, lexicon entry and blocked flag.
pub(crate) fn tag_all(s: &mut Sentence<'_>) {
    s.headline = headline(s);
    for i in 0..s.len() {
        let (tag, entry, blocked) = initial(s, i);
        let t = &mut s.toks[i];
        t.tag = tag;
        t.entry = entry;
        t.blocked = blocked;
    }
}

/// Whether the sentence is set in title case: three in four of its longer words are
/// capitalised, and at least two of those, past the first word, are common words ("Shares
/// Fall After Company Reports Loss").
fn headline(s: &Sentence<'_>) -> bool {
    let (mut long, mut capital, mut common) = (0, 0, 0);
    for (i, t) in s.toks.iter().enumerate() {
        if !t.wordlike || t.end - t.start < 4 {
            continue;
        }
        long += 1;
        if t.case == Case::Title || t.case == Case::Upper {
            capital += 1;
            let common_word = t.known.is_some_and(|e| !e.first().is_proper());
            common += usize::from(i > 0 && common_word);
        }
    }
    long >= 3 && capital * 4 >= long * 3 && common >= 2
}

/// Tags that only function words have: a capitalised word known only as one of these is not
/// made a proper noun.
fn is_function(tag: Tag) -> bool {
    use Tag::{CC, DT, EX, IN, MD, PDT, PRP, PRPS, RP, TO, WDT, WP, WPS, WRB};
    matches!(
        tag,
        CC | DT | EX | IN | MD | PDT | PRP | PRPS | RP | TO | WDT | WP | WPS | WRB
    )
}

/// Whether token `i` opens a sentence or a quoted sentence: no word before it, or right after
/// a colon, a period or an opening quote or bracket.
fn opens(s: &Sentence<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return true;
    };
    let prev = &s.toks[p];
    if !prev.wordlike && p <= s.first_word {
        return true;
    }
    match prev.tag {
        Tag::Period | Tag::LParen => true,
        Tag::Colon => s.word(p) == ":",
        Tag::Quote => prev.end == s.toks[i].start,
        _ => false,
    }
}

/// The first-pass tag of token `i`: (tag, entry for the rules, blocked).
fn initial(s: &Sentence<'_>, i: usize) -> (Tag, Option<&'static Entry>, bool) {
    let word = s.word(i);
    let lower = s.lower(i);
    let tok = &s.toks[i];
    if !tok.wordlike {
        let tag = guess::punct(word);
        if tag == Tag::Quote && lower == "'" && possessive_quote(s, i) {
            return (Tag::Pos, None, true);
        }
        return (tag, None, true);
    }
    match lower {
        "'s" => return (Tag::Pos, tok.known, false),
        "'re" | "'m" | "'ve" => return (Tag::VBP, None, true),
        "'ll" | "'d" => return (Tag::MD, None, true),
        _ => {}
    }
    if let Some(tag) = guess::number(lower) {
        return (tag, None, tag == Tag::CD);
    }
    let low = tok.known;
    let exact = if tok.case == Case::Lower {
        low
    } else {
        tok.exact
    };
    let entry = low.or(exact);
    let tag = match tok.case {
        Case::Lower => low.map(Entry::first),
        _ if s.headline || opens(s, i) => opening(s, i, exact, low),
        Case::Title | Case::Single => exact.map(Entry::first).or_else(|| {
            low.map(|l| {
                if is_function(l.first()) {
                    l.first()
                } else {
                    Tag::NNP
                }
            })
        }),
        Case::Upper => exact
            .map(Entry::first)
            .or_else(|| low.map(Entry::first).filter(|t| is_function(*t))),
    };
    if let Some(tag) = tag {
        return (tag, entry, false);
    }
    unknown(s, i, lower)
}

/// A "'" glued to a word ending in s and followed by a word is the possessive ("the banks'
/// losses"); otherwise it is a quote.
fn possessive_quote(s: &Sentence<'_>, i: usize) -> bool {
    let glued = i.checked_sub(1).is_some_and(|p| {
        s.toks[p].end == s.toks[i].start && s.toks[p].wordlike && s.lower(p).ends_with('s')
    });
    glued && s.toks.get(i + 1).is_some_and(|n| n.wordlike)
}

/// The tag of a capitalised word that opens a sentence (or of any capitalised word in a
/// headline), where the capital says little: "The", "Shares", but "Apple", "General Motors".
fn opening(s: &Sentence<'_>, i: usize, exact: Option<&Entry>, low: Option<&Entry>) -> Option<Tag> {
    let next_capital = s.capitalised(i + 1) && s.toks[i + 1].wordlike;
    let next_number = s
        .toks
        .get(i + 1)
        .is_some_and(|t| guess::number(s.lower(i + 1)).is_some() && t.wordlike);
    match (exact, low) {
        (Some(e), Some(_)) if e.first().is_proper() => {
            if (next_capital && !s.headline) || next_number {
                Some(e.first())
            } else {
                e.first_where(|t| !t.is_proper()).or(Some(e.first()))
            }
        }
        (Some(e), _) => Some(e.first()),
        (None, Some(l)) if matches!(l.first(), Tag::VB | Tag::VBP) && name_like_next(s, i) => {
            // "Zoom, which ...": not an imperative.
            Some(Tag::NNP)
        }
        (None, Some(l)) => Some(l.first()),
        (None, None) => None,
    }
}

/// Whether the token after `i` makes a base-form verb at `i` unlikely: a comma, a
/// possessive, or a word that is usually a finite verb or modal.
fn name_like_next(s: &Sentence<'_>, i: usize) -> bool {
    if i + 1 >= s.len() {
        return false;
    }
    let w = s.lower(i + 1);
    w == ","
        || w == "'s"
        || s.toks[i + 1]
            .known
            .is_some_and(|e| e.first().is_finite_verb())
}

/// The tag of a word the lexicon lacks: (tag, entry used, blocked).
fn unknown(s: &Sentence<'_>, i: usize, lower: &str) -> (Tag, Option<&'static Entry>, bool) {
    let word = s.word(i);
    if lower.contains('-') {
        return (guess::compound(word), None, false);
    }
    let case = s.toks[i].case;
    if case == Case::Lower || (s.headline && case == Case::Title) {
        let (tag, entry) = guess::unknown(lower);
        return (tag, entry, false);
    }
    if opens(s, i) && case == Case::Title {
        // "Reportedly": trust an adverb's suffix, else take it for a name ("Manning").
        if guess::suffix(lower) == Some(Tag::RB) {
            return (Tag::RB, None, false);
        }
    }
    (Tag::NNP, None, false)
}
