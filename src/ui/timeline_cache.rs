//! What the timeline canvas keeps between frames, so a frame costs what is on screen, not the project:
//! a time index of the events (rebuilt when the project changes), the measured width of each card's
//! label, and the last canvas layout (reused until the project, the view or the canvas changes).
//!
//! A lane with more events in view than cards can usefully show is drawn as a *density strip* instead of
//! cards (level of detail): how many events fall in each few points of time, with the count in its
//! header. Zooming in turns it back into cards.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::timeline_paint;
use crate::command::DragPreview;
use crate::model::{Event, EventId, Relation};
use crate::state::AppView;
use crate::timeline::filter::{EventFilter, find_matches};
use crate::timeline::index::TimeIndex;
use crate::timeline::layout::{self, CardInput, Layout, LayoutStyle};
use crate::timeline::time_axis::{TimeAxis, TimeView};

/// More events in view than this in one lane, and the lane shows their density instead of cards.
pub const LANE_CARD_BUDGET: usize = 1_000;
/// More cards than this in view over all lanes, and further crowded lanes show their density.
pub const TOTAL_CARD_BUDGET: usize = 4_000;
/// Most label widths kept (several screens' worth of cards).
const LABEL_CACHE_MAX: usize = 5 * TOTAL_CARD_BUDGET;
/// Width of one density bar, in points.
pub const DENSITY_BAR_POINTS: f32 = 3.0;
/// Height of a lane drawn as a density strip.
pub const DENSITY_LANE_HEIGHT: f64 = 96.0;

/// A lane drawn as a density strip.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneDensity {
    /// Which lane.
    pub lane_index: usize,
    /// Events overlapping each [`DENSITY_BAR_POINTS`]-wide slice of the visible time, left to right.
    pub counts: Vec<u32>,
    /// Events of the lane in the visible time.
    pub in_view: usize,
}

/// The events to draw, with any drag preview applied, and their screen layout.
#[derive(Clone, Debug, Default)]
pub struct CanvasLayout {
    /// Events drawn as cards (drag preview applied), indexed by `CardRect::key`.
    pub events: Vec<Event>,
    /// Card and lane rectangles, already scrolled.
    pub layout: Layout,
    /// Lanes drawn as density strips.
    pub densities: Vec<LaneDensity>,
    /// How far the lanes are scrolled (the requested scroll, clamped).
    pub scroll: f32,
    /// How far they can scroll.
    pub max_scroll: f32,
    /// Cards the filter leaves out (drawn faint), by `CardRect::key`.
    pub dimmed: Vec<bool>,
}

impl CanvasLayout {
    /// The band of the lane at `lane_index`, when it is laid out.
    pub fn band_of(&self, lane_index: usize) -> Option<&layout::LaneBand> {
        self.layout
            .lanes
            .iter()
            .find(|b| b.lane_index == lane_index)
    }

    /// The card of event `id`, when it is drawn as one.
    pub fn card_of(&self, id: EventId) -> Option<&layout::CardRect> {
        self.layout
            .cards
            .iter()
            .find(|c| self.events.get(c.key).is_some_and(|e| e.id == id))
    }
}

/// The events Edit › Find matches, in timeline order.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// The matches in timeline order (start, lane, id).
    pub order: Vec<EventId>,
    /// The same, to test cards.
    pub set: HashSet<EventId>,
}

/// Everything that decides a canvas layout.
#[derive(Clone, Debug, PartialEq)]
struct CanvasKey {
    revision: u64,
    view: TimeView,
    left: f32,
    width: f32,
    top: f32,
    height: f32,
    scroll: f32,
    drag: Option<DragPreview>,
    filter: EventFilter,
}

/// Where the next paste puts the events from the clipboard.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PasteAt {
    /// At the dates they were copied with (Edit › Paste away from the canvas).
    SameDates,
    /// The earliest at this date, on this lane (the background's menu, or the pointer).
    Here {
        /// The date, in days.
        days: f64,
        /// The lane.
        lane: crate::model::LaneId,
    },
}

/// A label width measured for one title.
struct LabelWidth {
    title: String,
    circa: bool,
    relation: Relation,
    points: f32,
}

/// The canvas's memory between frames (lives in [`super::UiState`]; reset with the project).
#[derive(Default)]
pub struct TimelineCache {
    /// The index, for the project revision and the filter hiding events it was built with.
    index: Option<(u64, Option<EventFilter>, TimeIndex)>,
    labels: HashMap<EventId, LabelWidth>,
    canvas: Option<(CanvasKey, Arc<CanvasLayout>)>,
    found: Option<(u64, String, Arc<Found>)>,
    /// Where a paste asked for by a menu goes (taken by the paste that follows).
    pub paste_at: Option<PasteAt>,
    /// The date and lane under the pointer, while it is over the canvas.
    pub pointer: Option<(f64, crate::model::LaneId)>,
    /// Where the background's menu was opened: the date and lane.
    pub menu_at: Option<(f64, crate::model::LaneId)>,
    /// The lane name being typed in a lane's menu.
    pub lane_rename: Option<(crate::model::LaneId, String)>,
    /// Where a Shift-drag box selection started, in screen points.
    pub band_origin: Option<egui::Pos2>,
    /// The canvas's width in the last frame, in points ("what you see" exports it).
    pub canvas_width: f32,
}

impl TimelineCache {
    /// The width of `event`'s card label, measured once per title.
    pub fn label_width(&mut self, ctx: &egui::Context, event: &Event) -> f32 {
        label_width(&mut self.labels, ctx, event)
    }

    /// The events the find text matches (cached until the project or the text changes).
    pub fn found(&mut self, app: AppView<'_>) -> Arc<Found> {
        self.found_for(app.project, app.revision, &app.view.find_query)
    }

    /// The events `query` matches in `project` at `revision`.
    pub fn found_for(
        &mut self,
        project: &crate::model::Project,
        revision: u64,
        query: &str,
    ) -> Arc<Found> {
        if let Some((cached_revision, text, found)) = &self.found
            && *cached_revision == revision
            && text == query
        {
            return Arc::clone(found);
        }
        let order = find_matches(project, query);
        let set = order.iter().copied().collect();
        let found = Arc::new(Found { order, set });
        self.found = Some((revision, query.to_owned(), Arc::clone(&found)));
        found
    }

    /// The canvas for this frame: the cached one when nothing that shapes it changed.
    ///
    /// `lanes_area` is where the lanes are drawn (below the axis); the view's vertical scroll is
    /// clamped to the lanes' height.
    pub fn canvas(
        &mut self,
        ctx: &egui::Context,
        app: AppView<'_>,
        axis: &TimeAxis,
        lanes_area: egui::Rect,
    ) -> Arc<CanvasLayout> {
        let key = CanvasKey {
            revision: app.revision,
            view: axis.view,
            left: lanes_area.left(),
            width: lanes_area.width(),
            top: lanes_area.top(),
            height: lanes_area.height(),
            scroll: app.view.lanes_scroll_points,
            drag: app.view.drag.clone(),
            filter: app.view.filter.clone(),
        };
        if let Some((cached, canvas)) = &self.canvas
            && *cached == key
        {
            return Arc::clone(canvas);
        }
        let canvas = Arc::new(self.lay_out(ctx, app, axis, lanes_area));
        self.canvas = Some((key, Arc::clone(&canvas)));
        canvas
    }

    /// Rebuilds the time index of the project's events if the project, or the filter hiding
    /// events, changed. Hidden events are left out.
    fn refresh_index(&mut self, app: AppView<'_>) {
        let project = app.project;
        let hiding =
            (app.view.filter.hide && app.view.filter.is_active()).then(|| app.view.filter.clone());
        let stale = self
            .index
            .as_ref()
            .is_none_or(|(revision, filter, _)| *revision != app.revision || *filter != hiding);
        if stale {
            let matcher = hiding.as_ref().map(EventFilter::matcher);
            let items = project.events.iter().map(|event| {
                let lane = project.lane_index(event.lane).unwrap_or(usize::MAX);
                if matcher.as_ref().is_some_and(|m| !m.matches(event)) {
                    // Hidden: an item without a date is left out of the index.
                    return (lane, f64::NAN, f64::NAN);
                }
                let (start, end) = event.span_days();
                (lane, start, end)
            });
            let index = TimeIndex::new(project.lanes.len(), items);
            self.index = Some((app.revision, hiding, index));
        }
    }

    fn lay_out(
        &mut self,
        ctx: &egui::Context,
        app: AppView<'_>,
        axis: &TimeAxis,
        lanes_area: egui::Rect,
    ) -> CanvasLayout {
        let project = app.project;
        let preview: HashMap<EventId, Event> = app
            .view
            .drag
            .as_ref()
            .map(|p| crate::timeline::drag::dragged_events(project, p))
            .unwrap_or_default()
            .into_iter()
            .map(|event| (event.id, event))
            .collect();
        let (visible_start, visible_end) = axis.visible_days();
        // A card starting left of the view may still show its label in it.
        let window_start = visible_start - axis.view.days_per_point * axis.width_points;
        let lane_count = project.lanes.len();
        self.refresh_index(app);
        let Some((_, _, index)) = &self.index else {
            return CanvasLayout::default();
        };
        let mut chosen: Vec<usize> = Vec::new();
        let mut densities = Vec::new();
        for lane in 0..lane_count {
            let count = index.count(lane, window_start, visible_end);
            if count > LANE_CARD_BUDGET || chosen.len() + count > TOTAL_CARD_BUDGET {
                #[expect(clippy::cast_sign_loss, reason = "at least 1")]
                let buckets = (lanes_area.width() / DENSITY_BAR_POINTS).ceil().max(1.0) as usize;
                densities.push(LaneDensity {
                    lane_index: lane,
                    counts: index.density(lane, visible_start, visible_end, buckets),
                    in_view: index.count(lane, visible_start, visible_end),
                });
            } else {
                index.for_each_in_window(lane, window_start, visible_end, |key, _, _| {
                    chosen.push(key);
                });
            }
        }
        // Events dragged into view from elsewhere join the cards.
        if !preview.is_empty() {
            chosen.extend(
                project
                    .events
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| preview.contains_key(&e.id))
                    .map(|(position, _)| position),
            );
        }
        chosen.sort_unstable();
        chosen.dedup();
        let density_lanes: Vec<usize> = densities.iter().map(|d| d.lane_index).collect();
        let mut events = Vec::with_capacity(chosen.len());
        let mut inputs = Vec::with_capacity(chosen.len());
        // Cards are packed by their dates before the drag, so every card keeps its row while
        // dragged ones follow the pointer; the drop packs them anew.
        for position in chosen {
            let Some(event) = project.events.get(position) else {
                continue;
            };
            let in_window = |e: &Event| {
                let (start_days, end_days) = e.span_days();
                end_days >= window_start && start_days <= visible_end
            };
            if !in_window(event) && !preview.get(&event.id).is_some_and(in_window) {
                continue;
            }
            let Some(lane_index) = project.lane_index(event.lane) else {
                continue;
            };
            if density_lanes.contains(&lane_index) {
                continue;
            }
            let (start_days, end_days) = event.span_days();
            let label_width = label_width(&mut self.labels, ctx, event);
            inputs.push(CardInput {
                key: events.len(),
                lane_index,
                start_days,
                end_days,
                label_width: f64::from(label_width),
                is_range: event.is_range(),
            });
            events.push(event.clone());
        }
        let style = LayoutStyle::default();
        let mut layout = layout::layout(
            axis,
            lane_count,
            &inputs,
            &style,
            f64::from(lanes_area.top()),
        );
        if !preview.is_empty() {
            for card in &mut layout.cards {
                let Some(slot) = events.get_mut(card.key) else {
                    continue;
                };
                if let Some(moved) = preview.get(&slot.id) {
                    follow_drag(card, slot, moved, axis, project, &layout.lanes, &style);
                    *slot = moved.clone();
                }
            }
        }
        for lane in &density_lanes {
            layout::grow_lane(&mut layout, *lane, DENSITY_LANE_HEIGHT);
        }
        layout::fill_height(
            &mut layout,
            f64::from(lanes_area.bottom()) - f64::from(lanes_area.top()),
        );
        let max_scroll = (layout.height as f32 - lanes_area.height()).max(0.0);
        let scroll = app.view.lanes_scroll_points.clamp(0.0, max_scroll);
        layout::shift_y(&mut layout, -f64::from(scroll));
        let dimmed = dimmed(app, &events);
        CanvasLayout {
            events,
            layout,
            densities,
            scroll,
            max_scroll,
            dimmed,
        }
    }
}

/// Which of `events` the filter dims (all `false` without a dimming filter).
fn dimmed(app: AppView<'_>, events: &[Event]) -> Vec<bool> {
    if app.view.filter.is_active() && !app.view.filter.hide {
        let matcher = app.view.filter.matcher();
        events.iter().map(|e| !matcher.matches(e)).collect()
    } else {
        vec![false; events.len()]
    }
}

/// A dragged card's rectangle moved to its event's new dates (and lane, to the lane's first
/// row), the other cards staying where they are.
fn follow_drag(
    card: &mut layout::CardRect,
    before: &Event,
    after: &Event,
    axis: &TimeAxis,
    project: &crate::model::Project,
    lanes: &[layout::LaneBand],
    style: &LayoutStyle,
) {
    let (old_start, old_end) = before.span_days();
    let (new_start, new_end) = after.span_days();
    let dx_start = axis.x_from_days(new_start) - axis.x_from_days(old_start);
    let dx_end = axis.x_from_days(new_end) - axis.x_from_days(old_end);
    if (old_end - old_start - (new_end - new_start)).abs() < 1e-9 {
        card.x_min += dx_start;
        card.x_max += dx_start;
        card.bar_x_min += dx_start;
        card.bar_x_max += dx_start;
    } else {
        card.bar_x_min += dx_start;
        card.bar_x_max = (card.bar_x_max + dx_end).max(card.bar_x_min + style.min_bar_width);
        card.x_min = card.x_min.min(card.bar_x_min);
        card.x_max = card.x_max.max(card.bar_x_max);
    }
    if after.lane != before.lane
        && let Some(index) = project.lane_index(after.lane)
        && let Some(band) = lanes.iter().find(|b| b.lane_index == index)
    {
        let height = card.y_max - card.y_min;
        card.lane_index = index;
        card.row = 0;
        card.y_min = band.rows_y_min;
        card.y_max = band.rows_y_min + height;
    }
}

/// The width of `event`'s card label from `known`, measuring (and remembering) it when its title is new.
fn label_width(
    known: &mut HashMap<EventId, LabelWidth>,
    ctx: &egui::Context,
    event: &Event,
) -> f32 {
    let circa = event.start.circa();
    if let Some(entry) = known.get(&event.id)
        && entry.circa == circa
        && entry.relation == event.relation
        && entry.title == event.title
    {
        return entry.points;
    }
    let points = timeline_paint::card_label_width(ctx, event);
    if known.len() >= LABEL_CACHE_MAX {
        // Bounded: a long session over a big project measures anew what comes back into view.
        known.clear();
    }
    known.insert(
        event.id,
        LabelWidth {
            title: event.title.clone(),
            circa,
            relation: event.relation,
            points,
        },
    );
    points
}
