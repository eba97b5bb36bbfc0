//! Exports of the fixture project (`tests/fixtures/export/project.ron`) against golden files, plus the
//! PNG decoded and the options that filter every format.
//!
//! The golden files (`tests/fixtures/export/expected.{svg,json,csv,md}`) are compared byte for byte.
//! When an export changes on purpose, regenerate them and review the diff before committing:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test core export_golden
//! git diff tests/fixtures/export/
//! ```

use std::path::{Path, PathBuf};

use dateline::export::{
    CSV_HEADER, ExportError, ExportFormat, ExportOptions, Theme, csv, export_bytes, export_to_file,
    markdown, png, svg, timelinejs,
};
use dateline::model::{Project, Relation, project_file};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

fn fixture() -> Project {
    project_file::load(&fixture_dir().join("project.ron")).unwrap()
}

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
fn check_golden(name: &str, actual: &str) {
    let path = fixture_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "{err}: {} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\nexpected: {:?}\nactual:   {:?}\n\
             If the change is intended, run `UPDATE_GOLDEN=1 cargo test --test core` and \
             review the diff.",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn svg_matches_golden() {
    check_golden(
        "expected.svg",
        &svg(&fixture(), &ExportOptions::default()).unwrap(),
    );
}

#[test]
fn timelinejs_matches_golden() {
    check_golden(
        "expected.json",
        &timelinejs(&fixture(), &ExportOptions::default()),
    );
}

#[test]
fn csv_matches_golden() {
    check_golden(
        "expected.csv",
        &csv(&fixture(), &ExportOptions::default()).unwrap(),
    );
}

#[test]
fn markdown_matches_golden() {
    check_golden(
        "expected.md",
        &markdown(&fixture(), &ExportOptions::default()),
    );
}

#[test]
fn every_format_is_deterministic() {
    let project = fixture();
    let variants = [
        ExportOptions::default(),
        ExportOptions {
            theme: Theme::Dark,
            footnotes: true,
            width_px: 900,
            ..ExportOptions::default()
        },
    ];
    for options in &variants {
        for format in ExportFormat::ALL {
            let first = export_bytes(&project, format, options).unwrap();
            let second = export_bytes(&project.clone(), format, options).unwrap();
            assert!(first == second, "{format} differs between two exports");
            assert!(!first.is_empty(), "{format}");
        }
    }
}

/// Decodes a PNG into (width, height, RGBA bytes).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    buffer.truncate(info.buffer_size());
    (info.width, info.height, buffer)
}

#[test]
fn png_has_the_right_size_is_not_blank_and_is_deterministic() {
    let project = fixture();
    let options = ExportOptions::default();
    let bytes = png(&project, &options).unwrap();
    assert_eq!(
        bytes,
        png(&project, &options).unwrap(),
        "two renders differ"
    );
    let (width, height, pixels) = decode(&bytes);
    assert_eq!(width, 1600);
    assert!((200..2000).contains(&height), "height {height}");
    let mut colours: Vec<&[u8]> = pixels.chunks(4).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 100, "only {} colours", colours.len());
    // Text is drawn: the title's dark ink is in the top rows.
    let dark_in_header = pixels[..(width * 60 * 4) as usize]
        .chunks(4)
        .filter(|px| px[0] < 80 && px[1] < 80 && px[2] < 80)
        .count();
    assert!(
        dark_in_header > 200,
        "{dark_in_header} dark pixels in the header"
    );

    let double = ExportOptions {
        scale: 2.0,
        width_px: 800,
        ..ExportOptions::default()
    };
    let (width, double_height, _) = decode(&png(&project, &double).unwrap());
    assert_eq!(width, 1600);
    let single = ExportOptions {
        width_px: 800,
        ..ExportOptions::default()
    };
    let (_, single_height, _) = decode(&png(&project, &single).unwrap());
    assert_eq!(double_height, 2 * single_height);
}

#[test]
fn dark_theme_has_a_dark_background() {
    let options = ExportOptions {
        theme: Theme::Dark,
        ..ExportOptions::default()
    };
    let (_, _, pixels) = decode(&png(&fixture(), &options).unwrap());
    assert!(
        pixels[0] < 60 && pixels[1] < 60 && pixels[2] < 60,
        "{:?}",
        &pixels[..4]
    );
}

/// The event cards of an SVG: `(x, y, width, height)` of each card's first rect.
fn card_rects(document: &str) -> Vec<(f64, f64, f64, f64)> {
    let tree = roxmltree::Document::parse(document).unwrap();
    let number = |node: roxmltree::Node<'_, '_>, name: &str| -> f64 {
        node.attribute(name).unwrap().parse().unwrap()
    };
    tree.descendants()
        .filter(|n| n.attribute("class") == Some("event"))
        .map(|group| {
            let rect = group.children().find(|c| c.has_tag_name("rect")).unwrap();
            (
                number(rect, "x"),
                number(rect, "y"),
                number(rect, "width"),
                number(rect, "height"),
            )
        })
        .collect()
}

#[test]
fn svg_shows_every_event_without_overlaps() {
    let project = fixture();
    for width_px in [400, 900, 1600, 3000] {
        let options = ExportOptions {
            width_px,
            footnotes: true,
            ..ExportOptions::default()
        };
        let document = svg(&project, &options).unwrap();
        let cards = card_rects(&document);
        assert_eq!(cards.len(), project.events.len(), "width {width_px}");
        for (i, a) in cards.iter().enumerate() {
            assert!(
                a.0 >= 0.0 && a.0 + a.2 <= f64::from(width_px),
                "{a:?} at {width_px}"
            );
            for b in &cards[i + 1..] {
                let apart =
                    a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
                assert!(apart, "{a:?} overlaps {b:?} at width {width_px}");
            }
        }
        let tree = roxmltree::Document::parse(&document).unwrap();
        let texts: Vec<&str> = tree.descendants().filter_map(|n| n.text()).collect();
        for event in &project.events {
            // Whole, or cut with "…" where the picture is narrow.
            let shown = texts.iter().any(|text| {
                let text = text.strip_prefix("c. ").unwrap_or(text);
                text == event.title
                    || text
                        .strip_suffix('…')
                        .is_some_and(|cut| !cut.is_empty() && event.title.starts_with(cut))
            });
            assert!(shown, "{} missing at width {width_px}", event.title);
        }
    }
}

#[test]
fn lanes_and_dates_filter_every_format() {
    let project = fixture();
    let options = ExportOptions {
        lanes: Some(vec!["Politics".to_owned()]),
        from: Some("1900".parse().unwrap()),
        ..ExportOptions::default()
    };
    let text =
        |format| String::from_utf8(export_bytes(&project, format, &options).unwrap()).unwrap();
    for format in [
        ExportFormat::Svg,
        ExportFormat::TimelineJs,
        ExportFormat::Csv,
        ExportFormat::Markdown,
    ] {
        let output = text(format);
        assert!(output.contains("Fall of the Berlin Wall"), "{format}");
        assert!(!output.contains("Apollo 11"), "{format}: other lane");
        assert!(
            !output.contains("Julius Caesar"),
            "{format}: before the range"
        );
    }
    let csv = text(ExportFormat::Csv);
    assert_eq!(csv.lines().next().unwrap(), CSV_HEADER.join(","));
    assert_eq!(csv.lines().count(), 4, "{csv}");
}

#[test]
fn bad_options_fail_and_leave_files_alone() {
    let project = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timeline.svg");
    std::fs::write(&path, "previous").unwrap();
    let unknown = ExportOptions {
        lanes: Some(vec!["Sports".to_owned()]),
        ..ExportOptions::default()
    };
    for format in ExportFormat::ALL {
        let err = export_to_file(&project, &path, format, &unknown).unwrap_err();
        assert!(
            matches!(err, ExportError::UnknownLane(ref name) if name == "Sports"),
            "{err}"
        );
    }
    let reversed = ExportOptions {
        from: Some("2000".parse().unwrap()),
        to: Some("1990".parse().unwrap()),
        ..ExportOptions::default()
    };
    let err = export_to_file(&project, &path, ExportFormat::Png, &reversed).unwrap_err();
    assert!(matches!(err, ExportError::EmptyRange { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "previous");

    let unwritable = dir.path().join("missing-folder/timeline.csv");
    let err = export_to_file(
        &project,
        &unwritable,
        ExportFormat::Csv,
        &ExportOptions::default(),
    )
    .unwrap_err();
    assert!(
        err.to_string().ends_with("timeline.csv"),
        "path last: {err}"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["timeline.svg"], "no temporary files left");

    export_to_file(
        &project,
        &path,
        ExportFormat::Svg,
        &ExportOptions::default(),
    )
    .unwrap();
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<?xml"));
}

#[test]
fn relations_to_the_date_are_written_in_every_format() {
    let mut project = fixture();
    let last = project.events.len() - 1;
    project.events[last].relation = Relation::By;
    project.events[last - 1].relation = Relation::AsOf;
    let by = project.events[last].when();
    assert!(by.starts_with("by "), "{by}");
    let options = ExportOptions::default();
    assert!(markdown(&project, &options).contains(&format!("**{by}**")));
    let json = timelinejs(&project, &options);
    assert!(
        json.contains(&format!("\"display_date\": \"{by}\"")),
        "{json}"
    );
    let table = csv(&project, &options).unwrap();
    let rows: Vec<&str> = table.lines().collect();
    assert!(rows[0].ends_with(",relation,disagreement"));
    assert_eq!(rows.iter().filter(|r| r.ends_with(",by,")).count(), 1);
    assert_eq!(rows.iter().filter(|r| r.ends_with(",as_of,")).count(), 1);
    let picture = svg(&project, &options).unwrap();
    assert!(picture.contains(&by), "the card's date says it");
    assert!(
        picture.contains("<polygon"),
        "a triangle marks the 'by' event"
    );
    assert!(
        picture.contains("fill=\"none\""),
        "a ring marks the 'as of' event"
    );
    // The unchanged fixture has neither.
    let plain = svg(&fixture(), &options).unwrap();
    assert!(!plain.contains("<polygon"));
}

#[test]
fn picture_footnotes_cite_sources_and_note_disagreements() {
    let project = fixture();
    let options = ExportOptions {
        footnotes: true,
        ..ExportOptions::default()
    };
    let picture = svg(&project, &options).unwrap();
    for expected in [
        "The Evening Star",
        "Ruth Adler",
        "https://star.example/1969/07/moon",
        "The sources disagree on the date:",
    ] {
        assert!(picture.contains(expected), "{expected} missing");
    }
}
