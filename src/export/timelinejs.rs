//! `TimelineJS3` JSON: the format Knight Lab's `TimelineJS` loads as is.
//!
//! A title slide, then one slide per event: `start_date` / `end_date` objects with only the parts the
//! date knows (year, month, day, hour, minute), `text.headline` / `text.text`, `group` = the lane, and
//! the sources in `media.credit` (article titles) and `media.caption` (the sentences), also listed at the
//! end of `text.text` because `TimelineJS` shows no media block without a media URL.
//!
//! `TimelineJS` renders headline, text, credit and caption as HTML, so user text is HTML-escaped there
//! (`&`, `<`, `>`); `group` and `display_date` are plain text to it and stay as they are. Years are
//! historical: 44 BC is `-44` (`TimelineJS` shows it as "44 BCE"). Circa and decade-or-coarser dates
//! carry a `display_date` ("c. 1850", "1990s").

use serde::Serialize;

use super::ExportOptions;
use std::fmt::Write as _;

use super::cite::{Citation, disagreement};
use super::select::Selection;
use super::text::{clean_block, clean_line, plural};
use crate::model::{Date, Event, Precision, Project};

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<DateParts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DateParts>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    media: Option<Media>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    /// The whole date as shown ("by 6 Jan 2022"), for an event not simply on its date.
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct Media {
    url: String,
    credit: String,
    caption: String,
}

#[derive(Serialize)]
struct DateParts {
    year: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
}

/// The project as `TimelineJS3` JSON (pretty, deterministic, ending in a newline).
///
/// Unknown lanes in [`ExportOptions::lanes`] are ignored here (`export_bytes` reports them).
pub fn timelinejs(project: &Project, options: &ExportOptions) -> String {
    let selection = Selection::lenient(project, options);
    let title = clean_line(&project.title);
    let summary = format!(
        "{}, {}",
        plural(selection.events.len(), "event"),
        plural(selection.lanes.len(), "lane")
    );
    let timeline = Timeline {
        title: Slide {
            start_date: None,
            end_date: None,
            text: Text {
                headline: escape_html(&title),
                text: format!("<p>{summary}</p>"),
            },
            group: None,
            media: None,
            unique_id: None,
            display_date: None,
        },
        events: selection
            .events
            .iter()
            .map(|event| slide(event, &selection))
            .collect(),
    };
    // Plain structs of strings and integers always serialise.
    let mut json = serde_json::to_string_pretty(&timeline).unwrap_or_else(|_| "{}".to_owned());
    json.push('\n');
    json
}

fn slide(event: &Event, selection: &Selection<'_>) -> Slide {
    let sources: Vec<(Citation, String)> = event
        .sources
        .iter()
        .map(|s| (Citation::of(selection.project, s), clean_line(&s.sentence)))
        .collect();
    let mut text = String::new();
    let description = clean_block(&event.description);
    if !description.is_empty() {
        let paragraphs: Vec<String> = description
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", escape_html(p).replace('\n', "<br>")))
            .collect();
        text.push_str(&paragraphs.join(""));
    }
    if let Some(note) = disagreement(selection.project, event) {
        write!(
            text,
            "<p class=\"disagreement\">⚠ {}</p>",
            escape_html(&clean_line(&note))
        )
        .ok();
    }
    if !sources.is_empty() {
        let items: Vec<String> = sources
            .iter()
            .map(|(citation, sentence)| {
                // The title links to the article when its address is known.
                let cited = citation.line_escaped(
                    |title| {
                        let title = escape_html(&clean_line(title));
                        if citation.url.is_empty() {
                            format!("<em>{title}</em>")
                        } else {
                            format!(
                                "<a href=\"{}\"><em>{title}</em></a>",
                                escape_html(&citation.url)
                            )
                        }
                    },
                    |part| escape_html(&clean_line(part)),
                );
                format!("<li>{cited}: “{}”</li>", escape_html(sentence))
            })
            .collect();
        text.push_str("<ul class=\"sources\">");
        text.push_str(&items.join(""));
        text.push_str("</ul>");
    }
    // The first source with an address is the slide's media, credited to its outlet and author
    // and captioned with its sentence; without an address there is no media (never an empty url).
    let media = sources
        .iter()
        .find(|(citation, _)| !citation.url.is_empty())
        .map(|(citation, sentence)| Media {
            url: citation.url.clone(),
            credit: escape_html(&clean_line(
                &[citation.outlet.as_str(), citation.author.as_str()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / "),
            )),
            caption: format!("“{}”", escape_html(sentence)),
        });
    let lane = clean_line(selection.lane_name(event));
    Slide {
        start_date: Some(date_parts(event.start)),
        end_date: event.end.map(date_parts),
        text: Text {
            headline: escape_html(&clean_line(&event.title)),
            text,
        },
        group: (!lane.is_empty()).then_some(lane),
        media,
        unique_id: Some(format!("event-{}", event.id.0)),
        display_date: (!event.relation.is_on()).then(|| event.when()),
    }
}

/// The parts of a date `TimelineJS` knows, and a display text where the parts alone would mislead.
fn date_parts(date: Date) -> DateParts {
    let precision = date.precision();
    let year = i64::from(date.year());
    // Astronomical year 0 is 1 BC; TimelineJS shows negative years as "N BCE".
    let year = if year <= 0 { year - 1 } else { year };
    let coarse = precision < Precision::Year;
    let display_date = (coarse || date.circa()).then(|| date.human());
    DateParts {
        year,
        month: (precision >= Precision::Month).then(|| date.month()),
        day: (precision >= Precision::Day).then(|| date.day()),
        hour: (precision >= Precision::Hour).then(|| date.hour()),
        minute: (precision >= Precision::Minute).then(|| date.minute()),
        display_date,
    }
}

/// Escapes `&`, `<` and `>` for text `TimelineJS` puts into HTML.
pub(crate) fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_of(date: &str) -> serde_json::Value {
        serde_json::to_value(date_parts(date.parse().unwrap())).unwrap()
    }

    #[test]
    fn dates_carry_only_known_parts() {
        assert_eq!(
            json_of("2022-01-06T14:30"),
            serde_json::json!({"year": 2022, "month": 1, "day": 6, "hour": 14, "minute": 30})
        );
        assert_eq!(
            json_of("2022-03"),
            serde_json::json!({"year": 2022, "month": 3})
        );
        assert_eq!(
            json_of("-0043-03-15"),
            serde_json::json!({"year": -44, "month": 3, "day": 15})
        );
        assert_eq!(
            json_of("1850~"),
            serde_json::json!({"year": 1850, "display_date": "c. 1850"})
        );
        assert_eq!(
            json_of("199X"),
            serde_json::json!({"year": 1990, "display_date": "1990s"})
        );
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape_html("<b>AT&T</b> \"q\""),
            "&lt;b&gt;AT&amp;T&lt;/b&gt; \"q\""
        );
    }
}
