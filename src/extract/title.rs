//! Short event titles from a sentence: the main clause (who did what), without the date
//! phrase, leading adverbials, attribution ("…, officials said") or trailing detail.

/// Titles longer than this, in chars, are cut at a clause boundary when they have one.
pub(crate) const MAX_TITLE_CHARS: usize = 80;
/// A run-on title with no clause boundary is cut at a word past this many chars. The stored
/// title never ends in "…": shortening it further for a card or a row is the display's business.
pub(crate) const HARD_TITLE_CHARS: usize = 200;

/// Prepositions and modifiers that belong to the date phrase when right before it.
const DATE_LEAD_INS: &[&str] = &[
    "on",
    "for",
    "of",
    "to",
    "in",
    "at",
    "since",
    "by",
    "during",
    "until",
    "till",
    "from",
    "as of",
    "as early as",
    "earlier",
    "later",
    "late",
    "early",
    "this",
    "last",
    "until",
    "before",
    "after",
    "around",
    "about",
];

/// Attribution tails: ", officials said", ", according to police".
const SAID_VERBS: &[&str] = &[
    "said",
    "say",
    "says",
    "reported",
    "reports",
    "told",
    "added",
    "announced",
    "claimed",
    "claim",
    "stated",
];

/// Openers that add nothing to a title.
const LEADING_FILLERS: &[&str] = &[
    "but",
    "and",
    "however,",
    "meanwhile,",
    "also,",
    "still,",
    "so",
    "then,",
];

/// A title for the event in `sentence`, given the byte range of the date expression in it.
pub(crate) fn title_from(sentence: &str, expr: (usize, usize)) -> String {
    // A dateline that opens the sentence ("ALMATY, Jan. 6 (AP) —") is not part of the event.
    if let Some(dateline) = super::header::dateline_length(sentence)
        && dateline <= expr.0
    {
        return title_from(
            &sentence[dateline..],
            (expr.0 - dateline, expr.1 - dateline),
        );
    }
    let (mut s, mut e) = expr;
    // Extend the removed span over a preposition right before the expression.
    let before = sentence[..s].trim_end();
    for lead in DATE_LEAD_INS {
        // The last `lead.len()` bytes may start inside a multi-byte char ("ÿ5 Monday"): no
        // split there, and no match, since the lead-ins are ASCII.
        let split = before
            .len()
            .checked_sub(lead.len())
            .and_then(|at| before.split_at_checked(at));
        if let Some((head, tail)) = split
            && tail.eq_ignore_ascii_case(lead)
            && head.chars().last().is_none_or(|c| !c.is_alphanumeric())
        {
            s = head.len();
            break;
        }
    }
    // A date that owns a noun ("yesterday's announcement", "Last year's results") leaves "the".
    let possessive = ["'s", "’s"]
        .iter()
        .find(|p| sentence[e..].starts_with(**p))
        .map(|p| p.len());
    if let Some(len) = possessive {
        let head = sentence[..expr.0].trim_end();
        let joined = format!("{head} the {}", &sentence[e + len..]);
        return finish(&joined);
    }
    // A comma right after a leading date phrase ("On Thursday, ...") goes too.
    let after = &sentence[e..];
    if sentence[..s].trim().is_empty() && after.trim_start().starts_with(',') {
        e += after.find(',').map_or(0, |p| p + 1);
    }
    let joined = format!("{} {}", &sentence[..s], &sentence[e..]);
    let t = finish(&joined);
    if t.is_empty() {
        // Nothing but the date ("On Monday."): the sentence itself says what is known.
        let whole = squeeze(sentence);
        let whole =
            whole.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'));
        return capitalize(&shorten(whole));
    }
    t
}

/// The title left once the date is out of `text`: attribution, openers and stray punctuation
/// removed, shortened at a clause boundary if long, capitalised.
fn finish(text: &str) -> String {
    let mut t = squeeze(text);
    t = strip_attribution(&t);
    t = strip_leading(&t);
    t = strip_intro_phrase(&t);
    t = t
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '—' | '-'))
        .to_owned();
    t = t.replace(" ,", ",").replace(" .", ".");
    capitalize(&drop_dangling_end(&shorten(&t)))
}

/// Collapses runs of whitespace.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes ", officials said." and "According to X, " style attribution.
fn strip_attribution(t: &str) -> String {
    let mut t = t.trim_end_matches(['.', ' ']).to_owned();
    if let Some(p) = t.rfind(", ") {
        let tail = t[p + 2..].to_ascii_lowercase();
        let words: Vec<&str> = tail.split_whitespace().collect();
        let said = words.len() <= 6 && words.iter().any(|w| SAID_VERBS.contains(w));
        if said || tail.starts_with("according to") {
            t.truncate(p);
        }
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("according to")
        && let Some(p) = t.find(", ")
    {
        t.drain(..p + 2);
    }
    t
}

/// Words that cannot end a title: left over when the date was the last thing in the clause.
const DANGLING_ENDS: &[&str] = &[
    "and", "or", "but", "as", "while", "with", "from", "by", "in", "at", "on", "for", "of", "to",
    "the", "a", "an", "since", "until", "than",
];

/// Drops function words (and the commas before them) left dangling at the end of a title.
fn drop_dangling_end(t: &str) -> String {
    let mut t = t.trim_end_matches([',', ' ', ';', ':']).to_owned();
    while let Some(space) = t.rfind(' ') {
        let last = t[space + 1..].to_ascii_lowercase();
        if !DANGLING_ENDS.contains(&last.as_str()) {
            break;
        }
        t.truncate(space);
        t = t.trim_end_matches([',', ' ', ';', ':']).to_owned();
    }
    t
}

/// Prepositions that open an introductory phrase ("In composite trading, shares fell").
const INTRO_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "during",
    "with",
    "despite",
    "amid",
    "following",
    "under",
    "since",
    "until",
    "separately",
    "similarly",
    "meanwhile",
];
/// Words that open an apposition or a relative clause after a name ("Sun, a maker of
/// workstations, said …"; "The issue, which matures in 2004, was sold …").
const APPOSITION_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "former",
    "chief",
    "president",
    "chairman",
    "which",
    "who",
    "whose",
    "whom",
];
/// An introductory phrase is at most this many words.
const INTRO_MAX_WORDS: usize = 10;

/// Drops a short introductory phrase before the main clause ("In New York trading, shares fell"
/// is "Shares fell"): the event is in the clause, the phrase only sets the scene.
fn strip_intro_phrase(t: &str) -> String {
    let Some(comma) = t.find(", ") else {
        return t.to_owned();
    };
    let intro = &t[..comma];
    let first = intro
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(',').to_ascii_lowercase())
        .unwrap_or_default();
    let rest = t[comma + 2..].trim_start();
    let is_intro = INTRO_PREPOSITIONS.contains(&first.as_str())
        && intro.split_whitespace().count() <= INTRO_MAX_WORDS
        && rest.split_whitespace().count() >= 3;
    if is_intro {
        rest.to_owned()
    } else {
        t.to_owned()
    }
}

/// Whether cutting `t` at byte `p` (a ", ") would leave only a name and its apposition
/// ("Sun, a maker of computer workstations"), without the verb that follows.
fn cuts_an_apposition(t: &str, p: usize) -> bool {
    let head = &t[..p];
    let Some(first_comma) = head.find(", ") else {
        return false;
    };
    let chunk = &head[first_comma + 2..];
    let opener = chunk
        .split_whitespace()
        .next()
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    !chunk.contains(", ") && APPOSITION_OPENERS.contains(&opener.as_str())
}

/// Drops conjunctions and fillers that open the sentence.
fn strip_leading(t: &str) -> String {
    let mut t = t.trim_start().to_owned();
    loop {
        let lower = t.to_ascii_lowercase();
        let Some(f) = LEADING_FILLERS
            .iter()
            .find(|f| lower.starts_with(*f) && lower[f.len()..].starts_with(' '))
        else {
            break;
        };
        t = t[f.len()..].trim_start().to_owned();
    }
    t
}

/// Cuts a long title at a clause boundary; a run-on title without one is kept whole up to
/// [`HARD_TITLE_CHARS`], then cut at a word (never with an ellipsis: that is for display).
fn shorten(t: &str) -> String {
    if t.chars().count() <= MAX_TITLE_CHARS {
        return t.to_owned();
    }
    let limit = t
        .char_indices()
        .nth(MAX_TITLE_CHARS)
        .map_or(t.len(), |(i, _)| i);
    let head = &t[..limit];
    let separators = [
        ", which",
        ", who",
        ", as ",
        " as ",
        ", but",
        ", and",
        "; ",
        ", ",
        " after ",
        " while ",
        " because ",
    ];
    for sep in separators {
        if let Some(p) = head.rfind(sep)
            && p >= 25
            && !cuts_an_apposition(t, p)
        {
            return head[..p].trim_end_matches([',', ' ']).to_owned();
        }
    }
    // No boundary within the limit: the first one after it that ends a clause (not a comma that
    // may close an apposition before the verb), while the title stays short enough.
    let clause_ends = [
        ", as ",
        ", but",
        ", and",
        "; ",
        " while ",
        " because ",
        ", up ",
        ", down ",
    ];
    let first_after = clause_ends
        .iter()
        .filter_map(|sep| t[limit..].find(sep).map(|p| limit + p))
        .min();
    if let Some(p) = first_after
        && t[..p].chars().count() <= HARD_TITLE_CHARS
    {
        return t[..p].trim_end_matches([',', ' ']).to_owned();
    }
    let hard = t
        .char_indices()
        .nth(HARD_TITLE_CHARS)
        .map_or(t.len(), |(i, _)| i);
    if hard == t.len() {
        return t.to_owned();
    }
    let cut = t[..hard].rfind(' ').unwrap_or(hard);
    t[..cut].trim_end_matches([',', ' ']).to_owned()
}

/// Upper-cases the first letter.
pub(crate) fn capitalize(t: &str) -> String {
    let mut c = t.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(sentence: &str, expr: &str) -> String {
        let s = sentence.find(expr).unwrap();
        title_from(sentence, (s, s + expr.len()))
    }

    #[test]
    fn builds_readable_titles() {
        let cases = [
            (
                "Protests began on Sunday as the government raised the price cap on LPG.",
                "Sunday",
                "Protests began as the government raised the price cap on LPG",
            ),
            (
                "On Thursday, videos posted on social media showed looted stores.",
                "Thursday",
                "Videos posted on social media showed looted stores",
            ),
            (
                "The ministers will meet on Jan. 9, officials said.",
                "Jan. 9",
                "The ministers will meet",
            ),
            (
                "According to police, the bridge collapsed yesterday.",
                "yesterday",
                "The bridge collapsed",
            ),
            (
                "But in 1998 the company moved to Denver.",
                "1998",
                "The company moved to Denver",
            ),
            (
                "LISBON, March 14 (Reuters) - The river rose on Thursday.",
                "Thursday",
                "The river rose",
            ),
            (
                "In heavy trading on Friday, shares of the carmaker fell sharply.",
                "Friday",
                "Shares of the carmaker fell sharply",
            ),
            (
                "Lumen, a maker of lamps and lenses for stage lighting, reported sales of $12 million for the quarter ended June 30, up 20% from a year earlier.",
                "a year earlier",
                "Lumen, a maker of lamps and lenses for stage lighting, reported sales of $12 million for the quarter ended June 30",
            ),
            (
                "The bond, which pays 6% a year until it matures in the spring of 2031, was sold to pension funds on Tuesday.",
                "Tuesday",
                "The bond, which pays 6% a year until it matures in the spring of 2031, was sold to pension funds",
            ),
            (
                "Shareholders responded coolly to yesterday's announcement.",
                "yesterday",
                "Shareholders responded coolly to the announcement",
            ),
            (
                "Last year's harvest was the worst in a decade.",
                "Last year",
                "The harvest was the worst in a decade",
            ),
            (
                "The regulator said it would extend the deadline to Nov. 6.",
                "Nov. 6",
                "The regulator said it would extend the deadline",
            ),
            (
                "Profits will fall for the last half of 1989 and for 1990.",
                "1990",
                "Profits will fall for the last half of 1989",
            ),
        ];
        for (sentence, expr, want) in cases {
            assert_eq!(title(sentence, expr), want, "{sentence}");
        }
    }

    #[test]
    fn multi_byte_char_before_the_expression() {
        // Found by the `article` fuzz target: the lead-in check cut inside "ÿ".
        assert_eq!(title("ÿ5Monday", "Monday"), "Ÿ5");
        assert_eq!(title("Café on Monday", "Monday"), "Café");
    }

    #[test]
    fn long_titles_are_cut_at_clauses_never_with_an_ellipsis() {
        let s = "The committee, which had been meeting behind closed doors for several weeks in the capital, voted on Monday to approve the long-delayed budget.";
        let t = title(s, "Monday");
        assert!(
            t.contains("voted to approve the long-delayed budget"),
            "{t}"
        );
        let run_on = "The delegates from the northern provinces and the representatives of the \
                      coastal towns met the ministers of finance and agriculture in the old \
                      palace on Monday";
        let t = title(run_on, "Monday");
        assert!(!t.ends_with('…'), "{t}");
        assert!(t.ends_with("old palace"), "{t}");
        assert_eq!(title("On Monday.", "Monday"), "On Monday");
    }
}
