//! Colours and sizes of the timeline, in one place (no colours hard-coded in the widgets).

use egui::Color32;

use crate::model::Rgb;
use crate::timeline::layout;

/// Background of the timeline canvas.
pub fn canvas_bg(visuals: &egui::Visuals) -> Color32 {
    visuals.extreme_bg_color
}

/// Alternating lane band tint.
pub fn lane_band(lane_color: Rgb, index: usize) -> Color32 {
    let alpha = if index.is_multiple_of(2) { 18 } else { 30 };
    let [r, g, b] = lane_color.0;
    Color32::from_rgba_unmultiplied(r, g, b, alpha)
}

/// Tick lines.
pub fn tick(visuals: &egui::Visuals, major: bool) -> Color32 {
    let base = visuals.widgets.noninteractive.bg_stroke.color;
    if major {
        visuals.text_color().gamma_multiply(0.45)
    } else {
        base
    }
}

/// The "today" marker.
pub const TODAY: Color32 = Color32::from_rgb(0xe1, 0x5d, 0x44);

/// Selection outline.
pub fn selection(visuals: &egui::Visuals) -> Color32 {
    visuals.selection.stroke.color
}

/// An event's colour as egui wants it.
pub fn color(rgb: Rgb) -> Color32 {
    let [r, g, b] = rgb.0;
    Color32::from_rgb(r, g, b)
}

/// Card fill: the event colour, softened for circa dates.
pub fn card_fill(rgb: Rgb, circa: bool) -> Color32 {
    let c = color(rgb);
    if circa { c.gamma_multiply(0.45) } else { c }
}

/// Text drawn on a coloured card: black or white, whichever reads better.
pub fn text_on(rgb: Rgb) -> Color32 {
    let [r, g, b] = rgb.0;
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Warnings (missing article date, sources that disagree).
pub const WARNING: Color32 = Color32::from_rgb(0xe9, 0xa8, 0x20);

/// Background of a resolved date expression in the reader (green), light or dark.
pub fn timex_resolved(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgba_premultiplied(0x1d, 0x5a, 0x3a, 0xa0)
    } else {
        Color32::from_rgb(0xc4, 0xe8, 0xcf)
    }
}

/// Background of an unresolved date expression in the reader (amber), light or dark.
pub fn timex_unresolved(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgba_premultiplied(0x6b, 0x4a, 0x0c, 0xa0)
    } else {
        Color32::from_rgb(0xf6, 0xdf, 0xa8)
    }
}
/// Background of the selected suggestion's expression.
pub const TIMEX_SELECTED: Color32 = Color32::from_rgb(0x2f, 0x6f, 0xd6);
/// Background of the highlighted sentence ("show in article"), light or dark.
pub fn sentence_highlight(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgba_premultiplied(0x4a, 0x44, 0x10, 0x90)
    } else {
        Color32::from_rgb(0xfb, 0xf3, 0xc4)
    }
}

/// Outline of the cards Edit › Find matches.
pub const FOUND: Color32 = Color32::from_rgb(0xf2, 0xc1, 0x1d);
/// Opacity of the cards a filter dims.
pub const DIMMED_OPACITY: f32 = 0.25;

/// Error notifications.
pub const ERROR: Color32 = Color32::from_rgb(0xd9, 0x3f, 0x3f);

/// Font size of card titles (shared with image export: [`layout::CARD_FONT_SIZE`]).
pub const CARD_FONT_SIZE: f32 = layout::CARD_FONT_SIZE as f32;
/// Widest card label ([`layout::MAX_CARD_LABEL_POINTS`]).
pub const MAX_CARD_LABEL_POINTS: f32 = layout::MAX_CARD_LABEL_POINTS as f32;
/// Font size of axis labels ([`layout::AXIS_FONT_SIZE`]).
pub const AXIS_FONT_SIZE: f32 = layout::AXIS_FONT_SIZE as f32;
/// Height of the time axis strip ([`layout::AXIS_HEIGHT`]).
pub const AXIS_HEIGHT: f32 = layout::AXIS_HEIGHT as f32;
/// Height of a card's date bar ([`layout::BAR_HEIGHT`]).
pub const BAR_HEIGHT: f32 = layout::BAR_HEIGHT as f32;

/// The `DejaVu Sans` font (Bitstream Vera licence, see `assets/fonts/`): arrows, symbols, Cyrillic, Greek,
/// Hebrew and Arabic that egui's default font lacks, so article text is not drawn as boxes.
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Installs Dateline's look (slightly larger text, rounder widgets) and the fallback font.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu-sans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(FALLBACK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("dejavu-sans".to_owned());
    }
    ctx.set_fonts(fonts);
    ctx.global_style_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
}
