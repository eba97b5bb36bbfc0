//! Edit › Paste as article: text copied from a browser or a PDF becomes an article, with the
//! address and date the user gives it (both optional: what the text says is used otherwise).

use crate::command::{Command, FileCommand};
use crate::import::PastedArticle;

/// The window's fields while it is open.
#[derive(Default)]
pub struct PasteDialogState {
    /// Whether the window is open.
    pub open: bool,
    /// The pasted text.
    text: String,
    /// Title, address and date as typed.
    title: String,
    url: String,
    date: String,
    /// Why the last "Add article" could not be done.
    error: Option<String>,
}

/// Draws the window when it is open.
pub fn paste_dialog_ui(
    ctx: &egui::Context,
    state: &mut PasteDialogState,
    commands: &mut Vec<Command>,
) {
    if !state.open {
        return;
    }
    let mut open = true;
    let mut done = false;
    egui::Window::new("Paste as article")
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            let intro = ui.label(
                "Paste the article's text (or a page's HTML) below, e.g. copied from a browser \
                 or a PDF.",
            );
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .id_salt("paste_text")
                .show(ui, |ui| {
                    let text = ui
                        .add(
                            egui::TextEdit::multiline(&mut state.text)
                                .desired_width(f32::INFINITY)
                                .desired_rows(10)
                                .hint_text("Ctrl+V to paste"),
                        )
                        .labelled_by(intro.id);
                    if text.changed() {
                        state.error = None;
                    }
                });
            egui::Grid::new("paste_fields")
                .num_columns(2)
                .show(ui, |ui| {
                    for (label, value, hint) in [
                        ("Title", &mut state.title, "From the first line when empty"),
                        ("Address", &mut state.url, "https://… (optional)"),
                        (
                            "Date",
                            &mut state.date,
                            "6 Jan 2022 (optional: read from the text)",
                        ),
                    ] {
                        let name = label;
                        let label = ui.label(label);
                        ui.vertical(|ui| {
                            let field = ui
                                .add(
                                    egui::TextEdit::singleline(value)
                                        .desired_width(360.0)
                                        .hint_text(hint),
                                )
                                .labelled_by(label.id);
                            if field.changed() {
                                // A corrected field no longer shows the last complaint.
                                state.error = None;
                            }
                            if name == "Date" && !value.trim().is_empty() {
                                match super::text_fields::parse_article_date(value) {
                                    Ok(Some(date)) => ui.weak(format!("→ {}", date.human())),
                                    _ => ui.weak("→ not a day yet"),
                                };
                            }
                        });
                        ui.end_row();
                    }
                });
            if let Some(error) = &state.error {
                ui.colored_label(super::theme::WARNING, error);
            }
            ui.horizontal(|ui| {
                if ui.button("Add article").clicked() {
                    match pasted(state) {
                        Ok(pasted) => {
                            commands.push(FileCommand::AddPastedArticle(pasted).into());
                            done = true;
                        }
                        Err(error) => state.error = Some(error),
                    }
                }
                if ui.button("Cancel").clicked() {
                    done = true;
                }
            });
        });
    if !open || done {
        *state = PasteDialogState::default();
    }
}

/// The article to add, or why the fields do not make one.
fn pasted(state: &PasteDialogState) -> Result<PastedArticle, String> {
    if state.text.trim().is_empty() {
        return Err("Paste the article's text first.".to_owned());
    }
    let url = state.url.trim();
    super::text_fields::check_address(url)?;
    let date = super::text_fields::parse_article_date(&state.date)?;
    Ok(PastedArticle {
        text: state.text.clone(),
        title: state.title.trim().to_owned(),
        url: url.to_owned(),
        date,
    })
}
