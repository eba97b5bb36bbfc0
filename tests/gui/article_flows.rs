//! `egui_kittest` flows of the articles loop: add an article, date it, triage its suggestions,
//! drag one onto the timeline, follow an event back to its sentence, and undo.

use std::path::{Path, PathBuf};

use dateline::DatelineApp;
use dateline::command::{ModelCommand, ViewCommand};
use dateline::model::{CharSpan, Relation};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/kazakhstan-unrest.txt")
}

/// The app with no project open.
fn empty_app() -> Harness<'static, DatelineApp> {
    Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| DatelineApp::new(cc, &[]))
}

/// The app with the sample article added (read on the worker thread, then applied).
fn app_with_sample() -> Harness<'static, DatelineApp> {
    let mut harness = empty_app();
    super::add_articles(&mut harness, vec![sample()], 3);
    assert_eq!(harness.state().app().project().articles.len(), 1);
    harness
}

/// The sample, dated 6 January 2022, with its first suggestion accepted.
fn sample_with_one_accepted() -> Harness<'static, DatelineApp> {
    let mut harness = app_with_sample();
    set_article_date(&mut harness, "2022-01-06");
    let key = harness.state().app().suggestion_groups()[0].members[0];
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion { key, lane: None });
    harness.run_steps(2);
    harness
}

fn set_article_date(harness: &mut Harness<'_, DatelineApp>, date: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text(date);
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
}

/// Pending groups whose best member has a date of its own (not only the article's).
fn dated_groups(harness: &Harness<'_, DatelineApp>) -> usize {
    let app = harness.state().app();
    app.suggestion_groups()
        .iter()
        .filter(|g| {
            !app.suggestions()
                .get(g.members[0])
                .unwrap()
                .is_article_dated()
        })
        .count()
}

fn pending_dates(harness: &Harness<'_, DatelineApp>) -> Vec<Option<String>> {
    let app = harness.state().app();
    app.suggestion_groups()
        .iter()
        .map(|g| {
            app.suggestions()
                .get(g.members[0])
                .unwrap()
                .date
                .map(|d| d.to_iso())
        })
        .collect()
}

#[test]
fn add_date_drag_to_timeline_show_in_article_and_undo() {
    let mut harness = app_with_sample();
    let article = harness.state().app().project().articles[0].clone();
    assert_eq!(
        article.date, None,
        "the sample has no dateline: Dateline asks for its date"
    );
    assert!(article.text.contains("Protests began on Sunday"));
    harness.get_by_label_contains("wait for the article date");
    assert!(
        pending_dates(&harness).iter().all(Option::is_none),
        "nothing resolved without a date"
    );

    set_article_date(&mut harness, "2022-01-06");
    assert_eq!(
        harness.state().app().project().articles[0]
            .date
            .unwrap()
            .to_iso(),
        "2022-01-06"
    );
    assert!(
        pending_dates(&harness).contains(&Some("2022-01-02".into())),
        "{:?}",
        pending_dates(&harness)
    );

    // Drag the "Sunday" suggestion onto the timeline.
    let row = harness
        .get_by_label_contains("Suggestion 2 Jan 2022")
        .rect();
    let canvas = harness
        .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
        .rect();
    let from = row.center();
    let to = Pos2::new(canvas.center().x, canvas.top() + 80.0);
    harness.drag_at(from);
    harness.run_steps(1);
    for step in 1..=8 {
        harness.hover_at(from + (to - from) * (step as f32 / 8.0));
        harness.run_steps(1);
    }
    harness.drop_at(to);
    harness.run_steps(3);

    let events = harness.state().app().project().events.clone();
    assert_eq!(events.len(), 1, "{events:#?}");
    let event = &events[0];
    assert_eq!(event.start.to_iso(), "2022-01-02");
    assert!(event.title.starts_with("Protests began"), "{}", event.title);
    assert_eq!(event.lane, harness.state().app().project().lanes[0].id);
    let source = &event.sources[0];
    assert_eq!(source.article, article.id);
    assert!(
        source.sentence.contains("Protests began on Sunday"),
        "{}",
        source.sentence
    );
    let expression = source.expression.unwrap();
    let quoted: String = article
        .text
        .chars()
        .skip(expression.start)
        .take(expression.end - expression.start)
        .collect();
    assert_eq!(quoted, "Sunday");
    assert!(
        !pending_dates(&harness).contains(&Some("2022-01-02".into())),
        "accepted: no longer pending"
    );

    // Show in article: the reader scrolls to the sentence and highlights it.
    harness.get_by_label("Show in article").click();
    harness.run_steps(3);
    let view = harness.state().app().view();
    assert_eq!(view.reader_article, Some(article.id));
    assert_eq!(
        view.reader_highlight,
        Some(CharSpan {
            start: source.start,
            end: source.end
        })
    );
    let sentence: String = article
        .text
        .chars()
        .skip(source.start)
        .take(source.end - source.start)
        .collect();
    assert!(sentence.contains("Protests began on Sunday"));

    // Undo the accept: one step, and the suggestion is pending again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert!(harness.state().app().project().events.is_empty());
    assert!(pending_dates(&harness).contains(&Some("2022-01-02".into())));
}

#[test]
fn keyboard_triage_of_three_suggestions() {
    let mut harness = app_with_sample();
    set_article_date(&mut harness, "2022-01-06");
    assert_eq!(dated_groups(&harness), 3);
    // Select the first suggestion by clicking its title, then triage from the keyboard.
    harness
        .get_by_label_contains("Suggestion 2 Jan 2022")
        .click();
    harness.run_steps(2);
    let first = harness
        .state()
        .app()
        .view()
        .selected_suggestion
        .expect("a selected suggestion");
    harness.key_press(Key::Enter); // accept the first
    harness.run_steps(2);
    harness.key_press(Key::Delete); // reject the second
    harness.run_steps(2);
    harness.key_press(Key::Enter); // accept the third
    harness.run_steps(2);
    let app = harness.state().app();
    assert_eq!(app.project().events.len(), 2, "{:#?}", app.project().events);
    assert!(
        app.project()
            .events
            .iter()
            .any(|e| e.sources[0].expression == Some(first.span))
    );
    assert_eq!(app.project().articles[0].rejected.len(), 1);
    assert_eq!(dated_groups(&harness), 0);
    // Rejected suggestions can be restored.
    let rejected = app.suggestions().rejected(app.project());
    assert_eq!(rejected.len(), 1);
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::RestoreSuggestion(rejected[0]));
    harness.run_steps(2);
    assert_eq!(dated_groups(&harness), 1);
    // Three undo steps take back the restore, the accept and the reject.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run_steps(1);
    }
    assert_eq!(harness.state().app().project().events.len(), 1);
}

#[test]
fn changing_the_article_date_moves_pending_suggestions_and_asks_about_accepted_events() {
    let mut harness = sample_with_one_accepted();
    assert_eq!(
        harness.state().app().project().events[0].start.to_iso(),
        "2022-01-02"
    );

    // A week later: pending "Thursday" moves to 13 Jan; the accepted Sunday waits for the user.
    set_article_date(&mut harness, "2022-01-13");
    let dates = pending_dates(&harness);
    assert!(dates.contains(&Some("2022-01-13".into())), "{dates:?}");
    assert!(!dates.contains(&Some("2022-01-06".into())), "{dates:?}");
    assert_eq!(
        harness.state().app().project().events[0].start.to_iso(),
        "2022-01-02",
        "not changed silently"
    );
    harness.get_by_label("Update accepted events?");
    harness.get_by_label("Update events").click();
    harness.run_steps(2);
    let event = &harness.state().app().project().events[0];
    assert_eq!(event.start.to_iso(), "2022-01-09");
    assert_eq!(event.sources[0].date.unwrap().to_iso(), "2022-01-09");
}

#[test]
fn the_same_event_from_two_articles_becomes_one_event_with_both_sources() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Almaty, Jan. 7, 2022. Russian paratroopers landed in Almaty on January 6 to guard the airport.").unwrap();
    std::fs::write(&b, "Published January 8, 2022\n\nParatroopers from Russia landed in Almaty on January 6, guarding the airport.").unwrap();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .build_eframe(|cc| DatelineApp::new(cc, &[]));
    super::add_articles(&mut harness, vec![a, b.clone()], 2);
    let group = harness
        .state()
        .app()
        .suggestion_groups()
        .iter()
        .find(|g| g.members.len() == 2)
        .cloned()
        .expect("grouped across the two articles");
    harness.get_by_label_contains("reported by 2 articles");
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion {
            key: group.members[0],
            lane: None,
        });
    harness.run_steps(2);
    let events = &harness.state().app().project().events;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].start.to_iso(), "2022-01-06");
    assert_eq!(events[0].sources.len(), 2);
    assert!(!events[0].sources_disagree());
    // Re-adding the same file is detected.
    super::add_articles(&mut harness, vec![b], 1);
    assert_eq!(harness.state().app().project().articles.len(), 2);
    let note = &harness
        .state()
        .app()
        .notifications()
        .items()
        .last()
        .unwrap()
        .text;
    assert!(note.contains("already in the project"), "{note}");
}

#[test]
fn an_enormous_one_line_article_is_read_block_by_block() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.txt");
    // About 1.2 MB on one line, with a unique sentence at the very end.
    let mut text = "Talks resumed on 3 January 2022 in the capital. ".repeat(25_000);
    text.push_str("The final ceasefire was signed on 31 December 2023.");
    std::fs::write(&path, &text).unwrap();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .build_eframe(|cc| DatelineApp::new(cc, &[]));
    super::add_articles(&mut harness, vec![path], 3);
    let article = harness.state().app().project().articles[0].clone();
    assert!(harness.query_all_by_label_contains("Talks resumed").count() > 0);
    assert!(harness.query_by_label_contains("final ceasefire").is_none());

    // "Show in article" on the last sentence scrolls there, 1.2 MB down.
    let start =
        article.text.chars().count() - "The final ceasefire was signed on 31 December 2023.".len();
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::ShowSource {
            article: article.id,
            span: CharSpan {
                start,
                end: start + 10,
            },
        });
    harness.run_steps(4);
    assert!(!harness.state().app().view().reader_scroll_pending);
    assert!(harness.query_by_label_contains("final ceasefire").is_some());
}

#[test]
fn removing_an_article_keeps_its_events_and_undo_brings_it_back() {
    let mut harness = sample_with_one_accepted();
    let article = harness.state().app().project().articles[0].id;
    let event = harness.state().app().project().events[0].clone();
    assert_eq!(event.sources[0].article, article);

    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::RemoveArticle(article));
    harness.run_steps(2);
    let project = harness.state().app().project();
    assert!(project.articles.is_empty());
    assert_eq!(project.events.len(), 1, "the accepted event stays");
    assert!(project.events[0].sources.is_empty());
    assert_eq!(project.events[0].start, event.start);
    assert!(harness.state().app().suggestion_groups().is_empty());
    assert_eq!(harness.state().app().view().reader_article, None);
    assert!(harness.query_by_label_contains("Removed “").is_some());

    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(2);
    let project = harness.state().app().project();
    assert_eq!(project.articles.len(), 1);
    assert_eq!(
        project.events[0], event,
        "one undo step restores the quote too"
    );
    assert!(!harness.state().app().suggestion_groups().is_empty());
}

#[test]
fn accepting_a_by_suggestion_keeps_its_relation_and_the_inspector_changes_it() {
    let mut harness = app_with_sample();
    set_article_date(&mut harness, "2022-01-06");
    // The events the article reports without a date come under a heading of their own, after the
    // dated ones, each with its relation to the article date.
    harness.get_by_label("Reported as of the article date");
    let app = harness.state().app();
    let (key, title) = app
        .suggestion_groups()
        .iter()
        .map(|g| (g.members[0], app.suggestions().get(g.members[0]).unwrap()))
        .find(|(_, s)| s.title.contains("have been injured"))
        .map(|(k, s)| (k, s.title.clone()))
        .expect("the injured suggestion");
    assert_eq!(app.suggestions().get(key).unwrap().relation, Relation::By);
    // Walk the list from the keyboard to it (the list scrolls along), and accept it with Enter.
    harness
        .get_by_label_contains("Suggestion 2 Jan 2022")
        .click();
    harness.run_steps(2);
    for _ in 0..20 {
        if harness.state().app().view().selected_suggestion == Some(key) {
            break;
        }
        harness.key_press(Key::ArrowDown);
        harness.run_steps(2);
    }
    harness.get_by_label(&format!("Suggestion by 6 Jan 2022: {title}"));
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    let event = harness.state().app().project().events[0].clone();
    assert_eq!(
        (event.relation, event.title.as_str()),
        (Relation::By, title.as_str())
    );
    assert_eq!(event.when(), "by 6 Jan 2022");
    // Select it on the timeline: the inspector shows the relation, and changing it is one undo step.
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Select(Some(event.id)));
    harness.run_steps(2);
    harness.get_by_label("Happened").click();
    harness.run_steps(2);
    harness.get_by_label("as of the date (ongoing)").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().app().project().events[0].relation,
        Relation::AsOf
    );
    assert_eq!(
        harness.state().app().project().events[0].when(),
        "as of 6 Jan 2022"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(
        harness.state().app().project().events[0].relation,
        Relation::By
    );
}

/// A saved page brings its date, outlet, author and address; the articles panel shows where the
/// date came from, and the outlet is edited there (one undo step).
#[test]
fn a_saved_page_brings_its_source_details_and_they_can_be_edited() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles/sources/steppe-herald.html");
    let mut harness = empty_app();
    super::add_articles(&mut harness, vec![page], 3);
    let article = harness.state().app().project().articles[0].clone();
    assert_eq!(article.date.unwrap().to_iso(), "2022-01-05T08:15");
    assert_eq!(article.outlet, "The Steppe Herald");
    assert_eq!(article.author, "Aigerim Sadykova");
    harness.get_by_label("Date from the page's metadata");
    harness
        .get_by_label("Source: The Steppe Herald · Aigerim Sadykova")
        .click();
    harness.run_steps(3);
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Outlet")
        .type_text("Steppe Herald Online");
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(
        harness.state().app().project().articles[0].outlet,
        "Steppe Herald Online"
    );
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(2);
    assert_eq!(
        harness.state().app().project().articles[0].outlet,
        "The Steppe Herald"
    );
}

/// Edit › Paste as article: copied text becomes an article with the address and date typed
/// beside it (one undo step), and its relative dates resolve against that date.
#[test]
fn pasted_text_becomes_an_article() {
    let mut harness = empty_app();
    harness.run_steps(2);
    harness.get_by_label("📋 Paste…").click();
    harness.run_steps(3);
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run_steps(1);
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Bridge reopens\n\nThe Arne bridge reopened on Monday after repairs.");
    harness.run_steps(1);
    for (label, text) in [
        ("Address", "https://courier.example/bridge"),
        ("Date", "2023-03-15"),
    ] {
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .focus();
        harness.run_steps(1);
        harness
            .get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
        harness.run_steps(1);
    }
    harness.get_by_label("Add article").click();
    harness.run_steps(4);
    let project = harness.state().app().project();
    assert_eq!(project.articles.len(), 1);
    let article = &project.articles[0];
    assert_eq!(article.title, "Bridge reopens");
    assert_eq!(article.url, "https://courier.example/bridge");
    assert_eq!(article.date.unwrap().to_iso(), "2023-03-15");
    assert_eq!(
        article.date_source,
        Some(dateline::model::DateSource::Typed)
    );
    let dates: Vec<Option<String>> = harness
        .state()
        .app()
        .suggestions()
        .suggestions(article.id)
        .iter()
        .map(|s| s.date.map(|d| d.to_iso()))
        .collect();
    assert_eq!(dates, [Some("2023-03-13".to_owned())]);
    assert!(
        harness.query_by_label("Paste as article").is_none(),
        "the window closed"
    );
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(2);
    assert!(harness.state().app().project().articles.is_empty());
}

/// Several articles ticked together get one date in one step, and one undo takes it back.
#[test]
fn ticked_articles_get_one_date() {
    let mut harness = app_with_sample();
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles/report.md");
    super::add_articles(&mut harness, vec![report], 3);
    let ids: Vec<_> = harness
        .state()
        .app()
        .project()
        .articles
        .iter()
        .map(|a| (a.id, a.date))
        .collect();
    assert_eq!(ids.len(), 2);
    // Ticking the first shows the shared-date bar above the list: look the second up again.
    for n in 0..2 {
        harness.get_all_by_label("Select").nth(n).unwrap().click();
        harness.run_steps(2);
    }
    harness
        .get_by_role_and_label(Role::TextInput, "Date for all")
        .focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "Date for all")
        .type_text("2022-01-07");
    harness.run_steps(1);
    harness.get_by_label("Set date").click();
    harness.run_steps(4);
    for article in &harness.state().app().project().articles {
        assert_eq!(
            article.date.unwrap().to_iso(),
            "2022-01-07",
            "{}",
            article.title
        );
    }
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(2);
    let after: Vec<_> = harness
        .state()
        .app()
        .project()
        .articles
        .iter()
        .map(|a| (a.id, a.date))
        .collect();
    assert_eq!(after, ids, "one undo restores both dates");
}
