//! Events the article dates only by its own date: "more than 1,000 people have been injured so
//! far" (by the article date), "paratroopers are being dispatched" (as of it), "the alliance will
//! send troops" (after it). Found in sentences without a date expression, from the tense of their
//! main verb group.

use super::clause::{Group, Sentence, title_for_verb};
use super::pos::{self, Tag};
use super::tense::is_irregular_past;
use crate::model::Relation;

/// An event reported as of the article date, found in one sentence.
pub(crate) struct ArticleDated {
    /// The title.
    pub title: String,
    /// Byte span of the trigger word in the sentence.
    pub trigger: (usize, usize),
    /// How it stands to the article date.
    pub relation: Relation,
    /// How sure the tense reading is, 0..=1 (below any dated suggestion's).
    pub confidence: f32,
}

/// Pronouns that, as a whole subject, leave an event without its actor.
const PRONOUN_SUBJECTS: &[&str] = &["it", "they", "he", "she", "we", "i", "you", "this", "that"];

/// Fewest words a sentence needs to report an event.
const MIN_WORDS: usize = 5;

/// Markers of "up to now".
const SO_FAR: [(&str, &str); 3] = [("so", "far"), ("thus", "far"), ("to", "date")];

/// Auxiliaries of a perfect ("have been hurt").
const PERFECT_AUX: [&str; 3] = ["has", "have", "had"];
/// Auxiliaries of a progressive ("are fleeing").
const PROGRESSIVE_AUX: [&str; 3] = ["is", "are", "am"];
/// Auxiliaries of a future ("will send").
const FUTURE_AUX: [&str; 2] = ["will", "shall"];
/// Words of intent before "to" ("plans to", "expected to").
const INTENT: [&str; 4] = ["plans", "plan", "expected", "set"];

/// Sentences of an article's lead: a past tense there reports the news ("Police moved in after
/// demonstrators tried to take the stations"); further down it mostly tells the background, and
/// "by the article date" would say nothing about it.
pub(crate) const LEAD_SENTENCES: usize = 4;

/// Whether `sentence` may report an event as of the article date, judged from its words alone
/// (a cheap test before tagging it): a perfect ("have been hurt"), a progressive ("are fleeing"),
/// a future ("will send", "plans to"), "so far", or — in the lead — a past tense.
pub(crate) fn may_report(sentence: &str, in_lead: bool) -> bool {
    // Runs on every sentence. Past the lead, only a few words can make a sentence a candidate
    // (see `reports`): most sentences are turned away by one pass over their bytes.
    if !in_lead && sentence.is_ascii() && !has_key_word(sentence.as_bytes()) {
        return false;
    }
    every_word_test(sentence, in_lead)
}

/// [`may_report`] without its quick test.
fn every_word_test(sentence: &str, in_lead: bool) -> bool {
    // The word list's memory is kept from one sentence to the next.
    let mut spans = WORD_SPANS.take();
    spans.clear();
    if sentence.is_ascii() {
        spans.extend(ascii_letter_runs(sentence.as_bytes()).take(MAX_SCANNED_WORDS));
    } else {
        spans.extend(letter_runs(sentence).take(MAX_SCANNED_WORDS).map(|w| {
            let start = w.as_ptr() as usize - sentence.as_ptr() as usize;
            (start, start + w.len())
        }));
    }
    let found = reports(sentence, &spans, in_lead);
    WORD_SPANS.set(spans);
    found
}

/// The words past the lead that can open a candidate in [`reports`] (the lists above and the
/// last words of [`SO_FAR`]), packed as [`pack`] does.
const KEY_WORDS: [u64; 15] = {
    let lists: [&[&str]; 4] = [&PERFECT_AUX, &PROGRESSIVE_AUX, &FUTURE_AUX, &INTENT];
    let mut packed = [0; 15];
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            packed[n] = pack(lists[l][k].as_bytes());
            n += 1;
            k += 1;
        }
        l += 1;
    }
    let mut k = 0;
    while k < SO_FAR.len() {
        packed[n] = pack(SO_FAR[k].1.as_bytes());
        n += 1;
        k += 1;
    }
    assert!(n == packed.len(), "every key word packed");
    packed
};

/// A word of at most 8 ASCII bytes as a number, lower-cased (little-endian, zero-padded).
const fn pack(word: &[u8]) -> u64 {
    let mut packed = 0;
    let mut k = 0;
    while k < word.len() && k < 8 {
        packed |= (word[k].to_ascii_lowercase() as u64) << (8 * k);
        k += 1;
    }
    packed
}

/// [`letter_runs`] of ASCII `bytes`, as byte spans.
fn ascii_letter_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let letter = |b: u8| b.is_ascii_alphabetic() || b == b'\'';
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < bytes.len() && !letter(bytes[k]) {
            k += 1;
        }
        let start = k;
        while k < bytes.len() && letter(bytes[k]) {
            k += 1;
        }
        (start < k).then_some((start, k))
    })
}

/// Whether ASCII `bytes` hold one of [`KEY_WORDS`] as a whole word, or a word with an
/// apostrophe (a contraction: "they've").
fn has_key_word(bytes: &[u8]) -> bool {
    ascii_letter_runs(bytes).any(|(start, end)| {
        let word = &bytes[start..end];
        word.contains(&b'\'') || (word.len() <= 8 && KEY_WORDS.contains(&pack(word)))
    })
}

thread_local! {
    /// [`may_report`]'s word list, reused.
    static WORD_SPANS: std::cell::Cell<Vec<(usize, usize)>> = std::cell::Cell::default();
}

/// [`may_report`] for the words of `sentence` at byte `spans`.
fn reports(sentence: &str, spans: &[(usize, usize)], in_lead: bool) -> bool {
    let word = |i: usize| spans.get(i).map(|&(a, b)| &sentence[a..b]);
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let ends = |w: &str, x: &str| {
        w.len() >= x.len()
            && w.is_char_boundary(w.len() - x.len())
            && w[w.len() - x.len()..].eq_ignore_ascii_case(x)
    };
    // "they've", "crews’re": the clitic after either apostrophe.
    let contraction = |w: &str, x: &str| {
        let stem = w.len().saturating_sub(x.len());
        ends(w, x) && w.is_char_boundary(stem) && w[..stem].ends_with(['\'', '’'])
    };
    let irregular = |w: &str| {
        if w.bytes().all(|b| b.is_ascii_lowercase()) {
            is_irregular_past(w)
        } else {
            w.len() <= 10 && is_irregular_past(&w.to_ascii_lowercase())
        }
    };
    let participle = |w: &str| ends(w, "ed") || ends(w, "en") || ends(w, "wn") || irregular(w);
    let next = |i: usize, skip_adverb: bool| -> Option<&str> {
        let mut j = i + 1;
        if skip_adverb
            && word(j).is_some_and(|w| {
                ends(w, "ly")
                    || ["not", "never", "also", "already", "just", "now", "still"]
                        .iter()
                        .any(|a| is(w, a))
            })
        {
            j += 1;
        }
        word(j)
    };
    let perfect = |i: usize| next(i, true).is_some_and(|n| is(n, "been") || participle(n));
    let progressive = |i: usize| next(i, true).is_some_and(|n| is(n, "being") || ends(n, "ing"));
    (0..spans.len()).any(|i| {
        let w = word(i).unwrap_or_default();
        let before = |x: &str| i >= 1 && word(i - 1).is_some_and(|p| is(p, x));
        if PERFECT_AUX.iter().any(|a| is(w, a)) {
            perfect(i)
        } else if PROGRESSIVE_AUX.iter().any(|a| is(w, a)) {
            progressive(i)
        } else if FUTURE_AUX.iter().any(|a| is(w, a)) {
            next(i, true).is_some()
        } else if SO_FAR.iter().any(|(_, last)| is(w, last)) {
            SO_FAR
                .iter()
                .any(|(first, last)| is(w, last) && before(first))
        } else if INTENT.iter().any(|a| is(w, a)) {
            next(i, false).is_some_and(|n| is(n, "to"))
        } else if w.len() > 3 && w.bytes().any(|b| b == b'\'' || b == 0xE2) {
            // An apostrophe, straight or curly (U+2019 opens with byte 0xE2).
            (contraction(w, "ve") && perfect(i))
                || (contraction(w, "re") && progressive(i))
                || contraction(w, "ll")
        } else {
            in_lead && (ends(w, "ed") || irregular(w))
        }
    })
}

/// The runs of letters and apostrophes in `text`, in order (ASCII bytes tested as bytes).
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let is_letter_at = move |at: usize| {
        let b = bytes[at];
        if b.is_ascii() {
            (b.is_ascii_alphabetic() || b == b'\'', 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_alphabetic() || c == '’', c.len_utf8())
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter, then to the end of its run.
        let start = loop {
            if at >= bytes.len() {
                return None;
            }
            let (letter, len) = is_letter_at(at);
            if letter {
                break at;
            }
            at += len;
        };
        while at < bytes.len() {
            let (letter, len) = is_letter_at(at);
            if !letter {
                break;
            }
            at += len;
        }
        Some(&text[start..at])
    })
}

/// Most words [`may_report`] looks at (the sentences it sees are already bounded).
const MAX_SCANNED_WORDS: usize = 200;

/// The event `sentence` reports as of the article date, if its main verb says so; a bare past
/// tense counts only `in_lead`.
pub(crate) fn article_dated(sentence: &str, in_lead: bool) -> Option<ArticleDated> {
    let trimmed = sentence.trim();
    // Questions, lead-ins to a list, and quotations (speech and opinion) are not reports.
    if trimmed.ends_with('?')
        || trimmed.ends_with(':')
        || trimmed.starts_with(['"', '“', '\'', '‘', '`'])
    {
        return None;
    }
    let tagged = pos::tag(sentence);
    if tagged.words.iter().filter(|w| !w.tag.is_punct()).count() < MIN_WORDS {
        return None;
    }
    let s = Sentence::new(sentence, &tagged);
    let groups = s.groups();
    let so_far = (1..s.len()).any(|i| SO_FAR.contains(&(s.lower(i - 1), s.lower(i))));
    let quoted = quoted_words(&s);
    // Main clauses first: a relative clause ("which was prompted by …") is background.
    let relative = |g: &&Group| g.first >= 1 && matches!(s.tag(g.first - 1), Tag::WDT | Tag::WP);
    let mut ordered: Vec<&Group> = groups.iter().filter(|g| !relative(g)).collect();
    ordered.extend(groups.iter().filter(relative));
    // "Police say scores were killed": the reported event before the saying.
    let (reporting, mut candidates): (Vec<&Group>, Vec<&Group>) = ordered
        .into_iter()
        .filter(|g| g.finite && !quoted[g.first])
        .partition(|g| s.is_reporting(g.head));
    candidates.extend(reporting);
    let (group, relation, confidence) = candidates.into_iter().find_map(|g| {
        relation_of(&s, g, so_far)
            .filter(|(_, confidence)| in_lead || *confidence >= 0.45)
            .map(|(relation, confidence)| (*g, relation, confidence))
    })?;
    let mut title = title_for_verb(&s, group.head)?;
    // A title that opens with its own verb ("Will eliminate dividend payments") lost its
    // subject: it names no one.
    let opening = title
        .text
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned();
    if opening.eq_ignore_ascii_case(s.text_of(group.first)) && s.is_verbal(group.first) {
        return None;
    }
    let head = s.words[group.head];
    let ends_on_head =
        title.text.split_whitespace().last() == Some(&sentence[head.start..head.end]);
    let pronoun_subject = group.first >= 1
        && PRONOUN_SUBJECTS
            .iter()
            .any(|p| s.lower(group.first - 1) == *p)
        && opening.eq_ignore_ascii_case(s.text_of(group.first - 1));
    if pronoun_subject {
        // A bare pronoun ("It completed …") names no one by itself: "Acme Corp. said it
        // completed …" names the actor. Without an attribution the pronoun stays: the
        // sentence before names it, and the row shows it.
        let said = groups
            .iter()
            .rev()
            .find(|g| g.end < group.first && s.is_reporting(g.head))
            .and_then(|g| title_for_verb(&s, g.head).map(|t| (g, t)))
            .filter(|(g, t)| {
                let first = t.text.split_whitespace().next().unwrap_or_default();
                !PRONOUN_SUBJECTS
                    .iter()
                    .any(|p| first.eq_ignore_ascii_case(p))
                    && !first.eq_ignore_ascii_case(s.text_of(g.first))
            })
            .map(|(_, t)| t);
        if let Some(said) = said {
            title.text = said.text;
        }
    }
    // A title cut right after a progressive or infinitive ("The president is encountering")
    // lost what the verb is about.
    if ends_on_head
        && matches!(s.tag(group.head), Tag::VBG | Tag::VB)
        && group.end < s.len()
        && !s.tag(group.end).is_punct()
    {
        return None;
    }
    // A title without its own verb ("A closely held firm based in Greenville") names no event.
    if !title.text.contains(&sentence[head.start..head.end]) {
        return None;
    }
    Some(ArticleDated {
        title: title.text,
        trigger: title.trigger,
        relation,
        confidence,
    })
}

/// Which words are inside quotation marks (opinion and speech are not events).
fn quoted_words(s: &Sentence<'_>) -> Vec<bool> {
    let mut inside = false;
    (0..s.len())
        .map(|i| {
            let text = s.text_of(i);
            match text {
                "“" => inside = true,
                "”" => inside = false,
                _ if s.is_quote(i) && text != "'" && text != "’" => inside = !inside,
                _ => {}
            }
            inside
        })
        .collect()
}

/// The relation a finite verb group's tense gives, with a confidence; `None` for a tense that
/// says nothing about the article date (a bare present "is", a conditional "would").
fn relation_of(s: &Sentence<'_>, g: &Group, so_far: bool) -> Option<(Relation, f32)> {
    let first = s.lower(g.first);
    let verbs: Vec<usize> = (g.first..g.end)
        .filter(|&i| s.is_verbal(i) || s.tag(i) == Tag::MD)
        .collect();
    let head_is_be = s.is_be(g.head);
    if matches!(first, "will" | "'ll" | "shall") && !head_is_be {
        return Some((Relation::After, 0.5));
    }
    if (s.is_be(g.first) && verbs.len() >= 2 && s.lower(verbs[1]) == "going")
        || ((s.is_be(g.first) || matches!(first, "plans" | "plan" | "intends"))
            && (g.first..g.end).any(|i| s.tag(i) == Tag::TO))
    {
        return Some((Relation::After, 0.45));
    }
    // A perfect, also as an infinitive ("claim to have killed").
    let perfect = verbs.windows(2).any(|pair| {
        matches!(s.lower(pair[0]), "have" | "has" | "'ve" | "had") && s.tag(pair[1]) == Tag::VBN
    });
    if perfect && s.tag(g.head) == Tag::VBN && !head_is_be {
        return Some((Relation::By, 0.5));
    }
    if matches!(first, "is" | "are" | "am" | "'re")
        && (s.tag(g.head) == Tag::VBG
            || verbs.iter().any(|&v| s.lower(v) == "being") && s.tag(g.head) == Tag::VBN)
    {
        return Some((Relation::AsOf, 0.5));
    }
    if so_far && !head_is_be {
        return Some((Relation::By, 0.5));
    }
    if s.tag(g.first) == Tag::VBD && !head_is_be && !s.is_reporting(g.head) && first != "did" {
        return Some((Relation::By, 0.35));
    }
    if s.tag(g.first) == Tag::VBD && s.is_be(g.first) && s.tag(g.head) == Tag::VBN {
        // A past passive: "scores of people were killed".
        return Some((Relation::By, 0.35));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relation(sentence: &str) -> Option<(Relation, String)> {
        article_dated(sentence, true).map(|a| (a.relation, a.title))
    }

    #[test]
    fn letter_runs_are_the_words_between_other_chars() {
        for text in [
            "They’ve fled—Zürich's 12 «news» (ok)... Ελλάδα!",
            "It's 5 o'clock -- 'quoted' words, done.",
            "",
            "   ",
            "a",
            "é-b",
            "’’x’",
        ] {
            let want: Vec<&str> = text
                .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(letter_runs(text).collect::<Vec<_>>(), want, "{text:?}");
            if text.is_ascii() {
                let got: Vec<&str> = ascii_letter_runs(text.as_bytes())
                    .map(|(a, b)| &text[a..b])
                    .collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn a_pronoun_subject_takes_its_name_from_the_attribution() {
        assert_eq!(
            relation("Harbour Lines Corp. said it has completed its purchase of two ferries."),
            Some((
                Relation::By,
                "Harbour Lines Corp. said it has completed its purchase of two ferries".to_owned()
            ))
        );
        assert_eq!(
            relation("They have closed the old bridge to all traffic."),
            Some((
                Relation::By,
                "They have closed the old bridge to all traffic".to_owned()
            ))
        );
    }

    #[test]
    fn a_title_cut_after_its_progressive_is_no_suggestion() {
        let sentence = "The report lists problems the mayor is encountering because of the strike.";
        assert_eq!(relation(sentence), None);
    }

    #[test]
    fn the_quick_test_turns_away_only_sentences_the_full_one_would() {
        for sentence in [
            "Dozens of homes have burned.",
            "Crews're still fighting the fire.",
            "The mayor will visit the site.",
            "So far no one has claimed it.",
            "The bridge opened to traffic in a quiet ceremony.",
            "Officials plan to reopen the road.",
            "To date the fund is empty.",
            "He SET out early; the Plans were clear.",
            "Nothing here.",
        ] {
            let quick = has_key_word(sentence.as_bytes());
            assert!(quick || !every_word_test(sentence, false), "{sentence}");
        }
        assert!(!has_key_word(
            b"The bridge opened to traffic in a quiet ceremony."
        ));
        assert!(has_key_word(b"HAS it"));
    }

    #[test]
    fn a_title_without_its_subject_is_no_suggestion() {
        assert_eq!(
            relation("The city council has approved a new budget for the harbour."),
            Some((
                Relation::By,
                "The city council has approved a new budget for the harbour".to_owned()
            ))
        );
        let lost = "Mark Ellis, the finance director, said repayment of the loans, originally \
                    agreed at 5% each, will cut interest costs sharply.";
        assert!(
            relation(lost).is_none_or(|(_, title)| !title.starts_with("Will")),
            "{:?}",
            relation(lost)
        );
    }

    #[test]
    fn past_the_lead_only_perfect_progressive_and_future_count() {
        assert!(!may_report(
            "The bridge opened to traffic in a quiet ceremony.",
            false
        ));
        assert!(may_report(
            "The bridge opened to traffic in a quiet ceremony.",
            true
        ));
        assert!(may_report("Dozens of homes have burned.", false));
        assert!(may_report("Crews're still fighting the fire.", false));
        let past = "The council approved the new budget plan.";
        assert!(article_dated(past, true).is_some());
        assert!(article_dated(past, false).is_none());
        assert!(article_dated("The council has approved the new budget plan.", false).is_some());
    }

    #[test]
    fn tense_gives_the_relation() {
        let (r, title) =
            relation("More than 900 people have been hurt in the floods so far.").unwrap();
        assert_eq!(r, Relation::By);
        assert!(title.contains("hurt"), "{title}");
        let (r, title) =
            relation("Rescue teams are being flown to the coast by the army.").unwrap();
        assert_eq!(r, Relation::AsOf);
        assert!(title.contains("flown"), "{title}");
        let (r, title) = relation("The council will vote on the budget plan.").unwrap();
        assert_eq!(r, Relation::After);
        assert!(title.contains("vote"), "{title}");
    }

    #[test]
    fn states_questions_and_quotes_are_not_events() {
        assert!(relation("The river is the longest in the region.").is_none());
        assert!(relation("Who will pay for the new bridge over the river?").is_none());
        assert!(relation("“We will rebuild every single house,” the mayor promised.").is_none());
    }

    #[test]
    fn the_reported_event_beats_the_reporting() {
        let (r, title) =
            relation("Officials say dozens of homes were destroyed by the fire.").unwrap();
        assert_eq!(r, Relation::By);
        assert!(
            title.starts_with("Dozens of homes were destroyed"),
            "{title}"
        );
    }
}
