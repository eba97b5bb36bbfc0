//! Tagger tests on hand-made news sentences.

use super::{Tag, tag};

/// `word/TAG` pairs of a sentence, space separated.
fn tagged(text: &str) -> String {
    tag(text)
        .iter()
        .map(|w| format!("{}/{}", &text[w.start..w.end], w.tag.penn()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn smoke() {
    println!("{}", tagged("The company said shares fell 5% on Monday."));
}

/// Prints the tags after each stage for the sentence in `POS_TRACE` (a debugging aid).
#[test]
#[ignore = "debugging aid: POS_TRACE='sentence' cargo test trace -- --ignored --nocapture"]
fn trace() {
    use super::{clauses, fix, initial, rules, sentence::Sentence, smooth};
    let text = std::env::var("POS_TRACE").unwrap_or_default();
    let mut s = Sentence::new(&text);
    let show = |label: &str, s: &Sentence<'_>| {
        let line: Vec<String> = (0..s.len()).map(|i| format!("{}/{}", s.word(i), s.tag(i).penn())).collect();
        println!("{label:8} {}", line.join(" "));
    };
    initial::tag_all(&mut s);
    show("initial", &s);
    smooth::pre(&mut s);
    show("pre", &s);
    rules::apply(&mut s);
    show("brill", &s);
    smooth::post(&mut s);
    show("post", &s);
    fix::apply(&mut s);
    show("fix", &s);
    clauses::apply(&mut s);
    show("clauses", &s);
}
