//! The tagger's output: a typed, normalized temporal expression with its character span.

use serde::{Deserialize, Serialize};

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "January 6, 2022", "last week", "the 1990s".
    Date,
    /// A time of day: "3:45 p.m.", "Thursday morning", "tonight".
    Time,
    /// A length of time: "two weeks", "a decade".
    Duration,
    /// A recurring time: "every Monday", "annually".
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Start, in chars (Unicode scalar values) from the start of the text.
    pub start: usize,
    /// End (exclusive), in chars.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value, e.g. `2022-01-06`, `P2W`, `PRESENT_REF`, `XXXX-WXX-7`.
    pub value: String,
}
