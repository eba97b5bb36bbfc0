//! What an article says about itself: outlet, author, address and publication date, from a
//! page's metadata ([`super::html_meta`]), a Markdown file's front matter, the text's dateline
//! and byline, or the file name.

use chrono::NaiveDate;

use super::dct::{Dct, detect_dct, parse_dct};
use crate::model::DateSource;

/// Lines at the top of a text where bylines and datelines are looked for.
const HEAD_LINES: usize = 25;

/// The longest byline or outlet name taken from the text, in chars.
const MAX_NAME_CHARS: usize = 80;

/// What an article says about itself; every field may be unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The publication or site ("Reuters", "The Daily Planet").
    pub outlet: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// Its address on the web (absolute `http(s)`).
    pub url: Option<String>,
    /// When it was published, and where that was found.
    pub published: Option<(Dct, DateSource)>,
}

impl ArticleMeta {
    /// Fills what is unknown here from `other` (a weaker source).
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        Self {
            outlet: self.outlet.or(other.outlet),
            author: self.author.or(other.author),
            url: self.url.or(other.url),
            published: self.published.or(other.published),
        }
    }
}

/// Metadata in the text itself: the date of a dateline or "Published …" line, the agency of a
/// dateline ("ALMATY, Jan 7 (Reuters) -"), a byline ("By Jane Doe").
///
/// ```
/// use dateline::extract::metadata::text_meta;
/// let meta = text_meta("Unrest in Almaty\nBy Jane Doe and Li Wei\n\nALMATY, Jan 7, 2022 (Reuters) - Protests spread.");
/// assert_eq!(meta.author.as_deref(), Some("Jane Doe and Li Wei"));
/// assert_eq!(meta.outlet.as_deref(), Some("Reuters"));
/// assert_eq!(meta.published.unwrap().0.to_string(), "2022-01-07");
/// ```
pub fn text_meta(text: &str) -> ArticleMeta {
    let mut meta = ArticleMeta {
        published: detect_dct(text).map(|d| (d, DateSource::Dateline)),
        ..ArticleMeta::default()
    };
    for line in text.lines().take(HEAD_LINES).map(str::trim) {
        if meta.author.is_none() {
            meta.author = byline(line);
        }
        if meta.outlet.is_none() {
            meta.outlet = dateline_agency(line);
        }
    }
    meta
}

/// The names of a byline: "By Jane Doe", "BY JANE DOE AND LI WEI", "By Jane Doe, Reuters".
fn byline(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?;
    let names = rest
        .split([',', '|', '\u{2022}', '(', '\u{2014}'])
        .next()?
        .trim();
    let words: Vec<&str> = names.split_whitespace().collect();
    let is_name_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(
                *w,
                "and" | "&" | "de" | "van" | "von" | "der" | "da" | "al" | "bin"
            )
    };
    (!words.is_empty()
        && words.len() <= 8
        && words.iter().all(is_name_word)
        && names.chars().count() <= MAX_NAME_CHARS)
        .then(|| words.join(" "))
}

/// The agency in parentheses of a dateline: "ALMATY, Jan 7 (Reuters) -" gives "Reuters";
/// "(AP)" the Associated Press.
fn dateline_agency(line: &str) -> Option<String> {
    let head = &line[..line.floor_char_boundary(120)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    let dash = ["-", "\u{2013}", "\u{2014}", "--"]
        .iter()
        .any(|d| after.starts_with(d));
    let before = &head[..open];
    // A dateline opens with a place in capitals ("ALMATY," or "NEW YORK,").
    let place = before
        .split(',')
        .next()
        .is_some_and(|p| p.chars().any(char::is_alphabetic) && !p.chars().any(char::is_lowercase));
    let agency = head[open + 1..close].trim();
    if !dash || !place || agency.is_empty() || agency.chars().count() > 40 {
        return None;
    }
    let expanded = match agency {
        "AP" => "Associated Press",
        "AFP" => "Agence France-Presse",
        "UPI" => "United Press International",
        other => other,
    };
    Some(expanded.to_owned())
}

/// A date at the start of a file name: `2022-01-06-unrest.txt`, `2022_01_06 report.md`,
/// `20220106.html`.
///
/// ```
/// use dateline::extract::metadata::file_name_date;
/// assert_eq!(file_name_date("2022-01-06-unrest.txt").unwrap().to_string(), "2022-01-06");
/// assert_eq!(file_name_date("20220106_almaty.html").unwrap().to_string(), "2022-01-06");
/// assert!(file_name_date("2022-13-40.txt").is_none());
/// assert!(file_name_date("unrest-2022.txt").is_none());
/// ```
pub fn file_name_date(name: &str) -> Option<Dct> {
    let bytes = name.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = name.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day, end) = if bytes
        .get(4)
        .is_some_and(|b| matches!(b, b'-' | b'_' | b'.'))
    {
        (
            digits(0..4)?,
            digits(5..7)?,
            digits(8..10).filter(|_| bytes.get(7) == bytes.get(4))?,
            10,
        )
    } else {
        (digits(0..4)?, digits(4..6)?, digits(6..8)?, 8)
    };
    if bytes.get(end).is_some_and(u8::is_ascii_digit) || !(1900..=2200).contains(&year) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    parse_dct(&date.format("%Y-%m-%d").to_string()).ok()
}

/// The metadata in a Markdown file's front matter (YAML between `---` lines, or TOML between
/// `+++` lines): `date`, `author`, `source`/`publisher`, `url`.
///
/// ```
/// use dateline::extract::metadata::front_matter_meta;
/// let meta = front_matter_meta("---\ntitle: Unrest\ndate: 2022-01-06\nauthor: \"Jane Doe\"\nsource: Daily Planet\nurl: https://planet.example/unrest\n---\n# Unrest\n");
/// assert_eq!(meta.published.unwrap().0.to_string(), "2022-01-06");
/// assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
/// assert_eq!(meta.outlet.as_deref(), Some("Daily Planet"));
/// assert_eq!(meta.url.as_deref(), Some("https://planet.example/unrest"));
/// ```
pub fn front_matter_meta(source: &str) -> ArticleMeta {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.lines();
    let fence = match lines.next().map(str::trim_end) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return ArticleMeta::default(),
    };
    let mut meta = ArticleMeta::default();
    for line in lines {
        let line = line.trim_end();
        if line == fence || (fence == "---" && line == "...") {
            break;
        }
        let Some((key, value)) = line.split_once(':').or_else(|| line.split_once('=')) else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "date" | "published" | "pubdate" | "publishdate" | "date_published"
            | "published_at" => {
                meta.published = meta
                    .published
                    .or_else(|| meta_date(value).map(|d| (d, DateSource::FrontMatter)));
            }
            "author" | "authors" | "byline" => {
                meta.author.get_or_insert_with(|| value.to_owned());
            }
            "source" | "publisher" | "outlet" | "site" | "site_name" | "publication" => {
                meta.outlet.get_or_insert_with(|| value.to_owned());
            }
            "url" | "link" | "canonical" | "canonical_url" | "source_url" => {
                if let Some(url) = web_address(value) {
                    meta.url.get_or_insert(url);
                }
            }
            _ => {}
        }
    }
    meta
}

/// A date as metadata writes it: ISO 8601 with or without a time and zone
/// ("2022-01-06T14:30:00+06:00": the date and time written, in the publisher's zone), RFC 2822
/// ("Thu, 06 Jan 2022 14:30:00 GMT"), or a date in words ("January 6, 2022").
pub(crate) fn meta_date(value: &str) -> Option<Dct> {
    let value = value.trim();
    let b = value.as_bytes();
    let iso_day =
        b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-';
    if iso_day {
        // "2022-01-06T14:30" (seconds, fractions and zone dropped), else the day alone.
        let with_time = value
            .get(..16)
            .filter(|s| matches!(s.as_bytes()[10], b'T' | b' '))
            .map(|s| s.replacen(' ', "T", 1));
        if let Some(dct) = with_time.and_then(|s| parse_dct(&s).ok()) {
            return Some(dct);
        }
        return parse_dct(&value[..10]).ok();
    }
    if let Ok(time) = chrono::DateTime::parse_from_rfc2822(value) {
        return parse_dct(&time.format("%Y-%m-%dT%H:%M").to_string()).ok();
    }
    super::tag(value, None)
        .iter()
        .find(|t| {
            t.value.len() >= 10
                && t.value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && t.value.as_bytes()[4] == b'-'
        })
        .and_then(|t| parse_dct(t.value.get(..16).unwrap_or(&t.value)).ok())
}

/// `value` when it is an absolute web address (`http://` or `https://`, no spaces).
pub fn web_address(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let absolute = lower.starts_with("https://") || lower.starts_with("http://");
    (absolute && !value.contains(char::is_whitespace) && value.len() > 10).then(|| value.to_owned())
}

/// The host of a web address without "www." (`https://www.reuters.com/world/…` gives
/// `reuters.com`): an outlet when the page names none.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.') && !host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bylines_and_datelines() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(byline("By Jane Doe, Reuters").as_deref(), Some("Jane Doe"));
        assert_eq!(
            byline("BY JANE DOE AND LI WEI").as_deref(),
            Some("JANE DOE AND LI WEI")
        );
        assert_eq!(byline("By the end of the day, talks had failed."), None);
        assert_eq!(
            dateline_agency("ALMATY, Jan 7 (Reuters) - Protesters gathered").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            dateline_agency("NEW YORK (AP) \u{2014} Stocks fell.").as_deref(),
            Some("Associated Press")
        );
        assert_eq!(dateline_agency("The council (which met) - said no."), None);
    }

    #[test]
    fn reads_dates_as_metadata_writes_them() {
        let cases = [
            ("2022-01-06T14:30:00+06:00", "2022-01-06T14:30"),
            ("2022-01-06T08:30:00.000Z", "2022-01-06T08:30"),
            ("2022-01-06", "2022-01-06"),
            ("2022-01-06 09:15:00", "2022-01-06T09:15"),
            ("Thu, 06 Jan 2022 14:30:00 GMT", "2022-01-06T14:30"),
            ("January 6, 2022", "2022-01-06"),
        ];
        for (value, want) in cases {
            assert_eq!(
                meta_date(value).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{value}"
            );
        }
        assert!(meta_date("yesterday").is_none());
        assert!(meta_date("").is_none());
    }

    #[test]
    fn addresses_and_hosts() {
        assert_eq!(
            web_address(" https://www.reuters.com/world/x ").as_deref(),
            Some("https://www.reuters.com/world/x")
        );
        assert!(web_address("/world/x").is_none());
        assert_eq!(
            host_of("https://www.reuters.com/world/x").as_deref(),
            Some("reuters.com")
        );
    }
}
