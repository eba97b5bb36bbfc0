//! Synthetic projects for the big-timeline benchmarks: `count` events on six lanes, points and
//! ranges from minute to decade precision over 2,500 years (one in fifty BC), titles of varied
//! length, and five embedded articles quoted by every third event. Deterministic: the same count
//! gives the same project.

use dateline::model::{
    Article, ArticleId, Date, Edit, Event, EventId, Lane, LaneId, Precision, Project, Rgb, Source,
};

const WORDS: [&str; 16] = [
    "protesters",
    "gathered",
    "outside",
    "parliament",
    "after",
    "the",
    "minister",
    "resigned",
    "troops",
    "arrived",
    "in",
    "the",
    "capital",
    "as",
    "talks",
    "resumed",
];

const PRECISIONS: [Precision; 8] = [
    Precision::Minute,
    Precision::Hour,
    Precision::Day,
    Precision::Day,
    Precision::Day,
    Precision::Month,
    Precision::Year,
    Precision::Decade,
];

/// The project of `count` events.
pub fn synthetic(count: u64) -> Project {
    let mut project = Project {
        title: format!("{count} synthetic events"),
        ..Project::default()
    };
    for id in 2..=6 {
        let lane = Lane {
            id: LaneId(id),
            name: format!("Lane {id}"),
            color: Rgb::palette(id as usize - 1),
        };
        project
            .apply(Edit::InsertLane {
                lane,
                index: id as usize - 1,
            })
            .ok();
    }
    let article_text = "The minister resigned on Monday after protesters gathered outside \
                        parliament. Troops arrived in the capital on Tuesday as talks resumed.";
    let articles: Vec<Article> = (1..=5)
        .map(|id| Article {
            id: ArticleId(id),
            title: format!("Report {id}"),
            file_name: format!("report-{id}.txt"),
            original_path: format!("/synthetic/report-{id}.txt"),
            content_hash: format!("{id:064x}"),
            date: Date::from_ymd(2022, 1, 6).ok(),
            date_source: None,
            outlet: format!("Outlet {id}"),
            author: String::new(),
            url: format!("https://example.org/report-{id}"),
            text: format!("{article_text} (copy {id})"),
            rejected: Vec::new(),
            standalone: Vec::new(),
        })
        .collect();
    project.apply(Edit::InsertArticles(articles)).ok();
    let modern = Date::from_ymd(1900, 1, 1).map_or(0.0, |d| d.start_days());
    let ancient = Date::from_ymd(-500, 1, 1).map_or(0.0, |d| d.start_days());
    let events = (1..=count)
        .map(|id| {
            let precision = PRECISIONS[(id % 8) as usize];
            let days = if id % 50 == 0 {
                ancient + (id * 7919 % 180_000) as f64
            } else {
                modern + (id * 7919 % 45_000) as f64 + (id % 97) as f64 / 97.0
            };
            let start = Date::from_days(days, precision);
            let words = 2 + (id % 9) as usize;
            let title: Vec<&str> = (0..words)
                .map(|w| WORDS[((id as usize) * 31 + w * 7) % WORDS.len()])
                .collect();
            let mut event = Event::new(
                EventId(id),
                format!("{} {id}", title.join(" ")),
                start,
                LaneId(1 + id % 6),
            );
            if id % 4 == 0 {
                event.end = Some(start.add(1 + (id % 5).cast_signed(), precision));
            }
            if id % 3 == 0 {
                event.sources.push(Source {
                    article: ArticleId(1 + id % 5),
                    start: 0,
                    end: 92,
                    sentence: "The minister resigned on Monday after protesters gathered \
                               outside parliament."
                        .to_owned(),
                    expression: None,
                    date: None,
                });
            }
            event
        })
        .collect();
    project.apply(Edit::InsertEvents(events)).ok();
    project
}
