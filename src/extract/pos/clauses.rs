//! Clause-level verb decisions: past tense or participle for words that can be both ("the
//! bank added 300 jobs" VBD, "miners trapped in the shaft" VBN), plural noun or verb ("the
//! envoy visits Paris"), and a finite verb for a sentence that has none. The cue is
//! whether the clause so far has a subject and a finite verb.

use super::sentence::Sentence;
use super::spelling::{Spelling, Spellings, spellings};
use super::tag::Tag;

/// ";".
const SEMICOLON: Spelling = Spelling::new(";");

/// "that".
const THAT: Spelling = Spelling::new("that");

/// "by".
const BY: Spelling = Spelling::new("by");

/// "ended".
const ENDED: Spelling = Spelling::new("ended");

/// "and".
const AND: Spelling = Spelling::new("and");

/// Conjunctions that join verbs.
const AND_OR_BUT: Spellings = spellings!["and", "or", "but"];

/// Pronouns that take a plural verb.
const PLURAL_PRONOUNS: Spellings = spellings!["i", "we", "you", "they"];

/// Subjects that take a singular verb.
const SINGULAR_PRONOUNS: Spellings = spellings!["it", "he", "she", "that", "this"];

/// "those" and "these".
const THOSE_THESE: Spellings = spellings!["those", "these"];

/// Auxiliaries (and "get") after which a past form is a participle; modals and "to" are
/// told by their tags.
const AUXILIARIES: Spellings = spellings![
    "has", "have", "had", "having", "'ve", "is", "are", "was", "were", "be", "been", "being", "am",
    "'re", "'m", "'s", "get", "got", "gets"
];

/// Words that open a subordinate clause (when tagged IN or as wh-words).
const SUBORDINATORS: Spellings = spellings![
    "that", "because", "although", "though", "while", "if", "whether", "unless", "whereas",
];

/// Reporting verbs that are nearly always followed by a clause ("said the bank added
/// ..."); other verbs start one only before "that".
const REPORTING: Spellings = spellings![
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "argued",
    "argues",
    "warned",
    "warns",
    "insisted",
    "insists",
    "noted",
    "notes",
    "acknowledged",
    "admitted",
    "confirmed",
    "suggested",
    "suggests",
];

/// Participles that take a name rather than an object ("a firm called Acme").
const NAMING: Spellings = spellings![
    "called",
    "named",
    "dubbed",
    "titled",
    "nicknamed",
    "labeled",
    "labelled",
];

/// What the current clause has seen so far.
#[derive(Debug, Clone, Copy, Default)]
struct Clause {
    /// A finite verb.
    finite: bool,
    /// A possible subject (noun or pronoun).
    subject: bool,
}

/// Walks the sentence clause by clause and settles VBD/VBN and NNS/VBZ readings.
pub(crate) fn apply(s: &mut Sentence<'_>) {
    let mut clause = Clause::default();
    // The clause a relative or subordinate clause interrupted, resumed at its closing comma.
    let mut outer: Option<Clause> = None;
    for i in 0..s.len() {
        let tag = s.tag(i);
        if tag == Tag::Period || (tag == Tag::Colon && s.is(i, SEMICOLON)) {
            clause = Clause::default();
            outer = None;
            continue;
        }
        if tag == Tag::CC && s.tag_at(i, -1) == Some(Tag::Comma) && clause.finite {
            // ", but fighting resumed": a new clause, with its own subject.
            clause = Clause::default();
            continue;
        }
        let wh = matches!(tag, Tag::WDT | Tag::WP | Tag::WRB);
        let subordinate = tag == Tag::IN
            && (s.is_any(i, &SUBORDINATORS) || (s.is_any(i, &TEMPORAL) && temporal_clause(s, i)));
        if wh || subordinate {
            outer = outer.or(Some(clause));
            clause = Clause::default();
            continue;
        }
        if tag == Tag::Comma
            && clause.finite
            && let Some(o) = outer.take()
        {
            clause = o;
            continue;
        }
        if clause.finite
            && outer.is_some_and(|o| o.subject && !o.finite)
            && s.tag_at(i, -1).is_some_and(Tag::is_noun)
            && past_capable(s, i)
        {
            // "Exports of parts that will be taxed ... totaled": the relative clause ended
            // without a comma and this is the outer clause's verb.
            clause = outer.take().unwrap_or_default();
        }
        if !s.toks[i].blocked
            && let Some(new) = decide(s, i, clause)
        {
            s.set(i, new);
        }
        let tag = s.tag(i);
        if tag.is_finite_verb() {
            clause.finite = true;
            if s.is_any(i, &REPORTING) || s.is_at(i, 1, THAT) {
                clause = Clause::default();
            }
        } else if tag.is_noun() || matches!(tag, Tag::PRP | Tag::EX) {
            clause.subject = true;
        }
    }
    ensure_finite(s);
}

/// Whether the temporal word at `i` ("after", "as", "when") opens a clause rather than a
/// phrase: a noun phrase follows, then a verb before the next comma or stop.
fn temporal_clause(s: &Sentence<'_>, i: usize) -> bool {
    let starts_np = s.tag_at(i, 1).is_some_and(|t| {
        t.is_noun() || t.is_noun_modifier() || matches!(t, Tag::PRP | Tag::VBN | Tag::VBG)
    });
    starts_np
        && (i + 2..s.len().min(i + 20))
            .map(|j| s.tag(j))
            .take_while(|t| !matches!(t, Tag::Period | Tag::Colon))
            .any(|t| t.is_finite_verb() || t == Tag::VBN)
}

/// Whether token `i` is a verb that can be past tense or participle (regular "-ed" verbs can
/// be both even where the lexicon lists one).
fn past_capable(s: &Sentence<'_>, i: usize) -> bool {
    let w = s.lower(i);
    let can = |t: Tag| s.toks[i].entry.map_or(w.ends_with("ed"), |e| e.has(t));
    matches!(s.tag(i), Tag::VBD | Tag::VBN)
        && ((can(Tag::VBN) && can(Tag::VBD))
            || (w.ends_with("ed") && (can(Tag::VBN) || can(Tag::VBD))))
}

/// The index of the subject word before token `i`: the word before it (adverbs and quotes
/// skipped), or, when that is a comma closing an appositive ("The offer, announced on
/// Monday, values ..."), the word before the appositive.
fn subject_before(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let p = skip_back(s, i).checked_sub(1)?;
    if s.tag(p) != Tag::Comma {
        return Some(p);
    }
    let open = (p.saturating_sub(25)..p)
        .rev()
        .find(|k| s.tag(*k) == Tag::Comma)?;
    if (open + 1..p).any(|k| s.tag(k).is_finite_verb()) {
        return None;
    }
    open.checked_sub(1)
}

/// The index of the first token of the run of adverbs and quotes that ends right before `i`
/// (`i` itself when there is none).
fn skip_back(s: &Sentence<'_>, i: usize) -> usize {
    let mut j = i;
    while j > 0 && (s.tag(j - 1).is_adverb() || s.tag(j - 1) == Tag::Quote) {
        j -= 1;
    }
    j
}

/// Prepositions that also open clauses ("after the roof collapsed"); a noun phrase after them is
/// more likely a subject than an object.
const TEMPORAL: Spellings = spellings![
    "after", "before", "since", "until", "as", "when", "once", "because",
];

/// Subject pronouns: a verb right after one is finite ("he declined").
const SUBJECT_PRONOUNS: Spellings = spellings!["i", "he", "she", "we", "they"];

/// Whether a clear finite verb (not one that could be a participle) comes after token `i`
/// in the same clause: before a comma, conjunction, stop, subordinator or pronoun subject.
fn finite_ahead(s: &Sentence<'_>, i: usize) -> bool {
    for j in i + 1..s.len() {
        let t = s.tag(j);
        if t.is_clause_break()
            || matches!(
                t,
                Tag::CC | Tag::PRP | Tag::WDT | Tag::WP | Tag::WRB | Tag::VBG
            )
            || (t == Tag::IN && (s.is_any(j, &SUBORDINATORS) || s.is_any(j, &TEMPORAL)))
        {
            return false;
        }
        if t.is_finite_verb() && s.toks[j].entry.is_none_or(|e| !e.has(Tag::VBN)) {
            return true;
        }
    }
    false
}

/// Whether the noun phrase ending before token `i` is an object or a prepositional object
/// (it follows a verb or preposition), as in "praised the crews dispatched to ...".
fn object_np_before(s: &Sentence<'_>, i: usize) -> bool {
    let mut j = i;
    while j > 0 && (s.tag(j - 1).is_noun() || s.tag(j - 1).is_noun_modifier()) {
        j -= 1;
    }
    j < i
        && j > 0
        && (s.tag(j - 1).is_verb()
            || (matches!(s.tag(j - 1), Tag::IN | Tag::TO) && !s.is_any(j - 1, &TEMPORAL)))
}

/// The new tag of token `i` given its clause, if it changes.
fn decide(s: &Sentence<'_>, i: usize, clause: Clause) -> Option<Tag> {
    let tag = s.tag(i);
    let w = s.lower(i);
    let entry = s.toks[i].entry;
    let can = |t: Tag| entry.map_or(w.ends_with("ed"), |e| e.has(t));
    let next = s.tag_at(i, 1);
    let object_next = matches!(
        next,
        Some(Tag::DT | Tag::CD | Tag::PRP | Tag::PRPS | Tag::Dollar | Tag::WRB | Tag::WP)
    ) || (next == Some(Tag::IN) && s.is_at(i, 1, THAT));
    match tag {
        Tag::VBN | Tag::VBD if past_capable(s, i) => {
            past_or_participle(s, i, clause, object_next).filter(|t| *t != tag)
        }
        Tag::VBG
            if !clause.subject
                && can(Tag::NN)
                && s.tag_at(i, 1)
                    .is_some_and(|t| t.is_finite_verb() || t == Tag::VBN) =>
        {
            // "Trading resumed", "but fighting resumed": a gerund subject is a noun.
            Some(Tag::NN)
        }
        Tag::NN | Tag::VB if !clause.finite && clause.subject => {
            finite_from_base(s, i, object_next)
        }
        Tag::NN | Tag::VB if clause.finite && object_next => coordinated(s, i),
        Tag::NNS if can(Tag::VBZ) && !clause.finite => {
            let subject = subject_before(s, i);
            let singular_subject = subject.is_some_and(|k| {
                matches!(s.tag(k), Tag::NN | Tag::NNP) || s.is_any(k, &SINGULAR_PRONOUNS)
            });
            // "Border guards who patrol …": a plural before "who" is its antecedent.
            let object = (object_next && next != Some(Tag::WP))
                || matches!(next, Some(Tag::NNP | Tag::JJ | Tag::RB));
            (singular_subject && object && !finite_ahead(s, i)).then_some(Tag::VBZ)
        }
        _ => None,
    }
}

/// A clause's verb read as a noun or base form after its subject: "The firm put up ...",
/// "The two states briefly shut down ...", "Acme and Zenit already control most ...".
fn finite_from_base(s: &Sentence<'_>, i: usize, object_next: bool) -> Option<Tag> {
    let entry = s.toks[i].entry?;
    let next = s.tag_at(i, 1);
    let subject = subject_before(s, i)?;
    let subject_tag = s.tag(subject);
    if !(subject_tag.is_noun() || subject_tag == Tag::PRP) || finite_ahead(s, i) {
        return None;
    }
    if !(object_next || matches!(next, Some(Tag::RP | Tag::RB))) {
        return None;
    }
    let mut k = subject;
    while k > 0
        && (s.tag(k - 1).is_noun() || s.tag(k - 1).is_noun_modifier() || s.tag(k - 1) == Tag::CC)
    {
        k -= 1;
    }
    let plural = matches!(subject_tag, Tag::NNS | Tag::NNPS)
        || s.is_any(subject, &PLURAL_PRONOUNS)
        || (k..subject).any(|m| s.is(m, AND));
    entry.first_where(|t| t == Tag::VBD || (t == Tag::VBP && plural))
}

/// A noun or base form after "and" with an object, in a clause that has a verb: the same
/// form as the verb before ("are angry ... and fear they will ...").
fn coordinated(s: &Sentence<'_>, i: usize) -> Option<Tag> {
    let entry = s.toks[i].entry?;
    let j = skip_back(s, i);
    if j == 0 || !s.is_any(j - 1, &AND_OR_BUT) {
        return None;
    }
    let before = (0..j - 1)
        .rev()
        .map(|k| s.tag(k))
        .take_while(|t| !matches!(t, Tag::Period | Tag::Colon))
        .find(|t| matches!(t, Tag::VB | Tag::VBP | Tag::VBD | Tag::VBZ))?;
    (before != s.tag(i) && entry.has(before) && before != Tag::VBZ).then_some(before)
}

/// Determiners that stand for a noun phrase when no noun follows ("some started selling").
const PRONOMINAL: Spellings = spellings![
    "some", "many", "most", "few", "all", "both", "each", "others", "this", "that",
];

/// VBD or VBN for a word that can be both, or `None` to leave it.
fn past_or_participle(
    s: &Sentence<'_>,
    i: usize,
    clause: Clause,
    object_next: bool,
) -> Option<Tag> {
    let prev = s.tag_at(i, -1);
    let next = s.tag_at(i, 1);
    if matches!(next, Some(Tag::IN)) && s.is_any_at(i, -1, &THOSE_THESE) {
        // "those seen at the site".
        return Some(Tag::VBN);
    }
    let noun_next = next.is_some_and(|t| t.is_noun() || t.is_adjective());
    let attributive = matches!(
        prev,
        Some(Tag::PRPS | Tag::Pos | Tag::PDT | Tag::IN | Tag::JJ)
    ) || (prev == Some(Tag::DT)
        && (noun_next || !s.is_any_at(i, -1, &PRONOMINAL)));
    if attributive || after_aux(s, i) {
        return None;
    }
    let j = skip_back(s, i);
    let pronoun_subject = j > 0 && s.is_any(j - 1, &SUBJECT_PRONOUNS);
    let naming = s.is_any(i, &NAMING);
    let agent = s.is_at(i, 1, BY) && s.tag_at(i, 2) != Some(Tag::VBG);
    let opening = j <= s.first_word;
    if agent
        || (matches!(next, Some(Tag::NNP | Tag::CD)) && s.is(i, ENDED))
        || (naming
            && matches!(prev, Some(Tag::NN | Tag::NNS))
            && matches!(next, Some(Tag::NNP | Tag::Quote)))
        || (opening && !matches!(next, Some(Tag::NNP | Tag::NNPS)))
        || (j > 0 && s.tag(j - 1) == Tag::Comma && !clause.finite && appositive(s, i))
    {
        // "the quarter ended June 30", "Asked why ...", "The loan, valued at $2 billion, ...".
        return Some(Tag::VBN);
    }
    if pronoun_subject || (object_next && !naming) {
        return Some(Tag::VBD);
    }
    if j > 0 && s.is_any(j - 1, &AND_OR_BUT) {
        // "failed to find a buyer and filed for": like the verb before the "and".
        let before = (0..j - 1)
            .rev()
            .map(|k| s.tag(k))
            .find(|t| matches!(t, Tag::VBD | Tag::VBN));
        if before.is_some() {
            return before;
        }
    }
    if !clause.finite && clause.subject {
        let modifier = matches!(next, Some(Tag::IN | Tag::TO));
        return Some(if modifier && finite_ahead(s, i) {
            Tag::VBN
        } else {
            Tag::VBD
        });
    }
    let reduced_relative = clause.finite
        && prev.is_some_and(Tag::is_noun)
        && matches!(next, Some(Tag::IN | Tag::TO | Tag::RP))
        && object_np_before(s, i);
    reduced_relative.then_some(Tag::VBN)
}

/// Whether token `i`, right after a comma, opens an appositive participle phrase: the
/// phrase has no finite verb and, after its closing comma, the main verb follows ("The offer,
/// advertised in today's editions, is ...").
fn appositive(s: &Sentence<'_>, i: usize) -> bool {
    let Some(close) = (i + 1..s.len().min(i + 20)).find(|j| s.tag(*j) == Tag::Comma) else {
        return false;
    };
    if (i + 1..close).any(|j| s.tag(j).is_finite_verb()) {
        return false;
    }
    let mut k = close + 1;
    while k < s.len() && s.tag(k).is_adverb() {
        k += 1;
    }
    k < s.len()
        && (s.tag(k).is_finite_verb()
            || s.toks[k]
                .entry
                .is_some_and(|e| e.any(|t| matches!(t, Tag::VBZ | Tag::VBP | Tag::VBD | Tag::MD)))
                && matches!(s.tag(k), Tag::NNS | Tag::NN))
}

/// Whether an auxiliary (be, have, a modal, "to") comes right before token `i`, adverbs
/// skipped.
fn after_aux(s: &Sentence<'_>, i: usize) -> bool {
    let j = skip_back(s, i);
    j > 0 && (s.is_any(j - 1, &AUXILIARIES) || matches!(s.tag(j - 1), Tag::MD | Tag::TO))
}

/// Gives a sentence without a finite verb one, where a noun, adjective or participle right
/// after a subject can be one: "Chile exports about ...", "Farmers hope to ...".
fn ensure_finite(s: &mut Sentence<'_>) {
    if s.toks.iter().any(|t| t.tag.is_finite_verb()) {
        return;
    }
    for i in 1..s.len() {
        let Some(entry) = s.toks[i].entry else {
            continue;
        };
        if s.toks[i].blocked {
            continue;
        }
        let mut j = i - 1;
        while j > 0 && s.tag(j).is_adverb() {
            j -= 1;
        }
        let subject = s.tag(j);
        if !(subject.is_noun() || subject == Tag::PRP) {
            continue;
        }
        let plural = matches!(subject, Tag::NNS | Tag::NNPS) || s.is_any(j, &PLURAL_PRONOUNS);
        let finite = match s.tag(i) {
            Tag::NNS => entry.has(Tag::VBZ).then_some(Tag::VBZ).filter(|_| !plural),
            Tag::NN | Tag::JJ | Tag::VBN => {
                entry.first_where(|t| t == Tag::VBD || (t == Tag::VBP && plural))
            }
            _ => None,
        };
        if let Some(tag) = finite {
            s.set(i, tag);
            return;
        }
    }
}
