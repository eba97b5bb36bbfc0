//! The desktop window: eframe's app, which puts the [`crate::app::Controller`] and the
//! [`crate::ui`] together. It is the only module that names both; they only share [`crate::state`].

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::app::Controller;
use crate::ui::UiState;

/// Window size on first start.
const INITIAL_SIZE: [f32; 2] = [1280.0, 800.0];

/// The eframe app: the controller and the UI's own widget state.
pub struct DatelineApp {
    app: Controller,
    ui_state: UiState,
    /// Clicks that wait for the keys typed before them.
    input_order: crate::ui::input_order::InputOrder,
    /// Set when the process is asked to end (SIGTERM, SIGINT, SIGHUP).
    terminate: Arc<AtomicBool>,
}

impl DatelineApp {
    /// Creates the app from eframe's creation context, restoring preferences, then opens `files`
    /// (a `.ron` file as the project, anything else as an article).
    pub fn new(cc: &eframe::CreationContext<'_>, files: &[PathBuf]) -> Self {
        crate::ui::theme::install(&cc.egui_ctx);
        Self {
            app: Controller::new(&cc.egui_ctx, cc.storage, files),
            ui_state: UiState::default(),
            input_order: crate::ui::input_order::InputOrder::default(),
            terminate: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The controller (project, history, view).
    pub fn app(&self) -> &Controller {
        &self.app
    }

    /// The controller, to apply commands directly (tests and scripts).
    pub fn app_mut(&mut self) -> &mut Controller {
        &mut self.app
    }

    /// Ends the session cleanly when `flag` is set (by a signal handler).
    fn watch_termination(&mut self, flag: Arc<AtomicBool>) {
        self.terminate = flag;
    }
}

impl eframe::App for DatelineApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.terminate.load(Ordering::Relaxed) {
            // Asked to end from outside: no question can be answered now. Unsaved work stays in a
            // fresh recovery copy (see `Controller::on_exit`), clean work leaves none.
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        self.app.logic(ctx);
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.input_order.arrange(&mut raw_input.events) {
            ctx.request_repaint();
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        crate::ui::app_ui(ui, self.app.view_model(), &mut self.ui_state, &mut commands);
        self.app.apply_all(commands, &ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, self.app.prefs());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.on_exit();
    }
}

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
        Box::new(move |cc| {
            let mut app = DatelineApp::new(cc, &files);
            let flag = Arc::new(AtomicBool::new(false));
            let handler_flag = Arc::clone(&flag);
            let ctx = cc.egui_ctx.clone();
            if let Err(err) = ctrlc::set_handler(move || {
                handler_flag.store(true, Ordering::Relaxed);
                ctx.request_repaint();
            }) {
                log::warn!("cannot watch for termination signals: {err}");
            }
            app.watch_termination(flag);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dateline: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
