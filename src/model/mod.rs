//! The pure data model: dates, events, lanes, articles, the project, its edits and its RON file.
//!
//! Nothing here knows about egui or the screen; every change to a [`Project`] goes through
//! [`Project::apply`] with an [`Edit`], which returns the inverse edit for undo.

pub mod article;
pub mod color;
pub mod date;
pub mod edit;
pub mod event;
pub mod event_change;
pub mod history;
pub mod lane;
pub mod project;
pub mod project_file;
pub mod relation;
pub mod view;

pub use article::{Article, ArticleField, ArticleId, CharSpan, DateSource};
pub use color::Rgb;
pub use date::{Date, DateError, Precision};
pub use edit::{Edit, EditError};
pub use event::{Event, EventId, Source};
pub use event_change::{EventChange, EventChangeError};
pub use history::{History, MergeKey};
pub use lane::{Lane, LaneId};
pub use project::{FORMAT_VERSION, Project};
pub use project_file::ProjectFileError;
pub use relation::Relation;
pub use view::TimeView;
