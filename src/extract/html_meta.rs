//! A saved news page's metadata: publication date, outlet, author and address from `<meta>`
//! tags (Open Graph, `article:*`, Dublin Core, news-site conventions), JSON-LD (schema.org
//! `NewsArticle` and kin, inside `@graph` too), `<link rel="canonical">` and `<time datetime>`.

use scraper::{ElementRef, Html};
use serde_json::Value;

use super::dct::Dct;
use super::metadata::{ArticleMeta, meta_date, web_address};
use crate::model::DateSource;

/// `<meta>` names and properties that hold the publication date, best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
];

/// `<meta>` names and properties that hold the outlet, best first.
const OUTLET_KEYS: &[&str] = &[
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
];

/// `<meta>` names and properties that hold the author, best first.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
];

/// schema.org types of a news story, and of a page that may carry its date.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// Words in a class that mark a date stamp as not the publication date.
const NOT_PUBLISHED: &[&str] = &["updat", "modif", "related", "comment", "recommend"];

/// Reads the metadata of a parsed page. `site_suffix` is what the page title had after its
/// headline (" | The Daily Planet"), an outlet of last resort before the address's host.
pub(crate) fn html_meta(doc: &Html, site_suffix: Option<&str>) -> ArticleMeta {
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut canonical = None;
    let mut json_ld = ArticleMeta::default();
    let mut times: Vec<(u8, Dct)> = Vec::new();
    for element in doc.root_element().descendent_elements() {
        let value = element.value();
        match value.name() {
            "meta" => {
                let key = value
                    .attr("property")
                    .or_else(|| value.attr("name"))
                    .or_else(|| value.attr("itemprop"));
                if let (Some(key), Some(content)) = (key, value.attr("content")) {
                    tags.push((key.trim().to_ascii_lowercase(), content.trim().to_owned()));
                }
            }
            "link"
                if value.attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                }) =>
            {
                canonical = canonical.or_else(|| value.attr("href").and_then(web_address));
            }
            "script"
                if value
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let text: String = element.text().collect();
                if let Ok(data) = serde_json::from_str::<Value>(&text) {
                    json_ld = json_ld.or(json_ld_meta(&data));
                }
            }
            "time" => {
                if let Some(stamp) = time_stamp(element) {
                    times.push(stamp);
                }
            }
            _ => {}
        }
    }
    let tag = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            tags.iter()
                .find(|(k, v)| k == key && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    };
    let tag_date = DATE_KEYS.iter().find_map(|key| {
        tags.iter()
            .filter(|(k, _)| k == key)
            .find_map(|(_, v)| meta_date(v))
    });
    // Best mark first, then document order.
    let time = times
        .iter()
        .enumerate()
        .min_by_key(|(order, (rank, _))| (*rank, *order))
        .map(|(_, (_, dct))| *dct);
    let author = tag(AUTHOR_KEYS)
        .filter(|a| web_address(a).is_none())
        .map(|a| a.strip_prefix("By ").map_or(a.clone(), str::to_owned));
    let tags_meta = ArticleMeta {
        outlet: tag(OUTLET_KEYS),
        author,
        url: canonical.or_else(|| tag(&["og:url", "twitter:url"]).and_then(|u| web_address(&u))),
        published: tag_date.map(|d| (d, DateSource::MetaTag)),
    };
    let mut meta = tags_meta.or(json_ld).or(ArticleMeta {
        published: time.map(|d| (d, DateSource::TimeElement)),
        ..ArticleMeta::default()
    });
    if meta.outlet.is_none() {
        meta.outlet = site_suffix
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or_else(|| meta.url.as_deref().and_then(super::metadata::host_of));
    }
    meta
}

/// The date of a `<time>` element and how sure it is the publication date (0 marked as such,
/// 1 in the article, 2 elsewhere); `None` for an update, a related story or a comment.
fn time_stamp(element: ElementRef<'_>) -> Option<(u8, Dct)> {
    let value = element.value();
    let dct = value
        .attr("datetime")
        .and_then(meta_date)
        .or_else(|| meta_date(&element.text().collect::<String>()))?;
    let mut classes = String::new();
    for el in std::iter::once(element)
        .chain(element.ancestors().filter_map(ElementRef::wrap))
        .take(4)
    {
        for attr in ["class", "id", "itemprop"] {
            if let Some(v) = el.value().attr(attr) {
                classes.push_str(&v.to_ascii_lowercase());
                classes.push(' ');
            }
        }
    }
    if NOT_PUBLISHED.iter().any(|w| classes.contains(w)) {
        return None;
    }
    let marked = value.attr("pubdate").is_some()
        || ["datepublished", "publish", "posted", "dateline", "byline"]
            .iter()
            .any(|w| classes.contains(w));
    let in_story = element.ancestors().filter_map(ElementRef::wrap).any(|a| {
        matches!(a.value().name(), "article" | "main") || a.value().attr("role") == Some("main")
    });
    let in_chrome = element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| matches!(a.value().name(), "aside" | "nav" | "footer"));
    if in_chrome && !marked {
        return None;
    }
    let rank = if marked {
        0
    } else if in_story {
        1
    } else {
        2
    };
    Some((rank, dct))
}

/// The story's metadata in JSON-LD: the first object of a news type, in arrays and `@graph`
/// too.
fn json_ld_meta(data: &Value) -> ArticleMeta {
    let mut stories = Vec::new();
    collect_stories(data, &mut stories, 0);
    let Some(story) = stories.first() else {
        return ArticleMeta::default();
    };
    let published = ["datePublished", "dateCreated", "uploadDate"]
        .iter()
        .find_map(|k| story.get(*k).and_then(Value::as_str).and_then(meta_date))
        .map(|d| (d, DateSource::JsonLd));
    let url = ["url", "mainEntityOfPage"].iter().find_map(|k| {
        let v = story.get(*k)?;
        v.as_str()
            .or_else(|| v.get("@id").and_then(Value::as_str))
            .or_else(|| v.get("url").and_then(Value::as_str))
            .and_then(web_address)
    });
    ArticleMeta {
        outlet: story.get("publisher").and_then(name_of),
        author: story.get("author").and_then(names_of),
        url,
        published,
    }
}

/// Objects of a news type in `data`, depth first (bounded: pages nest little).
fn collect_stories<'a>(data: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match data {
        Value::Array(items) => {
            for item in items {
                collect_stories(item, out, depth + 1);
            }
        }
        Value::Object(map) => {
            let is_story = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .filter_map(Value::as_str)
                    .any(|t| ARTICLE_TYPES.contains(&t)),
                _ => false,
            };
            if is_story {
                out.push(data);
            }
            if let Some(graph) = map.get("@graph") {
                collect_stories(graph, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The name of a person or organisation: a string, or an object's `name`.
fn name_of(value: &Value) -> Option<String> {
    let name = value
        .as_str()
        .or_else(|| value.get("name").and_then(Value::as_str))?
        .trim();
    (!name.is_empty() && web_address(name).is_none()).then(|| name.to_owned())
}

/// One or several names ("Jane Doe and Li Wei").
fn names_of(value: &Value) -> Option<String> {
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(name_of).collect(),
        other => name_of(other).into_iter().collect(),
    };
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::html::html_article;
    use crate::model::DateSource;

    /// (outlet, author, url, date, source) read from `page`.
    fn read(page: &str) -> (String, String, String, String, Option<DateSource>) {
        let (_, _, meta) = html_article(page);
        let (date, source) = meta
            .published
            .map_or((String::new(), None), |(d, s)| (d.to_string(), Some(s)));
        (
            meta.outlet.unwrap_or_default(),
            meta.author.unwrap_or_default(),
            meta.url.unwrap_or_default(),
            date,
            source,
        )
    }

    /// Open Graph and `article:*` tags, with an update time, a cookie banner, scripts and a
    /// sidebar of other stories' dates that must not win.
    const OPEN_GRAPH: &str = r#"<!DOCTYPE html><html><head>
<title>Protests spread across Kazakhstan | The Steppe Herald</title>
<meta property="og:site_name" content="The Steppe Herald">
<meta property="og:url" content="https://steppeherald.example/news/protests-spread">
<meta property="article:modified_time" content="2022-01-09T10:00:00+06:00">
<meta property="article:published_time" content="2022-01-06T08:15:00+06:00">
<meta name="author" content="Aigerim Sadykova">
<script>window.dataLayer = [{"date": "2021-12-01"}];</script>
</head><body>
<div class="cookie-consent">We use cookies. <button>Accept</button></div>
<nav><a href="/">Home</a></nav>
<article><h1>Protests spread across Kazakhstan</h1>
<p>Updated <time datetime="2022-01-09T10:00:00+06:00" class="updated">9 January</time></p>
<p>Protests that began on Sunday spread to Almaty on Tuesday.</p></article>
<aside class="related"><h2>More stories</h2>
<p><time datetime="2021-12-20">20 December</time> Gas prices rise</p></aside>
</body></html>"#;

    /// JSON-LD in a `@graph`, with several authors and a publisher object; no date tags.
    const JSON_LD: &str = r#"<html><head><title>Government resigns</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Valley Courier","url":"https://courier.example"},
 {"@type":["NewsArticle"],"headline":"Government resigns",
  "datePublished":"2022-01-05T07:40:00Z","dateModified":"2022-01-07T12:00:00Z",
  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Li Wei"}],
  "publisher":{"@type":"Organization","name":"Valley Courier"},
  "mainEntityOfPage":{"@id":"https://courier.example/2022/01/government-resigns"}}]}
</script></head>
<body><article><h1>Government resigns</h1><p>The president accepted the resignation.</p>
</article></body></html>"#;

    /// No metadata but a marked `<time>` in the story, a site suffix in the title, and other
    /// stories' dates before it in the page.
    const TIME_ONLY: &str = r#"<html><head><title>Fuel price cap announced - Almaty Daily</title></head>
<body><header><ul class="ticker"><li><time datetime="2022-01-02">Jan 2</time> Markets</li></ul></header>
<main><h1>Fuel price cap announced</h1>
<div class="byline">By Dana Omarova · <time datetime="2022-01-04T16:20">4 January 2022</time></div>
<p>The government capped fuel prices for 180 days.</p></main></body></html>"#;

    #[test]
    fn reads_pages_of_several_shapes() {
        assert_eq!(
            read(OPEN_GRAPH),
            (
                "The Steppe Herald".into(),
                "Aigerim Sadykova".into(),
                "https://steppeherald.example/news/protests-spread".into(),
                "2022-01-06T08:15".into(),
                Some(DateSource::MetaTag)
            )
        );
        assert_eq!(
            read(JSON_LD),
            (
                "Valley Courier".into(),
                "Jane Doe and Li Wei".into(),
                "https://courier.example/2022/01/government-resigns".into(),
                "2022-01-05T07:40".into(),
                Some(DateSource::JsonLd)
            )
        );
        assert_eq!(
            read(TIME_ONLY),
            (
                "Almaty Daily".into(),
                String::new(),
                String::new(),
                "2022-01-04T16:20".into(),
                Some(DateSource::TimeElement)
            )
        );
    }

    #[test]
    fn broken_or_foreign_json_ld_is_ignored() {
        let page = r#"<html><head><script type="application/ld+json">{"@type": "NewsArticle",
            "datePublished": </script><script type="application/ld+json">{"@type":"Recipe",
            "datePublished":"2020-05-05"}</script></head><body><p>Text.</p></body></html>"#;
        let (outlet, author, url, date, source) = read(page);
        assert_eq!((outlet, author, url, date, source), Default::default());
    }
}
