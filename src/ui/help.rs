//! The Help menu's windows: Keyboard shortcuts (F1, from the same table the menus and the keyboard
//! handler use), Getting started (the loop in five steps) and About (version, licences).

use crate::command::table::UserCommand;

/// A help window: centred at first, closable, fixed in size.
fn help_window<'o>(ctx: &egui::Context, title: &str, open: &'o mut bool) -> egui::Window<'o> {
    egui::Window::new(title)
        .open(open)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .resizable(false)
}

/// Shows the shortcuts window while `open`.
pub fn shortcuts_window_ui(ctx: &egui::Context, open: &mut bool) {
    help_window(ctx, "Keyboard shortcuts", open).show(ctx, |ui| {
        egui::Grid::new("shortcuts_grid")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for command in UserCommand::ALL {
                    let keys: Vec<String> = command
                        .shortcuts()
                        .iter()
                        .map(crate::command::table::shortcut_text)
                        .collect();
                    if keys.is_empty() {
                        continue;
                    }
                    ui.strong(keys.join(" / "));
                    ui.label(command.label());
                    ui.weak(command.scope().describe());
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.weak(
            "Mouse: drag the background to pan, scroll to zoom, Shift-drag to select the \
                 events in a box, double-click to add an event, right-click a card, the \
                 background or a lane's name for its menu, drag a suggestion onto a lane to \
                 accept it.",
        );
        ui.weak(
            "Ctrl+= and Ctrl+− make the whole interface larger or smaller (+ and − zoom \
                 the timeline).",
        );
    });
}

/// Help › Getting started: the loop in five steps.
pub fn getting_started_ui(ctx: &egui::Context, open: &mut bool) {
    help_window(ctx, "Getting started", open)
        .default_width(460.0)
        .show(ctx, |ui| {
            let steps = [
                (
                    "Add articles",
                    "File › Add articles…, drag files onto the window, or Edit › Paste as article \
                     (.txt, .md, .html). Dateline reads each article's date from the page; check \
                     it in the Articles list at the left.",
                ),
                (
                    "Read the suggestions",
                    "Every date in the articles becomes a suggested event at the bottom right, with \
                     who did what, its date and the sentence. Click one to see it in the article; \
                     reports of the same event by several articles are grouped.",
                ),
                (
                    "Put events on the timeline",
                    "Drag a suggestion onto a lane, or select it and press Enter; Delete rejects it. \
                     Double-click the timeline to add an event by hand.",
                ),
                (
                    "Arrange and edit",
                    "Drag cards to move them, their ends to stretch them; right-click for more. \
                     Edit the selected event at the right. Scroll to zoom, F to fit everything, \
                     Ctrl+F to find, Ctrl+Z to undo anything.",
                ),
                (
                    "Save and share",
                    "File › Save keeps the timeline and its articles in one file; File › Export… \
                     makes a picture (PNG, SVG), a TimelineJS file, CSV or Markdown, with sources.",
                ),
            ];
            for (number, (title, text)) in steps.iter().enumerate() {
                ui.horizontal_top(|ui| {
                    ui.strong(format!("{}.", number + 1));
                    ui.vertical(|ui| {
                        ui.strong(*title);
                        ui.label(*text);
                    });
                });
                ui.add_space(4.0);
            }
        });
}

/// Help › About Dateline: version and the licences of what it bundles.
pub fn about_ui(ctx: &egui::Context, open: &mut bool) {
    help_window(ctx, "About Dateline", open).show(ctx, |ui| {
        ui.heading(format!("Dateline {}", env!("CARGO_PKG_VERSION")));
        ui.label(env!("CARGO_PKG_DESCRIPTION"));
        ui.label(format!("Licence: {}", env!("CARGO_PKG_LICENSE")));
        ui.add_space(6.0);
        ui.strong("Bundled fonts and data");
        egui::Grid::new("about_licences")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                let rows = [
                    (
                        "DejaVu Sans (fallback font, image export)",
                        "Bitstream Vera / DejaVu licence (free)",
                    ),
                    ("Ubuntu Light (egui's text font)", "Ubuntu Font Licence 1.0"),
                    (
                        "Hack (egui's monospace font)",
                        "MIT / Bitstream Vera licence",
                    ),
                    ("Noto Emoji (egui's symbols)", "SIL Open Font Licence 1.1"),
                    (
                        "emoji-icon-font (egui's icons)",
                        "MIT / SIL Open Font Licence 1.1",
                    ),
                    (
                        "Snowball English stemmer (rust-stemmers)",
                        "BSD 3-clause / MIT",
                    ),
                    (
                        "Part-of-speech lexicon and rules (en-lexicon, en-pos)",
                        "MIT (assets/pos/LICENSE.md)",
                    ),
                    (
                        "Sample article (assets/samples)",
                        "a news report, quoted to demonstrate",
                    ),
                ];
                for (what, licence) in rows {
                    ui.label(what);
                    ui.weak(licence);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.weak(
            "Built with egui and eframe (MIT / Apache-2.0). The full licence texts are in \
                 assets/fonts, assets/pos and the crates' sources.",
        );
    });
}
