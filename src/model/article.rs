//! Articles embedded in a project, so provenance never dangles.

use super::Date;

/// Identifies an article within a project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ArticleId(pub u64);

/// A span of an article's text, in chars (Unicode scalar values), end exclusive.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct CharSpan {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// A news article, embedded whole in the project.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// Stable identity, referenced by event sources.
    pub id: ArticleId,
    /// Headline or file name.
    pub title: String,
    /// The file name it was read from.
    #[serde(default)]
    pub file_name: String,
    /// The path it was read from, for the user's information only.
    #[serde(default)]
    pub original_path: String,
    /// Hex digest of the original bytes, to detect re-adding the same file.
    #[serde(default)]
    pub content_hash: String,
    /// The article date (creation date) relative dates resolve against.
    #[serde(default)]
    pub date: Option<Date>,
    /// The readable text, as the reader shows it; source spans index it by chars.
    pub text: String,
    /// Suggestions the user rejected, by the span of their date expression.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<CharSpan>,
}
