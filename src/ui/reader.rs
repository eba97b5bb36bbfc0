//! The reader: an opened article's text.

use super::AppView;
use crate::app::OpenArticle;
use crate::command::Command;

/// Draws the article text, read-only.
pub fn reader_ui(
    ui: &mut egui::Ui,
    _app: AppView<'_>,
    article: &OpenArticle,
    _commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading(&article.title);
        ui.weak(article.path.display().to_string());
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(egui::Label::new(&article.text).wrap());
        });
}
