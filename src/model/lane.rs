//! Lanes: the horizontal bands (categories) events sit on.

use super::Rgb;

/// Identifies a lane for the life of a project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct LaneId(pub u64);

/// A named, coloured band of the timeline. Lanes are drawn in the order of `Project::lanes`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lane {
    /// Stable identity.
    pub id: LaneId,
    /// Shown at the left of the band.
    pub name: String,
    /// Colour of the band and of its events (unless an event has its own).
    pub color: Rgb,
}
