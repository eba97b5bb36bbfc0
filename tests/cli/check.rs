//! `dateline check`: valid projects summarised, anything else exit 1 with one line on stderr.

use std::path::{Path, PathBuf};

use super::dateline;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn assert_rejected(path: &Path, expected_words: &str) {
    let out = dateline(&["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
    assert!(out.stdout.is_empty(), "{}", path.display());
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(
        stderr.contains(expected_words),
        "{}: expected {expected_words:?} in {stderr:?}",
        path.display()
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn fixture_of_version_one_is_summarised() {
    let out = dateline(&["check", fixture("history-v1.ron").to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "12 events, 2 lanes, 0 articles, 44 BC – 2022\n"
    );
}

#[test]
fn every_fixture_loads() {
    for entry in std::fs::read_dir(fixture("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let out = dateline(&["check", path.to_str().unwrap()]);
            assert!(
                out.status.success(),
                "{path:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8(out.stdout).unwrap().contains(" events, "));
        }
    }
}

#[test]
fn bad_project_files_are_rejected_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(fixture("history-v1.ron")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.ron", Vec::new(), "empty"),
        ("blank.ron", b"  \n\n".to_vec(), "empty"),
        (
            "binary.ron",
            vec![0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe, 1, 2],
            "binary",
        ),
        (
            "truncated.ron",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "line",
        ),
        (
            "shape.ron",
            b"(name: \"not a timeline\", items: [1, 2, 3])".to_vec(),
            "not a valid Dateline project",
        ),
        (
            "list.ron",
            b"[1, 2, 3]".to_vec(),
            "not a valid Dateline project",
        ),
        (
            "newer.ron",
            good.replace("version: 1", "version: 7").into_bytes(),
            "newer Dateline",
        ),
        (
            "dangling.ron",
            good.replace("lane: 2)", "lane: 9)").into_bytes(),
            "damaged project",
        ),
    ];
    for (name, bytes, words) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        assert_rejected(&path, words);
    }
    assert_rejected(&dir.path().join("missing.ron"), "No such file");
    assert_rejected(dir.path(), "cannot read project file");
}

#[test]
fn help_and_version_work() {
    let out = dateline(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("check") && help.contains("Usage"), "{help}");
    let out = dateline(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("dateline {}", env!("CARGO_PKG_VERSION"))
    );
    let out = dateline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 1);
}

#[test]
fn a_missing_file_is_one_line_with_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let out = dateline(&["check", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(
        stderr.matches("No such file or directory").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("missing.ron"), "{stderr}");
}

#[test]
fn a_picture_over_the_size_limit_is_refused_in_one_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out_png = dir.path().join("big.png");
    let project = super::repo("tests/fixtures/export/project.ron");
    let out = dateline(&[
        "export",
        project.to_str().unwrap(),
        "-o",
        out_png.to_str().unwrap(),
        "--max-megapixels",
        "0.2",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("megapixels"), "{stderr}");
    assert!(stderr.contains("more than the 0.2 allowed"), "{stderr}");
    assert!(!out_png.exists());
    // Within the limit, the same export is made.
    let out = dateline(&[
        "export",
        project.to_str().unwrap(),
        "-o",
        out_png.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out_png.exists());
}
