//! Table-driven tests of [`tag`](super::tag) for every category, and the sample article.

use super::{TimexType, parse_dct, suggest, tag};
use crate::model::Relation;

/// (text, expected expression, type, value) against DCT 2022-01-06 (a Thursday).
const CASES: &[(&str, &str, TimexType, &str)] = &[
    // Absolute dates
    (
        "It happened on January 6, 2022 in Ohio.",
        "January 6, 2022",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "It happened on 6 Jan. 2022 in Ohio.",
        "6 Jan. 2022",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "Filed 2022-01-06 in court.",
        "2022-01-06",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "Filed 1/6/2022 in court.",
        "1/6/2022",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "The vote was held on Jan. 6.",
        "Jan. 6",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "Prices rose in December.",
        "December",
        TimexType::Date,
        "2021-12",
    ),
    ("Sales fell in 2021.", "2021", TimexType::Date, "2021"),
    (
        "Prices peaked in the 1990s.",
        "the 1990s",
        TimexType::Date,
        "199",
    ),
    (
        "It was built in the 19th century.",
        "the 19th century",
        TimexType::Date,
        "18",
    ),
    ("Caesar died in 44 BC.", "44 BC", TimexType::Date, "BC0044"),
    (
        "Caesar was killed on 15 March 44 BC.",
        "15 March 44 BC",
        TimexType::Date,
        "BC0044-03-15",
    ),
    (
        "Caesar was killed on March 15, 44 B.C. in Rome.",
        "March 15, 44 B.C.",
        TimexType::Date,
        "BC0044-03-15",
    ),
    (
        "The siege ended in March 44 BC.",
        "March 44 BC",
        TimexType::Date,
        "BC0044-03",
    ),
    (
        "He was crowned on 25 December 800 AD.",
        "25 December 800 AD",
        TimexType::Date,
        "0800-12-25",
    ),
    (
        "Output grew in fiscal 1998.",
        "fiscal 1998",
        TimexType::Date,
        "1998",
    ),
    (
        "Profit rose in the third quarter.",
        "the third quarter",
        TimexType::Date,
        "2021-Q3",
    ),
    (
        "Work began in mid-March 2021.",
        "mid-March 2021",
        TimexType::Date,
        "2021-03",
    ),
    (
        "Work began in early 2020.",
        "early 2020",
        TimexType::Date,
        "2020",
    ),
    // Relative dates
    (
        "The mayor spoke today.",
        "today",
        TimexType::Date,
        "2022-01-06",
    ),
    (
        "The mayor spoke yesterday.",
        "yesterday",
        TimexType::Date,
        "2022-01-05",
    ),
    (
        "Protests began on Sunday.",
        "Sunday",
        TimexType::Date,
        "2022-01-02",
    ),
    (
        "Ministers will meet on Sunday.",
        "Sunday",
        TimexType::Date,
        "2022-01-09",
    ),
    (
        "Shares fell last week.",
        "last week",
        TimexType::Date,
        "2021-W52",
    ),
    (
        "Rates will rise next month.",
        "next month",
        TimexType::Date,
        "2022-02",
    ),
    (
        "The plant closed two years ago.",
        "two years ago",
        TimexType::Date,
        "2020",
    ),
    (
        "Sales slowed earlier this year.",
        "earlier this year",
        TimexType::Date,
        "2022",
    ),
    (
        "The law takes effect this spring.",
        "this spring",
        TimexType::Date,
        "2022-SP",
    ),
    (
        "Unemployment doubled over the past decade.",
        "the past decade",
        TimexType::Date,
        "201",
    ),
    (
        "Prices are high now.",
        "now",
        TimexType::Date,
        "PRESENT_REF",
    ),
    // Times
    (
        "Troops moved in Thursday morning.",
        "Thursday morning",
        TimexType::Time,
        "2022-01-06TMO",
    ),
    (
        "The blast came at 3:45 p.m. near the square.",
        "3:45 p.m.",
        TimexType::Time,
        "2022-01-06T15:45",
    ),
    (
        "He will speak tonight.",
        "tonight",
        TimexType::Time,
        "2022-01-06TNI",
    ),
    (
        "The curfew starts at midnight.",
        "midnight",
        TimexType::Time,
        "2022-01-06T24:00",
    ),
    // Durations
    (
        "The talks lasted two weeks.",
        "two weeks",
        TimexType::Duration,
        "P2W",
    ),
    (
        "He served 10 years in prison.",
        "10 years",
        TimexType::Duration,
        "P10Y",
    ),
    ("It took a decade.", "a decade", TimexType::Duration, "P10Y"),
    // Holidays: fixed, by the computus, by weekday; the year as for their typical day.
    (
        "The shops closed on Christmas Eve.",
        "Christmas Eve",
        TimexType::Date,
        "2021-12-24",
    ),
    (
        "We will return on New Year's Day.",
        "New Year's Day",
        TimexType::Date,
        "2023-01-01",
    ),
    (
        "The truce held over Christmas 1914.",
        "Christmas 1914",
        TimexType::Date,
        "1914-12-25",
    ),
    (
        "The rally will be held on Easter Monday.",
        "Easter Monday",
        TimexType::Date,
        "2022-04-18",
    ),
    (
        "The talks will resume after Thanksgiving.",
        "Thanksgiving",
        TimexType::Date,
        "2022-11-24",
    ),
    (
        "Turnout was high on Election Day.",
        "Election Day",
        TimexType::Date,
        "2021-11-02",
    ),
    (
        "Flowers sold out before Mother's Day.",
        "Mother's Day",
        TimexType::Date,
        "2021-05-09",
    ),
    (
        "Fireworks lit up Independence Day 1976.",
        "Independence Day 1976",
        TimexType::Date,
        "1976-07-04",
    ),
    (
        "We meet the day after tomorrow.",
        "the day after tomorrow",
        TimexType::Date,
        "2022-01-08",
    ),
    (
        "It rained the day before yesterday.",
        "the day before yesterday",
        TimexType::Date,
        "2022-01-04",
    ),
    (
        "Meet me at noon the day after tomorrow.",
        "noon",
        TimexType::Time,
        "2022-01-08T12:00",
    ),
    (
        "Sales rose in the week of March 6, 2021.",
        "the week of March 6, 2021",
        TimexType::Date,
        "2021-W09",
    ),
    (
        "The festival was held from May 3 to 5.",
        "5",
        TimexType::Date,
        "2021-05-05",
    ),
    (
        "The fair will run from June 8 to 11.",
        "11",
        TimexType::Date,
        "2022-06-11",
    ),
    (
        "It will take between 12 and 18 months.",
        "12",
        TimexType::Duration,
        "P12M",
    ),
    // Informal spellings of posts and messages.
    (
        "see u tmrw at the game",
        "tmrw",
        TimexType::Date,
        "2022-01-07",
    ),
    ("party tonite!!", "tonite", TimexType::Time, "2022-01-06TNI"),
    ("back in 2 wks", "2 wks", TimexType::Duration, "P2W"),
    // A clock time alone is on the day beside it, and "am" does not take the full stop.
    (
        "Set an alarm for 7 am on Monday.",
        "7 am",
        TimexType::Time,
        "2022-01-10T07:00",
    ),
    (
        "The vote is at 10:35 a.m. (0735 GMT) Friday.",
        "10:35 a.m.",
        TimexType::Time,
        "2022-01-07T10:35",
    ),
    (
        "The talks resume on March 8 from 11:30 am.",
        "11:30 am",
        TimexType::Time,
        "2022-03-08T11:30",
    ),
    (
        "The feud lasted two decades.",
        "two decades",
        TimexType::Duration,
        "P20Y",
    ),
    (
        "The dynasty ruled for a century.",
        "a century",
        TimexType::Duration,
        "P100Y",
    ),
    (
        "Prices rose over the past three months.",
        "the past three months",
        TimexType::Duration,
        "P3M",
    ),
    // Sets
    (
        "The council meets every Monday.",
        "every Monday",
        TimexType::Set,
        "XXXX-WXX-1",
    ),
    (
        "The report is published annually.",
        "annually",
        TimexType::Set,
        "P1Y",
    ),
    (
        "The prize is awarded each year.",
        "each year",
        TimexType::Set,
        "P1Y",
    ),
];

#[test]
fn tags_every_category() {
    let dct = parse_dct("2022-01-06").unwrap();
    for (text, expr, kind, value) in CASES {
        let found = tag(text, Some(&dct));
        let t = found.iter().find(|t| t.text == *expr);
        let t = t.unwrap_or_else(|| panic!("{text:?}: {expr:?} not found in {found:?}"));
        assert_eq!((t.kind, t.value.as_str()), (*kind, *value), "{text:?}");
        let chars: String = text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(chars, *expr);
    }
}

#[test]
fn relative_expressions_stay_unresolved_without_dct() {
    let cases = [
        ("Protests began on Sunday.", "XXXX-WXX-7"),
        ("The mayor spoke yesterday.", "XXXX-XX-XX"),
        ("Shares fell last week.", "XXXX-WXX"),
        ("Sales fell last year.", "XXXX"),
        ("Prices rose in December.", "XXXX-12"),
        ("The vote was held on Jan. 6.", "XXXX-01-06"),
    ];
    for (text, value) in cases {
        assert_eq!(tag(text, None)[0].value, value, "{text}");
    }
    assert_eq!(
        tag("It happened on January 6, 2022.", None)[0].value,
        "2022-01-06"
    );
}

#[test]
fn negatives_are_not_tagged() {
    for text in [
        "May I ask a question?",
        "The troops march on the capital.",
        "A fall in prices hurt exporters.",
        "He paid $2000 for 1500 shares.",
        "The 52-week high was 45.",
        "The ship reached Easter Island.",
        "A new year of growth began.",
        "Good news came for Labor unions.",
        "Turnout rose from 3 to 5 percent.",
    ] {
        let found = tag(text, None);
        assert!(
            found.iter().all(|t| t.kind == TimexType::Duration),
            "{text}: {found:?}"
        );
    }
    // Ages are not temporal expressions of any kind.
    for text in [
        "A 40-year-old man was arrested.",
        "Six-year-old Mara was found safe.",
        "The 30-year-old actor is 25 years old in the film.",
    ] {
        let found = tag(text, None);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn char_offsets_survive_multibyte_text() {
    let text = "“Unrest” in Almaty — protests began on Sunday.";
    let t = &tag(text, None)[0];
    assert_eq!(t.text, "Sunday");
    let chars: String = text.chars().skip(t.start).take(t.end - t.start).collect();
    assert_eq!(chars, "Sunday");
}

const SAMPLE: &str = include_str!("../../assets/samples/kazakhstan-unrest.txt");

#[test]
fn sample_article_with_dct() {
    let dct = parse_dct("2022-01-06").unwrap();
    let timexes = tag(SAMPLE, Some(&dct));
    let value_of = |expr: &str| {
        timexes
            .iter()
            .find(|t| t.text == expr)
            .map(|t| t.value.clone())
    };
    assert_eq!(value_of("Sunday").as_deref(), Some("2022-01-02"));
    assert_eq!(value_of("early Thursday").as_deref(), Some("2022-01-06"));
    assert_eq!(value_of("Thursday").as_deref(), Some("2022-01-06"));
    let s = suggest(SAMPLE, Some(&dct));
    // The three dated events, unchanged; then the events the article reports as of its date.
    let dated: Vec<String> = s
        .iter()
        .filter(|s| s.relation == Relation::On)
        .filter_map(|s| s.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(dated, ["2022-01-02", "2022-01-06", "2022-01-06"], "{s:#?}");
    assert!(s.len() >= 10, "{s:#?}");
    let article_date: crate::model::Date = "2022-01-06".parse().unwrap();
    assert!(s.iter().all(|s| s.date.is_some_and(|d| d <= article_date)));
    let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
    for event in [
        "have been injured",
        "are being dispatched",
        "has requested",
        "has resulted in the deaths of 12 security personnel",
        "would comply",
    ] {
        assert!(
            titles.iter().any(|t| t.contains(event)),
            "{event}: {titles:#?}"
        );
    }
    // Without an article date nothing is dated by it.
    assert!(suggest(SAMPLE, None).iter().all(|s| s.date.is_none()));
    for sug in s.iter().filter(|s| s.date.is_some()) {
        assert!(
            sug.title.split_whitespace().count() >= 3,
            "title too thin: {:?}",
            sug.title
        );
        assert!(
            sug.expression.is_empty() || !sug.title.contains(&sug.expression),
            "title repeats the date: {:?}",
            sug.title
        );
        assert!(
            sug.title.split_whitespace().count() <= 20,
            "{:?}",
            sug.title
        );
        assert!(!sug.title.ends_with('…'), "{:?}", sug.title);
        assert!((0.0..=1.0).contains(&sug.confidence));
    }
}

#[test]
fn sample_article_without_dct_invents_no_dates() {
    assert!(super::detect_dct(SAMPLE).is_none());
    let s = suggest(SAMPLE, None);
    assert!(!s.is_empty());
    assert!(
        s.iter().all(|s| s.date.is_none() && s.end_date.is_none()),
        "{s:?}"
    );
}

/// An invented history narrative: dates without a year and anaphora follow the story, not
/// the article date (here the date a web page was saved, decades later).
const HISTORY: &str = "The siege of Valmora began on 6 June 1944, when the Northern League \
landed near the harbour. Two days later its forces took the port. By mid-July the front had \
stabilised. On July 25 the League attacked again, and that autumn it reached the river. \
The offensive stalled in November. In December 1944 the Republic regrouped, and in January \
it struck back. Earlier that year, the king had fled. The war ended in May 1945; a week \
later a treaty was signed. The following month, elections were held. On Monday, 3 June \
1946, the new parliament met, and on Friday it adjourned. Three years later, in 1949, the \
republic joined the alliance. The city was rebuilt in 1951, and in 1953 it hosted the games.";

fn values_of(text: &str, dct: Option<&str>) -> Vec<(String, String)> {
    let dct = dct.map(|d| parse_dct(d).unwrap());
    tag(text, dct.as_ref())
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

#[test]
fn history_narrative_follows_the_story() {
    let want = [
        ("6 June 1944", "1944-06-06"),
        ("Two days later", "1944-06-08"),
        ("mid-July", "1944-07"),
        ("July 25", "1944-07-25"),
        ("that autumn", "1944-FA"),
        ("November", "1944-11"),
        ("December 1944", "1944-12"),
        ("January", "1945-01"),
        ("Earlier that year", "1945"),
        ("May 1945", "1945-05"),
        // Only the month is known, so the week after it is too.
        ("a week later", "XXXX-WXX"),
        ("The following month", "1945-06"),
        ("Monday, 3 June 1946", "1946-06-03"),
        ("Friday", "1946-06-07"),
        ("Three years later", "1949"),
    ];
    for dct in [Some("2011-03-15"), None] {
        let got = values_of(HISTORY, dct);
        for (expr, value) in want {
            assert!(
                got.iter().any(|(t, v)| t == expr && v == value),
                "{dct:?}: {expr} = {value} not in {got:?}"
            );
        }
    }
}

/// An invented narrative that mixes in what the writer's own day would resolve ("today", "this
/// year"), a background date after "since", times of day and BC years.
const HISTORY_KINDS: &str = "The Ostmark campaign opened on 3 March 1917, a region that had \
been contested since 1870. The next morning the first column crossed the river, and at 6:30 \
a.m. the bridge fell. Historians today still argue about the order. By the end of the month \
the column had stalled; on April 9 it moved again, and that evening it reached the lake. A \
final push was planned for 1918. On April 10 the column rested. In \
the morning of 12 April 1917 the truce was signed. The old fortress was first built in 480 \
BC; the following year it was burned, and it lay in ruins through the 4th century BC.";

#[test]
fn narrative_anchoring_by_kind_of_expression() {
    let want = [
        ("3 March 1917", "1917-03-03"),
        // Deictic: the writer's day; it does not move the story's time.
        ("today", "2011-03-15"),
        // Anaphoric: the day after the story's date, a time on that day.
        ("The next morning", "1917-03-04TMO"),
        ("6:30 a.m.", "1917-03-04T06:30"),
        // "the month" is the story's month, not the article's.
        ("the end of the month", "1917-03"),
        // "since 1870" is background: April 9 follows the story, not 1870.
        ("April 9", "1917-04-09"),
        ("that evening", "1917-04-09TEV"),
        // A year the story looks ahead to does not move it.
        ("April 10", "1917-04-10"),
        ("the morning of 12 April 1917", "1917-04-12TMO"),
        // TimeML's BC years, decades and centuries.
        ("480 BC", "BC0480"),
        ("the following year", "BC0479"),
        ("the 4th century BC", "BC03"),
    ];
    let got = values_of(HISTORY_KINDS, Some("2011-03-15"));
    for (expr, value) in want {
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{expr} = {value} not in {got:?}"
        );
    }
}

/// Tense and modality, with an article date of Thursday 6 January 2022: requests, plans,
/// obligations and postponements point ahead.
const AHEAD: &[(&str, &str, &str)] = &[
    ("Set an alarm for Monday.", "Monday", "2022-01-10"),
    (
        "Please book a table for Friday night.",
        "Friday night",
        "2022-01-07TNI",
    ),
    ("What's on this weekend?", "this weekend", "2022-W01-WE"),
    (
        "The new bridge should be completed in October.",
        "October",
        "2022-10",
    ),
    (
        "The council is due to meet on Monday.",
        "Monday",
        "2022-01-10",
    ),
    (
        "Protesters were planning a march on Saturday.",
        "Saturday",
        "2022-01-08",
    ),
    (
        "The vote was postponed until Saturday.",
        "Saturday",
        "2022-01-08",
    ),
    (
        "The hearing has been delayed until March.",
        "March",
        "2022-03",
    ),
    // The past stays past.
    ("The council met on Monday.", "Monday", "2022-01-03"),
    ("The talks lasted until Saturday.", "Saturday", "2022-01-01"),
];

#[test]
fn requests_plans_and_modals_point_ahead() {
    for &(text, expr, want) in AHEAD {
        let got = values_of(text, Some("2022-01-06"));
        assert!(
            got.iter().any(|(t, v)| t == expr && v == want),
            "{text}: {expr} = {want} not in {got:?}"
        );
    }
}

#[test]
fn news_keeps_the_article_date_despite_a_past_year() {
    let text = "The company, founded in 1975, said on Monday that sales rose in December. \
                It will report results in March, a year after it was listed in 1998.";
    let got = values_of(text, Some("2022-01-06"));
    let value = |expr: &str| got.iter().find(|(t, _)| t == expr).map(|(_, v)| v.as_str());
    assert_eq!(value("Monday"), Some("2022-01-03"));
    assert_eq!(value("December"), Some("2021-12"));
    assert_eq!(value("March"), Some("2022-03"));
}

#[test]
fn tense_and_span_conventions() {
    let cases = [
        (
            "The deal is scheduled to close Monday.",
            "Monday",
            "2022-01-10",
        ),
        ("Trading is to resume Monday.", "Monday", "2022-01-10"),
        (
            "The loan must be repaid by February.",
            "February",
            "2022-02",
        ),
        ("It set a record on Aug. 6.", "Aug. 6", "2021-08-06"),
        ("Prices fell in recent months.", "recent months", "PXM"),
        (
            "Sales may slow in the weeks ahead.",
            "the weeks ahead",
            "PXW",
        ),
        ("He faces 20 more years in prison.", "20 more years", "P20Y"),
        ("The temple has stood for centuries.", "centuries", "PXC"),
    ];
    for (text, expr, value) in cases {
        let got = values_of(text, Some("2022-01-06"));
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{text}: {expr} = {value} not in {got:?}"
        );
    }
    // Rates are not temporal expressions of their own.
    for text in [
        "The airline runs four flights a week.",
        "It pays $1.76 a year per share.",
    ] {
        assert!(values_of(text, Some("2022-01-06")).is_empty(), "{text}");
    }
}

/// (text, DCT, expression, value): the quarter under discussion, tense cues, anaphoric
/// weekdays and "current".
const DISCOURSE: &[(&str, &str, &str, &str)] = &[
    // "the quarter", "the year-ago period": the quarter named before, across day dates.
    (
        "Acme said fourth-quarter profit fell. For the quarter ended Dec. 31, sales rose.",
        "2022-02-10",
        "the quarter",
        "2021-Q4",
    ),
    (
        "Acme said fourth-quarter profit fell. Sales rose on Dec. 31. In the year-ago period, \
         Acme lost money.",
        "2022-02-10",
        "the year-ago period",
        "2020-Q4",
    ),
    // A quarter that is not over yet is a forecast, not the quarter under discussion.
    (
        "Acme posted a second-quarter loss and expects a third-quarter charge. In the year-ago \
         period it earned $5 million.",
        "2022-08-04",
        "the year-ago period",
        "2021-Q2",
    ),
    (
        "Beta reported third-quarter results on Oct. 20. Net income rose from $3 million a year \
         earlier.",
        "2021-10-28",
        "a year earlier",
        "2020-Q3",
    ),
    (
        "Gamma's fiscal second-quarter net rose. Sales in the latest period were flat.",
        "2021-10-28",
        "the latest period",
        "2021-Q2",
    ),
    // Tense: a noun "plan" is no future cue; a far "would" governs a long sentence; a far
    // present form does not.
    (
        "The board announced the plan Aug. 21.",
        "2022-10-27",
        "Aug. 21",
        "2022-08-21",
    ),
    (
        "The airline said two new flights would leave the city on Monday and Tuesday nights from \
         March 30, with the third departing each Thursday from August 6.",
        "2022-02-13",
        "August 6",
        "2022-08-06",
    ),
    (
        "The notes are convertible into common stock at $25 a share, representing a 24% \
         conversion premium over Thursday's closing price.",
        "2022-01-10",
        "Thursday",
        "2022-01-06",
    ),
    // "the previous Friday" counts from the day under discussion.
    (
        "Shares closed lower Friday, down 4% from the previous Friday.",
        "2022-01-10",
        "the previous Friday",
        "2021-12-31",
    ),
    (
        "The talks opened on Tuesday and resumed the following Monday.",
        "2022-01-06",
        "the following Monday",
        "2022-01-10",
    ),
    // "current" as a temporal adjective.
    (
        "Analysts blamed current market conditions.",
        "2022-01-06",
        "current",
        "PRESENT_REF",
    ),
];

#[test]
fn discourse_rules() {
    for (text, dct, expr, value) in DISCOURSE {
        let got = values_of(text, Some(dct));
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{text}: {expr} = {value} not in {got:?}"
        );
    }
    // "current" in other senses is not a temporal expression.
    for text in [
        "The current account deficit widened.",
        "The current was too strong for swimmers.",
        "Holders may buy shares at the then current price.",
    ] {
        assert!(values_of(text, Some("2022-01-06")).is_empty(), "{text}");
    }
}

/// An invented chronicle: the story moves with "the following year", a year that holds the
/// story's day leaves it there, months take "of that year", quoted speech keeps the speaker's
/// "today" unresolved, and "soon" in the past is no future.
const CHRONICLE: &str = "The Lorn rising began on 4 October 1921, and the council soon fled \
the capital. On December 8 the rebels took the palace; 1921 ended in chaos. In January the \
council returned. In August of that year a truce was agreed, and later in the year the \
rebels disbanded. The following year, elections were held. In March the new assembly met \
and, in the last month of the assembly's first session, \"We vote today,\" a deputy said. \
At 5:34 AM local time on 20 May 1923 the assembly hall burned; the day before, the guards \
had left. The hall was rebuilt in 1925, enlarged in 1931 and restored in 1938.";

#[test]
fn narrative_story_moves_and_stays() {
    let want = [
        ("4 October 1921", "1921-10-04"),
        ("December 8", "1921-12-08"),
        // "1921" holds the story's day: January is the next one.
        ("January", "1922-01"),
        ("August of that year", "1922-08"),
        ("later in the year", "1922"),
        // "the following year" moves the story on: "March" is in it.
        ("The following year", "1923"),
        ("March", "1923-03"),
        // The speaker's day, which the article date is not.
        ("today", "XXXX-XX-XX"),
        // A clock time on the day named beside it, across "local time on".
        ("5:34 AM", "1923-05-20T05:34"),
        ("the day before", "1923-05-19"),
    ];
    let got = values_of(CHRONICLE, Some("2015-06-01"));
    for (expr, value) in want {
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{expr} = {value} not in {got:?}"
        );
    }
    for absent in ["soon", "the last month", "last month"] {
        assert!(
            got.iter().all(|(t, _)| t != absent),
            "{absent} tagged in {got:?}"
        );
    }
}

/// (text, expression, value) with an article date of Thursday 6 January 2022: a day next to
/// another day, and "soon" ahead of the present.
const NEXT_TO: &[(&str, &str, &str)] = &[
    (
        "He arrived the day before last Tuesday.",
        "the day before last Tuesday",
        "2022-01-03",
    ),
    (
        "The shops reopened the day after Christmas.",
        "the day after Christmas",
        "2021-12-26",
    ),
    (
        "The strike ended on Monday. Workers returned the day after.",
        "the day after",
        "2022-01-04",
    ),
    ("The board may soon name a chief.", "soon", "FUTURE_REF"),
    ("Talks will resume soon.", "soon", "FUTURE_REF"),
];

#[test]
fn days_next_to_days() {
    for (text, expr, value) in NEXT_TO {
        let got = values_of(text, Some("2022-01-06"));
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{text}: {expr} = {value} not in {got:?}"
        );
    }
    // Before an event the text does not date, "the day before" is not a date.
    let got = values_of("They met the day before the vote.", Some("2022-01-06"));
    assert!(got.is_empty(), "{got:?}");
}

/// (text, expression, value), article date Thursday 6 January 2022: requests as people say
/// them and posts as people type them (lower case, abbreviations, clock times in words).
const TYPED_AND_SPOKEN: &[(&str, &str, &str)] = &[
    (
        "book a table for two at 8 tonight",
        "8 tonight",
        "2022-01-06T20:00",
    ),
    (
        "call me at 7 tomorrow morning",
        "7 tomorrow morning",
        "2022-01-07T07:00",
    ),
    (
        "see you at 8:30 tonight",
        "8:30 tonight",
        "2022-01-06T20:30",
    ),
    (
        "call john at half past four",
        "half past four",
        "2022-01-06T04:30",
    ),
    (
        "set an alarm for a quarter to seven tomorrow morning",
        "a quarter to seven tomorrow morning",
        "2022-01-07T06:45",
    ),
    (
        "I'll be home by seven o'clock.",
        "seven o'clock",
        "2022-01-06T07:00",
    ),
    (
        "schedule a meeting for the 15th at noon",
        "noon",
        "2022-01-15T12:00",
    ),
    ("The rent is due on the 1st.", "the 1st", "2022-02-01"),
    ("She moved in on the 3rd.", "the 3rd", "2022-01-03"),
    ("add a reminder for jan 20th", "jan 20th", "2022-01-20"),
    ("we fly out on march 3rd", "march 3rd", "2022-03-03"),
    (
        "remind me on the first of february",
        "first of february",
        "2022-02-01",
    ),
    (
        "remind me two weeks from today",
        "two weeks from today",
        "2022-01-20",
    ),
    (
        "let's meet a week from tomorrow",
        "a week from tomorrow",
        "2022-01-14",
    ),
    ("how many days until christmas", "christmas", "2022-12-25"),
    (
        "I need a reminder at 5:45pm on Friday",
        "Friday",
        "2022-01-07",
    ),
    (
        "can you remind me on monday to pay rent",
        "monday",
        "2022-01-10",
    ),
    ("last nite was crazy", "last nite", "2022-01-05TNI"),
    ("gonna be lit this sat", "this sat", "2022-01-08"),
    ("this wknd is gonna be great", "this wknd", "2022-W01-WE"),
    ("Next Tues at 3pm", "3pm", "2022-01-11T15:00"),
    ("mon morning blues", "mon morning", "2022-01-03TMO"),
];

#[test]
fn typed_and_spoken_dates() {
    for (text, expr, value) in TYPED_AND_SPOKEN {
        let got = values_of(text, Some("2022-01-06"));
        assert!(
            got.iter().any(|(t, v)| t == expr && v == value),
            "{text}: {expr} = {value} not in {got:?}"
        );
    }
    for text in [
        "She sat down and we march 5 miles.",
        "The 15th century was long; he finished 15th.",
        "They walked five days from Monday to Friday to reach the coast.",
        "We visited easter island and saw the sun rise.",
        "They won half past seasons.",
    ] {
        let got = values_of(text, Some("2022-01-06"));
        assert!(
            got.iter().all(|(t, _)| ![
                "sat",
                "march 5",
                "the 15th",
                "15th",
                "easter",
                "sun",
                "half past"
            ]
            .contains(&t.as_str())
                && !t.contains("from Monday")),
            "{text}: {got:?}"
        );
    }
}
