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

/// Where an article's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A page's `<meta>` tag (`article:published_time`, `datePublished`, …).
    MetaTag,
    /// A page's JSON-LD (`datePublished`).
    JsonLd,
    /// A page's `<time datetime>` element.
    TimeElement,
    /// A Markdown file's front matter (`date:`).
    FrontMatter,
    /// A dateline or a "Published …" line in the text.
    Dateline,
    /// The file name ("2022-01-06-unrest.txt").
    FileName,
    /// Given on the command line (`--dct`).
    CommandLine,
    /// Typed by the user.
    Typed,
}

impl DateSource {
    /// The key written by the CLI's JSON (`meta_tag`, `json_ld`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::MetaTag => "meta_tag",
            Self::JsonLd => "json_ld",
            Self::TimeElement => "time_element",
            Self::FrontMatter => "front_matter",
            Self::Dateline => "dateline",
            Self::FileName => "file_name",
            Self::CommandLine => "command_line",
            Self::Typed => "typed",
        }
    }

    /// Where the date came from, for people ("from the page's metadata").
    pub fn describe(self) -> &'static str {
        match self {
            Self::MetaTag | Self::JsonLd => "from the page's metadata",
            Self::TimeElement => "from the page's date stamp",
            Self::FrontMatter => "from the file's front matter",
            Self::Dateline => "from a date line in the text",
            Self::FileName => "from the file name",
            Self::CommandLine => "given on the command line",
            Self::Typed => "typed",
        }
    }
}

/// An article's citation details that people edit as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArticleField {
    /// [`Article::outlet`].
    Outlet,
    /// [`Article::author`].
    Author,
    /// [`Article::url`].
    Url,
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
    /// The article date (publication date) relative dates resolve against.
    #[serde(default)]
    pub date: Option<Date>,
    /// Where [`Article::date`] came from, when it is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<DateSource>,
    /// The publication or site that published it ("Reuters", "The Daily Planet"); empty when
    /// unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// Who wrote it; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// Its address on the web; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The readable text, as the reader shows it; source spans index it by chars.
    pub text: String,
    /// Suggestions the user rejected, by the span of their date expression.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<CharSpan>,
    /// Suggestions the user split off a group ("not the same event"), by the span of their date
    /// expression: they are never grouped with other articles' reports again. Sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standalone: Vec<CharSpan>,
}
