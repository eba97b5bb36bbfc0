//! `dateline import`: builds and extends projects from articles, exactly as the GUI adds them.

use std::path::Path;
use std::process::Command;

use dateline::model::{Project, project_file};

use super::{dateline, repo};

fn import(project: &Path, extra: &[&str], articles: &[&Path]) -> Project {
    let mut args = vec!["import", "-o", project.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.extend(articles.iter().map(|p| p.to_str().unwrap()));
    let out = dateline(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = dateline(&["check", project.to_str().unwrap()]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    project_file::load(project).unwrap()
}

#[test]
fn import_builds_then_extends_a_project() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("kazakhstan.ron");
    let sample = repo("assets/samples/kazakhstan-unrest.txt");
    let project = import(
        &project_path,
        &["--dct", "2022-01-06", "--accept-all"],
        &[&sample],
    );
    assert_eq!(project.articles.len(), 1);
    let article = &project.articles[0];
    assert_eq!(
        article.text,
        std::fs::read_to_string(&sample).unwrap().trim_end(),
        "article text embedded"
    );
    assert_eq!(article.date.unwrap().to_iso(), "2022-01-06");
    let sunday = project
        .events
        .iter()
        .find(|e| e.start.to_iso() == "2022-01-02")
        .expect("event on 2022-01-02");
    assert_eq!(sunday.sources[0].article, article.id);
    assert!(
        sunday.sources[0]
            .sentence
            .contains("Protests began on Sunday")
    );
    let text = std::fs::read_to_string(&project_path).unwrap();
    assert!(
        text.contains("start: \"2022-01-02\""),
        "ISO-like dates in the file"
    );

    // Extend it with a second article with its own date, from HTML.
    let html = dir.path().join("update.html");
    std::fs::write(
        &html,
        "<html><head><title>Curfew extended</title><style>.x{content:'STYLE_LEAK'}</style>\
         <script>var leak = 'SCRIPT_LEAK';</script></head><body><nav>Home | World</nav>\
         <article><h1>Curfew extended in Almaty</h1><p>Authorities extended the curfew on \
         January 10, 2022, after a week of unrest &amp; looting.</p></article></body></html>",
    )
    .unwrap();
    let project = import(
        &project_path,
        &["--dct", "2022-01-11", "--min-confidence", "0.5"],
        &[&html],
    );
    assert_eq!(project.articles.len(), 2);
    let second = &project.articles[1];
    assert_eq!(second.date.unwrap().to_iso(), "2022-01-11");
    assert_eq!(second.title, "Curfew extended");
    assert!(
        !second.text.contains("LEAK") && !second.text.contains("Home | World"),
        "{}",
        second.text
    );
    assert!(second.text.contains("unrest & looting"), "{}", second.text);
    assert!(
        project
            .events
            .iter()
            .any(|e| e.start.to_iso() == "2022-01-10")
    );
    assert!(
        project
            .events
            .iter()
            .any(|e| e.start.to_iso() == "2022-01-02"),
        "earlier events kept"
    );

    // The same file again is detected, not added twice.
    let out = dateline(&[
        "import",
        "-o",
        project_path.to_str().unwrap(),
        html.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("already in the project"));
    assert_eq!(project_file::load(&project_path).unwrap().articles.len(), 2);
}

#[test]
fn windows_1252_articles_keep_every_character() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Le café “Zhanaozen” a fermé — Protests began on January 2, 2022 in Zhanaozen. Señor Müller’s 50 € fee.";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let path = dir.path().join("cp1252.txt");
    std::fs::write(&path, &bytes).unwrap();
    let project = import(&dir.path().join("p.ron"), &["--accept-all"], &[&path]);
    assert_eq!(project.articles[0].text, text);
    assert_eq!(project.events[0].start.to_iso(), "2022-01-02");
}

#[test]
fn bad_input_leaves_the_project_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("p.ron");
    let sample = repo("assets/samples/kazakhstan-unrest.txt");
    import(&project_path, &[], &[&sample]);
    let before = std::fs::read(&project_path).unwrap();
    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0xff, 0]).unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec![binary.display().to_string()],
        vec![dir.path().join("missing.txt").display().to_string()],
        vec![dir.path().display().to_string()],
        vec![
            "--dct".into(),
            "2022-02-30".into(),
            sample.display().to_string(),
        ],
        vec![
            "--min-confidence".into(),
            "7".into(),
            sample.display().to_string(),
        ],
    ];
    for extra in cases {
        let mut args = vec![
            "import".to_owned(),
            "-o".to_owned(),
            project_path.display().to_string(),
        ];
        args.extend(extra.clone());
        let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{extra:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{extra:?}: {stderr}");
        assert_eq!(
            std::fs::read(&project_path).unwrap(),
            before,
            "{extra:?} changed the project"
        );
    }
    // A damaged project is not overwritten.
    std::fs::write(&project_path, "(version: 1, title: ").unwrap();
    let out = dateline(&[
        "import",
        "-o",
        project_path.to_str().unwrap(),
        sample.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&project_path).unwrap(),
        "(version: 1, title: "
    );
    // Nor is one written by a newer Dateline.
    let newer = "(version: 99, title: \"Future\", lanes: [], hologram: true)";
    std::fs::write(&project_path, newer).unwrap();
    let out = dateline(&[
        "import",
        "-o",
        project_path.to_str().unwrap(),
        sample.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("newer Dateline"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&project_path).unwrap(), newer);
}

/// The four saved reports in `tests/fixtures/articles/sources`: (file, outlet, author, url,
/// publication date, where the date came from).
const SOURCES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "steppe-herald.html",
        "The Steppe Herald",
        "Aigerim Sadykova",
        "https://steppeherald.example/news/protests-spread",
        "2022-01-05T08:15",
        "meta_tag",
    ),
    (
        "valley-courier.html",
        "Valley Courier",
        "Jane Doe and Li Wei",
        "https://courier.example/2022/01/government-resigns",
        "2022-01-06T07:40",
        "json_ld",
    ),
    (
        "2022-01-07-almaty-notes.md",
        "",
        "",
        "",
        "2022-01-07",
        "file_name",
    ),
    (
        "wire-report.txt",
        "Reuters",
        "Dana Omarova",
        "",
        "2022-01-07",
        "dateline",
    ),
];

fn source(name: &str) -> std::path::PathBuf {
    repo("tests/fixtures/articles/sources").join(name)
}

#[test]
fn saved_reports_bring_their_own_metadata() {
    let paths: Vec<std::path::PathBuf> = SOURCES.iter().map(|s| source(s.0)).collect();
    let mut args = vec!["suggest", "--json"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    let out = dateline(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for (article, (file, outlet, author, url, published, date_source)) in
        json["articles"].as_array().unwrap().iter().zip(SOURCES)
    {
        let field = |name: &str| article[name].as_str().unwrap_or("").to_owned();
        assert_eq!(
            [
                field("outlet"),
                field("author"),
                field("url"),
                field("published"),
                field("date_source")
            ],
            [*outlet, *author, *url, *published, *date_source],
            "{file}"
        );
    }
    // The three reports of the protests' start (2 January) share a group.
    let starts: Vec<(u64, u64)> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["suggestions"].as_array().unwrap())
        .filter(|s| s["date"] == "2022-01-02")
        .map(|s| {
            (
                s["group"].as_u64().unwrap(),
                s["reported_by"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(starts.len(), 3, "{starts:?}");
    assert!(starts.iter().all(|s| *s == (starts[0].0, 3)), "{starts:?}");
    // Imported without --dct, each report gets the dates it gets with its own date given.
    let dir = tempfile::tempdir().unwrap();
    for (file, outlet, author, url, published, date_source) in SOURCES {
        let without = import(
            &dir.path().join(format!("{file}-a.ron")),
            &["--accept-all"],
            &[&source(file)],
        );
        let with = import(
            &dir.path().join(format!("{file}-b.ron")),
            &["--accept-all", "--dct", published],
            &[&source(file)],
        );
        let dates =
            |p: &Project| -> Vec<String> { p.events.iter().map(|e| e.start.to_iso()).collect() };
        assert!(!dates(&without).is_empty(), "{file}");
        assert_eq!(dates(&without), dates(&with), "{file}");
        let article = &without.articles[0];
        assert_eq!(
            (
                article.outlet.as_str(),
                article.author.as_str(),
                article.url.as_str()
            ),
            (*outlet, *author, *url),
            "{file}"
        );
        assert_eq!(
            article.date_source.map(dateline::model::DateSource::key),
            Some(*date_source),
            "{file}"
        );
    }
}

/// Three reports of one story imported one at a time: a report of an event already in the
/// project becomes another source of it, not a second event.
#[test]
fn reports_imported_one_by_one_become_sources_of_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("story.ron");
    let mut project = Project::default();
    for file in [
        "steppe-herald.html",
        "valley-courier.html",
        "wire-report.txt",
    ] {
        project = import(&project_path, &["--accept-all"], &[&source(file)]);
    }
    let on = |day: &str| -> Vec<&dateline::model::Event> {
        project
            .events
            .iter()
            .filter(|e| e.start.to_iso().starts_with(day))
            .collect()
    };
    // "Protests erupted in Zhanaozen" / "Demonstrations began in … Zhanaozen" / "Protests began
    // in the west": one event, three sources from three articles.
    let began = on("2022-01-02");
    assert_eq!(began.len(), 1, "{began:#?}");
    let articles: std::collections::BTreeSet<u64> =
        began[0].sources.iter().map(|s| s.article.0).collect();
    assert_eq!(articles.len(), 3, "{:#?}", began[0].sources);
    // "accepted the government's resignation" / "The government resigned": one event, two sources.
    let resigned = on("2022-01-05");
    assert_eq!(resigned.len(), 1, "{resigned:#?}");
    assert_eq!(resigned[0].sources.len(), 2);
    // Nothing was made twice.
    let mut days: Vec<String> = project.events.iter().map(|e| e.start.to_iso()).collect();
    let all = days.len();
    days.sort();
    days.dedup();
    assert_eq!(days.len(), all, "{days:?}");
}
