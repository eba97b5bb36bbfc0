//! A project full of hostile text (markup, entities, quotes, spreadsheet formulas, emoji, right-to-left
//! scripts, newlines, NUL and other control characters) exported to every format and parsed back; and
//! a 1,000-event project rendered to PNG.

use dateline::export::{
    ExportFormat, ExportOptions, csv, export_bytes, markdown, png, svg, timelinejs,
};
use dateline::model::{
    Article, ArticleId, Date, Event, EventId, Lane, LaneId, Precision, Project, Rgb, Source,
};

const HOSTILE_TITLES: [&str; 8] = [
    "<script>alert('x')</script>",
    "Tom &amp; Jerry & \"friends\" <b>bold</b>",
    "=cmd|' /C calc'!A0",
    "🎉 Party 👩‍👩‍👧 time",
    "اتفاق السلام في القاهرة",
    "הסכם שלום בירושלים",
    "Line one\nline two\r\nline three",
    "NUL\u{0}bell\u{7}escape\u{1b}[31mred\u{7f}",
];

/// The title as exports show it: controls dropped, whitespace runs (newlines too) one space.
fn cleaned(title: &str) -> String {
    let kept: String = title
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hostile_project() -> Project {
    let mut project = Project {
        title: "Hostile <title> & \"quotes\"\u{0}".to_owned(),
        ..Project::default()
    };
    project.lanes = vec![
        Lane {
            id: LaneId(1),
            name: "<lane> & co".to_owned(),
            color: Rgb::palette(0),
        },
        Lane {
            id: LaneId(2),
            name: "+SUM(A1:A9)".to_owned(),
            color: Rgb::palette(1),
        },
    ];
    let sentence = "He said \"<img src=x onerror=alert(1)>\" & left.\u{0}";
    project.articles = vec![Article {
        id: ArticleId(1),
        title: "@evil *article* [link](http://x) <i>".to_owned(),
        file_name: "a.txt".to_owned(),
        original_path: String::new(),
        content_hash: String::new(),
        date: None,
        text: sentence.to_owned(),
        rejected: Vec::new(),
        standalone: Vec::new(),
        date_source: None,
        outlet: "<b>Evil</b> =Times".to_owned(),
        author: "@evil | *me*".to_owned(),
        url: "https://evil.example/a?b=<x>&c=\"q\"".to_owned(),
    }];
    for (i, title) in (0_u32..).zip(HOSTILE_TITLES) {
        let start = Date::from_ymd(2000 + i32::try_from(i).unwrap(), 1 + i, 1).unwrap();
        let lane = LaneId(1 + u64::from(i % 2));
        let mut event = Event::new(EventId(u64::from(i) + 1), title, start, lane);
        event.description = format!("- list?\n# heading?\n{title}\n===");
        event.sources.push(Source {
            article: ArticleId(1),
            start: 0,
            end: sentence.chars().count(),
            sentence: sentence.to_owned(),
            expression: None,
            date: None,
        });
        project.events.push(event);
    }
    project
}

#[test]
fn svg_is_well_formed_and_has_no_user_elements() {
    let project = hostile_project();
    let document = svg(
        &project,
        &ExportOptions {
            footnotes: true,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    let tree = roxmltree::Document::parse(&document).unwrap();
    let allowed = ["svg", "title", "rect", "g", "text", "line", "circle"];
    for node in tree.descendants().filter(roxmltree::Node::is_element) {
        let name = node.tag_name().name();
        assert!(allowed.contains(&name), "unexpected element <{name}>");
        assert_eq!(
            node.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
    }
    let texts: Vec<&str> = tree.descendants().filter_map(|n| n.text()).collect();
    for title in HOSTILE_TITLES {
        let title = cleaned(title);
        // Long titles may be cut with "…"; their beginning is always there, intact.
        let start: String = title.chars().take(12).collect();
        assert!(
            texts.iter().any(|t| t.contains(&start)),
            "{title:?} not drawn"
        );
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("<script>alert('x')</script>"))
    );
    assert!(!document.contains('\u{0}') && !document.contains('\u{1b}'));
    assert!(!document.contains("<script") && !document.contains("<b>"));
}

#[test]
fn timelinejs_parses_and_keeps_titles() {
    let project = hostile_project();
    let json: serde_json::Value =
        serde_json::from_str(&timelinejs(&project, &ExportOptions::default())).unwrap();
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), HOSTILE_TITLES.len());
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    for title in HOSTILE_TITLES {
        let event = events
            .iter()
            .find(|e| unescape(e["text"]["headline"].as_str().unwrap()) == cleaned(title))
            .unwrap_or_else(|| panic!("{title:?} missing"));
        let headline = event["text"]["headline"].as_str().unwrap();
        assert!(!headline.contains('<'), "HTML is escaped: {headline}");
        assert!(event["start_date"]["year"].is_i64());
        assert!(
            event["media"]["caption"]
                .as_str()
                .unwrap()
                .contains("&lt;img")
        );
        assert!(event["media"]["credit"].as_str().unwrap().contains("@evil"));
        assert!(event["group"].is_string());
    }
    assert!(
        json["title"]["text"]["headline"]
            .as_str()
            .unwrap()
            .starts_with("Hostile &lt;title&gt;")
    );
    let raw = timelinejs(&project, &ExportOptions::default());
    assert!(
        raw.contains("اتفاق السلام في القاهرة")
            && raw.contains("הסכם שלום בירושלים")
            && raw.contains("🎉")
    );
}

#[test]
fn csv_parses_and_neutralizes_formulas() {
    let project = hostile_project();
    let text = csv(&project, &ExportOptions::default()).unwrap();
    let mut reader = ::csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "start",
            "end",
            "precision",
            "title",
            "description",
            "lane",
            "sources",
            "relation",
            "disagreement"
        ]
    );
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), HOSTILE_TITLES.len());
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unneutralized cell {cell:?}"
            );
            assert!(!cell.contains('\u{0}'));
        }
    }
    let titles: Vec<&str> = rows.iter().map(|r| &r[3]).collect();
    assert!(titles.contains(&"'=cmd|' /C calc'!A0"), "{titles:?}");
    for title in HOSTILE_TITLES.iter().filter(|t| !t.starts_with('=')) {
        assert!(
            titles.contains(&cleaned(title).as_str()),
            "{title:?} in {titles:?}"
        );
    }
    assert!(rows.iter().any(|r| &r[5] == "'+SUM(A1:A9)"));
    // The source is cited: outlet, “title”, author, address; then the quote.
    assert!(
        rows[0][6].starts_with("<b>Evil</b> =Times, “@evil *article* [link](http://x) <i>”, @evil | *me*, https://evil.example/a?b=<x>&c=\"q\""),
        "{}",
        &rows[0][6]
    );
    assert!(rows[0][6].contains("“He said \"<img src=x onerror=alert(1)>\" & left.”"));
    assert!(rows[0][4].starts_with("'- list?"));
}

#[test]
fn markdown_escapes_user_text() {
    let project = hostile_project();
    let text = markdown(&project, &ExportOptions::default());
    assert!(
        text.starts_with("# Hostile \\<title\\> \\& \"quotes\"\n"),
        "{text}"
    );
    assert!(text.contains("\\<script\\>alert('x')\\</script\\>"));
    assert!(text.contains("Tom \\&amp; Jerry \\& \"friends\" \\<b\\>bold\\</b\\>"));
    assert!(text.contains("=cmd\\|' /C calc'!A0"));
    assert!(text.contains("اتفاق السلام في القاهرة") && text.contains("🎉 Party"));
    assert!(text.contains("— Line one line two line three[^"));
    assert!(text.contains("NULbellescape\\[31mred"));
    assert!(
        text.contains("  \\- list?") && text.contains("  \\# heading?") && text.contains("  \\===")
    );
    assert!(
        text.contains(
            "[^1]: \\<b\\>Evil\\</b\\> =Times, *@evil \\*article\\* \\[link\\](http://x) \\<i\\>*, @evil \\| \\*me\\*, https://evil.example/a?b=\\<x\\>\\&c=\"q\": “He said \"\\<img"
        )
    );
    assert!(!text.contains('\u{0}') && !text.contains('\u{7}'));
    assert_eq!(text.matches("\n- **").count(), HOSTILE_TITLES.len());
}

#[test]
fn every_format_exports_hostile_text_deterministically() {
    let project = hostile_project();
    for format in ExportFormat::ALL {
        let first = export_bytes(&project, format, &ExportOptions::default()).unwrap();
        let second = export_bytes(&project, format, &ExportOptions::default()).unwrap();
        assert!(first == second, "{format}");
    }
}

fn thousand_events() -> Project {
    let mut project = Project {
        title: "A thousand events".to_owned(),
        ..Project::default()
    };
    for id in 2..=4 {
        project.lanes.push(Lane {
            id: LaneId(id),
            name: format!("Lane {id}"),
            color: Rgb::palette(id as usize - 1),
        });
    }
    let mut seed: u64 = 7;
    for i in 0..1000_u64 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let days = 10_000.0 + ((seed >> 33) % (365 * 30)) as f64;
        let start = Date::from_days(days, Precision::Day);
        let title =
            format!("Event {i}: a headline long enough to need cutting on a crowded timeline");
        let mut event = Event::new(EventId(i + 1), title, start, LaneId(1 + (seed >> 20) % 4));
        if i % 7 == 0 {
            event.end = Some(start.add(200, Precision::Day));
        }
        project.events.push(event);
    }
    project
}

#[test]
fn a_thousand_events_make_a_reasonable_png() {
    let project = thousand_events();
    let bytes = png(&project, &ExportOptions::default()).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!(info.width, 1600);
    assert!(
        info.height > 1000 && info.height < 8000,
        "height {}",
        info.height
    );
    assert!(bytes.len() < 8_000_000, "{} bytes", bytes.len());
}
