//! Starting the desktop window.

use std::path::PathBuf;
use std::process::ExitCode;

/// Window size on first start.
const INITIAL_SIZE: [f32; 2] = [1280.0, 800.0];

/// Opens the window with `files` (a `.ron` project and/or articles). Returns when it closes.
pub fn run(files: &[PathBuf]) -> ExitCode {
    if std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
        && std::env::var_os("WAYLAND_SOCKET").is_none()
    {
        eprintln!(
            "dateline: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); \
             run it in a desktop session, or use a subcommand (see dateline --help)"
        );
        return ExitCode::FAILURE;
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Dateline")
        .with_app_id("dateline")
        .with_inner_size(INITIAL_SIZE)
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("bundled icon unreadable: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    };
    let files = files.to_vec();
    let result = eframe::run_native(
        "Dateline",
        options,
        Box::new(move |cc| Ok(Box::new(crate::app::DatelineApp::new(cc, &files)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dateline: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
