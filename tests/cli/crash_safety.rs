//! Never losing work, never crashing on bad input: kill -9 during saves, mutated project files,
//! hostile article files.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::repo;

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Runs `dateline ARGS`, killing it if it takes longer than `limit`; returns its exit code.
fn run_with_limit(args: &[&str], limit: Duration) -> (Option<i32>, String) {
    let mut child = Command::new(super::BIN)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            return (status.code(), stderr);
        }
        assert!(started.elapsed() < limit, "dateline {args:?} hung");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn kill_9_during_import_always_leaves_a_loadable_project() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("story.ron");
    let sample = repo("assets/samples/kazakhstan-unrest.txt");
    let out = Command::new(super::BIN)
        .args(["import", "--dct", "2022-01-06", "--accept-all", "-o"])
        .arg(&project)
        .arg(&sample)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut rng = Lcg(7);
    for round in 0..25 {
        // A new article each round, so every import really rewrites the project.
        let article = dir.path().join(format!("update-{round}.txt"));
        std::fs::write(
            &article,
            format!(
                "Update {round}: officials met on January {}, 2022 in Almaty.",
                1 + round % 28
            ),
        )
        .unwrap();
        let mut child = Command::new(super::BIN)
            .args(["import", "--accept-all", "-o"])
            .arg(&project)
            .arg(&article)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(40_000)));
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let check = Command::new(super::BIN)
            .arg("check")
            .arg(&project)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "round {round}: project unloadable after kill -9: {}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[test]
fn mutated_project_files_never_panic_or_hang() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(repo("tests/fixtures/history-v1.ron")).unwrap();
    let mut rng = Lcg(42);
    let path = dir.path().join("mutant.ron");
    for round in 0..300 {
        let mut bytes = good.clone();
        for _ in 0..=rng.below(6) {
            let at = rng.below(bytes.len() as u64) as usize;
            match rng.below(4) {
                0 => bytes[at] = rng.below(256) as u8,
                1 => {
                    bytes.remove(at);
                }
                2 => {
                    let alphabet = b"()[],:\"0-9Xx~\\";
                    bytes.insert(at, alphabet[rng.below(alphabet.len() as u64) as usize]);
                }
                _ => bytes.truncate(at),
            }
            if bytes.is_empty() {
                break;
            }
        }
        std::fs::write(&path, &bytes).unwrap();
        let (code, stderr) =
            run_with_limit(&["check", path.to_str().unwrap()], Duration::from_secs(10));
        assert!(
            matches!(code, Some(0 | 1)),
            "round {round}: exit {code:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "round {round}: {stderr}");
        if code == Some(1) {
            assert_eq!(stderr.lines().count(), 1, "round {round}: {stderr}");
        }
    }
}

#[test]
fn hostile_article_inputs_get_exit_1_and_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(3);
    let random: Vec<u8> = (0..4096).map(|_| rng.below(256) as u8).collect();
    let random_path = dir.path().join("random.txt");
    std::fs::write(&random_path, &random).unwrap();
    // A minimal zip archive (local header + end of central directory).
    let zip_path = dir.path().join("archive.zip");
    let mut zip = b"PK\x03\x04\x14\x00\x00\x00\x00\x00".to_vec();
    zip.extend_from_slice(&[0u8; 20]);
    zip.extend_from_slice(
        b"PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
    );
    std::fs::write(&zip_path, &zip).unwrap();
    let missing = dir.path().join("missing.txt");
    for path in [&random_path, &zip_path, &missing, &dir.path().to_path_buf()] {
        let (code, stderr) = run_with_limit(
            &["suggest", path.to_str().unwrap()],
            Duration::from_secs(10),
        );
        assert_eq!(code, Some(1), "{}: {stderr}", path.display());
        assert_eq!(stderr.lines().count(), 1, "{}: {stderr}", path.display());
    }
}

#[test]
fn one_enormous_line_and_nul_bytes_do_not_hang_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Protests began on Sunday, January 2, 2022, and spread to Almaty by Wednesday. "
        .repeat(20_000);
    let long = dir.path().join("long.txt");
    std::fs::write(&long, &line).unwrap();
    let (code, stderr) = run_with_limit(
        &["suggest", "--json", long.to_str().unwrap()],
        Duration::from_mins(2),
    );
    assert_eq!(code, Some(0), "{stderr}");
    let mut nul = b"Protests began on January 2, 2022.".to_vec();
    nul.extend_from_slice(&[0, 0, 0]);
    nul.extend_from_slice(b" More text after NUL bytes on January 3, 2022.");
    let nul_path = dir.path().join("nul.txt");
    std::fs::write(&nul_path, &nul).unwrap();
    let (code, stderr) = run_with_limit(
        &["suggest", nul_path.to_str().unwrap()],
        Duration::from_secs(20),
    );
    assert!(matches!(code, Some(0 | 1)), "{stderr}");
}
