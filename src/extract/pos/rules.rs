//! Contextual Brill rules (`assets/pos/rules.txt`, from en-pos): "change tag FROM to TO when
//! the context matches". Applied left to right in two passes; for each word the rules are
//! tried in file order and a rule sees the tag left by the ones before it.
//!
//! Differences from en-pos, which had JavaScript slips: CURRENTWD and WDPREVWD compared an
//! undefined value and never fired; the "1 or 2 (or 3)" conditions applied the lexicon check
//! only to their last alternative (`a || b && check`); here both work as documented.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::lexicon::Fnv;
use super::sentence::Sentence;
use super::tag::{ALL, Tag};

/// The rules as shipped.
const DATA: &str = include_str!("../../../assets/pos/rules.txt");

/// When a rule fires; tags are of neighbours, words are lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cond {
    /// The word is the sentence's first and is spelled exactly so.
    StartWord(&'static str),
    /// The previous tag.
    PrevTag(Tag),
    /// The tag two back.
    PrevTag2(Tag),
    /// The tag one or two back.
    Prev1Or2Tag(Tag),
    /// The tag one, two or three back.
    Prev1Or2Or3Tag(Tag),
    /// The next tag.
    NextTag(Tag),
    /// The tag two ahead.
    NextTag2(Tag),
    /// The tag one or two ahead.
    Next1Or2Tag(Tag),
    /// The tag one, two or three ahead.
    Next1Or2Or3Tag(Tag),
    /// The previous word.
    PrevWord(&'static str),
    /// The word two back.
    Prev2Wd(&'static str),
    /// The word one or two back.
    Prev1Or2Wd(&'static str),
    /// The previous word and its tag.
    PrevWordPrevTag(&'static str, Tag),
    /// The previous word and the one before it.
    Prev2Words(&'static str, &'static str),
    /// The word itself.
    CurrentWd(&'static str),
    /// The previous tag and the word itself.
    WdPrevTag(Tag, &'static str),
    /// The previous word and the word itself.
    WdPrevWd(&'static str, &'static str),
    /// The word itself and the next tag.
    WdNextTag(&'static str, Tag),
    /// The word itself and the next word.
    WdNextWd(&'static str, &'static str),
    /// The next word.
    NextWd(&'static str),
    /// The word two ahead.
    Next2Wd(&'static str),
    /// The word one or two ahead.
    Next1Or2Wd(&'static str),
    /// The previous and the next tag.
    SurroundTag(Tag, Tag),
    /// The word itself, the previous and the next tag.
    SurroundTagWd(&'static str, Tag, Tag),
    /// The two previous tags (two back, one back).
    Prev2Tag(Tag, Tag),
    /// The two next tags.
    Next2Tag(Tag, Tag),
    /// The two previous tags and the next one.
    Prev2TagNextTag(Tag, Tag, Tag),
    /// The word is a decade or plural number ("1990s").
    Decade,
    /// The word is the sentence's last.
    End,
}

/// One contextual rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rule {
    /// The tag the word must have.
    from: Tag,
    /// The tag it gets.
    to: Tag,
    /// The context.
    cond: Cond,
    /// Only in the second pass.
    second_only: bool,
    /// Only if the word is unknown or its lexicon entry lists `to`.
    verify: bool,
}

/// The parsed rules and, per FROM tag, the indices of its rules in order: those that test the
/// word itself are filed under that word, so a token is only tried against the rules that can
/// fire on it (most rules name a word).
struct Rules {
    /// All rules, in file order.
    list: Vec<Rule>,
    /// `by_from[tag as usize]`: indices into `list` of the rules whose FROM is that tag and that
    /// do not test the word itself.
    by_from: Vec<Vec<usize>>,
    /// `(FROM, word)` → indices into `list` of the rules that test the word itself.
    by_word: HashMap<(Tag, &'static str), Vec<usize>, BuildHasherDefault<Fnv>>,
}

/// The word a condition requires the token itself to be, if any.
fn own_word(cond: Cond) -> Option<&'static str> {
    match cond {
        Cond::CurrentWd(w)
        | Cond::WdPrevTag(_, w)
        | Cond::WdPrevWd(_, w)
        | Cond::WdNextTag(w, _)
        | Cond::WdNextWd(w, _)
        | Cond::SurroundTagWd(w, _, _) => Some(w),
        _ => None,
    }
}

/// The parsed rules.
static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let list: Vec<Rule> = DATA.lines().filter_map(parse).collect();
    let mut by_from = vec![Vec::new(); ALL.len()];
    let mut by_word: HashMap<(Tag, &'static str), Vec<usize>, BuildHasherDefault<Fnv>> =
        HashMap::default();
    for (k, rule) in list.iter().enumerate() {
        match own_word(rule.cond) {
            Some(word) => by_word.entry((rule.from, word)).or_default().push(k),
            None => by_from[rule.from as usize].push(k),
        }
    }
    Rules {
        list,
        by_from,
        by_word,
    }
});

/// Parses one `FROM TO CONDITION C1 C2 C3 FLAGS` line; comments and bad lines give `None`.
fn parse(line: &'static str) -> Option<Rule> {
    if line.starts_with('#') {
        return None;
    }
    let f: Vec<&'static str> = line.split_whitespace().collect();
    let [from, to, cond, c1, c2, c3, flags] = f[..] else {
        return None;
    };
    let t = Tag::from_penn;
    let cond = match cond {
        "STARTWORD" => Cond::StartWord(c1),
        "PREVTAG" => Cond::PrevTag(t(c1)?),
        "PREVTAG2" => Cond::PrevTag2(t(c1)?),
        "PREV1OR2TAG" => Cond::Prev1Or2Tag(t(c1)?),
        "PREV1OR2OR3TAG" => Cond::Prev1Or2Or3Tag(t(c1)?),
        "NEXTTAG" => Cond::NextTag(t(c1)?),
        "NEXTTAG2" => Cond::NextTag2(t(c1)?),
        "NEXT1OR2TAG" => Cond::Next1Or2Tag(t(c1)?),
        "NEXT1OR2OR3TAG" => Cond::Next1Or2Or3Tag(t(c1)?),
        "PREVWORD" => Cond::PrevWord(c1),
        "PREV2WD" => Cond::Prev2Wd(c1),
        "PREV1OR2WD" => Cond::Prev1Or2Wd(c1),
        "PREVWORDPREVTAG" => Cond::PrevWordPrevTag(c1, t(c2)?),
        "PREV2WORDS" => Cond::Prev2Words(c1, c2),
        "CURRENTWD" => Cond::CurrentWd(c1),
        "WDPREVTAG" => Cond::WdPrevTag(t(c1)?, c2),
        "WDPREVWD" => Cond::WdPrevWd(c1, c2),
        "WDNEXTTAG" => Cond::WdNextTag(c1, t(c2)?),
        "WDNEXTWD" => Cond::WdNextWd(c1, c2),
        "NEXTWD" => Cond::NextWd(c1),
        "NEXT2WD" => Cond::Next2Wd(c1),
        "NEXT1OR2WD" => Cond::Next1Or2Wd(c1),
        "SURROUNDTAG" => Cond::SurroundTag(t(c1)?, t(c2)?),
        "SURROUNDTAGWD" => Cond::SurroundTagWd(c1, t(c2)?, t(c3)?),
        "PREV2TAG" => Cond::Prev2Tag(t(c1)?, t(c2)?),
        "NEXT2TAG" => Cond::Next2Tag(t(c1)?, t(c2)?),
        "PREV2TAGNEXTTAG" => Cond::Prev2TagNextTag(t(c1)?, t(c2)?, t(c3)?),
        "DECADE" => Cond::Decade,
        "END" => Cond::End,
        _ => return None,
    };
    Some(Rule {
        from: t(from)?,
        to: t(to)?,
        cond,
        second_only: flags.contains('2'),
        verify: flags.contains('v'),
    })
}

/// Whether `cond` holds at token `i`.
fn holds(s: &Sentence<'_>, i: usize, cond: Cond) -> bool {
    let tag = |off: isize| s.tag_at(i, off);
    let word = |off: isize| s.lower_at(i, off);
    let me = s.lower(i);
    match cond {
        Cond::StartWord(w1) => i == 0 && s.word(i) == w1,
        Cond::PrevTag(t1) => tag(-1) == Some(t1),
        Cond::PrevTag2(t1) => tag(-2) == Some(t1),
        Cond::Prev1Or2Tag(t1) => tag(-1) == Some(t1) || tag(-2) == Some(t1),
        Cond::Prev1Or2Or3Tag(t1) => (1..=3).any(|k| tag(-k) == Some(t1)),
        Cond::NextTag(t1) => tag(1) == Some(t1),
        Cond::NextTag2(t1) => tag(2) == Some(t1),
        Cond::Next1Or2Tag(t1) => tag(1) == Some(t1) || tag(2) == Some(t1),
        Cond::Next1Or2Or3Tag(t1) => (1..=3).any(|k| tag(k) == Some(t1)),
        Cond::PrevWord(w1) => word(-1) == w1,
        Cond::Prev2Wd(w1) => word(-2) == w1,
        Cond::Prev1Or2Wd(w1) => word(-1) == w1 || word(-2) == w1,
        Cond::PrevWordPrevTag(w1, t1) => word(-1) == w1 && tag(-1) == Some(t1),
        Cond::Prev2Words(w1, w2) => word(-1) == w1 && word(-2) == w2,
        Cond::CurrentWd(w1) => me == w1,
        Cond::WdPrevTag(t1, w1) => me == w1 && tag(-1) == Some(t1),
        Cond::WdPrevWd(w0, w1) => me == w1 && word(-1) == w0,
        Cond::WdNextTag(w1, t1) => me == w1 && tag(1) == Some(t1),
        Cond::WdNextWd(w1, w2) => me == w1 && word(1) == w2,
        Cond::NextWd(w1) => word(1) == w1,
        Cond::Next2Wd(w1) => word(2) == w1,
        Cond::Next1Or2Wd(w1) => word(1) == w1 || word(2) == w1,
        Cond::SurroundTag(t1, t2) => tag(-1) == Some(t1) && tag(1) == Some(t2),
        Cond::SurroundTagWd(w1, t1, t2) => me == w1 && tag(-1) == Some(t1) && tag(1) == Some(t2),
        Cond::Prev2Tag(t1, t2) => tag(-2) == Some(t1) && tag(-1) == Some(t2),
        Cond::Next2Tag(t1, t2) => tag(1) == Some(t1) && tag(2) == Some(t2),
        Cond::Prev2TagNextTag(t1, t2, t3) => {
            tag(-2) == Some(t1) && tag(-1) == Some(t2) && tag(1) == Some(t3)
        }
        Cond::Decade => {
            me.len() > 2
                && me.ends_with('s')
                && me[..me.len() - 1].bytes().all(|b| b.is_ascii_digit())
        }
        Cond::End => i + 1 == s.len(),
    }
}

/// Applies the rules to every unblocked token, in two passes.
pub(crate) fn apply(s: &mut Sentence<'_>) {
    let rules = &*RULES;
    for second in [false, true] {
        for i in 0..s.len() {
            if !s.toks[i].blocked {
                apply_at(s, i, rules, second);
            }
        }
    }
}

/// Tries the rules on token `i`, chaining: after a rule fires, the later rules for the new tag.
fn apply_at(s: &mut Sentence<'_>, i: usize, rules: &Rules, second: bool) {
    let mut next = 0;
    loop {
        let tag = s.tag(i);
        let general = &rules.by_from[tag as usize];
        let own: &[usize] = rules
            .by_word
            .get(&(tag, s.lower(i)))
            .map_or(&[], Vec::as_slice);
        let fires = |k: usize| {
            let rule = &rules.list[k];
            (second || !rule.second_only)
                && (!rule.verify || s.toks[i].entry.is_none_or(|e| e.has(rule.to)))
                && holds(s, i, rule.cond)
        };
        // The first rule in file order, from either list, that fires.
        let mut a = general.partition_point(|k| *k < next);
        let mut b = own.partition_point(|k| *k < next);
        let fired = loop {
            let k = match (general.get(a), own.get(b)) {
                (Some(&x), Some(&y)) if x < y => {
                    a += 1;
                    x
                }
                (_, Some(&y)) => {
                    b += 1;
                    y
                }
                (Some(&x), None) => {
                    a += 1;
                    x
                }
                (None, None) => break None,
            };
            if fires(k) {
                break Some(k);
            }
        };
        let Some(k) = fired else {
            return;
        };
        s.set(i, rules.list[k].to);
        next = k + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_parses() {
        let bad: Vec<&str> = DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty() && parse(l).is_none())
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        assert!(RULES.list.len() > 250);
    }
}
