//! Dateline turns news articles into sourced, dated timelines.
//!
//! The pure core — [`model`] (project, events, dates, RON file), [`extract`] (the tagger and the
//! suggestions), [`suggestions`], [`import`], [`timeline`] (time axis and layout maths shared by the
//! screen and image export), [`export`] — sits behind this library. Above it, [`state`] is what both
//! the app and the UI read; [`ui`] is a thin egui layer that reads it and emits
//! [`command::Command`]s, which [`app`] applies, one undo step per gesture. [`gui`] puts the two
//! together in the window; [`cli`] runs the same core headless. Arrows point down only: `ui` never
//! imports `app`, and the core imports neither.
//!
//! ```
//! use dateline::model::{Date, Precision};
//! let date: Date = "-0043-03-15".parse()?;
//! assert_eq!(date.precision(), Precision::Day);
//! assert_eq!(date.human(), "15 Mar 44 BC");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod app;
pub mod cli;
pub mod command;
pub mod export;
pub mod extract;
pub mod gui;
pub mod import;
pub mod model;
pub mod state;
pub mod suggestions;
pub mod timeline;
pub mod ui;

pub use gui::DatelineApp;
