//! The tagger's score on the two development sets, as regression floors.
//!
//! Tags every document of `fixtures/timebank-dev.jsonl` (183 TempEval-3 `TimeBank` documents
//! with gold TIMEX3 annotations: news) and of `fixtures/wikiwars-dev.jsonl` (11 `WikiWars`
//! Wikipedia war histories, Mazur & Dale 2010, text under CC BY-SA 3.0: history narrative)
//! in-process and scores the result the way
//! `../shared/tools/score_timex.py` does: micro-averaged strict and relaxed span P/R/F1 over a
//! one-to-one alignment (exact spans first, then the largest overlaps), and value F1 = value
//! accuracy on relaxed matches x relaxed F1 (the TempEval-3 "attribute F1").

use dateline::extract::{parse_dct, tag};

/// A gold corpus (one JSON document per line), its size, and floors just under the achieved
/// strict, relaxed and value F1.
struct DevSet {
    /// The corpus.
    lines: &'static str,
    /// Gold timexes in it (a changed fixture fails loudly).
    gold: usize,
    /// Floors: strict, relaxed, value F1.
    floors: (f64, f64, f64),
}

/// News: achieved strict 0.9158, relaxed 0.9478, value 0.8416.
const TIMEBANK: DevSet = DevSet {
    lines: include_str!("../fixtures/timebank-dev.jsonl"),
    gold: 1243,
    floors: (0.914, 0.946, 0.840),
};

/// History narrative: achieved strict 0.8624, relaxed 0.9130, value 0.8568.
const WIKIWARS: DevSet = DevSet {
    lines: include_str!("../fixtures/wikiwars-dev.jsonl"),
    gold: 1339,
    floors: (0.860, 0.911, 0.854),
};

/// A temporal expression as the scorer sees it: char span and value.
#[derive(Debug, Clone, PartialEq)]
struct Span {
    start: usize,
    end: usize,
    value: String,
}

/// Counts summed over all documents.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Counts {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
}

/// Precision, recall and F1 as `score_timex.py` computes them (0 when undefined).
fn prf(tp: usize, n_sys: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_sys == 0 {
        0.0
    } else {
        tp as f64 / n_sys as f64
    };
    let r = if n_gold == 0 {
        0.0
    } else {
        tp as f64 / n_gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    fn strict(&self) -> (f64, f64, f64) {
        prf(self.strict, self.system, self.gold)
    }

    fn relaxed(&self) -> (f64, f64, f64) {
        prf(self.relaxed, self.system, self.gold)
    }

    fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value as f64 / self.relaxed as f64
        }
    }

    fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed().2
    }
}

/// One-to-one `(gold, system)` pairs of overlapping spans: identical spans first (each gold
/// span takes the first unused system span with the same offsets), then the remaining pairs
/// greedily by largest overlap, ties broken by earliest gold start, then earliest system
/// start, then index order — exactly `align` in `score_timex.py`.
fn align(gold: &[Span], system: &[Span]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used_g = vec![false; gold.len()];
    let mut used_s = vec![false; system.len()];
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..system.len())
            .find(|&si| !used_s[si] && (system[si].start, system[si].end) == (g.start, g.end))
        {
            pairs.push((gi, si));
            used_g[gi] = true;
            used_s[si] = true;
        }
    }
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if used_g[gi] {
            continue;
        }
        for (si, s) in system.iter().enumerate() {
            if used_s[si] {
                continue;
            }
            let overlap = g.end.min(s.end).saturating_sub(g.start.max(s.start));
            if overlap > 0 {
                cands.push((std::cmp::Reverse(overlap), g.start, s.start, gi, si));
            }
        }
    }
    cands.sort_unstable();
    for (_, _, _, gi, si) in cands {
        if used_g[gi] || used_s[si] {
            continue;
        }
        pairs.push((gi, si));
        used_g[gi] = true;
        used_s[si] = true;
    }
    pairs
}

/// Adds one document's counts. System spans that are empty are dropped, as the scorer does.
fn score_doc(gold: &[Span], system: &[Span], counts: &mut Counts) {
    let system: Vec<Span> = system.iter().filter(|s| s.end > s.start).cloned().collect();
    counts.gold += gold.len();
    counts.system += system.len();
    for (gi, si) in align(gold, &system) {
        let (g, s) = (&gold[gi], &system[si]);
        counts.relaxed += 1;
        counts.strict += usize::from(g.start == s.start && g.end == s.end);
        counts.value += usize::from(g.value.trim() == s.value.trim());
    }
}

/// Gold spans of one corpus line, with its text and article date.
fn parse_line(line: &str) -> (String, Option<String>, Vec<Span>) {
    let doc: serde_json::Value = serde_json::from_str(line).unwrap();
    let text = doc["text"].as_str().unwrap().to_owned();
    let dct = doc["dct"].as_str().map(str::to_owned);
    let gold = doc["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| Span {
            start: usize::try_from(t["start"].as_u64().unwrap()).unwrap(),
            end: usize::try_from(t["end"].as_u64().unwrap()).unwrap(),
            value: t["value"].as_str().unwrap_or_default().to_owned(),
        })
        .collect();
    (text, dct, gold)
}

/// Tags a whole development set and scores it.
fn dev_counts(set: &DevSet) -> Counts {
    let mut counts = Counts::default();
    for line in set.lines.lines().filter(|l| !l.trim().is_empty()) {
        let (text, dct, gold) = parse_line(line);
        let dct = dct.map(|d| parse_dct(&d).unwrap());
        let system: Vec<Span> = tag(&text, dct.as_ref())
            .into_iter()
            .map(|t| Span {
                start: t.start,
                end: t.end,
                value: t.value,
            })
            .collect();
        score_doc(&gold, &system, &mut counts);
    }
    counts
}

/// Scores `set` and checks it against its floors.
fn check(name: &str, set: &DevSet) {
    let c = dev_counts(set);
    let (sp, sr, sf) = c.strict();
    let (rp, rr, rf) = c.relaxed();
    let vf = c.value_f1();
    println!(
        "{name}: gold={} system={} tp strict/relaxed/value={}/{}/{} strict F1 {sf:.4} (P {sp:.4} R {sr:.4}) relaxed F1 {rf:.4} \
         (P {rp:.4} R {rr:.4}) value F1 {vf:.4} (accuracy {:.4})",
        c.gold,
        c.system,
        c.strict,
        c.relaxed,
        c.value,
        c.value_accuracy()
    );
    assert_eq!(c.gold, set.gold, "{name}: the fixture changed");
    let (strict, relaxed, value) = set.floors;
    assert!(sf >= strict, "{name}: strict F1 {sf:.4} < {strict}");
    assert!(rf >= relaxed, "{name}: relaxed F1 {rf:.4} < {relaxed}");
    assert!(vf >= value, "{name}: value F1 {vf:.4} < {value}");
}

#[test]
fn dev_score_stays_above_the_floor() {
    check("TimeBank", &TIMEBANK);
    check("WikiWars", &WIKIWARS);
}

/// The checks of `score_timex.py --selftest`, so the two scorers agree by construction.
#[test]
fn scorer_agrees_with_the_python_selftest() {
    let span = |start, end, value: &str| Span {
        start,
        end,
        value: value.to_owned(),
    };
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let gold = [
        span(15, 21, "1998-02-16"),
        span(29, 39, "1998-03"),
        span(44, 53, "P2W"),
    ];
    let system = [
        span(15, 21, "1998-02-16"),
        span(26, 39, "1998-04"),
        span(55, 57, "X"),
    ];
    let mut c = Counts::default();
    score_doc(&gold, &system, &mut c);
    let (sp, sr, sf) = c.strict();
    let (rp, rr, rf) = c.relaxed();
    assert!(close(sp, 1.0 / 3.0) && close(sr, 1.0 / 3.0) && close(sf, 1.0 / 3.0));
    assert!(close(rp, 2.0 / 3.0) && close(rr, 2.0 / 3.0) && close(rf, 2.0 / 3.0));
    assert!(close(c.value_accuracy(), 0.5) && close(c.value_f1(), 1.0 / 3.0));

    // One system span covering two gold spans is credited once, to the largest overlap.
    let mut c = Counts::default();
    score_doc(&gold, &[span(15, 53, "1998-03")], &mut c);
    assert_eq!((c.relaxed, c.strict, c.value), (1, 0, 1));
    assert!(close(c.relaxed().0, 1.0) && close(c.relaxed().1, 1.0 / 3.0));

    let mut c = Counts::default();
    score_doc(&gold, &gold, &mut c);
    assert!(close(c.strict().2, 1.0) && close(c.value_f1(), 1.0));

    let mut c = Counts::default();
    score_doc(&gold, &[], &mut c);
    assert_eq!((c.gold, c.relaxed), (3, 0));
    assert!(close(c.relaxed().1, 0.0));
}
