//! Dates as people type them into a date field: what the app displays ("44 BC", "9 Nov 1989",
//! "c. 1850", "1990s") and what people write ("November 9, 1989", "March 2022", "19th century",
//! "2022-01-06 14:30"), besides Dateline's own text form (`2022-01-06`, `-0043`, `199X`,
//! `1850~`). The tagger reads the words; nothing is resolved against today.

use crate::model::Date;

/// The date `text` names, with its precision; `None` when it names none, or names it only
/// relative to another date ("yesterday", "next May").
///
/// ```
/// use dateline::extract::date_from_text;
/// let iso = |t: &str| date_from_text(t).map(|d| d.to_iso());
/// assert_eq!(iso("44 BC").as_deref(), Some("-0043"));
/// assert_eq!(iso("November 9, 1989").as_deref(), Some("1989-11-09"));
/// assert_eq!(iso("c. 1850").as_deref(), Some("1850~"));
/// assert_eq!(iso("19th century").as_deref(), Some("18XX"));
/// assert_eq!(iso("yesterday"), None);
/// ```
pub fn date_from_text(text: &str) -> Option<Date> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    // "c. 1850", "ca. 1850", "circa 1850", "about 1850", "~1850".
    let lower = text.to_lowercase();
    for prefix in [
        "circa ", "c. ", "c.", "ca. ", "ca.", "about ", "around ", "~",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let rest = &text[text.len() - rest.len()..];
            return date_from_text(rest).map(|d| d.with_circa(true));
        }
    }
    // "2022-01-06 14:30": the ISO form with a space.
    if let Some((day, time)) = text.split_once(' ')
        && let Ok(date) = format!("{day}T{}", time.trim()).parse::<Date>()
    {
        return Some(date);
    }
    // "6 Jan 2022 14:30": a day in words and a clock time.
    if let Some((day, time)) = text.rsplit_once(' ')
        && time.len() == 5
        && time.as_bytes().get(2) == Some(&b':')
        && let Some(day) = date_from_text(day)
        && day.precision() == crate::model::Precision::Day
        && let Ok(date) = format!("{}T{time}", day.to_iso()).parse::<Date>()
    {
        return Some(date);
    }
    // Words: one temporal expression covering the text, written in full.
    let timexes = super::tag(text, None);
    let [timex] = timexes.as_slice() else {
        return None;
    };
    let covered = timex.end - timex.start;
    let meaningful = text.chars().filter(|c| c.is_alphanumeric()).count();
    let covered_meaningful = text
        .chars()
        .skip(timex.start)
        .take(covered)
        .filter(|c| c.is_alphanumeric())
        .count();
    if covered_meaningful < meaningful {
        return None;
    }
    super::date_from_value(&timex.value)
}

/// How a date field shows `date`: as the app displays it ("15 Mar 44 BC", "c. 1850", "1990s")
/// when reading that back gives the same date, else in Dateline's own form (`-0043-03-15`).
///
/// ```
/// use dateline::extract::date_to_text;
/// let date = "-0043-03-15".parse().unwrap();
/// assert_eq!(date_to_text(date), "15 Mar 44 BC");
/// ```
pub fn date_to_text(date: Date) -> String {
    let human = date.human();
    if date_from_text(&human) == Some(date) {
        human
    } else {
        date.to_iso()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_shown_in_fields_read_back_the_same() {
        let shown: Vec<String> = [
            "2022-01-06",
            "-0043-03-15",
            "1850~",
            "199X",
            "18XX",
            "2022-03",
            "-0043",
            "2022-01-06T14:30",
            "1989-11-09~",
        ]
        .iter()
        .map(|iso| date_to_text(iso.parse().unwrap()))
        .collect();
        assert_eq!(
            shown,
            [
                "6 Jan 2022",
                "15 Mar 44 BC",
                "c. 1850",
                "1990s",
                "19th century",
                "March 2022",
                "44 BC",
                "6 Jan 2022 14:30",
                "c. 9 Nov 1989",
            ]
        );
    }

    #[test]
    fn reads_what_the_app_shows_and_people_type() {
        let cases = [
            ("44 BC", "-0043"),
            ("15 Mar 44 BC", "-0043-03-15"),
            ("9 Nov 1989", "1989-11-09"),
            ("November 9, 1989", "1989-11-09"),
            ("March 2022", "2022-03"),
            ("c. 1850", "1850~"),
            ("circa 1850", "1850~"),
            ("1990s", "199X"),
            ("the 1990s", "199X"),
            ("19th century", "18XX"),
            ("2022-01-06 14:30", "2022-01-06T14:30"),
            ("2022-01-06", "2022-01-06"),
            ("1850~", "1850~"),
        ];
        for (text, want) in cases {
            assert_eq!(
                date_from_text(text).map(|d| d.to_iso()).as_deref(),
                Some(want),
                "{text}"
            );
        }
        for text in [
            "",
            "yesterday",
            "next May",
            "soon",
            "banana",
            "9 Nov 1989 and 1990",
        ] {
            assert!(date_from_text(text).is_none(), "{text}");
        }
    }
}
