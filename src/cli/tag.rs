//! `dateline tag` and `dateline suggest`: the tagger, headless.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::extract::{self, Dct, Timex, detect_dct, parse_dct};

/// One timex as the external contract writes it.
#[derive(Serialize)]
struct TimexOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

impl<'a> From<&'a Timex> for TimexOut<'a> {
    fn from(t: &'a Timex) -> Self {
        Self {
            start: t.start,
            end: t.end,
            text: &t.text,
            kind: t.kind.as_str(),
            value: &t.value,
        }
    }
}

/// `dateline tag FILE`: one JSON object `{"dct", "timexes"}`.
#[derive(Serialize)]
struct TagOut<'a> {
    dct: Option<String>,
    timexes: Vec<TimexOut<'a>>,
}

/// One input line of `dateline tag --jsonl`.
#[derive(Deserialize)]
struct DocIn {
    doc_id: serde_json::Value,
    #[serde(default)]
    dct: Option<String>,
    text: String,
}

/// One output line of `dateline tag --jsonl`.
#[derive(Serialize)]
struct DocOut<'a> {
    doc_id: &'a serde_json::Value,
    timexes: Vec<TimexOut<'a>>,
}

/// Reads and decodes an article file, with the path in every error.
pub(super) fn read_article(path: &Path) -> anyhow::Result<String> {
    if path.is_dir() {
        bail!("cannot read article: it is a directory: {}", path.display());
    }
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read article: {}", path.display()))?;
    extract::decode(&bytes).with_context(|| format!("cannot read article: {}", path.display()))
}

pub(super) fn tag_file(path: &Path, dct: Option<&Dct>) -> anyhow::Result<()> {
    let text = read_article(path)?;
    let dct = dct.copied().or_else(|| detect_dct(&text));
    let timexes = extract::tag(&text, dct.as_ref());
    let out = TagOut {
        dct: dct.map(|d| d.to_string()),
        timexes: timexes.iter().map(TimexOut::from).collect(),
    };
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer(&mut stdout, &out)?;
    writeln!(stdout)?;
    stdout.flush()?;
    Ok(())
}

/// Streams documents: one line in, one line out, in order; memory is bounded by a few chunks
/// of lines.
pub(super) fn tag_jsonl(default_dct: Option<&Dct>) -> anyhow::Result<()> {
    let stdin = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    super::tag_stream::stream(stdin, &mut stdout, default_dct.copied(), tag_line)
}

/// Tags one input line; `None` for a blank line.
fn tag_line(
    line_number: usize,
    line: &str,
    default_dct: Option<&Dct>,
) -> anyhow::Result<Option<String>> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let doc: DocIn = serde_json::from_str(line).with_context(|| {
        format!("line {line_number} is not a {{\"doc_id\", \"dct\", \"text\"}} object")
    })?;
    let dct = match doc.dct.as_deref() {
        Some(text) => {
            Some(parse_dct(text).with_context(|| format!("line {line_number}: bad \"dct\""))?)
        }
        None => default_dct.copied().or_else(|| detect_dct(&doc.text)),
    };
    let timexes = extract::tag(&doc.text, dct.as_ref());
    let out = DocOut {
        doc_id: &doc.doc_id,
        timexes: timexes.iter().map(TimexOut::from).collect(),
    };
    Ok(Some(serde_json::to_string(&out)?))
}

/// One suggestion as `dateline suggest --json` writes it.
#[derive(Serialize)]
struct SuggestionOut<'a> {
    date: Option<String>,
    end_date: Option<String>,
    precision: Option<&'static str>,
    title: &'a str,
    sentence: &'a str,
    /// `null` for a suggestion dated by the article itself.
    expression: Option<&'a str>,
    start: usize,
    end: usize,
    confidence: f32,
    trigger: Option<&'a extract::Trigger>,
    relation: &'static str,
    /// The group of reports of one event across the articles given: a number shared by its
    /// members, from 1 in date order (a group of one when no other article reports it).
    group: Option<usize>,
    /// How many of the articles given report this event.
    reported_by: usize,
}

/// One article of `dateline suggest --json`: its metadata (`null` when unknown) and suggestions.
#[derive(Serialize)]
struct ArticleOut<'a> {
    path: String,
    title: &'a str,
    outlet: Option<&'a str>,
    author: Option<&'a str>,
    url: Option<&'a str>,
    /// The publication date the article's dates were resolved against (as `dct`).
    published: Option<String>,
    /// Where `published` came from: `meta_tag`, `json_ld`, `time_element`, `front_matter`,
    /// `dateline`, `file_name` or `command_line`.
    date_source: Option<&'static str>,
    dct: Option<String>,
    suggestions: Vec<SuggestionOut<'a>>,
}

/// The groups of the articles' suggestions, as the window and `dateline import` make them: for
/// (article position, start, end) of a suggestion, its group's number (from 1) and how many
/// articles report it.
fn cross_article_groups(
    loaded: &[crate::import::LoadedArticle],
) -> std::collections::HashMap<(usize, usize, usize), (usize, usize)> {
    let mut project = crate::model::Project::default();
    let mut index = crate::suggestions::SuggestionIndex::default();
    for (n, l) in loaded.iter().enumerate() {
        let mut article = l.article.clone();
        article.id = crate::model::ArticleId(n as u64 + 1);
        index.insert(&article, l.suggestions.clone());
        project.articles.push(article);
    }
    let pending = index.pending(&project);
    let groups = crate::suggestions::group_pending(&index, &pending, &project);
    let mut out = std::collections::HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        for key in &group.members {
            let n = usize::try_from(key.article.0).unwrap_or(1) - 1;
            out.insert(
                (n, key.span.start, key.span.end),
                (g + 1, group.members.len()),
            );
        }
    }
    out
}

/// A metadata field, `None` when unknown (empty).
fn known(field: &str) -> Option<&str> {
    (!field.is_empty()).then_some(field)
}

pub(super) fn suggest(paths: &[PathBuf], dct: Option<&Dct>, json: bool) -> anyhow::Result<()> {
    // Read every article first, exactly as the window and `dateline import` do (HTML and Markdown
    // cleaned, the date found in the text), so a bad path fails before anything is printed.
    let loaded: Vec<crate::import::LoadedArticle> = paths
        .iter()
        .map(|path| crate::import::load_article(path, dct))
        .collect::<Result<Vec<_>, _>>()?;
    let results: Vec<(Option<Dct>, &[extract::Suggestion])> = loaded
        .iter()
        .map(|l| {
            (
                crate::suggestions::dct_of(l.article.date),
                l.suggestions.as_slice(),
            )
        })
        .collect();
    let groups = cross_article_groups(&loaded);
    let mut stdout = std::io::stdout().lock();
    if json {
        let articles: Vec<ArticleOut<'_>> = paths
            .iter()
            .zip(&results)
            .zip(&loaded)
            .enumerate()
            .map(|(n, ((path, (dct, suggestions)), loaded))| ArticleOut {
                path: path.display().to_string(),
                title: &loaded.article.title,
                outlet: known(&loaded.article.outlet),
                author: known(&loaded.article.author),
                url: known(&loaded.article.url),
                published: dct.map(|d| d.to_string()),
                date_source: loaded
                    .article
                    .date_source
                    .map(crate::model::DateSource::key),
                dct: dct.map(|d| d.to_string()),
                suggestions: suggestions
                    .iter()
                    .map(|s| SuggestionOut {
                        date: s.date.map(|d| d.to_iso()),
                        end_date: s.end_date.map(|d| d.to_iso()),
                        precision: s.date.map(|d| d.precision().label()),
                        title: &s.title,
                        sentence: &s.sentence,
                        expression: (!s.expression.is_empty()).then_some(s.expression.as_str()),
                        start: s.start,
                        end: s.end,
                        confidence: s.confidence,
                        trigger: s.trigger.as_ref(),
                        relation: s.relation.key(),
                        group: groups.get(&(n, s.start, s.end)).map(|g| g.0),
                        reported_by: groups.get(&(n, s.start, s.end)).map_or(1, |g| g.1),
                    })
                    .collect(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut stdout, &serde_json::json!({ "articles": articles }))?;
        writeln!(stdout)?;
    } else {
        for (path, (dct, suggestions)) in paths.iter().zip(&results) {
            write_table(&mut stdout, path, dct.as_ref(), suggestions)?;
        }
    }
    stdout.flush()?;
    Ok(())
}

fn write_table(
    out: &mut impl std::io::Write,
    path: &Path,
    dct: Option<&Dct>,
    suggestions: &[extract::Suggestion],
) -> std::io::Result<()> {
    let dct_text = dct.map_or_else(
        || "none (relative dates unresolved; pass --dct)".to_owned(),
        ToString::to_string,
    );
    writeln!(
        out,
        "{} — article date: {dct_text} — {} suggestion(s)",
        path.display(),
        suggestions.len()
    )?;
    writeln!(
        out,
        "{:<24} {:<10} {:>5}  {:<28} TITLE",
        "DATE", "PRECISION", "CONF", "EXPRESSION"
    )?;
    for s in suggestions {
        let date = match (s.date, s.end_date) {
            (Some(start), Some(end)) => format!("{start}/{end}"),
            (Some(start), None) => s.relation.describe(&start.to_string()),
            (None, _) => "unresolved".to_owned(),
        };
        let precision = s.date.map_or("-", |d| d.precision().label());
        let expression: String = s.expression.chars().take(28).collect();
        writeln!(
            out,
            "{date:<24} {precision:<10} {:>5.2}  {expression:<28} {}",
            s.confidence, s.title
        )?;
    }
    writeln!(out)
}
