//! HTML → readable article text: the article body without site chrome, scripts or hidden
//! elements, one paragraph per block, plus a title.
//!
//! Parsing is html5ever's (through `scraper`), so malformed markup and entities are handled the
//! way browsers do. The walk over the tree is iterative: deeply nested pages cannot overflow the
//! stack.

use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use super::DecodeError;

/// How many leading bytes are searched for a `<meta charset>` declaration.
const CHARSET_SCAN_BYTES: usize = 4096;

/// How many leading bytes (or chars) are looked at when sniffing for HTML.
const SNIFF_BYTES: usize = 1024;

/// Separators between a page title and a site name ("Headline | Site").
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " » "];

/// Elements whose text is never article text: code, embedded media, site chrome, forms.
const SKIPPED_ELEMENTS: &[&str] = &[
    "aside", "audio", "button", "canvas", "datalist", "dialog", "embed", "footer", "form", "head",
    "iframe", "math", "nav", "noscript", "object", "script", "select", "style", "svg", "template",
    "textarea", "title", "video",
];

/// ARIA roles of site chrome and pop-ups.
const SKIPPED_ROLES: &[&str] = &[
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
    "toolbar",
];

/// Words in a class or id that mark cookie and consent banners.
const BANNER_WORDS: &[&str] = &["cookie", "consent", "gdpr"];

/// Converts an HTML page to its title and readable article text.
///
/// The text comes from the `<article>` with the most text, else `<main>` (or
/// `[role=main]`), else `<body>`. Scripts, styles, navigation, headers and footers of the site,
/// asides, forms, cookie banners and hidden elements are left out. Blocks become lines,
/// paragraphs are separated by one blank line and inline whitespace is collapsed.
///
/// The title is the `<title>`, with a trailing " | Site" (or " - Site", …) removed when an
/// `<h1>` matches what comes before it; without a `<title>`, the first `<h1>`.
///
/// ```
/// use dateline::extract::html::html_to_text;
/// let page = "<title>Talks resume | Daily Planet</title><nav>Home</nav>\
///             <article><h1>Talks resume</h1><p>Talks resumed on&nbsp;Monday.</p></article>";
/// let (title, text) = html_to_text(page);
/// assert_eq!(title.as_deref(), Some("Talks resume"));
/// assert_eq!(text, "Talks resume\n\nTalks resumed on Monday.");
/// ```
pub fn html_to_text(html: &str) -> (Option<String>, String) {
    let (title, text, _) = html_article(html);
    (title, text)
}

/// Like [`html_to_text`], with what the page says about itself: publication date, outlet,
/// author and address from its metadata (see [`super::metadata`]).
///
/// ```
/// use dateline::extract::html::html_article;
/// let page = r#"<head><title>Talks resume | Daily Planet</title>
///   <meta property="article:published_time" content="2022-01-06T09:30:00+06:00">
///   <link rel="canonical" href="https://planet.example/talks"></head>
///   <body><article><h1>Talks resume</h1><p>Talks resumed on Monday.</p></article></body>"#;
/// let (title, _, meta) = html_article(page);
/// assert_eq!(title.as_deref(), Some("Talks resume"));
/// assert_eq!(meta.outlet.as_deref(), Some("Daily Planet"));
/// assert_eq!(meta.url.as_deref(), Some("https://planet.example/talks"));
/// assert_eq!(meta.published.unwrap().0.to_string(), "2022-01-06T09:30");
/// ```
pub fn html_article(html: &str) -> (Option<String>, String, super::metadata::ArticleMeta) {
    let doc = Html::parse_document(html);
    let roots = content_roots(&doc);
    let text = [true, false]
        .into_iter()
        .flat_map(|honour_hidden| roots.iter().map(move |&root| (root, honour_hidden)))
        .map(|(root, honour_hidden)| element_text(root, honour_hidden))
        .find(|text| !text.is_empty())
        .unwrap_or_default();
    let title = page_title(&doc, roots.first().copied());
    let suffix = title
        .as_deref()
        .and_then(|headline| site_suffix(&doc, headline));
    let meta = super::html_meta::html_meta(&doc, suffix.as_deref());
    (title, text, meta)
}

/// What the page's `<title>` has after the headline: "Talks resume | Daily Planet" gives
/// "Daily Planet".
fn site_suffix(doc: &Html, headline: &str) -> Option<String> {
    let full = doc
        .root_element()
        .descendent_elements()
        .find(|el| el.value().name() == "title")
        .map(|el| collapse_whitespace(&el.text().collect::<String>()))?;
    let rest = full.strip_prefix(headline)?;
    let site = TITLE_SEPARATORS
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?
        .trim();
    (!site.is_empty() && site.chars().count() <= 60).then(|| site.to_owned())
}

/// Converts a fragment of HTML (an HTML block inside Markdown, say) to readable text, with the
/// same rules as [`html_to_text`] but no choice of content root and no title.
pub(crate) fn html_fragment_to_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    element_text(fragment.root_element(), true)
}

/// Decodes the bytes of an HTML page: a byte order mark wins, then valid UTF-8, then the
/// charset the page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, then
/// the same guess as [`decode()`](super::decode()).
///
/// Valid UTF-8 is preferred over a declared legacy charset: pages converted to UTF-8 often keep
/// a stale `windows-1252` declaration, while legacy text that happens to be valid UTF-8 is
/// practically unheard of.
///
/// # Errors
/// [`DecodeError::Binary`] for data that is not text.
pub fn decode_html(bytes: &[u8]) -> Result<String, DecodeError> {
    let fallback = super::decode(bytes)?;
    if encoding_rs::Encoding::for_bom(bytes).is_some() || std::str::from_utf8(bytes).is_ok() {
        return Ok(fallback);
    }
    match declared_encoding(bytes) {
        Some(encoding) => {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            Ok(text.into_owned())
        }
        None => Ok(fallback),
    }
}

/// Whether the content is an HTML page: after an optional byte order mark, whitespace and
/// comments, it starts with `<!DOCTYPE html` or `<html` (any case).
///
/// ```
/// use dateline::extract::html::looks_like_html;
/// assert!(looks_like_html(b"\xEF\xBB\xBF\n  <!doctype HTML>\n<html><body>Hi</body></html>"));
/// assert!(looks_like_html(b"<!-- saved from url=(0014)about:internet -->\n<html lang=en>"));
/// assert!(!looks_like_html(b"The <html> element is the root of a page."));
/// ```
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let end = bytes.len().min(bom_len + SNIFF_BYTES);
        encoding
            .decode_without_bom_handling(&bytes[bom_len..end])
            .0
            .into_owned()
    } else {
        String::from_utf8_lossy(&bytes[..bytes.len().min(SNIFF_BYTES)]).into_owned()
    };
    let mut rest = head.as_str();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else {
                return false;
            };
            rest = &after[end + 3..];
        } else {
            break;
        }
    }
    let lower: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if let Some(after) = lower.strip_prefix("<!doctype") {
        return after.trim_start().starts_with("html");
    }
    lower
        .strip_prefix("<html")
        .is_some_and(|after| after.starts_with(|c: char| c == '>' || c.is_ascii_whitespace()))
}

/// The encoding named by the first `<meta>` that declares one, as the HTML standard maps it
/// (UTF-16 labels mean UTF-8, `x-user-defined` means windows-1252).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(CHARSET_SCAN_BYTES)];
    // Lowercasing ASCII keeps every offset; non-ASCII bytes are left as they are.
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(start) = find(&lower[from..], b"<meta").map(|i| from + i) {
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |i| start + i);
        if let Some(label) = charset_in_meta(&lower[start..end]) {
            let encoding = encoding_rs::Encoding::for_label(label)?;
            return Some(match encoding.name() {
                "UTF-16LE" | "UTF-16BE" => encoding_rs::UTF_8,
                "x-user-defined" => encoding_rs::WINDOWS_1252,
                "replacement" => return None,
                _ => encoding,
            });
        }
        from = end;
    }
    None
}

/// The charset label in one lowercased `<meta …` tag: `charset="x"` as an attribute or inside
/// `content="text/html; charset=x"`.
fn charset_in_meta(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")?;
    let mut rest = tag[at + b"charset".len()..].trim_ascii_start();
    rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

/// Byte offset of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Where the article text may be, best first: the `<article>` with the most text, `<main>`
/// or `[role=main]`, then `<body>` (or the whole document).
fn content_roots(doc: &Html) -> Vec<ElementRef<'_>> {
    let root = doc.root_element();
    // Only the few candidates are checked for chrome around them: checking every element
    // would cost the page size times its depth.
    let elements: Vec<ElementRef<'_>> = root
        .descendent_elements()
        .filter(|el| {
            let el = el.value();
            matches!(el.name(), "article" | "main" | "body")
                || el.attr("role").is_some_and(|r| r == "main")
        })
        .filter(|el| !in_site_chrome(*el))
        .collect();
    let mut roots = Vec::with_capacity(3);
    // Outermost articles only: one nested in another is part of it (a quoted post, a comment).
    let articles: Vec<(usize, ElementRef<'_>)> = elements
        .iter()
        .filter(|el| el.value().name() == "article")
        .filter(|el| {
            !el.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "article")
        })
        .map(|&el| (element_text(el, true).chars().count(), el))
        .collect();
    let total_chars: usize = articles.iter().map(|(chars, _)| chars).sum();
    let best_article = articles
        .iter()
        // `max_by_key` keeps the last of equals; reversing keeps the first.
        .rev()
        .max_by_key(|(chars, _)| *chars);
    // One article holding most of the text is the story; many similar ones (the updates of a
    // live blog, a list of stories) are read together from their container.
    if let Some(&(chars, article)) = best_article
        && chars > 0
        && chars * 2 >= total_chars
    {
        roots.push(article);
    }
    if let Some(main) = elements.iter().find(|el| {
        el.value().name() == "main" || el.value().attr("role").is_some_and(|r| r == "main")
    }) {
        roots.push(*main);
    }
    let body = elements
        .iter()
        .find(|el| el.value().name() == "body")
        .copied()
        .unwrap_or(root);
    roots.push(body);
    roots
}

/// Whether an element sits inside navigation, an aside, a site header or footer, or a form.
fn in_site_chrome(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        matches!(
            a.value().name(),
            "nav" | "aside" | "header" | "footer" | "form" | "template"
        )
    })
}

/// One step of the iterative tree walk.
enum Step<'a, N> {
    /// Visit a node and then its children.
    Enter(N),
    /// Leave an element, after its children.
    Leave(&'a Element),
}

/// How an element lays out its text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Runs on in the line.
    Inline,
    /// Starts and ends a line.
    Line,
    /// Starts and ends a paragraph (blank lines around).
    Paragraph,
    /// A table cell: a space on each side.
    Cell,
}

/// The layout of an element by its name; lists nested in a list item only start a line.
fn layout(name: &str, in_item: bool) -> Layout {
    match name {
        "ul" | "ol" | "dl" if in_item => Layout::Line,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "figure" | "ul"
        | "ol" | "dl" | "table" | "section" | "article" | "main" | "header" | "hgroup"
        | "address" | "details" | "fieldset" | "center" | "hr" | "listing" | "plaintext" => {
            Layout::Paragraph
        }
        "div" | "li" | "dt" | "dd" | "tr" | "figcaption" | "caption" | "summary" | "legend"
        | "body" | "html" | "menu" | "dir" | "thead" | "tbody" | "tfoot" => Layout::Line,
        "td" | "th" => Layout::Cell,
        _ => Layout::Inline,
    }
}

/// The readable text under `root` (which is never skipped itself).
fn element_text(root: ElementRef<'_>, honour_hidden: bool) -> String {
    let mut out = TextBuilder::default();
    let mut pre_depth = 0_usize;
    let mut item_depth = 0_usize;
    let mut article_depth = usize::from(root.value().name() == "article");
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::Leave(el) => {
                match el.name() {
                    "pre" | "listing" | "plaintext" | "textarea" => pre_depth -= 1,
                    "li" | "dd" => item_depth -= 1,
                    "article" => article_depth = article_depth.saturating_sub(1),
                    _ => {}
                }
                out.block(layout(el.name(), item_depth > 0));
                continue;
            }
        };
        match node.value() {
            Node::Text(text) if pre_depth > 0 => out.push_preformatted(text),
            Node::Text(text) => out.push_text(text),
            Node::Element(el) => {
                let is_root = node.id() == root.id();
                if !is_root && is_skipped(el, article_depth > 0, honour_hidden) {
                    continue;
                }
                if el.name() == "br" {
                    out.hard_break();
                    continue;
                }
                out.block(layout(el.name(), item_depth > 0));
                match el.name() {
                    "pre" | "listing" | "plaintext" | "textarea" => pre_depth += 1,
                    "li" | "dd" => item_depth += 1,
                    "article" if !is_root => article_depth += 1,
                    _ => {}
                }
                stack.push(Step::Leave(el));
                stack.extend(node.children().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
    out.finish()
}

/// Whether an element and everything in it is left out of the text.
fn is_skipped(el: &Element, in_article: bool, honour_hidden: bool) -> bool {
    let name = el.name();
    if SKIPPED_ELEMENTS.contains(&name) || (name == "header" && !in_article) {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|role| SKIPPED_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let banner = el.classes().chain(el.id()).any(|token| {
        let token = token.to_ascii_lowercase();
        BANNER_WORDS.iter().any(|word| token.contains(word))
    });
    banner || (honour_hidden && is_hidden(el))
}

/// `hidden`, `aria-hidden="true"` or an inline `display: none` / `visibility: hidden`.
fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// The page title: `<title>` without a site suffix when an `<h1>` confirms the headline, else
/// the first `<h1>` in the content, else the first `<h1>` anywhere.
fn page_title(doc: &Html, content: Option<ElementRef<'_>>) -> Option<String> {
    let root = doc.root_element();
    let title = root
        .descendent_elements()
        .find(|el| {
            el.value().name() == "title"
                && !el
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| a.value().name() == "svg")
        })
        .map(|el| collapse_whitespace(&el.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let h1s: Vec<String> = root
        .descendent_elements()
        .filter(|el| el.value().name() == "h1")
        .map(|el| collapse_whitespace(&el.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(title) = title {
        return Some(trim_site_suffix(title, &h1s));
    }
    content
        .and_then(|c| c.descendent_elements().find(|el| el.value().name() == "h1"))
        .map(|el| collapse_whitespace(&el.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .or_else(|| h1s.into_iter().next())
}

/// Cuts " | Site" (or " - Site", …) off a title when an `<h1>` matches the part before it.
fn trim_site_suffix(title: String, h1s: &[String]) -> String {
    let h1_keys: Vec<String> = h1s.iter().map(|h| title_key(h)).collect();
    if h1_keys.contains(&title_key(&title)) {
        return title;
    }
    let mut cuts: Vec<usize> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(i, _)| i))
        .collect();
    // Longest headline first: the site name is the last part.
    cuts.sort_unstable_by(|a, b| b.cmp(a));
    cuts.into_iter()
        .map(|cut| title[..cut].trim_end())
        .find(|head| !head.is_empty() && h1_keys.contains(&title_key(head)))
        .map_or_else(|| title.clone(), str::to_owned)
}

/// A title for comparison: lowercase, straight quotes.
fn title_key(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Trims and collapses runs of whitespace (including no-break spaces) to one space.
fn collapse_whitespace(text: &str) -> String {
    let mut out = TextBuilder::default();
    out.push_text(text);
    out.finish()
}

/// Whitespace that HTML collapses, plus the no-break space (`&nbsp;`), which becomes a space.
fn is_collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{a0}')
}

/// Builds text from inline runs and block boundaries: collapses inline whitespace, never
/// leaves a space at the start or end of a line, and keeps at most one blank line between
/// paragraphs. Shared by the HTML and Markdown readers.
#[derive(Default)]
pub(crate) struct TextBuilder {
    /// The text so far.
    out: String,
    /// Line breaks owed before the next text (0, 1 or 2).
    pending_newlines: u8,
    /// A space owed before the next text on the same line.
    pending_space: bool,
}

impl TextBuilder {
    /// Appends inline text, collapsing whitespace.
    pub(crate) fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if is_collapsible(c) {
                self.pending_space = true;
            } else {
                self.flush();
                self.out.push(c);
            }
        }
    }

    /// Appends text as it is, line breaks included (`<pre>`, code blocks).
    pub(crate) fn push_preformatted(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.flush();
                self.out.push('\n');
            } else if c != '\r' {
                self.flush();
                self.out.push(c);
            }
        }
    }

    /// A space before the next text, unless a line starts there.
    pub(crate) fn space(&mut self) {
        self.pending_space = true;
    }

    /// A line break before the next text.
    pub(crate) fn line_break(&mut self) {
        self.pending_newlines = self.pending_newlines.max(1);
    }

    /// A blank line before the next text.
    pub(crate) fn paragraph_break(&mut self) {
        self.pending_newlines = 2;
    }

    /// An explicit line break (`<br>`, a Markdown hard break): two in a row leave a blank line.
    pub(crate) fn hard_break(&mut self) {
        if !self.out.is_empty() {
            self.pending_newlines = (self.pending_newlines + 1).min(2);
        }
    }

    /// The boundary an element of this layout makes.
    fn block(&mut self, layout: Layout) {
        match layout {
            Layout::Inline => {}
            Layout::Line => self.line_break(),
            Layout::Paragraph => self.paragraph_break(),
            Layout::Cell => self.space(),
        }
    }

    /// Pays the owed line breaks or space before text.
    fn flush(&mut self) {
        if self.pending_newlines > 0 {
            if !self.out.is_empty() {
                for _ in 0..self.pending_newlines {
                    self.out.push('\n');
                }
            }
            self.pending_newlines = 0;
        } else if self.pending_space && !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push(' ');
        }
        self.pending_space = false;
    }

    /// The finished text, tidied with [`tidy_text`].
    pub(crate) fn finish(self) -> String {
        tidy_text(&self.out)
    }
}

/// Normalizes line endings to `\n`, removes trailing whitespace from every line and blank
/// lines at the start and end, and keeps at most one blank line in a row.
///
/// ```
/// use dateline::extract::html::tidy_text;
/// assert_eq!(tidy_text("\r\n Title  \r\n\r\n\r\nBody.\t\rEnd\n\n"), " Title\n\nBody.\nEnd");
/// ```
pub fn tidy_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut blank_run = false;
    for line in text.split('\n').map(str::trim_end) {
        if line.is_empty() {
            blank_run = !out.is_empty();
            continue;
        }
        if blank_run {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank_run = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS_PAGE: &str = include_str!("../../tests/fixtures/articles/news-page.html");

    #[test]
    fn news_page_gives_the_article_without_chrome() {
        let (title, text) = html_to_text(NEWS_PAGE);
        assert_eq!(
            title.as_deref(),
            Some("Fuel protests spread across Kazakhstan")
        );
        assert!(!text.contains("LEAK"), "leaked: {text}");
        for chrome in ["Accept all", "Business", "Steppe Courier", "Markets slide"] {
            assert!(!text.contains(chrome), "{chrome:?} in {text}");
        }
        let expected = "\
Fuel protests spread across Kazakhstan

By Aigerim Sadykova and Tom Whitfield

January 6, 2022

Demonstrators gather in Republic Square on Wednesday.

ALMATY, Kazakhstan — Jan. 6, 2022 — Protests that began over a sharp rise in fuel prices \
spread to every major city on Wednesday, and the government resigned after crowds stormed \
the mayor’s office.

“We want fair prices & fair elections,” said Dana Ermekova, a café owner who joined the \
march on Sunday.

A state of emergency

President Tokayev declared a two-week state of emergency late on Tuesday
and asked a regional alliance for help.

The situation is under control, officials said on Thursday.

Jan. 2: first protests in Zhanaozen
Jan. 5: the cabinet resigns";
        assert_eq!(text, expected);
        // Deterministic.
        assert_eq!(html_to_text(NEWS_PAGE), (title, text));
    }

    #[test]
    fn page_without_article_uses_the_body() {
        let page = r#"<!doctype html><html><head><title>City council minutes - Riverton Gazette</title>
            <script>track('SCRIPT_LEAK')</script></head>
            <body>
              <div class="gdpr-banner"><p>BANNER_LEAK We value your privacy</p></div>
              <header><h1 class="logo">Riverton Gazette</h1><nav><a href="/">NAV_LEAK</a></nav></header>
              <div class="content">
                <div>The council met on   Tuesday,
                  March 3.</div>
                <div>It approved the budget &amp; a new bridge.</div>
                <p>Next meeting: <em>April 7</em>.</p>
                <table><tr><th>Vote</th><th>Count</th></tr><tr><td>For</td><td>5</td></tr></table>
              </div>
              <aside>ASIDE_LEAK</aside>
              <footer>FOOTER_LEAK</footer>
            </body></html>"#;
        let (title, text) = html_to_text(page);
        // The only <h1> does not match the first part: the title is kept whole.
        assert_eq!(
            title.as_deref(),
            Some("City council minutes - Riverton Gazette")
        );
        assert!(!text.contains("LEAK"), "leaked: {text}");
        assert_eq!(
            text,
            "The council met on Tuesday, March 3.\n\
             It approved the budget & a new bridge.\n\n\
             Next meeting: April 7.\n\n\
             Vote Count\n\
             For 5"
        );
    }

    #[test]
    fn live_blog_keeps_every_update() {
        let page = "<body><nav>NAV_LEAK</nav><main><h1>Live: unrest in Kazakhstan</h1>\
            <article><p>09:10 Troops arrive in Almaty.</p></article>\
            <article><p>10:45 Internet access is cut across the country.</p></article>\
            <article><p>12:30 The airport is closed until Friday.</p></article>\
            </main></body>";
        assert_eq!(
            html_to_text(page).1,
            "Live: unrest in Kazakhstan\n\n09:10 Troops arrive in Almaty.\n\n\
             10:45 Internet access is cut across the country.\n\n\
             12:30 The airport is closed until Friday."
        );
    }

    #[test]
    fn main_is_used_without_article() {
        let page = "<body><div>OUTSIDE_LEAK</div><div role=\"main\"><p>Inside.</p></div></body>";
        assert_eq!(html_to_text(page).1, "Inside.");
    }

    #[test]
    fn windows_1252_page_honours_its_meta_charset() {
        let bytes: &[u8] = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\">\
            <title>Caf\xe9 owners protest</title></head><body><article><h1>Caf\xe9 owners protest</h1>\
            <p>\x93We will stay open,\x94 said Ren\xe9e \x96 on Jan.\xa06.</p></article></body></html>";
        let html = decode_html(bytes).unwrap();
        let (title, text) = html_to_text(&html);
        assert_eq!(title.as_deref(), Some("Café owners protest"));
        assert_eq!(
            text,
            "Café owners protest\n\n“We will stay open,” said Renée – on Jan. 6."
        );
    }

    #[test]
    fn http_equiv_charset_wins_over_the_guess() {
        let (koi8, _, _) = encoding_rs::KOI8_R.encode("Протесты начались в воскресенье.");
        let mut bytes =
            b"<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=KOI8-R'>\
            </head><body><p>"
                .to_vec();
        bytes.extend_from_slice(&koi8);
        bytes.extend_from_slice(b"</p></body></html>");
        let html = decode_html(&bytes).unwrap();
        assert_eq!(html_to_text(&html).1, "Протесты начались в воскресенье.");
    }

    #[test]
    fn charset_declarations_are_found() {
        let label =
            |html: &str| declared_encoding(html.as_bytes()).map(encoding_rs::Encoding::name);
        assert_eq!(label("<meta charset=utf-8>"), Some("UTF-8"));
        assert_eq!(label("<meta charset='ISO-8859-1'>"), Some("windows-1252"));
        assert_eq!(label("<meta charset=\"utf-16\">"), Some("UTF-8"));
        assert_eq!(
            label("<meta http-equiv=content-type content=\"text/html;charset=shift_jis\">"),
            Some("Shift_JIS")
        );
        assert_eq!(
            label("<meta name=description content=x><p>charset=koi8-r"),
            None
        );
        assert_eq!(label("<meta charset=\"no-such-encoding\">"), None);
    }

    #[test]
    fn valid_utf8_and_bom_win_over_a_stale_declaration() {
        let page = "<meta charset=windows-1252><p>Café “quoted”</p>";
        assert_eq!(decode_html(page.as_bytes()).unwrap(), page);
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "<html><p>Привет</p>".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert!(looks_like_html(&utf16));
        assert_eq!(html_to_text(&decode_html(&utf16).unwrap()).1, "Привет");
        assert_eq!(
            decode_html(b"\x00\x01\x02\x03<html>"),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn non_latin_text_is_kept_intact() {
        let page = "<!DOCTYPE html><html lang=ru><head><title>Протесты в Алматы — Степной вестник</title></head>\
            <body><article><h1>Протесты в Алматы</h1>\
            <p>6 января 2022 года — протестующие вышли на площадь.</p>\
            <p>مرحبا بالعالم. 抗议者聚集在广场。 🔥🇰🇿</p></article></body></html>";
        let (title, text) = html_to_text(page);
        assert_eq!(title.as_deref(), Some("Протесты в Алматы"));
        assert_eq!(
            text,
            "Протесты в Алматы\n\n6 января 2022 года — протестующие вышли на площадь.\n\n\
             مرحبا بالعالم. 抗议者聚集在广场。 🔥🇰🇿"
        );
    }

    #[test]
    fn title_falls_back_to_h1_and_keeps_unconfirmed_suffixes() {
        let title = |page: &str| html_to_text(page).0;
        assert_eq!(
            title(
                "<body><header><h1>Site</h1></header><article><h1> Main\n story </h1><p>x</p></article>"
            ),
            Some("Main story".to_owned())
        );
        assert_eq!(
            title(
                "<title>Kazakhstan - the crisis explained | Daily</title><h1>Kazakhstan - the crisis explained</h1>"
            ),
            Some("Kazakhstan - the crisis explained".to_owned())
        );
        assert_eq!(
            title("<title>It’s over – Courier</title><h1>It's over</h1>"),
            Some("It’s over".to_owned())
        );
        assert_eq!(
            title("<title>Left | Right</title><h1>Something else</h1>"),
            Some("Left | Right".to_owned())
        );
        assert_eq!(title("<p>No title at all</p>"), None);
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let (_, text) = html_to_text("<p>Before</p><pre>  a   b  \n\n\n  c</pre><p>After</p>");
        assert_eq!(text, "Before\n\n  a   b\n\n  c\n\nAfter");
    }

    #[test]
    fn hidden_wrapper_is_read_when_nothing_else_is_visible() {
        // Pages saved with a modal open often mark the whole content aria-hidden.
        let page =
            "<body><div aria-hidden=\"true\"><p>Saved while a modal was open.</p></div></body>";
        assert_eq!(html_to_text(page).1, "Saved while a modal was open.");
    }

    #[test]
    fn nested_lists_and_breaks() {
        let page = "<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul><p>a<br><br><br>b</p>";
        assert_eq!(html_to_text(page).1, "One\nOne a\nTwo\n\na\n\nb");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // html5ever takes time quadratic in the depth, so this stays moderate; a recursive walk
        // is deep enough to put a recursive walk at risk on the 2 MB test thread stack.
        let depth = 10_000;
        let page = format!(
            "{}deep{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        assert_eq!(html_to_text(&page).1, "deep");
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"<!DOCTYPE html>"));
        assert!(looks_like_html(b"  <HTML>"));
        assert!(!looks_like_html(b"<htmlx>"));
        assert!(!looks_like_html(b"<!-- unterminated"));
        assert!(!looks_like_html(b"<p>a fragment</p>"));
        assert!(!looks_like_html(b""));
    }

    #[test]
    fn tidies_text() {
        assert_eq!(tidy_text(""), "");
        assert_eq!(tidy_text(" \n\t\n"), "");
        assert_eq!(tidy_text("a \r\n\r\n\r\n \r\nb\u{3000}"), "a\n\nb");
        assert_eq!(tidy_text("  indented\nline"), "  indented\nline");
    }
}
