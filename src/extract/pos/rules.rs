//! Contextual Brill rules (`assets/pos/rules.txt`, from en-pos): "change tag FROM to TO when
//! the context matches". Applied left to right in two passes; for each word the rules are
//! tried in file order and a rule sees the tag left by the ones before it.
//!
//! Differences from en-pos, which had JavaScript slips: CURRENTWD and WDPREVWD compared an
//! undefined value and never fired; the "1 or 2 (or 3)" conditions applied the lexicon check
//! only to their last alternative (`a || b && check`); here both work as documented.

use std::sync::LazyLock;

use super::sentence::Sentence;
use super::spelling::Spelling;
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
    PrevWord(Spelling),
    /// The word two back.
    Prev2Wd(Spelling),
    /// The word one or two back.
    Prev1Or2Wd(Spelling),
    /// The previous word and its tag.
    PrevWordPrevTag(Spelling, Tag),
    /// The previous word and the one before it.
    Prev2Words(Spelling, Spelling),
    /// The word itself.
    CurrentWd(Spelling),
    /// The previous tag and the word itself.
    WdPrevTag(Tag, Spelling),
    /// The previous word and the word itself.
    WdPrevWd(Spelling, Spelling),
    /// The word itself and the next tag.
    WdNextTag(Spelling, Tag),
    /// The word itself and the next word.
    WdNextWd(Spelling, Spelling),
    /// The next word.
    NextWd(Spelling),
    /// The word two ahead.
    Next2Wd(Spelling),
    /// The word one or two ahead.
    Next1Or2Wd(Spelling),
    /// The previous and the next tag.
    SurroundTag(Tag, Tag),
    /// The word itself, the previous and the next tag.
    SurroundTagWd(Spelling, Tag, Tag),
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
    /// The previous tag the context requires, if it tests one.
    prev: Option<Tag>,
    /// [`code`] of the previous tag it requires, [`ANY`] if none: for the quick check.
    prev_code: u8,
    /// [`code`] of the next tag it requires, [`ANY`] if none: for the quick check.
    next_code: u8,
    /// The hash of the previous word it requires and a mask of all ones, or two zeros if
    /// none: for the quick check (`neighbour's hash & mask == hash`).
    prev_word: (u64, u64),
    /// The same for the next word.
    next_word: (u64, u64),
}

/// The code of a condition that does not test a neighbour's tag.
const ANY: u8 = u8::MAX;

/// A next-tag [`code`] as a bit of a mask: a tag's index, bit 63 outside the sentence, every
/// bit for [`ANY`].
fn next_bit(code: u8) -> u64 {
    match code {
        ANY => u64::MAX,
        c if usize::from(c) < ALL.len() => 1 << c,
        _ => 1 << 63,
    }
}

/// A neighbour's tag as a small number, for comparing without branches: the tag's index,
/// or `ANY - 1` outside the sentence.
fn code(tag: Option<Tag>) -> u8 {
    tag.map_or(ANY - 1, |t| t as u8)
}

/// The parsed rules, filed so a token is only tried against the rules that can fire on it:
/// those that test the word itself under that word (most rules name a word), the others
/// under their FROM tag and the previous token's tag (most test it).
struct Rules {
    /// All rules, in file order.
    list: Vec<Rule>,
    /// Indices into `list`, in order, of the rules that do not test the word itself, filed by
    /// FROM tag and previous tag: `general[spans[from as usize * AFTER + after]]` are those
    /// whose FROM is `from` and that can hold after a token tagged `ALL[after]`
    /// (`after == ALL.len()`: at the sentence's start).
    general: Vec<usize>,
    /// Where each (FROM, previous tag) list starts and ends in `general`, and the
    /// [`next_bit`]s of the next tags its rules can fire before.
    spans: Vec<(usize, usize, u64)>,
    /// The words the rules test the word itself against, each with the indices into `list`
    /// of those rules, in order; a word's group (see [`word_groups`]) is its index plus one.
    by_word: Vec<(&'static str, Vec<usize>)>,
}

/// The number of previous-token contexts: every tag, and none.
const AFTER: usize = ALL.len() + 1;

impl Rules {
    /// Indices of the rules that do not test the word itself, for a token tagged `from`
    /// after a token tagged `prev`.
    fn general(&self, from: Tag, prev: Option<Tag>) -> &[usize] {
        let after = prev.map_or(ALL.len(), |t| t as usize);
        let (start, end, _) = self.spans[from as usize * AFTER + after];
        &self.general[start..end]
    }

    /// Whether any rule that does not test the word itself can fire on a token tagged `from`
    /// between tokens tagged `prev` and `next` (judged by those tags alone).
    fn may_fire(&self, from: Tag, prev: Option<Tag>, next: Option<Tag>) -> bool {
        let after = prev.map_or(ALL.len(), |t| t as usize);
        let (start, end, nexts) = self.spans[from as usize * AFTER + after];
        start < end && nexts & next_bit(code(next)) != 0
    }

    /// Indices of the rules that test the word itself, of any FROM tag, for a word of
    /// `group` (0: none).
    fn own(&self, group: u16) -> &[usize] {
        usize::from(group)
            .checked_sub(1)
            .and_then(|k| self.by_word.get(k))
            .map_or(&[], |(_, rules)| rules.as_slice())
    }
}

/// The word a condition requires the previous token to be, if it tests it.
fn prev_word(cond: Cond) -> Option<Spelling> {
    match cond {
        Cond::PrevWord(w)
        | Cond::PrevWordPrevTag(w, _)
        | Cond::Prev2Words(w, _)
        | Cond::WdPrevWd(w, _) => Some(w),
        _ => None,
    }
}

/// The word a condition requires the next token to be, if it tests it.
fn next_word(cond: Cond) -> Option<Spelling> {
    match cond {
        Cond::NextWd(w) | Cond::WdNextWd(_, w) => Some(w),
        _ => None,
    }
}

/// The word a condition requires the token itself to be, if any.
fn own_word(cond: Cond) -> Option<Spelling> {
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

/// The tag a condition requires the previous token to have, if it tests it.
fn prev_tag(cond: Cond) -> Option<Tag> {
    match cond {
        Cond::PrevTag(t)
        | Cond::PrevWordPrevTag(_, t)
        | Cond::SurroundTag(t, _)
        | Cond::Prev2Tag(_, t)
        | Cond::Prev2TagNextTag(_, t, _)
        | Cond::WdPrevTag(t, _)
        | Cond::SurroundTagWd(_, t, _) => Some(t),
        _ => None,
    }
}

/// The tag a condition requires the next token to have, if it tests it.
fn next_tag(cond: Cond) -> Option<Tag> {
    match cond {
        Cond::NextTag(t)
        | Cond::SurroundTag(_, t)
        | Cond::Next2Tag(t, _)
        | Cond::Prev2TagNextTag(_, _, t)
        | Cond::WdNextTag(_, t)
        | Cond::SurroundTagWd(_, _, t) => Some(t),
        _ => None,
    }
}

/// The parsed rules.
static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let list: Vec<Rule> = DATA.lines().filter_map(parse).collect();
    let mut lists = vec![Vec::new(); ALL.len() * AFTER];
    let mut by_word: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (k, rule) in list.iter().enumerate() {
        if let Some(word) = own_word(rule.cond) {
            match by_word.iter_mut().find(|(w, _)| *w == word.text) {
                Some((_, rules)) => rules.push(k),
                None => by_word.push((word.text, vec![k])),
            }
            continue;
        }
        let after = &mut lists[rule.from as usize * AFTER..][..AFTER];
        match rule.prev {
            Some(prev) => after[prev as usize].push(k),
            None => after.iter_mut().for_each(|l| l.push(k)),
        }
    }
    let mut general = Vec::new();
    let spans = lists
        .into_iter()
        .map(|l| {
            let start = general.len();
            let nexts = l
                .iter()
                .fold(0, |mask, &k| mask | next_bit(list[k].next_code));
            general.extend(l);
            (start, general.len(), nexts)
        })
        .collect();
    Rules {
        list,
        general,
        spans,
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
    let w = Spelling::new;
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
        "PREVWORD" => Cond::PrevWord(w(c1)),
        "PREV2WD" => Cond::Prev2Wd(w(c1)),
        "PREV1OR2WD" => Cond::Prev1Or2Wd(w(c1)),
        "PREVWORDPREVTAG" => Cond::PrevWordPrevTag(w(c1), t(c2)?),
        "PREV2WORDS" => Cond::Prev2Words(w(c1), w(c2)),
        "CURRENTWD" => Cond::CurrentWd(w(c1)),
        "WDPREVTAG" => Cond::WdPrevTag(t(c1)?, w(c2)),
        "WDPREVWD" => Cond::WdPrevWd(w(c1), w(c2)),
        "WDNEXTTAG" => Cond::WdNextTag(w(c1), t(c2)?),
        "WDNEXTWD" => Cond::WdNextWd(w(c1), w(c2)),
        "NEXTWD" => Cond::NextWd(w(c1)),
        "NEXT2WD" => Cond::Next2Wd(w(c1)),
        "NEXT1OR2WD" => Cond::Next1Or2Wd(w(c1)),
        "SURROUNDTAG" => Cond::SurroundTag(t(c1)?, t(c2)?),
        "SURROUNDTAGWD" => Cond::SurroundTagWd(w(c1), t(c2)?, t(c3)?),
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
        prev: prev_tag(cond),
        prev_code: prev_tag(cond).map_or(ANY, |t| t as u8),
        next_code: next_tag(cond).map_or(ANY, |t| t as u8),
        prev_word: prev_word(cond).map_or((0, 0), |w| (w.hash, u64::MAX)),
        next_word: next_word(cond).map_or((0, 0), |w| (w.hash, u64::MAX)),
    })
}

/// Whether `cond` holds at token `i`.
fn holds(s: &Sentence<'_>, i: usize, cond: &Cond) -> bool {
    let tag = |off: isize| s.tag_at(i, off);
    let word = |off: isize, w: Spelling| s.is_at(i, off, w);
    let me = |w: Spelling| s.is(i, w);
    match *cond {
        Cond::StartWord(w1) => i == 0 && s.word(i) == w1,
        Cond::PrevTag(t1) => tag(-1) == Some(t1),
        Cond::PrevTag2(t1) => tag(-2) == Some(t1),
        Cond::Prev1Or2Tag(t1) => tag(-1) == Some(t1) || tag(-2) == Some(t1),
        Cond::Prev1Or2Or3Tag(t1) => (1..=3).any(|k| tag(-k) == Some(t1)),
        Cond::NextTag(t1) => tag(1) == Some(t1),
        Cond::NextTag2(t1) => tag(2) == Some(t1),
        Cond::Next1Or2Tag(t1) => tag(1) == Some(t1) || tag(2) == Some(t1),
        Cond::Next1Or2Or3Tag(t1) => (1..=3).any(|k| tag(k) == Some(t1)),
        Cond::PrevWord(w1) => word(-1, w1),
        Cond::Prev2Wd(w1) => word(-2, w1),
        Cond::Prev1Or2Wd(w1) => word(-1, w1) || word(-2, w1),
        Cond::PrevWordPrevTag(w1, t1) => word(-1, w1) && tag(-1) == Some(t1),
        Cond::Prev2Words(w1, w2) => word(-1, w1) && word(-2, w2),
        Cond::CurrentWd(w1) => me(w1),
        Cond::WdPrevTag(t1, w1) => me(w1) && tag(-1) == Some(t1),
        Cond::WdPrevWd(w0, w1) => me(w1) && word(-1, w0),
        Cond::WdNextTag(w1, t1) => me(w1) && tag(1) == Some(t1),
        Cond::WdNextWd(w1, w2) => me(w1) && word(1, w2),
        Cond::NextWd(w1) => word(1, w1),
        Cond::Next2Wd(w1) => word(2, w1),
        Cond::Next1Or2Wd(w1) => word(1, w1) || word(2, w1),
        Cond::SurroundTag(t1, t2) => tag(-1) == Some(t1) && tag(1) == Some(t2),
        Cond::SurroundTagWd(w1, t1, t2) => me(w1) && tag(-1) == Some(t1) && tag(1) == Some(t2),
        Cond::Prev2Tag(t1, t2) => tag(-2) == Some(t1) && tag(-1) == Some(t2),
        Cond::Next2Tag(t1, t2) => tag(1) == Some(t1) && tag(2) == Some(t2),
        Cond::Prev2TagNextTag(t1, t2, t3) => {
            tag(-2) == Some(t1) && tag(-1) == Some(t2) && tag(1) == Some(t3)
        }
        Cond::Decade => {
            let me = s.lower(i);
            me.len() > 2
                && me.ends_with('s')
                && me[..me.len() - 1].bytes().all(|b| b.is_ascii_digit())
        }
        Cond::End => i + 1 == s.len(),
    }
}

/// The words the rules test the word itself against, with their groups (1, 2, ...): the
/// lexicon files them, so a token's lookup tells which rules test it.
pub(crate) fn word_groups() -> impl Iterator<Item = (&'static str, u16)> {
    RULES
        .by_word
        .iter()
        .zip(1..=u16::MAX)
        .map(|((word, _), group)| (*word, group))
}

/// Applies the rules to every unblocked token, in two passes.
pub(crate) fn apply(s: &mut Sentence<'_>) {
    let rules = &*RULES;
    for second in [false, true] {
        for i in 0..s.len() {
            let own = rules.own(s.toks[i].rules);
            // One branch: most tokens are blocked or have no rule to try.
            let none = own.is_empty() & !rules.may_fire(s.tag(i), s.tag_at(i, -1), s.tag_at(i, 1));
            if s.toks[i].blocked | none {
                continue;
            }
            apply_at(s, i, rules, own, second);
        }
    }
}

/// Tries the rules on token `i`, chaining: after a rule fires, the later rules for the new tag;
/// `own` are the rules that test its word.
fn apply_at(s: &mut Sentence<'_>, i: usize, rules: &Rules, own: &[usize], second: bool) {
    let prev = s.tag_at(i, -1);
    let (before, after) = (code(prev), code(s.tag_at(i, 1)));
    let (before_word, after_word) = (s.hash_at(i, -1), s.hash_at(i, 1));
    let entry = s.toks[i].entry;
    let mut next = 0;
    loop {
        let tag = s.tag(i);
        let try_rule = |k: usize| {
            let rule = &rules.list[k];
            // The cheap tests without branches (`&`, not `&&`): most rules tried fail one.
            #[expect(
                clippy::needless_bitwise_bool,
                reason = "branches here are unpredictable; evaluating all tests is cheaper"
            )]
            let cheap = (k >= next)
                & (rule.from == tag)
                & (second | !rule.second_only)
                & ((rule.prev_code == ANY) | (rule.prev_code == before))
                & ((rule.next_code == ANY) | (rule.next_code == after))
                & (before_word & rule.prev_word.1 == rule.prev_word.0)
                & (after_word & rule.next_word.1 == rule.next_word.0);
            cheap
                && (!rule.verify || entry.is_none_or(|e| e.has(rule.to)))
                && holds(s, i, &rule.cond)
        };
        // The first rule in file order that fires: the first of either list's first (the
        // rules of the word only need trying up to the general one).
        let mut fired = rules
            .general(tag, prev)
            .iter()
            .copied()
            .find(|k| try_rule(*k));
        let limit = fired.unwrap_or(usize::MAX);
        if let Some(k) = own
            .iter()
            .copied()
            .take_while(|k| *k < limit)
            .find(|k| try_rule(*k))
        {
            fired = Some(k);
        }
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
