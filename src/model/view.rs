//! The part of time a project was last looked at, stored in its file. The maths that fits, pans and
//! zooms a view lives in the timeline maths (`timeline::time_axis`), which builds on this type.

/// What part of time is visible: the left edge and the zoom. Stored in the project file.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct TimeView {
    /// Days since 1970-01-01 at the left edge of the screen span.
    pub start_days: f64,
    /// Zoom: how many days one screen point covers.
    pub days_per_point: f64,
}
