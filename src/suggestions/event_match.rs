//! Whether two reports describe the same event, in different words: "Tokayev accepted the
//! government's resignation" and "the government resigned"; "protests erupted in Zhanaozen" and
//! "protests began in Zhanaozen".
//!
//! A report's signature is what it is about: its action (the trigger, stemmed, with news
//! synonyms folded into one concept: "erupted", "began", "broke out"), the names it mentions
//! (capitalised words inside the sentence) and its other content words (stemmed with the
//! Snowball English stemmer). Two signatures match when their actions agree and their names and
//! words overlap; different places or different actions count against.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The English Snowball stemmer, built once.
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Irregular verb forms news uses, to their base (the stemmer handles regular ones).
const IRREGULAR: &[(&str, &str)] = &[
    ("began", "begin"),
    ("begun", "begin"),
    ("broke", "break"),
    ("broken", "break"),
    ("took", "take"),
    ("taken", "take"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("left", "leave"),
    ("met", "meet"),
    ("won", "win"),
    ("struck", "strike"),
    ("went", "go"),
    ("gone", "go"),
    ("came", "come"),
    ("fled", "flee"),
    ("held", "hold"),
    ("shot", "shoot"),
    ("led", "lead"),
    ("sent", "send"),
    ("fought", "fight"),
    ("caught", "catch"),
    ("brought", "bring"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("gave", "give"),
    ("given", "give"),
    ("spoke", "speak"),
    ("told", "tell"),
    ("said", "say"),
    ("stood", "stand"),
    ("sought", "seek"),
    ("hit", "hit"),
    ("quit", "quit"),
    ("set", "set"),
    ("cut", "cut"),
    ("spread", "spread"),
    ("killed", "kill"),
    ("dead", "die"),
    ("death", "die"),
    ("deaths", "die"),
];

/// Words of one news action, as stems (after [`base`]): "erupted", "began" and "broke out" all
/// report a beginning. The first word names the concept.
const ACTIONS: &[&[&str]] = &[
    &[
        "begin", "start", "erupt", "break", "launch", "open", "outbreak", "onset",
    ],
    &["end", "finish", "conclud", "halt", "stop", "ceas", "over"],
    &[
        "resign", "quit", "step", "resign", "dismiss", "sack", "oust", "fire", "remov",
    ],
    &["die", "kill", "death", "fatal", "dead"],
    &["collaps", "burst", "breach", "crumbl", "gave", "give"],
    &["injur", "wound", "hurt"],
    &["arrest", "detain", "detent", "custodi", "apprehend"],
    &["seiz", "captur", "take", "occupi", "storm", "overrun"],
    &["impos", "declar", "introduc", "enact", "proclaim", "order"],
    &["lift", "revok", "rescind", "repeal", "scrap"],
    &["attack", "assault", "strike", "bomb", "shell", "raid"],
    &["hit", "strike", "shake", "shook", "rock", "jolt", "devast"],
    &["protest", "demonstr", "ralli", "march", "riot", "unrest"],
    &["elect", "vote", "poll", "ballot"],
    &["sign", "agre", "agreement", "accord", "treati", "deal"],
    &["meet", "talk", "summit", "negoti"],
    &["arriv", "land", "reach", "deploy", "enter"],
    &[
        "leav", "depart", "withdraw", "withdraw", "pull", "evacu", "retreat",
    ],
    &["appoint", "name", "nomin", "instal", "sworn", "swear"],
    &[
        "rise", "rais", "increas", "hike", "jump", "soar", "climb", "doubl",
    ],
    &[
        "fall", "cut", "lower", "reduc", "drop", "declin", "plung", "slump", "cap",
    ],
    &["releas", "free", "pardon"],
    &["sentenc", "convict", "jail", "imprison"],
    &[
        "shut",
        "close",
        "block",
        "suspend",
        "ban",
        "cut",
        "disconnect",
    ],
    &["restor", "resum", "reopen", "return", "open"],
    &["order", "instruct", "command", "direct"],
    &[
        "announc", "say", "state", "tell", "report", "confirm", "declar", "proclaim",
    ],
    &["accept", "approv", "endors", "back"],
    &["reject", "refus", "deni", "oppos"],
    &["spread", "extend", "expand", "escal"],
    &["fire", "shoot", "gunfir"],
    &["flee", "escap"],
];

/// Nouns news uses for one thing, to one stem: a quake is an earthquake, rescuers are rescue.
const SAME_THING: &[(&str, &str)] = &[
    ("quak", "earthquak"),
    ("tremor", "earthquak"),
    ("rescuer", "rescu"),
    ("demonstr", "protest"),
    ("protest", "protest"),
    ("troop", "forc"),
    ("soldier", "forc"),
    ("flight", "airport"),
];

/// Words never part of what an event is about.
const STOP: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "with",
    "was",
    "were",
    "has",
    "have",
    "had",
    "are",
    "from",
    "this",
    "its",
    "his",
    "her",
    "their",
    "they",
    "which",
    "who",
    "will",
    "been",
    "after",
    "into",
    "over",
    "than",
    "then",
    "them",
    "also",
    "but",
    "not",
    "all",
    "some",
    "more",
    "most",
    "other",
    "about",
    "would",
    "could",
    "should",
    "there",
    "where",
    "when",
    "while",
    "during",
    "before",
    "since",
    "until",
    "against",
    "between",
    "under",
    "amid",
    "said",
    "says",
    "told",
    "according",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "year",
    "month",
    "day",
    "days",
    "weeks",
    "months",
    "years",
    "last",
    "next",
    "earlier",
    "later",
    "on",
    "in",
    "at",
];

/// What a report is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Signature {
    /// The concepts of its trigger (its main verb; "cut" is a fall and a shutdown), or the
    /// trigger's stem when it names no known action.
    action: BTreeSet<String>,
    /// Concepts of every action word in it ("accepted the resignation": accept, resign).
    actions: BTreeSet<String>,
    /// Names it mentions, lower-cased and stemmed.
    names: BTreeSet<String>,
    /// Its other content words, stemmed.
    words: BTreeSet<String>,
}

/// The base of a lower-case word: irregular forms by table, the rest by the stemmer, and nouns
/// for the same thing to one stem.
fn base(word: &str) -> String {
    if let Some((_, b)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return (*b).to_owned();
    }
    let stem = STEMMER.stem(word);
    SAME_THING
        .iter()
        .find(|(w, _)| *w == stem)
        .map_or_else(|| stem.into_owned(), |(_, same)| (*same).to_owned())
}

/// The concepts of a stemmed word: every action it can name.
fn concepts(stem: &str) -> impl Iterator<Item = &'static str> + '_ {
    ACTIONS
        .iter()
        .filter(move |words| words.contains(&stem))
        .map(|words| words[0])
}

/// The action concepts of a word (its stem when it names no known action).
fn action_of(word: &str) -> BTreeSet<String> {
    let stem = base(&word.to_lowercase());
    let mut found: BTreeSet<String> = concepts(&stem).map(str::to_owned).collect();
    if found.is_empty() {
        found.insert(stem);
    }
    found
}

/// Whether `word` names an action concept (the first word of an [`ACTIONS`] row).
fn is_concept(word: &str) -> bool {
    ACTIONS.iter().any(|words| words[0] == word)
}

/// The signature of a report: `title` ("who did what"), `sentence` and the trigger word.
pub fn signature(title: &str, sentence: &str, trigger: Option<&str>) -> Signature {
    let mut sig = Signature::default();
    for (text, is_title) in [(sentence, false), (title, true)] {
        let mut first_in_sentence = true;
        for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
            let word = raw.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            let word = word.trim_matches(|c| c == '\'' || c == '\u{2019}');
            if word.is_empty() {
                continue;
            }
            let starts_sentence = first_in_sentence;
            first_in_sentence = false;
            let lower = word.to_lowercase();
            if STOP.contains(&lower.as_str()) || lower.chars().count() < 3 {
                continue;
            }
            let stem = base(&lower);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            sig.actions.extend(concepts(&stem).map(str::to_owned));
            if capitalised && !starts_sentence && !is_title {
                sig.names.insert(stem);
            } else if !(capitalised && is_title && sig.names.contains(&stem)) {
                sig.words.insert(stem);
            }
        }
    }
    // Names of the title's subject count as names too ("Tokayev accepted …").
    sig.words.retain(|w| !sig.names.contains(w));
    sig.action = trigger.map(action_of).unwrap_or_default();
    sig
}

/// The signature of an accepted event: its title and its sources' sentences; its action is the
/// first action word of its title.
pub fn event_signature(title: &str, sentences: &[&str]) -> Signature {
    let mut sig = signature(title, &sentences.join(" "), None);
    sig.action = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            concepts(&base(&w.to_lowercase()))
                .map(str::to_owned)
                .collect::<BTreeSet<_>>()
        })
        .find(|found| !found.is_empty())
        .unwrap_or_default();
    sig
}

/// How likely two reports describe the same event, 0 to 1 (below 0 for clear mismatches).
pub fn match_score(a: &Signature, b: &Signature) -> f32 {
    let mut score = 0.0;
    // The actions agree: the same concept, or one's action among the other's action words.
    let known = |set: &BTreeSet<String>| !set.is_empty() && set.iter().all(|c| is_concept(c));
    let agree = !a.action.is_empty()
        && !b.action.is_empty()
        && (!a.action.is_disjoint(&b.action)
            || !a.action.is_disjoint(&b.actions)
            || !b.action.is_disjoint(&a.actions));
    let words = jaccard(&a.words, &b.words);
    if agree {
        score += 0.4;
    } else if known(&a.action) && known(&b.action) && words < 0.3 {
        // Two known, different actions ("spread" and "seized"), told in other words: different
        // events, even in one place.
        score -= 0.2;
    }
    if !a.names.is_empty() && !b.names.is_empty() {
        let names = jaccard(&a.names, &b.names);
        score += 0.3 * names;
        if names == 0.0 {
            // Different places or people: more likely different events.
            score -= 0.25;
        }
    }
    score += 0.45 * words;
    score
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let common = a.intersection(b).count();
    let all = a.len() + b.len() - common;
    if all == 0 {
        0.0
    } else {
        common as f32 / all as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (title, sentence, trigger) of a report.
    type Report = (&'static str, &'static str, &'static str);

    fn score(a: Report, b: Report) -> f32 {
        match_score(
            &signature(a.0, a.1, Some(a.2)),
            &signature(b.0, b.1, Some(b.2)),
        )
    }

    #[test]
    fn paraphrases_match_and_different_events_do_not() {
        let resignation: Report = (
            "Tokayev accepted the government's resignation",
            "On Wednesday, President Tokayev accepted the government's resignation.",
            "accepted",
        );
        let resigned: Report = (
            "The government resigned",
            "The government resigned on Wednesday amid the unrest.",
            "resigned",
        );
        let erupted: Report = (
            "Protests erupted in Zhanaozen",
            "Protests erupted in the oil town of Zhanaozen on Sunday.",
            "erupted",
        );
        let began: Report = (
            "Demonstrations began in Zhanaozen",
            "Demonstrations began in Zhanaozen, in the west, on Sunday.",
            "began",
        );
        let spread: Report = (
            "Protests spread to Almaty",
            "Protests spread to Almaty on Tuesday.",
            "spread",
        );
        let airport: Report = (
            "Protesters seized the airport",
            "Protesters seized Almaty airport on Wednesday.",
            "seized",
        );
        assert!(
            score(resignation, resigned) >= 0.4,
            "{}",
            score(resignation, resigned)
        );
        assert!(score(erupted, began) >= 0.4, "{}", score(erupted, began));
        assert!(score(erupted, spread) < 0.4, "{}", score(erupted, spread));
        assert!(
            score(resigned, airport) < 0.4,
            "{}",
            score(resigned, airport)
        );
        assert!(score(spread, airport) < 0.4, "{}", score(spread, airport));
        let cut: Report = (
            "Internet access was cut across Kazakhstan",
            "Internet access was cut across Kazakhstan on Wednesday.",
            "cut",
        );
        let shut: Report = (
            "The authorities shut down the internet in Kazakhstan",
            "The authorities shut down the internet in Kazakhstan on Wednesday.",
            "shut",
        );
        assert!(score(cut, shut) >= 0.4, "{}", score(cut, shut));
    }
}
