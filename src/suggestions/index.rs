//! The suggestions of every article, kept in step with the project.

use std::collections::BTreeMap;
use std::sync::Arc;

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

impl Entry {
    /// Whether these suggestions are those of `article` as it is.
    fn fits(&self, article: &Article) -> bool {
        self.date == article.date && self.text_len == article.text.len()
    }
}

/// How many removed articles' suggestions are kept, so undoing a removal (or redoing an import)
/// does not tag them again.
const RETIRED_MAX: usize = 256;

/// Suggestions of every article of a project, recomputed only for articles whose text or date changed.
/// Cloning is cheap: each article's suggestions are shared.
#[derive(Clone, Debug, Default)]
pub struct SuggestionIndex {
    entries: BTreeMap<ArticleId, Arc<Entry>>,
    /// Suggestions of articles no longer in the project, by content hash.
    retired: BTreeMap<String, Arc<Entry>>,
    /// The content hash of each article in `entries`.
    hash_of: BTreeMap<ArticleId, String>,
}

impl SuggestionIndex {
    /// Brings the index in step with `project`: tags new articles and articles whose date changed,
    /// forgets removed ones. Returns whether anything changed.
    pub fn sync(&mut self, project: &Project) -> bool {
        let mut changed = self.retire_removed(project);
        for article in &project.articles {
            if self
                .entries
                .get(&article.id)
                .is_some_and(|e| e.fits(article))
            {
                continue;
            }
            let entry = match self.retired.get(&article.content_hash) {
                Some(entry) if !article.content_hash.is_empty() && entry.fits(article) => {
                    Arc::clone(entry)
                }
                _ => Arc::new(Entry {
                    date: article.date,
                    text_len: article.text.len(),
                    suggestions: extract::suggest(&article.text, dct_of(article.date).as_ref()),
                }),
            };
            self.entries.insert(article.id, entry);
            self.hash_of
                .insert(article.id, article.content_hash.clone());
            changed = true;
        }
        changed
    }

    /// Moves the suggestions of articles no longer in `project` aside; returns whether any were.
    fn retire_removed(&mut self, project: &Project) -> bool {
        let removed: Vec<ArticleId> = self
            .entries
            .keys()
            .filter(|id| project.article(**id).is_none())
            .copied()
            .collect();
        for id in &removed {
            if let Some(entry) = self.entries.remove(id)
                && let Some(hash) = self.hash_of.remove(id)
                && !hash.is_empty()
            {
                self.retired.insert(hash, entry);
            }
        }
        while self.retired.len() > RETIRED_MAX {
            self.retired.pop_first();
        }
        !removed.is_empty()
    }

    /// How many bytes of text bringing the index in step with `project` would tag (the tagger reads
    /// tens of megabytes a second: small amounts take well under a frame).
    pub fn bytes_to_tag(&self, project: &Project) -> usize {
        project
            .articles
            .iter()
            .filter(|article| {
                !self
                    .entries
                    .get(&article.id)
                    .is_some_and(|e| e.fits(article))
                    && !self
                        .retired
                        .get(&article.content_hash)
                        .is_some_and(|e| !article.content_hash.is_empty() && e.fits(article))
            })
            .map(|article| article.text.len())
            .sum()
    }

    /// How many suggestions the index holds.
    pub fn len(&self) -> usize {
        self.entries.values().map(|e| e.suggestions.len()).sum()
    }

    /// Whether the index holds no suggestion.
    pub fn is_empty(&self) -> bool {
        self.entries.values().all(|e| e.suggestions.is_empty())
    }

    /// Takes from `other` (worked out in the background) the suggestions of articles of `project`
    /// this index does not have as they are now.
    pub fn absorb(&mut self, other: SuggestionIndex, project: &Project) {
        for article in &project.articles {
            let have = self
                .entries
                .get(&article.id)
                .is_some_and(|e| e.fits(article));
            if !have
                && let Some(entry) = other.entries.get(&article.id)
                && entry.fits(article)
            {
                self.entries.insert(article.id, Arc::clone(entry));
                self.hash_of
                    .insert(article.id, article.content_hash.clone());
            }
        }
        for (hash, entry) in other.retired {
            self.retired.entry(hash).or_insert(entry);
        }
    }

    /// Stores suggestions computed elsewhere (on a worker thread) for `article` as it is now.
    pub fn insert(&mut self, article: &Article, suggestions: Vec<Suggestion>) {
        let entry = Entry {
            date: article.date,
            text_len: article.text.len(),
            suggestions,
        };
        self.entries.insert(article.id, Arc::new(entry));
        self.hash_of
            .insert(article.id, article.content_hash.clone());
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
