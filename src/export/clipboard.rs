//! Events on the clipboard (Edit › Copy, Paste, Duplicate): readable lines a text editor or a
//! spreadsheet takes ("9 Nov 1989⇥The Berlin Wall falls"), followed by the events in full for another
//! Dateline window. Pasting reads the full form when it is there, else one event per line of
//! "date, tab or dash, title" in any date form the date fields accept.

use std::collections::HashMap;

use crate::model::{ArticleId, Date, Event, EventId, LaneId, Project};

/// The line that starts the full form of copied events.
const MARKER: &str = "[Dateline events — paste into Dateline to keep lanes, colours and sources]";

/// What the full form carries besides the events: the lanes and articles they refer to.
#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    /// The events' lanes: id and name.
    lanes: Vec<(LaneId, String)>,
    /// The articles their sources quote: id and content hash.
    articles: Vec<(ArticleId, String)>,
    /// The events.
    events: Vec<Event>,
}

/// The clipboard text of `events` (in their order): a readable line each, then the full form.
pub fn events_to_text(project: &Project, events: &[&Event]) -> String {
    let mut text = String::new();
    for event in events {
        let title = event.title.replace(['\t', '\n', '\r'], " ");
        text.push_str(&event.when());
        text.push('\t');
        text.push_str(&title);
        text.push('\n');
    }
    let mut lanes: Vec<(LaneId, String)> = Vec::new();
    let mut articles: Vec<(ArticleId, String)> = Vec::new();
    for event in events {
        if let Some(lane) = project.lane(event.lane)
            && !lanes.iter().any(|(id, _)| *id == lane.id)
        {
            lanes.push((lane.id, lane.name.clone()));
        }
        for source in &event.sources {
            if let Some(article) = project.article(source.article)
                && !articles.iter().any(|(id, _)| *id == article.id)
            {
                articles.push((article.id, article.content_hash.clone()));
            }
        }
    }
    let payload = Payload {
        lanes,
        articles,
        events: events.iter().map(|e| (*e).clone()).collect(),
    };
    if let Ok(full) = ron::to_string(&payload) {
        text.push('\n');
        text.push_str(MARKER);
        text.push('\n');
        text.push_str(&full);
        text.push('\n');
    }
    text
}

/// Events read from clipboard `text`, fitted to `project`: lanes found by name (else by id, else
/// `fallback_lane`), sources kept only when the same article (same text) is in the project. Ids are
/// placeholders: the app gives pasted events new ones. Empty when the text holds no event.
pub fn events_from_text(project: &Project, text: &str, fallback_lane: LaneId) -> Vec<Event> {
    if let Some(at) = text.find(MARKER)
        && let Ok(payload) = ron::from_str::<Payload>(text[at + MARKER.len()..].trim())
    {
        return fitted(project, payload, fallback_lane);
    }
    text.lines()
        .filter_map(|line| event_from_line(line, fallback_lane))
        .collect()
}

fn fitted(project: &Project, payload: Payload, fallback_lane: LaneId) -> Vec<Event> {
    let lane_names: HashMap<LaneId, String> = payload.lanes.into_iter().collect();
    let article_hashes: HashMap<ArticleId, String> = payload.articles.into_iter().collect();
    payload
        .events
        .into_iter()
        .map(|mut event| {
            let by_name = lane_names
                .get(&event.lane)
                .and_then(|name| project.lanes.iter().find(|l| l.name == *name));
            event.lane = match by_name {
                Some(lane) => lane.id,
                None if project.lane(event.lane).is_some() => event.lane,
                None => fallback_lane,
            };
            event.sources.retain_mut(|source| {
                let hash = article_hashes.get(&source.article);
                let here = project
                    .articles
                    .iter()
                    .find(|a| hash.is_some_and(|h| *h == a.content_hash));
                match here {
                    Some(article) => {
                        source.article = article.id;
                        true
                    }
                    None => false,
                }
            });
            event
        })
        .collect()
}

/// One line of plain text as an event: "9 Nov 1989⇥title", "1989-11-09 — title", "March 2022: title",
/// "2 Jan 2022 – 5 Jan 2022⇥title" (a range).
fn event_from_line(line: &str, on_lane: LaneId) -> Option<Event> {
    let line = line.trim();
    let (when, title) = [" — ", "\t", " - ", ": ", " – "]
        .iter()
        .filter_map(|sep| line.split_once(sep))
        .find(|(when, _)| when_from_text(when.trim()).is_some())?;
    let (start, end) = when_from_text(when.trim())?;
    let title = title.trim();
    let mut event = Event::new(
        EventId(0),
        if title.is_empty() {
            "Pasted event"
        } else {
            title
        },
        start,
        on_lane,
    );
    event.end = end;
    Some(event)
}

/// A date, or a range "start – end", as typed.
fn when_from_text(text: &str) -> Option<(Date, Option<Date>)> {
    if let Some((a, b)) = text.split_once(" – ")
        && let (Some(start), Some(end)) = (
            crate::extract::date_from_text(a.trim()),
            crate::extract::date_from_text(b.trim()),
        )
        && end.start_days() >= start.start_days()
    {
        return Some((start, Some(end)));
    }
    crate::extract::date_from_text(text).map(|d| (d, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lane, Rgb, Source};

    fn lane(id: u64, name: &str) -> Lane {
        Lane {
            id: LaneId(id),
            name: name.to_owned(),
            color: Rgb([9, 9, 9]),
        }
    }

    #[test]
    fn copied_events_paste_back_whole_into_another_project() {
        let from = Project {
            lanes: vec![lane(1, "Main"), lane(2, "Streets")],
            ..Project::default()
        };
        let mut wall = Event::new(
            EventId(4),
            "The wall\tfalls",
            "1989-11-09".parse().unwrap(),
            LaneId(2),
        );
        wall.color = Some(Rgb([200, 0, 0]));
        wall.sources.push(Source {
            article: ArticleId(3),
            start: 0,
            end: 4,
            sentence: "Wall".to_owned(),
            expression: None,
            date: None,
        });
        let mut reunion = Event::new(
            EventId(5),
            "Reunification",
            "1990-10-03".parse().unwrap(),
            LaneId(1),
        );
        reunion.end = Some("1990-10-04".parse().unwrap());
        let text = events_to_text(&from, &[&wall, &reunion]);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("9 Nov 1989\tThe wall falls"));
        assert_eq!(lines.next(), Some("3 Oct 1990 – 4 Oct 1990\tReunification"));

        let to = Project {
            lanes: vec![lane(7, "Streets"), lane(1, "Other")],
            ..Project::default()
        };
        let pasted = events_from_text(&to, &text, LaneId(7));
        assert_eq!(pasted.len(), 2);
        assert_eq!(pasted[0].title, "The wall\tfalls");
        assert_eq!(pasted[0].lane, LaneId(7), "found by lane name");
        assert_eq!(pasted[0].color, Some(Rgb([200, 0, 0])));
        assert!(pasted[0].sources.is_empty(), "the article is not here");
        assert_eq!(pasted[1].lane, LaneId(1), "no lane of that name: same id");
        assert_eq!(pasted[1].end, reunion.end);
    }

    #[test]
    fn plain_lines_paste_as_events() {
        let to = Project::default();
        let text = "9 Nov 1989\tThe Berlin Wall falls\n\
                    March 2022: Talks resume\n\
                    44 BC — Caesar is killed\n\
                    not a date at all\n\
                    2 Jan 2022 – 5 Jan 2022\tProtests\n";
        let pasted = events_from_text(&to, text, LaneId(3));
        let got: Vec<(String, String)> =
            pasted.iter().map(|e| (e.when(), e.title.clone())).collect();
        assert_eq!(
            got,
            vec![
                ("9 Nov 1989".to_owned(), "The Berlin Wall falls".to_owned()),
                ("March 2022".to_owned(), "Talks resume".to_owned()),
                ("44 BC".to_owned(), "Caesar is killed".to_owned()),
                ("2 Jan 2022 – 5 Jan 2022".to_owned(), "Protests".to_owned()),
            ]
        );
        assert!(pasted.iter().all(|e| e.lane == LaneId(3)));
        assert!(events_from_text(&to, "hello\nworld", LaneId(1)).is_empty());
    }
}
