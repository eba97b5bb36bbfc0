//! Painting the timeline: lane bands, the time axis with its ticks and today marker, event cards.

use egui::{Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Stroke, StrokeKind};

use super::theme;
use super::timeline_cache::{DENSITY_BAR_POINTS, LaneDensity};
use crate::model::{Event, Project, Relation, Rgb};
use crate::timeline::layout::{CardRect, LaneBand, Layout, LayoutStyle};
use crate::timeline::ticks;
use crate::timeline::time_axis::{TimeAxis, today_days};

/// Room left under a density strip for the lane's name.
const DENSITY_NAME_ROOM: f32 = 20.0;

/// The text on a card: the relation to the date ("by: ") when it is not simply "on", "c. " for
/// circa dates, then the title.
pub fn card_label(event: &Event) -> String {
    let title = if event.title.trim().is_empty() {
        "(untitled)"
    } else {
        event.title.as_str()
    };
    let relation = event
        .relation
        .prefix()
        .map(|word| format!("{word}: "))
        .unwrap_or_default();
    let circa = if event.start.circa() { "c. " } else { "" };
    // Sources that give different dates are flagged on the card itself.
    let disagree = if event.sources_disagree() {
        DISAGREEMENT_MARK
    } else {
        ""
    };
    format!("{disagree}{relation}{circa}{title}")
}

/// What starts the label of a card whose sources disagree on the date.
pub const DISAGREEMENT_MARK: &str = "⚠ ";

/// The colour an event is drawn in: its own, else its lane's.
pub fn event_color(project: &Project, event: &Event) -> Rgb {
    event
        .color
        .or_else(|| project.lane(event.lane).map(|l| l.color))
        .unwrap_or(Rgb::palette(0))
}

/// Canvas background, lane bands and lane names.
pub fn paint_background(painter: &Painter, project: &Project, layout: &Layout, rect: Rect) {
    let visuals = painter.ctx().global_style().visuals.clone();
    painter.rect_filled(rect, 0.0, theme::canvas_bg(&visuals));
    for band in &layout.lanes {
        let Some(lane) = project.lanes.get(band.lane_index) else {
            continue;
        };
        let band_rect =
            Rect::from_x_y_ranges(rect.x_range(), band.y_min as f32..=band.y_max as f32);
        painter.rect_filled(
            band_rect,
            0.0,
            theme::lane_band(lane.color, band.lane_index),
        );
        painter.line_segment(
            [band_rect.left_bottom(), band_rect.right_bottom()],
            Stroke::new(1.0, theme::tick(&visuals, false)),
        );
        let name_pos = Pos2::new(rect.left() + 6.0, band_rect.top() + 3.0);
        painter.text(
            name_pos,
            Align2::LEFT_TOP,
            &lane.name,
            FontId::proportional(LANE_NAME_SIZE),
            theme::color(lane.color),
        );
    }
}

/// Font size of a lane's name at the top left of its band.
pub const LANE_NAME_SIZE: f32 = 11.0;

/// The time axis: ticks with labels along the top, grid lines down the canvas, and today's marker.
pub fn paint_axis(painter: &Painter, axis: &TimeAxis, rect: Rect) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let font = FontId::proportional(theme::AXIS_FONT_SIZE);
    let measure = |text: &str| {
        f64::from(painter.ctx().fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        }))
    };
    let axis_rect = Rect::from_min_size(rect.min, egui::vec2(rect.width(), theme::AXIS_HEIGHT));
    painter.rect_filled(axis_rect, 0.0, visuals.panel_fill);
    let all_ticks = ticks::ticks(axis, &measure);
    // The coarse context ("January 2022" above day ticks) at the left, unless a major label is there.
    let context = ticks::context_label(axis, ticks::tick_step(axis, &measure));
    let context_right = axis_rect.left() + 4.0 + measure(&context) as f32 + 12.0;
    let first_major_x = all_ticks
        .iter()
        .find(|t| t.major)
        .map(|t| axis.x_from_days(t.days) as f32);
    if !context.is_empty() && first_major_x.is_none_or(|x| x > context_right) {
        painter.text(
            Pos2::new(axis_rect.left() + 4.0, axis_rect.top() + 4.0),
            Align2::LEFT_TOP,
            &context,
            font.clone(),
            visuals.strong_text_color(),
        );
    }
    for tick in all_ticks {
        let x = axis.x_from_days(tick.days) as f32;
        let color = theme::tick(&visuals, tick.major);
        painter.line_segment(
            [
                Pos2::new(x, axis_rect.bottom() - 8.0),
                Pos2::new(x, rect.bottom()),
            ],
            Stroke::new(1.0, color.gamma_multiply(0.6)),
        );
        let text_color = if tick.major {
            visuals.strong_text_color()
        } else {
            visuals.text_color()
        };
        let y = if tick.major {
            axis_rect.top() + 4.0
        } else {
            axis_rect.top() + 20.0
        };
        painter.text(
            Pos2::new(x + 3.0, y),
            Align2::LEFT_TOP,
            &tick.label,
            font.clone(),
            text_color,
        );
    }
    painter.line_segment(
        [axis_rect.left_bottom(), axis_rect.right_bottom()],
        visuals.widgets.noninteractive.bg_stroke,
    );
    let today_x = axis.x_from_days(today_days()) as f32;
    if rect.x_range().contains(today_x) {
        painter.line_segment(
            [
                Pos2::new(today_x, axis_rect.top()),
                Pos2::new(today_x, rect.bottom()),
            ],
            Stroke::new(1.5, theme::TODAY),
        );
        painter.text(
            Pos2::new(today_x + 3.0, axis_rect.bottom() - 2.0),
            Align2::LEFT_BOTTOM,
            "Today",
            FontId::proportional(10.0),
            theme::TODAY,
        );
    }
}

/// A lane too crowded for cards: a bar per slice of time, as tall as the events in it, and the count.
pub fn paint_density(
    painter: &Painter,
    project: &Project,
    band: &LaneBand,
    density: &LaneDensity,
    area: Rect,
) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let color = project
        .lanes
        .get(band.lane_index)
        .map_or(Rgb::palette(0), |l| l.color);
    let bottom = band.y_max as f32 - DENSITY_NAME_ROOM;
    let top = band.rows_y_min as f32;
    let height = (bottom - top).max(1.0);
    let most = density.counts.iter().copied().max().unwrap_or(0).max(1);
    for (slice, count) in density.counts.iter().enumerate() {
        if *count == 0 {
            continue;
        }
        let bar_height = (height * *count as f32 / most as f32).max(2.0);
        let left = area.left() + slice as f32 * DENSITY_BAR_POINTS;
        let bar = Rect::from_min_max(
            Pos2::new(left, bottom - bar_height),
            Pos2::new(left + DENSITY_BAR_POINTS - 0.5, bottom),
        );
        painter.rect_filled(bar, 0.0, theme::card_fill(color, false));
    }
    let in_view = density.in_view;
    painter.text(
        Pos2::new(area.right() - 8.0, band.y_min as f32 + 3.0),
        Align2::RIGHT_TOP,
        format!(
            "{in_view} {} in view · zoom in to see cards",
            if in_view == 1 { "event" } else { "events" }
        ),
        FontId::proportional(11.0),
        visuals.weak_text_color(),
    );
}

/// A thin bar at the right edge showing which part of the lanes is visible.
pub fn paint_scroll_indicator(painter: &Painter, area: Rect, scroll: f32, max_scroll: f32) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let visible = area.height() / (area.height() + max_scroll);
    let thumb_height = (area.height() * visible).max(24.0);
    let top = area.top() + (area.height() - thumb_height) * (scroll / max_scroll);
    let thumb = Rect::from_min_size(
        Pos2::new(area.right() - 6.0, top),
        egui::vec2(4.0, thumb_height),
    );
    painter.rect_filled(
        thumb,
        CornerRadius::same(2),
        visuals.widgets.inactive.fg_stroke.color.gamma_multiply(0.5),
    );
}

/// Whether a card is a match of Edit › Find.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Found {
    /// Not a match (or no find).
    #[default]
    No,
    /// One of the matches.
    Match,
    /// The match the find bar is on.
    Current,
}

/// How a card is drawn besides its event.
#[derive(Clone, Copy, Debug, Default)]
pub struct CardLook {
    /// Selected (outlined).
    pub selected: bool,
    /// Under the pointer.
    pub hovered: bool,
    /// A find match.
    pub found: Found,
    /// Left out by the filter (drawn faint).
    pub dimmed: bool,
}

/// One event card: a box with the title, a date bar covering its period, a marker at its start.
pub fn paint_card(
    painter: &Painter,
    project: &Project,
    event: &Event,
    card: &CardRect,
    look: CardLook,
) {
    let CardLook {
        selected,
        hovered,
        found,
        dimmed,
    } = look;
    let mut painter = painter.clone();
    if dimmed {
        painter.multiply_opacity(theme::DIMMED_OPACITY);
    }
    let painter = &painter;
    let visuals = painter.ctx().global_style().visuals.clone();
    let rgb = event_color(project, event);
    let color = theme::color(rgb);
    let circa = event.start.circa() || event.end.is_some_and(|e| e.circa());
    let rect = Rect::from_min_max(
        Pos2::new(card.x_min as f32, card.y_min as f32),
        Pos2::new(card.x_max as f32, card.y_max as f32),
    );
    let fill = if hovered {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.panel_fill
    };
    painter.rect_filled(rect, CornerRadius::same(4), fill);
    let bar = Rect::from_min_max(
        Pos2::new(card.bar_x_min as f32, rect.top()),
        Pos2::new(
            (card.bar_x_max as f32).max(card.bar_x_min as f32 + 3.0),
            rect.top() + theme::BAR_HEIGHT,
        ),
    );
    painter.rect_filled(bar, CornerRadius::same(2), theme::card_fill(rgb, circa));
    let border = if selected {
        Stroke::new(2.0, theme::selection(&visuals))
    } else {
        Stroke::new(1.0, color.gamma_multiply(if circa { 0.4 } else { 0.8 }))
    };
    painter.rect_stroke(rect, CornerRadius::same(4), border, StrokeKind::Inside);
    if found != Found::No {
        let width = if found == Found::Current { 3.0 } else { 2.0 };
        painter.rect_stroke(
            rect.expand(2.0),
            CornerRadius::same(5),
            Stroke::new(width, theme::FOUND),
            StrokeKind::Outside,
        );
    }
    let marker = Pos2::new(
        card.bar_x_min as f32,
        rect.center().y + theme::BAR_HEIGHT / 2.0,
    );
    paint_marker(
        painter,
        marker,
        event.relation,
        theme::card_fill(rgb, circa),
    );
    let text_color = if circa {
        visuals.text_color().gamma_multiply(0.75)
    } else {
        visuals.strong_text_color()
    };
    let padding = LayoutStyle::default().label_padding as f32;
    let label = card_label(event);
    let font = FontId::proportional(theme::CARD_FONT_SIZE);
    let mut job = egui::text::LayoutJob::default();
    let title = match label.strip_prefix(DISAGREEMENT_MARK) {
        Some(title) => {
            job.append(
                DISAGREEMENT_MARK,
                0.0,
                egui::TextFormat::simple(font.clone(), theme::WARNING),
            );
            title
        }
        None => label.as_str(),
    };
    job.append(title, 0.0, egui::TextFormat::simple(font, text_color));
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width() - 2.0 * padding);
    let galley = painter.layout_job(job);
    let text_pos = Pos2::new(
        rect.left() + padding,
        rect.center().y + theme::BAR_HEIGHT / 2.0 - galley.size().y / 2.0,
    );
    painter
        .with_clip_rect(rect)
        .galley(text_pos, galley, text_color);
}

/// The marker at an event's date: a dot for "on", a triangle pointing back for "by" (it happened
/// somewhere before), a ring for "as of" (going on), a triangle pointing ahead for "after".
fn paint_marker(painter: &Painter, at: Pos2, relation: Relation, color: Color32) {
    let r = 3.5;
    match relation {
        Relation::On => {
            painter.circle_filled(at, 3.0, color);
        }
        Relation::AsOf => {
            painter.circle_stroke(at, 3.0, Stroke::new(1.5, color));
        }
        Relation::By | Relation::After => {
            let dir = if relation == Relation::By { -1.0 } else { 1.0 };
            let tip = Pos2::new(at.x + dir * r, at.y);
            let back_x = at.x - dir * r;
            painter.add(egui::Shape::convex_polygon(
                vec![
                    tip,
                    Pos2::new(back_x, at.y - r),
                    Pos2::new(back_x, at.y + r),
                ],
                color,
                Stroke::NONE,
            ));
        }
    }
}

/// Width of a card's label on screen: measured with the card font, at most
/// [`theme::MAX_CARD_LABEL_POINTS`] (longer titles end in "…").
pub fn card_label_width(ctx: &egui::Context, event: &Event) -> f32 {
    let font = FontId::proportional(theme::CARD_FONT_SIZE);
    let width = ctx.fonts_mut(|f| {
        f.layout_no_wrap(card_label(event), font, Color32::WHITE)
            .size()
            .x
    });
    width.min(theme::MAX_CARD_LABEL_POINTS)
}
