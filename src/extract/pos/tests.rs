//! Tagger tests on hand-made news sentences.

use super::{Tag, tag};

/// `word/TAG` pairs of a sentence, space separated.
fn tagged(text: &str) -> String {
    tag(text)
        .words
        .iter()
        .map(|w| format!("{}/{}", &text[w.start..w.end], w.tag.penn()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The tag of the `nth` (0-based) occurrence of `word` in `text`.
fn tag_of(text: &str, word: &str, nth: usize) -> Tag {
    tag(text)
        .words
        .into_iter()
        .filter(|w| &text[w.start..w.end] == word)
        .nth(nth)
        .map_or_else(
            || panic!("{word:?} not found in {}", tagged(text)),
            |w| w.tag,
        )
}

/// Asserts the tags of words in a sentence: `checks` pairs a word (first occurrence) with
/// its expected tag.
fn expect(text: &str, checks: &[(&str, Tag)]) {
    for (word, want) in checks {
        let got = tag_of(text, word, 0);
        assert_eq!(got, *want, "{word:?} in {}", tagged(text));
    }
}

#[test]
fn spans_cover_the_sentence_in_order() {
    let text =
        "Acme Corp.'s shares, which don't trade in the U.S., rose 4.25% to $1,850 on Jan. 5.";
    let words = tag(text).words;
    let got: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
    assert_eq!(
        got,
        [
            "Acme", "Corp.", "'s", "shares", ",", "which", "do", "n't", "trade", "in", "the",
            "U.S.", ",", "rose", "4.25", "%", "to", "$", "1,850", "on", "Jan.", "5", "."
        ]
    );
    assert!(words.windows(2).all(|p| p[0].end <= p[1].start));
    expect(
        text,
        &[
            ("Acme", Tag::NNP),
            ("'s", Tag::Pos),
            ("shares", Tag::NNS),
            ("which", Tag::WDT),
            ("n't", Tag::RB),
            ("trade", Tag::VB),
            ("U.S.", Tag::NNP),
            ("rose", Tag::VBD),
            ("4.25", Tag::CD),
            ("$", Tag::Dollar),
            ("Jan.", Tag::NNP),
            (".", Tag::Period),
        ],
    );
}

#[test]
fn finite_verbs_after_subjects() {
    expect(
        "The company said profits fell sharply.",
        &[
            ("company", Tag::NN),
            ("said", Tag::VBD),
            ("profits", Tag::NNS),
            ("fell", Tag::VBD),
        ],
    );
    expect(
        "Shares of the retailer dropped 8% on Tuesday.",
        &[
            ("Shares", Tag::NNS),
            ("dropped", Tag::VBD),
            ("Tuesday", Tag::NNP),
        ],
    );
    expect(
        "Regulators approved the deal in March.",
        &[("approved", Tag::VBD), ("March", Tag::NNP)],
    );
    expect(
        "She said the bank added 300 jobs last month.",
        &[("said", Tag::VBD), ("added", Tag::VBD)],
    );
    expect(
        "The mayor, who took office in 2019, resigned on Friday.",
        &[("who", Tag::WP), ("took", Tag::VBD), ("resigned", Tag::VBD)],
    );
    expect(
        "The union says it expects a strike.",
        &[("says", Tag::VBZ), ("expects", Tag::VBZ)],
    );
    expect("Investors fear a slowdown.", &[("fear", Tag::VBP)]);
}

#[test]
fn participles_and_auxiliaries() {
    expect(
        "The factory was hurt by the floods.",
        &[("was", Tag::VBD), ("hurt", Tag::VBN), ("by", Tag::IN)],
    );
    expect(
        "Prices have risen for three months.",
        &[("have", Tag::VBP), ("risen", Tag::VBN)],
    );
    expect(
        "The index has fallen and costs have increased.",
        &[("fallen", Tag::VBN), ("increased", Tag::VBN)],
    );
    expect(
        "Terms will be disclosed later.",
        &[("will", Tag::MD), ("be", Tag::VB), ("disclosed", Tag::VBN)],
    );
    expect(
        "The planned merger was cancelled.",
        &[
            ("planned", Tag::VBN),
            ("merger", Tag::NN),
            ("cancelled", Tag::VBN),
        ],
    );
    expect(
        "Officials expect the plant to reopen next year.",
        &[("expect", Tag::VBP), ("reopen", Tag::VB)],
    );
    expect(
        "The bank could report a loss.",
        &[("report", Tag::VB), ("loss", Tag::NN)],
    );
    expect(
        "The firm did not comment.",
        &[("did", Tag::VBD), ("comment", Tag::VB)],
    );
    expect(
        "Two people injured in the blast were taken to hospital.",
        &[
            ("injured", Tag::VBN),
            ("were", Tag::VBD),
            ("taken", Tag::VBN),
        ],
    );
    expect(
        "The offer, announced on Monday, values the firm at $2 billion.",
        &[("announced", Tag::VBN), ("values", Tag::VBZ)],
    );
    expect(
        "He declined to comment.",
        &[("declined", Tag::VBD), ("comment", Tag::VB)],
    );
}

#[test]
fn gerunds_and_nouns() {
    expect(
        "Trading was heavy on Wall Street.",
        &[("Trading", Tag::NN), ("was", Tag::VBD)],
    );
    expect("Shares were trading at $12.", &[("trading", Tag::VBG)]);
    expect(
        "The report angered investors.",
        &[("report", Tag::NN), ("angered", Tag::VBD)],
    );
    expect(
        "Its plans include a new factory.",
        &[("plans", Tag::NNS), ("include", Tag::VBP)],
    );
    expect(
        "The strike ended after talks collapsed.",
        &[
            ("strike", Tag::NN),
            ("ended", Tag::VBD),
            ("collapsed", Tag::VBD),
        ],
    );
    expect("He went to court last week.", &[("court", Tag::NN)]);
}

#[test]
fn that_which_who() {
    expect(
        "The minister said that the talks failed.",
        &[("that", Tag::IN)],
    );
    expect(
        "The deal that was signed in May collapsed.",
        &[
            ("that", Tag::WDT),
            ("May", Tag::NNP),
            ("collapsed", Tag::VBD),
        ],
    );
    expect("That decision angered voters.", &[("That", Tag::DT)]);
    expect("Critics said that was a mistake.", &[("that", Tag::DT)]);
    expect(
        "Lawmakers who opposed the bill met on Monday.",
        &[("who", Tag::WP), ("opposed", Tag::VBD), ("met", Tag::VBD)],
    );
    expect(
        "The plant, which closed in 2009, will reopen.",
        &[
            ("which", Tag::WDT),
            ("closed", Tag::VBD),
            ("reopen", Tag::VB),
        ],
    );
}

#[test]
fn apostrophe_s() {
    expect("The company's shares rose.", &[("'s", Tag::Pos)]);
    expect(
        "It's too early to say.",
        &[("It", Tag::PRP), ("'s", Tag::VBZ)],
    );
    expect(
        "There's no deal yet, and he's been told.",
        &[("There", Tag::EX), ("'s", Tag::VBZ)],
    );
    assert_eq!(
        tag_of("There's no deal yet, and he's been told.", "'s", 1),
        Tag::VBZ
    );
    expect(
        "The banks' losses grew.",
        &[("'", Tag::Pos), ("losses", Tag::NNS)],
    );
    expect("Let's go.", &[("'s", Tag::PRP)]);
}

#[test]
fn capitals_months_and_weekdays() {
    expect(
        "Shares closed higher.",
        &[("Shares", Tag::NNS), ("closed", Tag::VBD)],
    );
    expect(
        "The Fed meets in May.",
        &[("The", Tag::DT), ("Fed", Tag::NNP), ("May", Tag::NNP)],
    );
    expect(
        "May 5 was a Sunday.",
        &[("May", Tag::NNP), ("Sunday", Tag::NNP)],
    );
    expect(
        "Prices may rise in March.",
        &[("may", Tag::MD), ("March", Tag::NNP)],
    );
    expect(
        "Apple sued Zorblatt Inc. on Wednesday.",
        &[
            ("Apple", Tag::NNP),
            ("sued", Tag::VBD),
            ("Zorblatt", Tag::NNP),
            ("Wednesday", Tag::NNP),
        ],
    );
    expect(
        "Police arrested Mr. Kowalczyk on Aug. 3.",
        &[
            ("Police", Tag::NNS),
            ("Mr.", Tag::NNP),
            ("Kowalczyk", Tag::NNP),
            ("Aug.", Tag::NNP),
        ],
    );
}

#[test]
fn headlines_in_title_case() {
    expect(
        "Shares Fall After Company Reports Loss",
        &[
            ("Shares", Tag::NNS),
            ("Fall", Tag::VBP),
            ("Company", Tag::NN),
            ("Loss", Tag::NN),
        ],
    );
}

#[test]
fn unknown_words_by_shape() {
    expect(
        "The glorbish vendor quickly reglimmed its frobnications, unzorbling costs by 12.5%.",
        &[
            ("glorbish", Tag::JJ),
            ("reglimmed", Tag::VBD),
            ("frobnications", Tag::NNS),
            ("unzorbling", Tag::VBG),
            ("12.5", Tag::CD),
        ],
    );
    expect(
        "In the 1990s, a 10-year buy-out cost $3 million.",
        &[
            ("1990s", Tag::NNS),
            ("10-year", Tag::JJ),
            ("buy-out", Tag::NN),
            ("million", Tag::CD),
        ],
    );
}

#[test]
fn any_input_is_safe() {
    for text in [
        "",
        " ",
        "'",
        "''",
        "\u{2019}s",
        "--",
        "...",
        "\u{1F600} \u{1F1FA}\u{1F1F8}",
        "\u{0301}",
        "x",
        "A",
        "A.",
        "n't n't",
        "\u{0}",
        "ab\u{200D}cd",
        "\u{5B57}\u{5E55} \u{0639}\u{0631}\u{0628}\u{064A}",
    ] {
        let words = tag(text).words;
        for w in &words {
            assert!(w.start < w.end && w.end <= text.len());
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
        }
    }
    let long = "word ".repeat(5000);
    assert_eq!(tag(&long).words.len(), 5000);
}

#[test]
fn random_text_never_panics() {
    // A tiny linear congruential generator: deterministic, no dependencies.
    let pool: Vec<char> =
        "aZ9 .,'\u{2019}\"-\u{2014}$%&/:;()`!?\u{e9}\u{301}\u{1F600}\u{a0}\n\tMr.U.S.n't's"
            .chars()
            .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let k = usize::try_from((state >> 33) % pool.len() as u64).unwrap();
            text.push(pool[k]);
        }
        let mut last = 0;
        for w in tag(&text).words {
            assert!(
                w.start >= last && w.start < w.end && w.end <= text.len(),
                "{text:?}"
            );
            assert!(
                text[last..w.start].chars().all(char::is_whitespace),
                "{text:?}"
            );
            last = w.end;
        }
        assert!(text[last..].chars().all(char::is_whitespace), "{text:?}");
    }
}
