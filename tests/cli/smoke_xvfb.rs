//! Starts the real binary under Xvfb on the sample article: it must stay up and draw a full window.
//! Needs `Xvfb` and `xwd` (installed by .ci/setup); it fails, never skips, when they are missing.
#![expect(clippy::expect_used, reason = "tests fail loudly on unexpected errors")]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the child when dropped, so a failing assertion never leaks processes.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

/// A 32-bit-per-pixel XWD screen dump, decoded to pixel values.
struct Screen {
    width: usize,
    height: usize,
    pixels: Vec<u32>,
}

fn parse_xwd(bytes: &[u8]) -> Screen {
    let field = |i: usize| u32::from_be_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap()) as usize;
    let (header_size, width, height) = (field(0), field(4), field(5));
    let (bits_per_pixel, bytes_per_line, ncolors) = (field(11), field(12), field(19));
    assert_eq!(bits_per_pixel, 32, "expected a 24/32-bit screen");
    let data = &bytes[header_size + ncolors * 12..];
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        let row = &data[y * bytes_per_line..y * bytes_per_line + width * 4];
        pixels.extend(
            row.chunks_exact(4)
                .map(|p| u32::from_le_bytes(p.try_into().unwrap()) & 0x00ff_ffff),
        );
    }
    Screen {
        width,
        height,
        pixels,
    }
}

fn screenshot(display: &str) -> Screen {
    let out = Command::new("xwd")
        .args(["-root", "-silent", "-display", display])
        .output()
        .expect("xwd (x11-apps) is required");
    assert!(
        out.status.success(),
        "xwd failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_xwd(&out.stdout)
}

#[test]
fn app_starts_under_xvfb_and_draws_a_full_window() {
    let display = format!(":{}", 90 + std::process::id() % 500);
    let xvfb = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb is required for the smoke test (apt-get install xvfb)");
    let _xvfb = KillOnDrop(xvfb);
    std::thread::sleep(Duration::from_secs(1));

    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/kazakhstan-unrest.txt");
    let config = tempfile::tempdir().unwrap();
    let app = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .arg(&sample)
        .env("DISPLAY", &display)
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_CONFIG_HOME", config.path())
        .env("XDG_DATA_HOME", config.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut app = KillOnDrop(app);

    // Wait until the window has drawn something rich, or give up after a generous while.
    let started = Instant::now();
    let mut distinct = 0;
    let mut screen = screenshot(&display);
    while started.elapsed() < Duration::from_mins(1) {
        if let Some(status) = app.0.try_wait().unwrap() {
            panic!("dateline exited early with {status}");
        }
        screen = screenshot(&display);
        let mut colours = screen.pixels.clone();
        colours.sort_unstable();
        colours.dedup();
        distinct = colours.len();
        if distinct > 40 {
            break;
        }
        std::thread::sleep(Duration::from_secs_f32(0.5));
    }
    assert!(
        distinct > 40,
        "the window looks blank: {distinct} distinct colours"
    );
    // Drawn across the whole window, not a corner: every quarter of the screen has detail.
    for (qx, qy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let mut colours: Vec<u32> = (0..screen.height / 2)
            .flat_map(|y| {
                let row = (qy * screen.height / 2 + y) * screen.width + qx * screen.width / 2;
                screen.pixels[row..row + screen.width / 2].to_vec()
            })
            .collect();
        colours.sort_unstable();
        colours.dedup();
        assert!(colours.len() > 3, "quarter ({qx}, {qy}) is empty");
    }
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        app.0.try_wait().unwrap().is_none(),
        "dateline did not stay up"
    );
}
