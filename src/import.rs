//! Adding article files to a project — what `dateline import` and the GUI's Add articles both do.
//!
//! Reading a file ([`load_article`]) is separate from changing the project ([`add_articles`]) so the
//! GUI can read on a worker thread and apply the result as one undo step.

use std::path::Path;

use crate::extract::article_file::{ArticleReadError, ArticleText, read_article_file};
use crate::extract::{self, Dct, Suggestion};
use crate::model::{Article, ArticleId, DateSource, Edit, LaneId, Project};
pub use crate::suggestions::AcceptPolicy;
use crate::suggestions::{
    SuggestionFilter, SuggestionIndex, accepted_events, date_of, group_pending,
};

/// An article read from disk, not yet in a project (its id is assigned when added).
#[derive(Clone, Debug)]
pub struct LoadedArticle {
    /// The article, with id 0.
    pub article: Article,
    /// Its suggestions for its date.
    pub suggestions: Vec<Suggestion>,
}

/// What adding articles did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Articles added, in order.
    pub added: Vec<ArticleId>,
    /// Files skipped because the project already holds the same content (file name, existing id).
    pub duplicates: Vec<(String, ArticleId)>,
    /// Events created by accepting suggestions.
    pub accepted_events: usize,
    /// Events already in the project that the new articles report too, given them as sources.
    pub extended_events: usize,
    /// Suggestions left pending.
    pub pending: usize,
}

/// Reads an article file: text, title, content hash and date (`dct`, else one found in the text),
/// with its suggestions.
///
/// # Errors
/// Missing, unreadable, binary, empty or oversized files.
pub fn load_article(path: &Path, dct: Option<&Dct>) -> Result<LoadedArticle, ArticleReadError> {
    let bytes_hash = content_hash(&std::fs::read(path).map_err(|cause| ArticleReadError::Io {
        cause,
        path: path.to_owned(),
    })?);
    let read = read_article_file(path)?;
    let file_name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let title = read
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| file_name.clone());
    let url = read.meta.url.clone().unwrap_or_default();
    let origin = Origin {
        title,
        file_name,
        original_path: path.display().to_string(),
        content_hash: bytes_hash,
        url,
        given: dct.map(|d| (*d, DateSource::CommandLine)),
    };
    Ok(loaded_from(read, origin))
}

/// Where an article came from, and what the user gave for it.
struct Origin {
    title: String,
    file_name: String,
    original_path: String,
    content_hash: String,
    url: String,
    /// A date given by the user, which wins over the one the text gives.
    given: Option<(Dct, DateSource)>,
}

/// The article read as `read`, with its suggestions for its date: the date given, else the one
/// the file says it was published on.
fn loaded_from(read: ArticleText, origin: Origin) -> LoadedArticle {
    let (dct, date_source) = match origin.given.or(read.meta.published) {
        Some((dct, source)) => (Some(dct), Some(source)),
        None => (None, None),
    };
    let date = dct.as_ref().and_then(date_of);
    let article = Article {
        id: ArticleId(0),
        title: origin.title,
        file_name: origin.file_name,
        original_path: origin.original_path,
        content_hash: origin.content_hash,
        date,
        date_source: date_source.filter(|_| date.is_some()),
        outlet: read.meta.outlet.clone().unwrap_or_default(),
        author: read.meta.author.clone().unwrap_or_default(),
        url: origin.url,
        text: read.text,
        rejected: Vec::new(),
        standalone: Vec::new(),
    };
    let suggestions = extract::suggest(&article.text, dct.as_ref());
    LoadedArticle {
        article,
        suggestions,
    }
}

/// Text copied from a browser or a PDF, to add as an article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PastedArticle {
    /// The text (plain, or a page's HTML).
    pub text: String,
    /// Its title; empty: the text's first short line.
    pub title: String,
    /// Its address; empty: unknown (or what pasted HTML says).
    pub url: String,
    /// Its publication date; `None`: the one the text gives, if any.
    pub date: Option<crate::model::Date>,
}

/// Reads pasted text as an article, exactly as a file with that content is read (HTML is
/// recognised by its markup); what the user typed for title, address and date wins over what
/// the text says.
///
/// # Errors
/// [`ArticleReadError::Empty`] when the text holds nothing readable.
pub fn load_pasted(pasted: &PastedArticle) -> Result<LoadedArticle, ArticleReadError> {
    let path = std::path::PathBuf::from("(pasted)");
    let empty = || ArticleReadError::Empty { path: path.clone() };
    let name = if crate::extract::html::looks_like_html(pasted.text.as_bytes()) {
        "pasted.html"
    } else {
        "pasted.txt"
    };
    let read = crate::extract::article_file::article_text_from_bytes(pasted.text.as_bytes(), name)
        .map_err(|_| empty())?;
    if read.text.trim().is_empty() {
        return Err(empty());
    }
    let title = [
        pasted.title.trim(),
        read.title.as_deref().unwrap_or("").trim(),
    ]
    .into_iter()
    .find(|t| !t.is_empty())
    .unwrap_or("Pasted article")
    .to_owned();
    let url = if pasted.url.trim().is_empty() {
        read.meta.url.clone().unwrap_or_default()
    } else {
        pasted.url.trim().to_owned()
    };
    let origin = Origin {
        title,
        file_name: String::new(),
        original_path: "(pasted)".to_owned(),
        content_hash: content_hash(pasted.text.as_bytes()),
        url,
        given: pasted
            .date
            .and_then(|d| crate::suggestions::dct_of(Some(d)))
            .map(|d| (d, DateSource::Typed)),
    };
    Ok(loaded_from(read, origin))
}

/// SHA-256 of the original bytes, hex.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(bytes);
    digest
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            use std::fmt::Write as _;
            write!(hex, "{byte:02x}").ok();
            hex
        })
}

/// The edit that adds `loaded` articles to `project` (skipping content it already holds) and accepts
/// suggestions as `policy` says, grouped across articles as the suggestions panel groups them.
/// Returns `None` as the edit when nothing is added.
pub fn add_articles(
    project: &Project,
    index: &mut SuggestionIndex,
    loaded: Vec<LoadedArticle>,
    policy: AcceptPolicy,
    lane: LaneId,
) -> (Option<Edit>, ImportReport) {
    let mut report = ImportReport::default();
    let mut next_id = project.next_article_id().0;
    let mut articles = Vec::new();
    let mut hashes: Vec<(String, ArticleId)> = project
        .articles
        .iter()
        .map(|a| (a.content_hash.clone(), a.id))
        .collect();
    for LoadedArticle {
        mut article,
        suggestions,
    } in loaded
    {
        if let Some((_, existing)) = hashes
            .iter()
            .find(|(hash, _)| *hash == article.content_hash)
        {
            report
                .duplicates
                .push((article.file_name.clone(), *existing));
            continue;
        }
        article.id = ArticleId(next_id);
        next_id += 1;
        hashes.push((article.content_hash.clone(), article.id));
        index.insert(&article, suggestions);
        report.added.push(article.id);
        articles.push(article);
    }
    if articles.is_empty() {
        return (None, report);
    }
    if policy == AcceptPolicy::None {
        // Nothing is accepted: the new articles' suggestions all wait, and no copy of the project
        // is needed to count them.
        let new_suggestions: usize = articles.iter().map(|a| index.suggestions(a.id).len()).sum();
        report.pending = index.pending(project).len() + new_suggestions;
        return (Some(Edit::InsertArticles(articles)), report);
    }
    let mut after = project.clone();
    after.articles.extend(articles.iter().cloned());
    let pending = index.pending(&after);
    let groups = group_pending(index, &pending, &after);
    let accepted = accepted_events(
        &after,
        index,
        &groups,
        policy,
        &SuggestionFilter::default(),
        lane,
    );
    report.accepted_events = accepted.new.len();
    report.extended_events = accepted.extended.len();
    report.pending = pending.len() - accepted.sources_added(&after);
    let mut edits = vec![Edit::InsertArticles(articles)];
    edits.extend(accepted.edits());
    (Some(Edit::Batch(edits)), report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_html_and_text_are_read_like_files() {
        let page = PastedArticle {
            text: r#"<html><head><title>Port closes | Coast Times</title>
                <meta property="article:published_time" content="2023-03-14T10:00:00Z">
                <link rel="canonical" href="https://coast.example/port"></head>
                <body><article><h1>Port closes</h1><p>The port closed on Monday.</p></article></body></html>"#
                .to_owned(),
            ..PastedArticle::default()
        };
        let loaded = load_pasted(&page).unwrap();
        assert_eq!(loaded.article.title, "Port closes");
        assert_eq!(loaded.article.outlet, "Coast Times");
        assert_eq!(loaded.article.url, "https://coast.example/port");
        assert_eq!(loaded.article.date_source, Some(DateSource::MetaTag));
        assert_eq!(loaded.suggestions[0].date.unwrap().to_iso(), "2023-03-13");
        // What the user typed wins.
        let typed = PastedArticle {
            url: "https://mirror.example/port".to_owned(),
            date: Some("2023-03-20".parse().unwrap()),
            ..page
        };
        let loaded = load_pasted(&typed).unwrap();
        assert_eq!(loaded.article.url, "https://mirror.example/port");
        assert_eq!(loaded.article.date_source, Some(DateSource::Typed));
        assert_eq!(loaded.suggestions[0].date.unwrap().to_iso(), "2023-03-20");
        assert!(load_pasted(&PastedArticle::default()).is_err());
        assert!(
            load_pasted(&PastedArticle {
                text: "   \n".to_owned(),
                ..PastedArticle::default()
            })
            .is_err()
        );
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            content_hash(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
