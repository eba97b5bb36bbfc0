//! Toasts in the bottom-right corner: errors until dismissed, information for a few seconds.

use crate::command::{Command, ViewCommand};
use crate::state::notifications::{INFO_SECONDS, Level, Notifications};

/// Draws the notifications.
pub fn notifications_ui(
    ctx: &egui::Context,
    notifications: &Notifications,
    commands: &mut Vec<Command>,
) {
    if notifications.items().is_empty() {
        return;
    }
    egui::Area::new(egui::Id::unique("notifications"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            for item in notifications.items() {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let (icon, color) = match item.level {
                            Level::Error => ("⚠", super::theme::ERROR),
                            Level::Info => ("ℹ", ui.visuals().text_color()),
                        };
                        ui.colored_label(color, icon);
                        ui.add(egui::Label::new(&item.text).wrap());
                        if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                            commands.push(ViewCommand::DismissNotification(item.id).into());
                        }
                    });
                });
            }
        });
    // Wake once, when the first information message is due to go (not every second until then).
    let now = ctx.input(|i| i.time);
    let next_expiry = notifications
        .items()
        .iter()
        .filter(|n| n.level == Level::Info)
        .map(|n| n.shown_at + INFO_SECONDS - now)
        .reduce(f64::min);
    if let Some(seconds) = next_expiry {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(seconds.max(0.0) + 0.01));
    }
}
