//! `egui_kittest` flows of reconciling sources: three articles that report the same four events
//! in different words are grouped as four rows; accepting one makes one event with three sources;
//! rejecting a group rejects every report in it (restorable); a fourth article's report of an
//! accepted event is offered as another source of it; a date disagreement shows on the card.

use std::path::PathBuf;

use dateline::DatelineApp;
use dateline::command::ModelCommand;
use dateline::suggestions::SuggestionGroup;
use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Three invented reports of one flood (Tuesday 14 March 2023), four events each, in their own
/// words; the third puts the dam's collapse a day earlier.
const REPORTS: [(&str, &str); 3] = [
    (
        "harbour-gazette.txt",
        "Flood hits Marlow Bay\nPublished 14 March 2023\n\n\
         The Kessel dam burst on Sunday after days of rain.\n\n\
         Mayor Ines Okafor declared a state of emergency in Marlow Bay on Sunday.\n\n\
         Officials evacuated 2,000 residents of Marlow Bay on Monday.\n\n\
         Schools in the town will reopen on Wednesday.\n",
    ),
    (
        "valley-news.txt",
        "Marlow Bay under water\nPublished 14 March 2023\n\n\
         A state of emergency was imposed on Sunday by Mayor Okafor of Marlow Bay.\n\n\
         The Kessel dam collapsed on Sunday, sending water into the valley.\n\n\
         About 2,000 residents of Marlow Bay were evacuated on Monday.\n\n\
         Classes will resume on Wednesday, the council said.\n",
    ),
    (
        "river-post.txt",
        "Dam failure floods town\nPublished 14 March 2023\n\n\
         The dam at Kessel gave way on Saturday night, residents said.\n\n\
         On Monday, the authorities evacuated Marlow Bay and its 2,000 residents.\n\n\
         Mayor Okafor proclaimed an emergency in Marlow Bay on Sunday.\n\n\
         Pupils will return to school on Wednesday.\n",
    ),
];

/// A fourth report that comes later: its report of the emergency is one more source.
const LATE_REPORT: (&str, &str) = (
    "evening-star.txt",
    "Marlow Bay counts the cost\nPublished 15 March 2023\n\n\
     Ines Okafor, the mayor, declared an emergency in Marlow Bay on Sunday.\n",
);

fn write(dir: &std::path::Path, (name, text): (&str, &str)) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The groups with reports from several articles, by date.
fn shared(harness: &Harness<'_, DatelineApp>) -> Vec<SuggestionGroup> {
    harness
        .state()
        .app()
        .suggestion_groups()
        .iter()
        .filter(|g| g.members.len() > 1)
        .cloned()
        .collect()
}

/// The shared group whose best report's sentence contains `words`.
fn group_saying(harness: &Harness<'_, DatelineApp>, words: &str) -> Option<SuggestionGroup> {
    shared(harness).into_iter().find(|g| {
        harness
            .state()
            .app()
            .suggestions()
            .get(g.members[0])
            .is_some_and(|s| s.sentence.contains(words))
    })
}

#[test]
fn reports_in_other_words_are_reconciled() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| DatelineApp::new(cc, &[]));
    super::add_articles(
        &mut harness,
        REPORTS.iter().map(|r| write(dir.path(), *r)).collect(),
        4,
    );
    // Four events, each reported by the three articles: four rows.
    let groups = shared(&harness);
    assert_eq!(groups.len(), 4, "{groups:#?}");
    assert!(groups.iter().all(|g| g.members.len() == 3), "{groups:#?}");
    assert_eq!(
        harness.state().app().suggestion_groups().len(),
        4,
        "nothing left on its own"
    );
    assert!(
        harness
            .query_all_by_label_contains("reported by 3 articles")
            .next()
            .is_some()
    );

    // Accept the dam's collapse: one event, three sources, and the card flags the dates.
    let dam = groups
        .iter()
        .find(|g| g.dates_disagree)
        .expect("the dam's date differs in one report")
        .clone();
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion {
            key: dam.members[0],
            lane: None,
        });
    harness.run_steps(4);
    let project = harness.state().app().project();
    assert_eq!(project.events.len(), 1);
    assert_eq!(project.events[0].sources.len(), 3);
    assert!(project.events[0].sources_disagree());
    harness.get_by_label_contains("(the sources disagree on the date)");

    // Reject the evacuation: all three reports go, and come back one by one.
    let evacuation = group_saying(&harness, "2,000").expect("the evacuation group");
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::RejectSuggestion(evacuation.members[1]));
    harness.run_steps(4);
    assert_eq!(shared(&harness).len(), 2);
    for key in &evacuation.members {
        let article = harness
            .state()
            .app()
            .project()
            .article(key.article)
            .unwrap();
        assert!(article.rejected.contains(&key.span));
    }
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(4);
    assert_eq!(
        shared(&harness).len(),
        3,
        "one undo restores the whole group"
    );

    // Accept the emergency, then a later article reports it: offered as another source.
    let emergency = group_saying(&harness, "emergency").expect("the emergency group");
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion {
            key: emergency.members[0],
            lane: None,
        });
    harness.run_steps(4);
    let event_id = harness.state().app().project().events[1].id;
    super::add_articles(&mut harness, vec![write(dir.path(), LATE_REPORT)], 4);
    let late = harness
        .state()
        .app()
        .suggestion_groups()
        .iter()
        .find(|g| g.joins == Some(event_id))
        .cloned()
        .expect("the late report joins the accepted emergency");
    harness.get_by_label_contains("Also reports “");
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion {
            key: late.members[0],
            lane: None,
        });
    harness.run_steps(4);
    let project = harness.state().app().project();
    assert_eq!(project.events.len(), 2, "no second emergency event");
    assert_eq!(project.event(event_id).unwrap().sources.len(), 4);
}
