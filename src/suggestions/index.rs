//! The suggestions of every article, kept in step with the project.

use std::collections::BTreeMap;

use super::{SuggestionKey, dct_of};
use crate::extract::{self, Suggestion};
use crate::model::{Article, ArticleId, CharSpan, Date, Project};

/// One article's suggestions, computed for one article date.
#[derive(Clone, Debug)]
struct Entry {
    date: Option<Date>,
    text_len: usize,
    suggestions: Vec<Suggestion>,
}

/// Suggestions of every article of a project, recomputed only for articles whose text or date changed.
#[derive(Clone, Debug, Default)]
pub struct SuggestionIndex {
    entries: BTreeMap<ArticleId, Entry>,
}

impl SuggestionIndex {
    /// Brings the index in step with `project`: tags new articles and articles whose date changed,
    /// forgets removed ones. Returns whether anything changed.
    pub fn sync(&mut self, project: &Project) -> bool {
        let before = self.entries.len();
        self.entries.retain(|id, _| project.article(*id).is_some());
        let mut changed = before != self.entries.len();
        for article in &project.articles {
            let fresh = self
                .entries
                .get(&article.id)
                .is_some_and(|e| e.date == article.date && e.text_len == article.text.len());
            if !fresh {
                self.insert(
                    article,
                    extract::suggest(&article.text, dct_of(article.date).as_ref()),
                );
                changed = true;
            }
        }
        changed
    }

    /// Stores suggestions computed elsewhere (on a worker thread) for `article` as it is now.
    pub fn insert(&mut self, article: &Article, suggestions: Vec<Suggestion>) {
        let entry = Entry {
            date: article.date,
            text_len: article.text.len(),
            suggestions,
        };
        self.entries.insert(article.id, entry);
    }

    /// All suggestions of an article, in text order.
    pub fn suggestions(&self, article: ArticleId) -> &[Suggestion] {
        self.entries
            .get(&article)
            .map_or(&[], |e| e.suggestions.as_slice())
    }

    /// The suggestion with this key (a binary search: suggestions are in text order).
    pub fn get(&self, key: SuggestionKey) -> Option<&Suggestion> {
        let list = self.suggestions(key.article);
        let first = list.partition_point(|s| s.start < key.span.start);
        list[first..]
            .iter()
            .take_while(|s| s.start == key.span.start)
            .find(|s| s.end == key.span.end)
    }

    /// Whether an event of `project` came from this suggestion.
    pub fn is_accepted(project: &Project, key: SuggestionKey) -> bool {
        project
            .events
            .iter()
            .flat_map(|e| &e.sources)
            .any(|s| s.article == key.article && s.expression == Some(key.span))
    }

    /// Suggestions neither accepted nor rejected, in article then text order.
    pub fn pending(&self, project: &Project) -> Vec<SuggestionKey> {
        let accepted: std::collections::BTreeSet<(ArticleId, CharSpan)> = project
            .events
            .iter()
            .flat_map(|e| &e.sources)
            .filter_map(|s| s.expression.map(|span| (s.article, span)))
            .collect();
        project
            .articles
            .iter()
            .flat_map(|article| {
                let accepted = &accepted;
                self.suggestions(article.id).iter().filter_map(move |s| {
                    let key = SuggestionKey::of(article.id, s);
                    let decided = accepted.contains(&(key.article, key.span))
                        || article.rejected.binary_search(&key.span).is_ok();
                    (!decided).then_some(key)
                })
            })
            .collect()
    }

    /// Rejected suggestions (restorable), in article then text order.
    pub fn rejected(&self, project: &Project) -> Vec<SuggestionKey> {
        project
            .articles
            .iter()
            .flat_map(|article| {
                self.suggestions(article.id)
                    .iter()
                    .map(move |s| SuggestionKey::of(article.id, s))
                    .filter(move |key| article.rejected.binary_search(&key.span).is_ok())
            })
            .collect()
    }
}
