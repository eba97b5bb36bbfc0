//! Titles built from the clause that holds the event, on made-up news sentences.

use crate::extract::{parse_dct, suggest};

/// The title of the suggestion for `expr` in `text`, with a Thursday article date.
fn title_of(text: &str, expr: &str) -> String {
    let dct = parse_dct("2022-01-06").expect("date");
    let found = suggest(text, Some(&dct));
    found.iter().find(|s| s.expression == expr).map_or_else(
        || panic!("no suggestion for {expr:?} in {found:?}"),
        |s| s.title.clone(),
    )
}

/// Sentences, the expression of one of their dates, and the title that date's suggestion should
/// have.
const CASES: &[(&str, &str, &str)] = &[
    (
        "Strikes over unpaid wages erupted in the port on Sunday and spread north on Tuesday.",
        "Sunday",
        "Strikes over unpaid wages erupted in the port and spread north on Tuesday",
    ),
    (
        "Border guards who patrol the northern crossings said privately on Tuesday that smugglers have moved east.",
        "Tuesday",
        "Border guards said privately that smugglers have moved east",
    ),
    (
        "The mayor's spokesman said the new bridge won't be open until 2026 or later.",
        "2026",
        "The new bridge won't be open",
    ),
    (
        "The ratio of debt to equity as of Sept. 30 was 12%, the bank said.",
        "Sept. 30",
        "The ratio of debt to equity was 12%",
    ),
    (
        "Volunteers sent to the flooded villages on Monday found most roads closed.",
        "Monday",
        "Volunteers sent to the flooded villages found most roads closed",
    ),
    (
        "About 3,000 residents were evacuated on Wednesday, officials said.",
        "Wednesday",
        "About 3,000 residents were evacuated",
    ),
    (
        "The talks collapsed on Monday after the unions walked out.",
        "Monday",
        "The talks collapsed after the unions walked out",
    ),
    (
        "Shares of the ferry operator fell 8% on Tuesday's news of the strike.",
        "Tuesday",
        "Shares of the ferry operator fell 8% on the news of the strike",
    ),
    (
        "Three ministers voted to support the reform on Friday.",
        "Friday",
        "Three ministers voted to support the reform",
    ),
    (
        "\"The quarter was terrible,\" the chief executive said.",
        "The quarter",
        "The quarter was terrible",
    ),
    (
        "Harbour Lines said profit for its fourth quarter rose 12%.",
        "fourth quarter",
        "Profit rose 12%",
    ),
    // A bare pronoun takes the attribution that names it.
    (
        "Harbour Lines said it lost $4 million in the third quarter.",
        "the third quarter",
        "Harbour Lines said it lost $4 million",
    ),
    (
        "The small ferry, cargo and towing company said it will sell two boats on March 3.",
        "March 3",
        "The small ferry, cargo and towing company said it will sell two boats",
    ),
    // A pronoun after a noun opens a relative clause; "them" is no subject.
    (
        "The council dropped the rule it adopted in 2019.",
        "2019",
        "The rule it adopted",
    ),
    (
        "Many of them were using the old road on Monday.",
        "Monday",
        "Many of them were using the old road",
    ),
    // "Net" of financial news is a noun.
    (
        "Net for the six months was $12 million, up from $9 million a year earlier.",
        "a year earlier",
        "Net for the six months was $12 million",
    ),
    // A long antecedent keeps its phrase, not a number cut from it.
    (
        "The loans financed $585 million of the company's $728 million expansion that took place in 2018.",
        "2018",
        "The company's $728 million expansion took place",
    ),
    // An attribution that closes the sentence: what was announced comes first.
    (
        "Harbour Lines plans two new routes between Dover and Calais, up from one, the company announced Friday.",
        "Friday",
        "The company announced Harbour Lines plans two new routes between Dover and Calais",
    ),
    (
        "Harbour Lines announced last week that it planned to open a route early next year.",
        "early next year",
        "Harbour Lines announced last week it planned to open a route",
    ),
    // A verb inside an "or" aside does not take a date outside it.
    (
        "Profit rose 12% to $5 million, or 20 cents a share adjusted for the split, for the quarter ended June 30.",
        "the quarter ended June 30",
        "Profit rose 12% to $5 million",
    ),
    // A participle after a dash describes the noun before it.
    (
        "The firm said its new fare plan -- started in some towns last month -- will cut costs.",
        "last month",
        "Its new fare plan started in some towns",
    ),
    // A gerund after a verb, and a verb coordinated with a relative clause's, share the
    // subject of the clause they continue.
    (
        "The new plant wasn't to begin turning out engines until 2027.",
        "2027",
        "The new plant wasn't to begin turning out engines",
    ),
    (
        "Investors moved to the harbour bonds, which are traded in Oslo and will list in London on Monday.",
        "Monday",
        "The harbour bonds will list in London",
    ),
    (
        "She said she learned where the papers had been kept, and recently asked two clerks to find them.",
        "recently",
        "She asked two clerks to find them",
    ),
    // A date between commas before the verb leaves the subject; a perfect participle
    // clause takes the subject of the clause before it.
    (
        "The fall of the bridge, on March 2, 2020, was the main cause of the delays.",
        "March 2, 2020",
        "The fall of the bridge was the main cause of the delays",
    ),
    (
        "The rebels were gaining ground, having taken the airport in mid-June.",
        "mid-June",
        "The rebels having taken the airport",
    ),
];

#[test]
fn titles_follow_the_clause_of_the_date() {
    for &(text, expr, want) in CASES {
        assert_eq!(title_of(text, expr), want, "{text}");
    }
}

#[test]
fn a_now_row_that_is_only_a_saying_is_no_suggestion() {
    let dct = parse_dct("2022-01-06").expect("date");
    let text = "The real trouble with the plan, officials now say, was its cost.";
    let found = suggest(text, Some(&dct));
    assert!(
        found.iter().all(|s| s.title != "Officials say"),
        "{found:?}"
    );
    // "now" that describes a noun ("a school now located in") dates no event.
    let text = "A school now located in the old mill will move to the town centre.";
    assert!(suggest(text, Some(&dct)).is_empty(), "{text}");
}

#[test]
fn a_line_that_is_only_a_date_suggests_nothing() {
    let dct = parse_dct("2022-01-06").expect("date");
    let text = "Looking back.\n\nMarch 2019.\n\nThe river rose on Thursday.";
    let found = suggest(text, Some(&dct));
    let expressions: Vec<&str> = found.iter().map(|s| s.expression.as_str()).collect();
    assert_eq!(expressions, ["Thursday"]);
}
