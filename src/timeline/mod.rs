//! Pure timeline maths shared by the screen and the image export, so what you export is what you see.
//!
//! - [`time_axis`]: which part of time is visible ([`TimeView`], stored in the project file) and how it maps
//!   onto a horizontal screen span ([`TimeAxis`]: `x_from_days`, `days_from_x`, `pan`, `zoom_at`).
//! - [`ticks`]: calendar-aligned, non-overlapping tick marks and labels from minutes to millennia.
//! - [`index`]: events by lane and time, so a frame visits only what is in view.
//! - [`drag`]: what a card drag shows and changes.
//! - [`filter`]: which events a find or a filter picks.
//! - [`fit`]: the view that shows every event with room for the last labels (Fit all, image export).
//! - [`scale_bar`]: the scale indicator's round length of time.
//! - [`layout`]: lanes and event cards packed into rows without overlaps.
//!
//! Time is `f64` days since 1970-01-01T00:00 everywhere (see [`crate::model::date::Date::start_days`]);
//! screen coordinates are `f64` points. Nothing here touches egui, files or (except [`today_days`]) the
//! clock.

pub mod drag;
pub mod filter;
pub mod fit;
pub mod index;
pub mod layout;
pub mod scale_bar;
pub mod snap;
pub mod ticks;
pub mod time_axis;

pub use index::TimeIndex;
pub use layout::{
    CardInput, CardRect, LaneBand, Layout, LayoutStyle, lane_at_y, lane_row_at_y, layout,
};
pub use ticks::{
    LABEL_GAP_POINTS, Tick, TickStep, context_label, tick_step, ticks, ticks_with_step,
};
pub use time_axis::{MAX_DAYS_PER_POINT, MIN_DAYS_PER_POINT, TimeAxis, TimeView, today_days};
