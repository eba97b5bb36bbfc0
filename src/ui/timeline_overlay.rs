//! What is drawn over the timeline's cards: the scale indicator, the date of a card being dragged,
//! and the box of a Shift-drag selection.

use egui::{Align2, FontId, Painter, Pos2, Rect, Stroke};

use super::timeline_cache::CanvasLayout;
use super::{theme, timeline_paint};
use crate::command::DragKind;
use crate::state::AppView;
use crate::timeline::scale_bar::scale_bar;
use crate::timeline::time_axis::TimeAxis;

/// The accessibility label of the scale indicator ("Scale: 1 week").
pub const SCALE_PREFIX: &str = "Scale: ";
/// Longest the scale bar gets, in points.
const SCALE_MAX_POINTS: f64 = 140.0;

/// The scale indicator in the bottom-right corner: a round length of time and its bar.
pub fn scale_indicator(ui: &egui::Ui, painter: &Painter, axis: &TimeAxis, rect: Rect) -> String {
    let visuals = ui.visuals();
    let (points, name) = scale_bar(axis.view.days_per_point, SCALE_MAX_POINTS);
    let points = points as f32;
    let right = rect.right() - 12.0;
    let y = rect.bottom() - 10.0;
    let left = right - points;
    let text_color = visuals.strong_text_color();
    let font = FontId::proportional(11.0);
    let galley = painter.layout_no_wrap(name.to_owned(), font.clone(), text_color);
    let backdrop = Rect::from_min_max(
        Pos2::new(left.min(right - galley.size().x) - 6.0, y - 20.0),
        Pos2::new(right + 6.0, y + 5.0),
    );
    painter.rect_filled(backdrop, 3.0, visuals.panel_fill.gamma_multiply(0.85));
    let stroke = Stroke::new(2.0, text_color);
    painter.line_segment([Pos2::new(left, y), Pos2::new(right, y)], stroke);
    painter.line_segment([Pos2::new(left, y - 4.0), Pos2::new(left, y + 1.0)], stroke);
    painter.line_segment(
        [Pos2::new(right, y - 4.0), Pos2::new(right, y + 1.0)],
        stroke,
    );
    painter.text(
        Pos2::new(right, y - 5.0),
        Align2::RIGHT_BOTTOM,
        name,
        font,
        text_color,
    );
    format!("{SCALE_PREFIX}{name}")
}

/// While a card is dragged, its new date in a label above it.
pub fn drag_date(ui: &egui::Ui, painter: &Painter, app: AppView<'_>, canvas: &CanvasLayout) {
    let Some(drag) = &app.view.drag else {
        return;
    };
    let id = match &drag.kind {
        DragKind::Move { grabbed, .. } => *grabbed,
        DragKind::Resize { id, .. } => *id,
    };
    let Some(card) = canvas.card_of(id) else {
        return;
    };
    let Some(event) = canvas.events.get(card.key) else {
        return;
    };
    let visuals = ui.visuals();
    let text = event.when();
    let font = FontId::proportional(12.0);
    let galley = painter.layout_no_wrap(text, font, visuals.strong_text_color());
    let anchor = Pos2::new(card.bar_x_min as f32, card.y_min as f32 - 4.0);
    let rect = Rect::from_min_size(
        Pos2::new(anchor.x, anchor.y - galley.size().y - 4.0),
        galley.size() + egui::vec2(8.0, 4.0),
    );
    painter.rect_filled(rect, 3.0, visuals.panel_fill);
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, theme::selection(visuals)),
        egui::StrokeKind::Inside,
    );
    painter.galley(
        rect.min + egui::vec2(4.0, 2.0),
        galley,
        visuals.strong_text_color(),
    );
}

/// The box of a Shift-drag selection, from `origin` to `corner` (the pointer).
pub fn selection_box(ui: &egui::Ui, painter: &Painter, origin: Pos2, corner: Pos2) {
    let rect = Rect::from_two_pos(origin, corner);
    let color = theme::selection(ui.visuals());
    painter.rect_filled(rect, 0.0, color.gamma_multiply(0.15));
    painter.rect_stroke(rect, 0.0, Stroke::new(1.0, color), egui::StrokeKind::Inside);
}

/// The rectangle of a lane's name at the top left of its band (where its menu opens).
pub fn lane_name_rect(painter: &Painter, name: &str, left: f32, band_top: f32) -> Rect {
    let width = painter
        .layout_no_wrap(
            name.to_owned(),
            FontId::proportional(timeline_paint::LANE_NAME_SIZE),
            egui::Color32::WHITE,
        )
        .size()
        .x;
    Rect::from_min_max(
        Pos2::new(left + 2.0, band_top + 1.0),
        Pos2::new(left + 10.0 + width.max(40.0), band_top + 17.0),
    )
}
