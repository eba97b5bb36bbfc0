//! Property tests: arbitrary dates print and parse back, arbitrary projects survive the RON file,
//! and laid-out cards never overlap.

use dateline::model::date::{MAX_YEAR, MIN_YEAR};
use dateline::model::{
    Date, Edit, Event, EventId, Lane, LaneId, Precision, Project, Rgb, project_file,
};
use dateline::timeline::{CardInput, LayoutStyle, TimeAxis, TimeView, layout};
use proptest::prelude::*;

fn precision() -> impl Strategy<Value = Precision> {
    proptest::sample::select(Precision::ALL.to_vec())
}

prop_compose! {
    fn date()(year in MIN_YEAR..=MAX_YEAR, month in 1u32..=12, day in 1u32..=28, hour in 0u32..24,
              minute in 0u32..60, precision in precision(), circa in any::<bool>()) -> Date {
        Date::new(year, month, day, hour, minute, precision).unwrap().with_circa(circa)
    }
}

prop_compose! {
    fn event(id: u64, lanes: u64)(title in "\\PC{0,40}", description in "\\PC{0,60}", start in date(),
            length_days in proptest::option::of(0.0f64..20_000.0), lane in 1..=lanes,
            color in proptest::option::of(any::<[u8; 3]>())) -> Event {
        let mut event = Event::new(EventId(id), title, start, LaneId(lane));
        event.description = description;
        event.end = length_days.map(|days| Date::from_days(start.end_days() + days, start.precision()));
        event.color = color.map(Rgb);
        event
    }
}

fn project() -> impl Strategy<Value = Project> {
    (1u64..4, "\\PC{0,30}")
        .prop_flat_map(|(lanes, title)| {
            let events: Vec<_> = (1..=12).map(|id| event(id, lanes)).collect();
            (Just(lanes), Just(title), events)
        })
        .prop_map(|(lanes, title, events)| {
            let mut project = Project {
                title,
                ..Project::default()
            };
            for id in 2..=lanes {
                let lane = Lane {
                    id: LaneId(id),
                    name: format!("Lane {id}"),
                    color: Rgb::palette(id as usize),
                };
                project
                    .apply(Edit::InsertLane {
                        lane,
                        index: id as usize,
                    })
                    .unwrap();
            }
            project.apply(Edit::InsertEvents(events)).unwrap();
            project
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn dates_print_and_parse_back(date in date()) {
        let text = date.to_iso();
        prop_assert_eq!(text.parse::<Date>().unwrap(), date, "{}", text);
        prop_assert!(date.start_days() < date.end_days());
        prop_assert_eq!(Date::from_days(date.start_days(), date.precision()).with_circa(date.circa()), date);
    }

    #[test]
    fn projects_survive_the_ron_file(project in project()) {
        let text = project_file::to_ron_string(&project).unwrap();
        let back = project_file::from_ron_str(&text, std::path::Path::new("p.ron")).unwrap();
        prop_assert_eq!(&back, &project);
        prop_assert_eq!(project_file::to_ron_string(&back).unwrap(), text);
    }

    #[test]
    fn cards_in_a_lane_never_overlap(
        starts in proptest::collection::vec((0.0f64..3650.0, 0.0f64..400.0, 0usize..3, 10.0f64..300.0), 1..120),
        days_per_point in 0.05f64..40.0,
    ) {
        let axis = TimeAxis::new(TimeView { start_days: 0.0, days_per_point }, 0.0, 1200.0);
        let cards: Vec<CardInput> = starts
            .iter()
            .enumerate()
            .map(|(key, (start, length, lane, label))| CardInput {
                key,
                lane_index: *lane,
                start_days: *start,
                end_days: start + length,
                label_width: *label,
                is_range: *length > 30.0,
            })
            .collect();
        let placed = layout(&axis, 3, &cards, &LayoutStyle::default(), 0.0);
        for (i, a) in placed.cards.iter().enumerate() {
            for b in &placed.cards[i + 1..] {
                let apart = a.x_max <= b.x_min || b.x_max <= a.x_min || a.y_max <= b.y_min || b.y_max <= a.y_min;
                prop_assert!(apart, "cards {} and {} overlap", a.key, b.key);
            }
        }
    }
}
