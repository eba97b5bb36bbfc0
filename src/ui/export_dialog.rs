//! File › Export…: format, date range, lanes, width, theme; then a save dialog picks the file.

use std::collections::BTreeSet;

use crate::command::{Command, FileCommand};
use crate::export::{ExportFormat, ExportOptions, Theme};
use crate::model::{Date, LaneId};
use crate::state::AppView;

/// Which part of the timeline an export shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// Every event.
    Whole,
    /// Exactly the time the screen shows.
    OnScreen,
    /// Between two dates typed in.
    Dates,
}

/// The export window's fields.
#[derive(Clone, Debug)]
pub struct ExportDialogState {
    /// Whether the window is shown.
    pub open: bool,
    format: ExportFormat,
    part: Part,
    /// One picture per year, decade or century, or one in all.
    pages: Option<crate::model::Precision>,
    /// The largest picture made without asking, in megapixels.
    max_megapixels: f64,
    width_px: u32,
    from: String,
    to: String,
    /// Lanes left out.
    hidden_lanes: BTreeSet<LaneId>,
    /// The look chosen in this window; until then, the theme on screen.
    theme: Option<Theme>,
    /// Keep only the events the timeline's filter shows.
    filtered: bool,
    scale: f32,
    footnotes: bool,
    error: Option<String>,
}

impl Default for ExportDialogState {
    fn default() -> Self {
        Self {
            open: false,
            format: ExportFormat::Png,
            part: Part::Whole,
            pages: None,
            max_megapixels: crate::export::DEFAULT_MAX_MEGAPIXELS,
            width_px: ExportOptions::default().width_px,
            from: String::new(),
            to: String::new(),
            hidden_lanes: BTreeSet::new(),
            theme: None,
            filtered: false,
            scale: 1.0,
            footnotes: false,
            error: None,
        }
    }
}

/// Draws the export window while it is open.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    app: AppView<'_>,
    state: &mut ExportDialogState,
    canvas_width: f32,
    commands: &mut Vec<Command>,
) {
    if !state.open {
        return;
    }
    let mut open = true;
    egui::Window::new("Export timeline")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            fields_ui(ui, app, state, canvas_width);
            if let Some(error) = &state.error {
                ui.colored_label(super::theme::ERROR, error);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button("Export…").clicked() {
                    let visible = visible_days(app, canvas_width);
                    match options_from(state, app, screen_theme(ui.ctx()), visible) {
                        Ok(options) => {
                            state.error = None;
                            state.open = false;
                            commands.push(Command::File(FileCommand::Export {
                                format: state.format,
                                options,
                            }));
                        }
                        Err(message) => state.error = Some(message),
                    }
                }
                if ui.button("Cancel").clicked() {
                    state.open = false;
                }
            });
        });
    if !open {
        state.open = false;
    }
}

/// The export look matching the screen's.
fn screen_theme(ctx: &egui::Context) -> Theme {
    if ctx.global_style().visuals.dark_mode {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// The time the timeline shows on screen, in days.
fn visible_days(app: AppView<'_>, canvas_width: f32) -> (f64, f64) {
    crate::timeline::TimeAxis::new(app.view.time_view, 0.0, f64::from(canvas_width.max(1.0)))
        .visible_days()
}

fn options_from(
    state: &ExportDialogState,
    app: AppView<'_>,
    screen: Theme,
    visible: (f64, f64),
) -> Result<ExportOptions, String> {
    let date = |text: &str, which: &str| -> Result<Option<Date>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        super::text_fields::parse_event_date(text)
            .map(Some)
            .map_err(|err| format!("{which}: {err}"))
    };
    let lanes: Vec<String> = app
        .project
        .lanes
        .iter()
        .filter(|l| !state.hidden_lanes.contains(&l.id))
        .map(|l| l.name.clone())
        .collect();
    if lanes.is_empty() {
        return Err("Choose at least one lane.".to_owned());
    }
    Ok(ExportOptions {
        width_px: state.width_px,
        from: if state.part == Part::Dates {
            date(&state.from, "From")?
        } else {
            None
        },
        to: if state.part == Part::Dates {
            date(&state.to, "To")?
        } else {
            None
        },
        lanes: (lanes.len() < app.project.lanes.len()).then_some(lanes),
        scale: state.scale,
        theme: state.theme.unwrap_or(screen),
        footnotes: state.footnotes,
        filter: (state.filtered && app.view.filter.is_active()).then(|| app.view.filter.clone()),
        visible_days: (state.part == Part::OnScreen).then_some(visible),
        pages: state.pages,
        max_megapixels: state.max_megapixels,
    })
}

/// The export window's fields, in a grid.
fn fields_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut ExportDialogState,
    canvas_width: f32,
) {
    egui::Grid::new("export_fields")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("Format");
            egui::ComboBox::from_id_salt("export_format")
                .selected_text(state.format.label())
                .show_ui(ui, |ui| {
                    for format in ExportFormat::ALL {
                        ui.selectable_value(&mut state.format, format, format.label());
                    }
                });
            ui.end_row();
            ui.label("Show");
            ui.horizontal(|ui| {
                ui.radio_value(&mut state.part, Part::Whole, "The whole timeline");
                let on_screen = ui
                    .radio_value(&mut state.part, Part::OnScreen, "What you see")
                    .on_hover_text("Exactly the time on screen, at the timeline's width");
                if on_screen.clicked() {
                    // The axis as wide as the canvas: the same time at the same scale.
                    #[expect(clippy::cast_sign_loss, reason = "clamped to 0.. first")]
                    let width = canvas_width.round().clamp(0.0, 15_000.0) as u32;
                    state.width_px = (width + crate::export::SIDE_MARGINS_PX).clamp(320, 16_000);
                }
                ui.radio_value(&mut state.part, Part::Dates, "Between dates");
            });
            ui.end_row();
            if state.part == Part::Dates {
                ui.label("From");
                ui.add(egui::TextEdit::singleline(&mut state.from).hint_text("start (all)"))
                    .on_hover_text("Any date: 1989, Nov 1989, 9 Nov 1989, 44 BC, 1990s");
                ui.end_row();
                ui.label("To");
                ui.add(egui::TextEdit::singleline(&mut state.to).hint_text("end (all)"));
                ui.end_row();
            }
            if app.view.filter.is_active() {
                ui.label("Events");
                ui.checkbox(
                    &mut state.filtered,
                    format!(
                        "Only those the filter shows ({})",
                        app.view.filter.describe(app.project)
                    ),
                );
                ui.end_row();
            }
            ui.label("Lanes");
            ui.vertical(|ui| {
                for lane in &app.project.lanes {
                    let mut shown = !state.hidden_lanes.contains(&lane.id);
                    if ui.checkbox(&mut shown, &lane.name).changed() {
                        if shown {
                            state.hidden_lanes.remove(&lane.id);
                        } else {
                            state.hidden_lanes.insert(lane.id);
                        }
                    }
                }
            });
            ui.end_row();
            let image = matches!(state.format, ExportFormat::Png | ExportFormat::Svg);
            ui.label("Width");
            ui.add_enabled(
                image,
                egui::DragValue::new(&mut state.width_px)
                    .range(320..=16_000)
                    .suffix(" px"),
            );
            ui.end_row();
            ui.label("Pictures");
            pages_ui(ui, state, image);
            ui.end_row();
            ui.label("Largest");
            ui.add_enabled(
                image,
                egui::DragValue::new(&mut state.max_megapixels)
                    .range(1.0..=1_000.0)
                    .suffix(" megapixels"),
            )
            .on_hover_text(
                "A larger picture is refused at once (crowded lanes are drawn as density \
                 strips, so the whole timeline usually fits)",
            );
            ui.end_row();
            ui.label("Look");
            ui.add_enabled_ui(image, |ui| {
                ui.horizontal(|ui| {
                    let screen = screen_theme(ui.ctx());
                    let mut dark = state.theme.unwrap_or(screen) == Theme::Dark;
                    if ui
                        .checkbox(&mut dark, "Dark")
                        .on_hover_text("Like the screen unless you choose")
                        .changed()
                    {
                        state.theme = Some(if dark { Theme::Dark } else { Theme::Light });
                    }
                    let mut double = state.scale > 1.0;
                    let png = state.format == ExportFormat::Png;
                    if ui
                        .add_enabled(png, egui::Checkbox::new(&mut double, "2× pixels"))
                        .changed()
                    {
                        state.scale = if double { 2.0 } else { 1.0 };
                    }
                    ui.checkbox(&mut state.footnotes, "Source footnotes");
                });
            });
            ui.end_row();
        });
}

/// One picture, or one per year, decade or century.
fn pages_ui(ui: &mut egui::Ui, state: &mut ExportDialogState, image: bool) {
    ui.add_enabled_ui(image, |ui| {
        use crate::model::Precision;
        let label = |p: Option<Precision>| match p {
            None => "One",
            Some(Precision::Year) => "One per year",
            Some(Precision::Decade) => "One per decade",
            Some(_) => "One per century",
        };
        egui::ComboBox::from_id_salt("export_pages")
            .selected_text(label(state.pages))
            .show_ui(ui, |ui| {
                for p in [
                    None,
                    Some(Precision::Year),
                    Some(Precision::Decade),
                    Some(Precision::Century),
                ] {
                    ui.selectable_value(&mut state.pages, p, label(p));
                }
            })
            .response
            .on_hover_text("Split a long timeline: each file is named after its period");
    });
}
