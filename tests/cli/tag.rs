//! `dateline tag` and `dateline suggest`: the exact CLI contract external checks depend on.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::dateline;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/kazakhstan-unrest.txt")
}

/// Runs `dateline tag --jsonl` on `input` (written from another thread, so a big input cannot
/// deadlock against the output pipe).
fn tag_jsonl(input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["tag", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let owned = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(owned.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn assert_one_line_error(out: &Output, words: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.contains(words), "expected {words:?} in {stderr:?}");
}

#[test]
fn suggest_resolves_the_sample_against_its_date_with_real_titles() {
    let out = json(&dateline(&[
        "suggest",
        "--json",
        "--dct",
        "2022-01-06",
        sample().to_str().unwrap(),
    ]));
    let article = &out["articles"][0];
    assert_eq!(article["dct"], "2022-01-06");
    let suggestions = article["suggestions"].as_array().unwrap();
    let dates: Vec<&str> = suggestions
        .iter()
        .filter_map(|s| s["date"].as_str())
        .collect();
    assert!(dates.contains(&"2022-01-02"), "{dates:?}");
    assert!(dates.contains(&"2022-01-06"), "{dates:?}");
    let text = std::fs::read_to_string(sample()).unwrap();
    let chars = |start: &serde_json::Value, end: &serde_json::Value| -> String {
        let (start, end) = (
            start.as_u64().unwrap() as usize,
            end.as_u64().unwrap() as usize,
        );
        text.chars().skip(start).take(end - start).collect()
    };
    assert!(suggestions.len() >= 10, "{suggestions:#?}");
    for s in suggestions {
        let title = s["title"].as_str().unwrap();
        let words = title.split_whitespace().count();
        assert!((3..=20).contains(&words), "not a real title: {title:?}");
        assert!(!title.ends_with('…'), "{title:?}");
        let confidence = s["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence));
        assert_eq!(s["precision"], "day");
        // The trigger names what happened, with char offsets like the others.
        let trigger = &s["trigger"];
        let trigger_text = trigger["text"].as_str().unwrap();
        assert_eq!(chars(&trigger["start"], &trigger["end"]), trigger_text);
        let relation = s["relation"].as_str().unwrap();
        if let Some(expression) = s["expression"].as_str() {
            assert_eq!(
                chars(&s["start"], &s["end"]),
                expression,
                "char offsets point at the expression"
            );
            assert!(!title.contains(expression), "{title:?}");
        } else {
            // Dated by the article: the span is the trigger's, the relation says how.
            assert!(["by", "as_of", "after"].contains(&relation), "{s:#?}");
            assert_eq!(
                (&s["start"], &s["end"]),
                (&trigger["start"], &trigger["end"])
            );
            assert_eq!(s["date"], "2022-01-06");
        }
    }
    let relations: Vec<&str> = suggestions
        .iter()
        .map(|s| s["relation"].as_str().unwrap())
        .collect();
    for relation in ["on", "by", "as_of", "after"] {
        assert!(relations.contains(&relation), "{relations:?}");
    }
    let sunday = suggestions
        .iter()
        .find(|s| s["date"] == "2022-01-02")
        .unwrap();
    assert!(
        sunday["sentence"]
            .as_str()
            .unwrap()
            .contains("Protests began on Sunday")
    );
}

#[test]
fn without_an_article_date_nothing_is_invented() {
    let out = json(&dateline(&[
        "suggest",
        "--json",
        sample().to_str().unwrap(),
    ]));
    let article = &out["articles"][0];
    assert!(article["dct"].is_null());
    let suggestions = article["suggestions"].as_array().unwrap();
    assert!(
        !suggestions.is_empty(),
        "relative expressions are still found"
    );
    assert!(
        suggestions
            .iter()
            .all(|s| s["date"].is_null() && s["end_date"].is_null()),
        "{suggestions:#?}"
    );
    let tagged = json(&dateline(&["tag", sample().to_str().unwrap()]));
    assert!(tagged["dct"].is_null());
    for timex in tagged["timexes"].as_array().unwrap() {
        let value = timex["value"].as_str().unwrap();
        assert!(
            !value.starts_with("2022") && !value.starts_with("2026"),
            "guessed {value}"
        );
    }
}

#[test]
fn suggest_table_is_readable() {
    let out = dateline(&["suggest", "--dct", "2022-01-06", sample().to_str().unwrap()]);
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("article date: 2022-01-06") && table.contains("2022-01-02"),
        "{table}"
    );
}

#[test]
fn tag_jsonl_streams_documents_in_order_with_char_offsets() {
    let input = concat!(
        r#"{"doc_id": "a", "dct": "1998-01-08", "text": "Café owners met on Monday and again in March 1997."}"#,
        "\n",
        r#"{"doc_id": 7, "dct": null, "text": "Nothing dated here."}"#,
        "\n",
        r#"{"doc_id": "c", "dct": "1998-01-08T10:30", "text": "« Über » It fell 5% yesterday."}"#,
        "\n",
    );
    let out = tag_jsonl(input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (lines[0]["doc_id"].clone(), lines[1]["doc_id"].clone()),
        ("a".into(), 7.into())
    );
    assert!(lines[1]["timexes"].as_array().unwrap().is_empty());
    let inputs: Vec<serde_json::Value> = input
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (doc, line) in inputs.iter().zip(&lines) {
        let text = doc["text"].as_str().unwrap();
        for t in line["timexes"].as_array().unwrap() {
            let (start, end) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            let span: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(span, t["text"].as_str().unwrap());
            assert!(["DATE", "TIME", "DURATION", "SET"].contains(&t["type"].as_str().unwrap()));
        }
    }
    let first: Vec<(&str, &str)> = lines[0]["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["text"].as_str().unwrap(), t["value"].as_str().unwrap()))
        .collect();
    assert!(first.contains(&("March 1997", "1997-03")), "{first:?}");
    assert!(
        first
            .iter()
            .any(|(text, value)| text.contains("Monday") && value.starts_with("1998-01-0")),
        "{first:?}"
    );
    let third: Vec<&str> = lines[2]["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert_eq!(third, ["1998-01-07"]);
}

#[test]
fn encodings_are_decoded_not_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Le café a fermé le 6 janvier 2022. Protests began on January 2, 2022 — “quoted”.";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let mut bom8 = b"\xef\xbb\xbf".to_vec();
    bom8.extend(text.as_bytes());
    for (name, bytes) in [
        ("utf16.txt", utf16),
        ("cp1252.txt", cp1252.into_owned()),
        ("bom.txt", bom8),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = json(&dateline(&["suggest", "--json", path.to_str().unwrap()]));
        let suggestions = out["articles"][0]["suggestions"].as_array().unwrap();
        assert!(
            suggestions[0]["sentence"]
                .as_str()
                .unwrap()
                .starts_with("Le café a fermé"),
            "{name}: {out}"
        );
        let protests = suggestions
            .iter()
            .find(|s| s["date"] == "2022-01-02")
            .unwrap();
        assert!(
            protests["sentence"]
                .as_str()
                .unwrap()
                .contains("— “quoted”"),
            "{name}: {out}"
        );
    }
}

#[test]
fn bad_input_gets_exit_1_and_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 0x0d, 0xff, 0x00]).unwrap();
    let missing = dir.path().join("missing.txt");
    assert_one_line_error(
        &dateline(&["suggest", missing.to_str().unwrap()]),
        "No such file",
    );
    assert_one_line_error(
        &dateline(&["suggest", dir.path().to_str().unwrap()]),
        "directory",
    );
    assert_one_line_error(&dateline(&["suggest", binary.to_str().unwrap()]), "binary");
    assert_one_line_error(&dateline(&["tag", binary.to_str().unwrap()]), "binary");
    let sample = sample();
    for bad in ["2022-13-01", "yesterday", "2022-01-06T25:00", "06/01/2022"] {
        assert_one_line_error(
            &dateline(&["suggest", "--dct", bad, sample.to_str().unwrap()]),
            bad,
        );
    }
    assert_one_line_error(
        &tag_jsonl("{\"doc_id\": 1, \"text\": \"ok\"}\nnot json\n"),
        "line 2",
    );
}

#[test]
fn tag_jsonl_keeps_order_across_batches_and_names_the_bad_line() {
    let mut input = String::new();
    for i in 0..700 {
        if i % 97 == 5 {
            input.push('\n'); // blank lines are skipped but keep their numbers
        }
        writeln!(
            input,
            "{{\"doc_id\": {i}, \"dct\": \"1998-01-08\", \"text\": \"Doc {i} was filed on March {}, 1997.\"}}",
            1 + i % 28
        )
        .unwrap();
    }
    let out = tag_jsonl(&input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 700);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["doc_id"], i, "in input order");
        let value = line["timexes"][0]["value"].as_str().unwrap();
        assert_eq!(value, format!("1997-03-{:02}", 1 + i % 28));
    }
    // A bad line deep in the stream: everything before it is written, then one line names it.
    let mut bad: String = input.lines().take(400).collect::<Vec<_>>().join("\n");
    bad.push_str("\n{\"doc_id\": \"broken\"\n");
    let out = tag_jsonl(&bad);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 401"), "{stderr}");
    let documents_before = input.lines().take(400).filter(|l| !l.is_empty()).count();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().count(),
        documents_before
    );
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let mut child = std::process::Command::new(super::BIN)
        .args(["tag", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let writer = std::thread::spawn(move || {
        for id in 0..20_000 {
            let line = format!(
                "{{\"doc_id\":\"{id}\",\"dct\":\"2022-01-06\",\"text\":\"On Monday the talks began.\"}}\n"
            );
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    // Read one line, then close the pipe as `head -1` does.
    let mut first = [0_u8; 64];
    std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn suggest_reads_a_saved_page_exactly_as_import_does() {
    let page = super::repo("tests/fixtures/articles/news-page.html");
    let out = json(&dateline(&["suggest", "--json", page.to_str().unwrap()]));
    let article = &out["articles"][0];
    let suggestions = article["suggestions"].as_array().unwrap();
    assert!(!suggestions.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("page.ron");
    let imported = dateline(&[
        "import",
        "-o",
        project_path.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert!(imported.status.success());
    let project = dateline::model::project_file::load(&project_path).unwrap();
    let text = &project.articles[0].text;
    assert_eq!(
        article["dct"].as_str(),
        project.articles[0].date.map(|d| d.to_iso()).as_deref(),
        "the same article date"
    );
    for s in suggestions {
        for field in ["title", "sentence", "expression"] {
            let value = s[field].as_str().unwrap();
            assert!(!value.contains("LEAK") && !value.contains('<'), "{value:?}");
        }
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let span: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(
            span,
            s["expression"].as_str().unwrap(),
            "offsets index the same text"
        );
    }
}
