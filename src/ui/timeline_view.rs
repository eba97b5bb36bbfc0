//! The timeline canvas: axis, lanes and event cards, with pan, zoom, selection, drag and double-click.

use egui::{Pos2, Rect, Sense};

use super::timeline_cache::{CanvasLayout, DENSITY_BAR_POINTS, LaneDensity, TimelineCache};
use super::timeline_paint::{CardLook, Found};
use super::{theme, timeline_menus, timeline_overlay, timeline_paint};
use crate::command::{
    Command, DragKind, DragPreview, ModelCommand, RangeEdge, ViewCommand, ViewGoal,
};
use crate::model::{Date, Event, EventId, LaneId};
use crate::state::AppView;
use crate::timeline::layout::{self, Layout, LayoutStyle};
use crate::timeline::snap;
use crate::timeline::time_axis::TimeAxis;

/// The accessibility label of the canvas (tests and screen readers find it by this).
pub const CANVAS_LABEL: &str = "Timeline canvas";
/// Points from a range's bar end within which a drag resizes instead of moving.
const RESIZE_GRAB_POINTS: f32 = 6.0;
/// Wheel points that zoom by a factor of e.
const WHEEL_ZOOM_POINTS: f64 = 400.0;

/// Draws the timeline canvas and turns gestures into commands.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    cache: &mut TimelineCache,
    clipboard_out: &mut Option<String>,
    commands: &mut Vec<Command>,
) {
    let (rect, background) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    background.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, CANVAS_LABEL));
    let time_view = frame_view(ui, app, cache, rect, commands);
    cache.canvas_width = rect.width();
    let axis = TimeAxis::new(time_view, f64::from(rect.left()), f64::from(rect.width()));
    let lanes_top = rect.top() + theme::AXIS_HEIGHT;
    let lanes_area = Rect::from_min_max(Pos2::new(rect.left(), lanes_top), rect.max);
    let found = cache.found(app);
    let canvas = cache.canvas(ui.ctx(), app, &axis, lanes_area);
    let (scroll, max_scroll) = (canvas.scroll, canvas.max_scroll);
    if let Some(ViewGoal::Event(id)) = app.view.goal {
        scroll_to_card(app, &canvas, id, lanes_area, commands);
    }

    let painter = ui.painter_at(rect);
    let lanes_painter = ui.painter_at(lanes_area);
    timeline_paint::paint_background(&lanes_painter, app.project, &canvas.layout, lanes_area);
    for density in &canvas.densities {
        density_strip(ui, app, &lanes_painter, &canvas, density, &axis, lanes_area);
    }
    timeline_paint::paint_axis(&painter, &axis, rect);
    if max_scroll > 0.0 {
        timeline_paint::paint_scroll_indicator(&painter, lanes_area, scroll, max_scroll);
    }
    cards_ui(
        ui,
        app,
        &canvas,
        &found.set,
        (&axis, lanes_area, &lanes_painter),
        clipboard_out,
        commands,
    );
    lane_names(
        ui,
        app,
        &lanes_painter,
        &canvas,
        lanes_area,
        cache,
        commands,
    );
    let pointer_at = |pos: Pos2| {
        let lane = lane_for_y(app, &canvas.layout, pos.y);
        (axis.days_from_x(f64::from(pos.x)), lane)
    };
    cache.pointer = background
        .hover_pos()
        .filter(|p| lanes_area.contains(*p))
        .map(pointer_at);
    if background.secondary_clicked() {
        cache.menu_at = background.interact_pointer_pos().map(pointer_at);
    }
    if let Some(at) = cache.menu_at {
        background.context_menu(|ui| {
            timeline_menus::background_menu(ui, axis.view.days_per_point, at, cache, commands);
        });
    }
    if box_selection(ui, app, &background, &canvas, &axis, cache, commands) {
        // A Shift-drag selects; it neither pans nor scrolls.
    } else {
        background_interaction(ui, app, &background, &axis, &canvas.layout, commands);
    }
    timeline_overlay::drag_date(ui, &lanes_painter, app, &canvas);
    let scale = timeline_overlay::scale_indicator(ui, &lanes_painter, &axis, lanes_area);
    ui.interact(
        Rect::from_min_max(
            lanes_area.right_bottom() - egui::vec2(160.0, 30.0),
            lanes_area.right_bottom(),
        ),
        ui.scope_id().with("scale_indicator"),
        Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &scale));
    if background.dragged() && max_scroll > 0.0 && cache.band_origin.is_none() {
        let dy = background.drag_delta().y;
        if dy != 0.0 {
            commands.push(Command::View(ViewCommand::ScrollLanes(
                (scroll - dy).clamp(0.0, max_scroll),
            )));
        }
    }
    suggestion_drop(ui, app, &background, rect, &canvas.layout, commands);
}

/// A lane too crowded for cards: its density strip, described for screen readers, with a tooltip
/// telling how many events the slice under the pointer holds and when.
fn density_strip(
    ui: &egui::Ui,
    app: AppView<'_>,
    painter: &egui::Painter,
    canvas: &CanvasLayout,
    density: &LaneDensity,
    axis: &TimeAxis,
    lanes_area: Rect,
) {
    let Some(band) = canvas.band_of(density.lane_index) else {
        return;
    };
    timeline_paint::paint_density(painter, app.project, band, density, lanes_area);
    let strip = Rect::from_x_y_ranges(lanes_area.x_range(), band.y_min as f32..=band.y_max as f32)
        .intersect(lanes_area);
    if !strip.is_positive() {
        return;
    }
    let lane_name = app
        .project
        .lanes
        .get(density.lane_index)
        .map_or("Lane", |l| l.name.as_str());
    let summary = format!(
        "{lane_name}: {} events in view. Zoom in to see them as cards.",
        density.in_view
    );
    let response = ui.interact(
        strip,
        ui.scope_id().with(("density", density.lane_index)),
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &summary));
    let Some(pos) = response.hover_pos() else {
        return;
    };
    let slice = ((pos.x - lanes_area.left()) / DENSITY_BAR_POINTS).floor();
    if slice < 0.0 || app.view.drag.is_some() {
        return;
    }
    #[expect(clippy::cast_sign_loss, reason = "not negative here")]
    let Some(count) = density.counts.get(slice as usize).copied() else {
        return;
    };
    let slice_x = f64::from(lanes_area.left() + slice * DENSITY_BAR_POINTS);
    let around = Date::from_days(
        axis.days_from_x(slice_x),
        snap::precision_for_zoom(axis.view.days_per_point),
    );
    response.on_hover_text_at_pointer(format!(
        "{count} {} around {}\n{summary}",
        if count == 1 { "event" } else { "events" },
        around.human(),
    ));
}

/// A readable summary of an event for its tooltip.
fn card_tooltip(event: &Event) -> String {
    let when = event.when();
    if event.description.is_empty() {
        format!("{}\n{when}", event.title)
    } else {
        format!("{}\n{when}\n\n{}", event.title, event.description)
    }
}

fn card_rect(card: &layout::CardRect) -> Rect {
    Rect::from_min_max(
        Pos2::new(card.x_min as f32, card.y_min as f32),
        Pos2::new(card.x_max as f32, card.y_max as f32),
    )
}

#[expect(
    clippy::too_many_arguments,
    reason = "one gesture needs the whole canvas context"
)]
fn card_interaction(
    ui: &egui::Ui,
    app: AppView<'_>,
    event: &Event,
    card: &layout::CardRect,
    response: &egui::Response,
    canvas: &Layout,
    axis: &TimeAxis,
    commands: &mut Vec<Command>,
) {
    let modifiers = ui.input(|i| i.modifiers);
    if response.clicked() {
        if modifiers.command || modifiers.shift {
            commands.push(ViewCommand::ToggleSelected(event.id).into());
        } else {
            commands.push(ViewCommand::Select(Some(event.id)).into());
        }
    }
    if response.drag_started() {
        let kind = drag_kind(ui, app, event, card);
        if !app.view.selection.contains(&event.id) {
            commands.push(ViewCommand::Select(Some(event.id)).into());
        }
        commands.push(Command::View(ViewCommand::Drag(DragPreview {
            kind,
            delta_days: 0.0,
            to_lane: Some(event.lane),
        })));
    } else if response.dragged()
        && let Some(preview) = &app.view.drag
        && let (Some(origin), Some(pointer)) =
            ui.input(|i| (i.pointer.press_origin(), i.pointer.latest_pos()))
    {
        let delta_days = f64::from(pointer.x - origin.x) * axis.view.days_per_point;
        commands.push(Command::View(ViewCommand::Drag(DragPreview {
            delta_days,
            to_lane: Some(lane_for_y(app, canvas, pointer.y)),
            ..preview.clone()
        })));
    }
    if response.drag_stopped() {
        commands.push(ModelCommand::FinishDrag.into());
    }
}

/// Grabbing a range near one of its bar ends resizes it; anywhere else moves the selection.
fn drag_kind(ui: &egui::Ui, app: AppView<'_>, event: &Event, card: &layout::CardRect) -> DragKind {
    let origin_x = ui
        .input(|i| i.pointer.press_origin())
        .map_or(f32::NAN, |p| p.x);
    if event.is_range() {
        if (origin_x - card.bar_x_max as f32).abs() <= RESIZE_GRAB_POINTS {
            return DragKind::Resize {
                id: event.id,
                edge: RangeEdge::End,
            };
        }
        if (origin_x - card.bar_x_min as f32).abs() <= RESIZE_GRAB_POINTS {
            return DragKind::Resize {
                id: event.id,
                edge: RangeEdge::Start,
            };
        }
    }
    let ids: Vec<EventId> = if app.view.selection.contains(&event.id) {
        app.view.selection.iter().copied().collect()
    } else {
        vec![event.id]
    };
    DragKind::Move {
        ids,
        grabbed: event.id,
    }
}

fn background_interaction(
    ui: &egui::Ui,
    app: AppView<'_>,
    response: &egui::Response,
    axis: &TimeAxis,
    canvas: &Layout,
    commands: &mut Vec<Command>,
) {
    if response.dragged() {
        let dx = response.drag_delta().x;
        if dx != 0.0 {
            commands.push(ViewCommand::SetView(axis.pan(f64::from(dx))).into());
        }
    }
    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let days = axis.days_from_x(f64::from(pos.x));
        let precision = snap::precision_for_zoom(axis.view.days_per_point);
        let lane = lane_for_y(app, canvas, pos.y);
        commands.push(Command::Model(ModelCommand::CreateEvent {
            start: Date::from_days(days, precision),
            lane,
        }));
    } else if response.clicked() {
        commands.push(ViewCommand::Select(None).into());
    }
    if response.hovered() {
        let (scroll, zoom, pointer) = ui.input(|i| {
            (
                i.smooth_scroll_delta(),
                i.zoom_delta(),
                i.pointer.hover_pos(),
            )
        });
        let x = pointer.map_or(axis.left_x + axis.width_points / 2.0, |p| f64::from(p.x));
        let mut factor = f64::from(zoom);
        if scroll.y != 0.0 {
            factor *= (f64::from(scroll.y) / WHEEL_ZOOM_POINTS).exp();
        }
        let mut view = axis.view;
        if (factor - 1.0).abs() > f64::EPSILON {
            view = TimeAxis { view, ..*axis }.zoom_at(x, factor);
        }
        if scroll.x != 0.0 {
            view = TimeAxis { view, ..*axis }.pan(f64::from(scroll.x));
        }
        if view != axis.view {
            commands.push(ViewCommand::SetView(view).into());
        }
    }
}

/// Dropping a suggestion on the timeline accepts it on the lane under the pointer.
fn suggestion_drop(
    ui: &egui::Ui,
    app: AppView<'_>,
    response: &egui::Response,
    rect: Rect,
    canvas: &Layout,
    commands: &mut Vec<Command>,
) {
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let Some(pos) = pointer.filter(|p| rect.contains(*p)) else {
        return;
    };
    if response
        .dnd_hover_payload::<crate::suggestions::SuggestionKey>()
        .is_some()
    {
        let lane = layout::lane_at_y(canvas, f64::from(pos.y))
            .and_then(|i| canvas.lanes.iter().find(|b| b.lane_index == i));
        if let Some(band) = lane {
            let band_rect =
                Rect::from_x_y_ranges(rect.x_range(), band.y_min as f32..=band.y_max as f32);
            ui.painter().rect_stroke(
                band_rect,
                2.0,
                egui::Stroke::new(2.0, theme::selection(ui.visuals())),
                egui::StrokeKind::Inside,
            );
        }
    }
    if let Some(key) = response.dnd_release_payload::<crate::suggestions::SuggestionKey>() {
        commands.push(Command::Model(ModelCommand::AcceptSuggestion {
            key: *key,
            lane: Some(lane_for_y(app, canvas, pos.y)),
        }));
    }
}

/// The lane under `y`, or the nearest one (above the first → first, below the last → last).
fn lane_for_y(app: AppView<'_>, canvas: &Layout, y: f32) -> LaneId {
    let index = layout::lane_at_y(canvas, f64::from(y)).unwrap_or_else(|| {
        if canvas.lanes.first().is_some_and(|b| f64::from(y) < b.y_min) {
            0
        } else {
            app.project.lanes.len().saturating_sub(1)
        }
    });
    app.project.lanes.get(index).map_or(LaneId(1), |l| l.id)
}

/// The view a goal asks for, on a canvas `width` points wide.
fn goal_view(
    ctx: &egui::Context,
    app: AppView<'_>,
    cache: &mut TimelineCache,
    goal: &ViewGoal,
    width: f64,
) -> crate::model::TimeView {
    use crate::timeline::fit;
    let view = app.view.time_view;
    let label = |cache: &mut TimelineCache, event: &Event| {
        f64::from(cache.label_width(ctx, event)) + LayoutStyle::default().label_padding * 2.0
    };
    match goal {
        ViewGoal::Zoom(factor) => TimeAxis::new(view, 0.0, width).zoom_at(width / 2.0, *factor),
        ViewGoal::Date(date) => fit::date_view((date.start_days(), date.end_days()), width),
        ViewGoal::Span(start, end) => crate::model::TimeView::fit(*start, *end, width),
        ViewGoal::Event(id) => match app.project.event(*id) {
            Some(event) => {
                let label = label(cache, event);
                fit::focused_view(view, width, event.span_days(), label)
            }
            None => view,
        },
        ViewGoal::Selection => {
            let selected: Vec<&Event> = app
                .project
                .events
                .iter()
                .filter(|e| app.view.selection.contains(&e.id))
                .collect();
            let span = selected
                .iter()
                .map(|e| e.span_days())
                .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)));
            match span {
                Some((start, end)) => {
                    let labels: Vec<(f64, f64)> = selected
                        .iter()
                        .map(|e| (e.start.start_days(), label(cache, e)))
                        .collect();
                    fit::fit_with_labels(start, end, width, &labels, 0.5)
                }
                None => view,
            }
        }
    }
}

/// Scrolls the lanes so that the card of `id` (an event just found) is inside `lanes_area`.
fn scroll_to_card(
    app: AppView<'_>,
    canvas: &CanvasLayout,
    id: EventId,
    lanes_area: Rect,
    commands: &mut Vec<Command>,
) {
    let Some(card) = canvas.card_of(id) else {
        return;
    };
    let (top, bottom) = (card.y_min as f32, card.y_max as f32);
    let dy = if top < lanes_area.top() {
        top - lanes_area.top() - 8.0
    } else if bottom > lanes_area.bottom() {
        bottom - lanes_area.bottom() + 8.0
    } else {
        return;
    };
    let scroll =
        (app.view.lanes_scroll_points.min(canvas.scroll) + dy).clamp(0.0, canvas.max_scroll);
    commands.push(ViewCommand::ScrollLanes(scroll).into());
}

/// Each lane's name at the top left of its band: a right-click opens the lane's menu.
fn lane_names(
    ui: &egui::Ui,
    app: AppView<'_>,
    painter: &egui::Painter,
    canvas: &CanvasLayout,
    lanes_area: Rect,
    cache: &mut TimelineCache,
    commands: &mut Vec<Command>,
) {
    for band in &canvas.layout.lanes {
        let Some(lane) = app.project.lanes.get(band.lane_index) else {
            continue;
        };
        let rect = timeline_overlay::lane_name_rect(
            painter,
            &lane.name,
            lanes_area.left(),
            band.y_min as f32,
        );
        if !rect.intersects(lanes_area) {
            continue;
        }
        let response = ui
            .interact(
                rect.intersect(lanes_area),
                ui.scope_id().with(("lane_name", lane.id)),
                Sense::click(),
            )
            .on_hover_text("Right-click to rename, recolour, move or delete the lane");
        let name = format!("Lane {}", lane.name);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        // The menu holds the name field: a click in it must not close the menu.
        let shown = egui::Popup::context_menu(&response)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                timeline_menus::lane_menu(
                    ui,
                    app,
                    band.lane_index,
                    &mut cache.lane_rename,
                    commands,
                );
            })
            .is_some();
        if !shown
            && cache
                .lane_rename
                .as_ref()
                .is_some_and(|(id, _)| *id == lane.id)
        {
            // The menu closed (a click elsewhere, Enter): a typed name is kept, unless Escape
            // closed it; the next opening starts from the lane's name again.
            if let Some((id, name)) = cache.lane_rename.take()
                && !ui.input(|i| i.key_pressed(egui::Key::Escape))
                && name.trim() != lane.name
                && !name.trim().is_empty()
            {
                commands.push(
                    ModelCommand::RenameLane {
                        id,
                        name: name.trim().to_owned(),
                    }
                    .into(),
                );
            }
        }
    }
}

/// A Shift-drag on the background draws a box; on release, the events in it are selected (added to
/// the selection with Ctrl). Returns whether a box selection is in progress.
fn box_selection(
    ui: &egui::Ui,
    app: AppView<'_>,
    background: &egui::Response,
    canvas: &CanvasLayout,
    axis: &TimeAxis,
    cache: &mut TimelineCache,
    commands: &mut Vec<Command>,
) -> bool {
    if background.drag_started() && ui.input(|i| i.modifiers.shift) {
        cache.band_origin = ui.input(|i| i.pointer.press_origin());
    }
    let Some(origin) = cache.band_origin else {
        return false;
    };
    let pointer = ui.input(|i| i.pointer.latest_pos()).unwrap_or(origin);
    if background.dragged() {
        timeline_overlay::selection_box(ui, ui.painter(), origin, pointer);
    }
    if background.drag_stopped() || !ui.input(|i| i.pointer.primary_down()) {
        cache.band_origin = None;
        let band = Rect::from_two_pos(origin, pointer);
        let mut ids: Vec<EventId> = canvas
            .layout
            .cards
            .iter()
            .filter(|c| card_rect(c).intersects(band))
            .filter_map(|c| canvas.events.get(c.key).map(|e| e.id))
            .collect();
        // Crowded lanes under the box: every event of the lane in the box's time.
        let from = axis.days_from_x(f64::from(band.left()));
        let to = axis.days_from_x(f64::from(band.right()));
        for density in &canvas.densities {
            let Some(lane_band) = canvas.band_of(density.lane_index) else {
                continue;
            };
            let rows = band.top()..=band.bottom();
            if (lane_band.y_max as f32) < *rows.start() || (lane_band.y_min as f32) > *rows.end() {
                continue;
            }
            let Some(lane) = app.project.lanes.get(density.lane_index) else {
                continue;
            };
            ids.extend(app.project.events.iter().filter_map(|e| {
                let (start, end) = e.span_days();
                (e.lane == lane.id && end >= from && start <= to).then_some(e.id)
            }));
        }
        if ui.input(|i| i.modifiers.command) {
            ids.extend(app.view.selection.iter().copied());
        }
        commands.push(ViewCommand::SelectMany(ids).into());
    }
    true
}

/// The view this frame shows: the one asked for by a goal, Fit all or a reveal (pushed as the new
/// view), else the current one.
fn frame_view(
    ui: &egui::Ui,
    app: AppView<'_>,
    cache: &mut TimelineCache,
    rect: Rect,
    commands: &mut Vec<Command>,
) -> crate::model::TimeView {
    let mut time_view = app.view.time_view;
    if let Some(goal) = app.view.goal.as_ref().filter(|_| rect.width() > 0.0) {
        time_view = goal_view(ui.ctx(), app, cache, goal, f64::from(rect.width()));
        commands.push(ViewCommand::SetView(time_view).into());
    } else if app.view.fit_pending && rect.width() > 0.0 {
        time_view =
            crate::timeline::fit::fitted_view(app.project, f64::from(rect.width()), |event| {
                f64::from(cache.label_width(ui.ctx(), event))
                    + LayoutStyle::default().label_padding * 2.0
            });
        commands.push(ViewCommand::SetView(time_view).into());
    } else if let Some(event) = app.view.reveal.and_then(|id| app.project.event(id))
        && rect.width() > 0.0
    {
        // An event just accepted or created off screen: bring it into view, zoom kept if it fits.
        let width = f64::from(rect.width());
        let label = f64::from(cache.label_width(ui.ctx(), event));
        time_view = crate::timeline::fit::revealed_view(time_view, width, event.span_days(), label);
        commands.push(ViewCommand::SetView(time_view).into());
    }
    time_view
}

/// The event cards: painted, outlined when selected or found, faint when filtered out; click,
/// drag and right-click on each.
fn cards_ui(
    ui: &egui::Ui,
    app: AppView<'_>,
    canvas: &CanvasLayout,
    found: &std::collections::HashSet<EventId>,
    (axis, lanes_area, lanes_painter): (&TimeAxis, Rect, &egui::Painter),
    clipboard_out: &mut Option<String>,
    commands: &mut Vec<Command>,
) {
    let current = app.view.single_selection().filter(|id| found.contains(id));
    for card in &canvas.layout.cards {
        let event = &canvas.events[card.key];
        if !card_rect(card).intersects(lanes_area) {
            continue;
        }
        let selected = app.view.selection.contains(&event.id);
        let card_rect = card_rect(card).intersect(lanes_area);
        let response = ui.interact(
            card_rect,
            ui.scope_id().with(("event_card", event.id)),
            Sense::click_and_drag(),
        );
        let title = if event.sources_disagree() {
            format!("{} (the sources disagree on the date)", event.title)
        } else {
            event.title.clone()
        };
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
        let look = CardLook {
            selected,
            hovered: response.hovered(),
            found: if current == Some(event.id) {
                Found::Current
            } else if found.contains(&event.id) {
                Found::Match
            } else {
                Found::No
            },
            dimmed: canvas.dimmed.get(card.key).copied().unwrap_or(false),
        };
        timeline_paint::paint_card(lanes_painter, app.project, event, card, look);
        if response.secondary_clicked() && !selected {
            commands.push(ViewCommand::Select(Some(event.id)).into());
        }
        response.context_menu(|ui| {
            timeline_menus::card_menu(ui, app, event, clipboard_out, commands);
        });
        card_interaction(
            ui,
            app,
            event,
            card,
            &response,
            &canvas.layout,
            axis,
            commands,
        );
        if response.hovered() && app.view.drag.is_none() {
            response.on_hover_text(card_tooltip(event));
        }
    }
}
