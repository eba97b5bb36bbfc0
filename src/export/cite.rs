//! Sources as citations, the same in every export: outlet, title, author, publication date and
//! address of the article, then the quoted sentence; and the note on an event whose sources give
//! different dates.

use crate::model::{Article, Event, Project, Source};

/// What a source's article says about itself, for citing it; empty fields are unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Citation {
    /// The publication ("The Steppe Herald").
    pub outlet: String,
    /// The article's headline.
    pub title: String,
    /// Who wrote it.
    pub author: String,
    /// Its publication date, as people read it ("5 Jan 2022").
    pub published: String,
    /// Its web address.
    pub url: String,
    /// The file it was read from, when there is no address.
    pub file_name: String,
}

impl Citation {
    /// The citation of `source`'s article (all empty when the project lacks it).
    pub fn of(project: &Project, source: &Source) -> Self {
        project
            .article(source.article)
            .map(Self::of_article)
            .unwrap_or_default()
    }

    /// The citation of an article.
    pub fn of_article(article: &Article) -> Self {
        Self {
            outlet: article.outlet.trim().to_owned(),
            title: article.title.trim().to_owned(),
            author: article.author.trim().to_owned(),
            published: article.date.map(|d| d.human()).unwrap_or_default(),
            // Only web addresses: a `javascript:` one from a hand-edited file is never linked.
            url: crate::extract::metadata::web_address(&article.url).unwrap_or_default(),
            file_name: article.file_name.trim().to_owned(),
        }
    }

    /// The citation as one line, known parts only, in bibliography order: `The Steppe Herald,
    /// “Protests spread”, Aigerim Sadykova, 5 Jan 2022, https://…` (the file name stands in for
    /// a missing address). `quote` wraps the title.
    pub fn line(&self, quote: impl Fn(&str) -> String) -> String {
        self.line_escaped(quote, str::to_owned)
    }

    /// Like [`Citation::line`], with the other parts passed through `plain` (an export's
    /// escaping).
    pub fn line_escaped(
        &self,
        quote: impl Fn(&str) -> String,
        plain: impl Fn(&str) -> String,
    ) -> String {
        let place = if self.url.is_empty() {
            &self.file_name
        } else {
            &self.url
        };
        [
            (&self.outlet, false),
            (&self.title, true),
            (&self.author, false),
            (&self.published, false),
            (place, false),
        ]
        .into_iter()
        .filter(|(part, _)| !part.is_empty())
        .map(|(part, is_title)| if is_title { quote(part) } else { plain(part) })
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// The name a reader knows the source by: the outlet, else the title.
    pub fn name(&self) -> &str {
        if self.outlet.is_empty() {
            &self.title
        } else {
            &self.outlet
        }
    }
}

/// The note on an event whose sources give different dates: "The sources disagree on the date:
/// The Steppe Herald says 2 Jan 2022; River Post says 1 Jan 2022." `None` when they agree.
pub fn disagreement(project: &Project, event: &Event) -> Option<String> {
    if !event.sources_disagree() {
        return None;
    }
    let claims: Vec<String> = event
        .sources
        .iter()
        .filter_map(|source| {
            let date = source.date?;
            let citation = Citation::of(project, source);
            let name = if citation.name().is_empty() {
                "an article".to_owned()
            } else {
                citation.name().to_owned()
            };
            Some(format!("{name} says {}", date.human()))
        })
        .collect();
    Some(format!(
        "The sources disagree on the date: {}.",
        claims.join("; ")
    ))
}

/// The articles an export cites, each once, in the order first cited.
pub fn cited_articles<'a>(project: &'a Project, events: &[&Event]) -> Vec<&'a Article> {
    let mut seen = std::collections::BTreeSet::new();
    let mut articles = Vec::new();
    for source in events.iter().flat_map(|e| &e.sources) {
        if seen.insert(source.article)
            && let Some(article) = project.article(source.article)
        {
            articles.push(article);
        }
    }
    articles
}
