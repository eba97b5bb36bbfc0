//! RON save → load gives the same project, byte-identical files, and the v1 fixture keeps loading.

use std::path::Path;

use dateline::model::{FORMAT_VERSION, Precision, Project, Relation, project_file};

fn fixture() -> Project {
    project_file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history-v1.ron"))
        .unwrap()
}

#[test]
fn version_one_fixture_loads_with_every_field() {
    let project = fixture();
    assert_eq!(project.version, dateline::model::FORMAT_VERSION);
    assert_eq!(project.title, "From Rome to Almaty");
    assert_eq!(project.lanes.len(), 2);
    assert_eq!(project.events.len(), 12);
    let caesar = &project.events[0];
    assert_eq!(
        (
            caesar.start.year(),
            caesar.start.month(),
            caesar.start.day()
        ),
        (-43, 3, 15)
    );
    assert_eq!(caesar.start.human(), "15 Mar 44 BC");
    let press = &project.events[4];
    assert!(press.start.circa());
    assert_eq!(press.start.precision(), Precision::Year);
    let revolution = &project.events[5];
    assert_eq!(revolution.end.unwrap().to_iso(), "1799-11-09");
    assert_eq!(project.events[7].start.precision(), Precision::Decade);
    assert_eq!(project.events[8].start.precision(), Precision::Minute);
    assert_eq!(project.events[11].start.precision(), Precision::Hour);
    assert!(project.events[6].color.is_some());
    // Version 1 had no relations: every event reads as "on its date".
    assert!(project.events.iter().all(|e| e.relation == Relation::On));
}

#[test]
fn relations_round_trip_and_on_is_left_out() {
    let mut project = fixture();
    project.events[10].relation = Relation::By;
    project.events[11].relation = Relation::After;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    project_file::save(&path, &project).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(&format!("version: {FORMAT_VERSION}")),
        "{text}"
    );
    assert_eq!(text.matches("relation:").count(), 2, "{text}");
    assert!(text.contains("relation: By"), "{text}");
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.events[10].relation, Relation::By);
    assert_eq!(loaded.events[11].relation, Relation::After);
    assert_eq!(loaded, project);
}

#[test]
fn save_then_load_is_identical_and_deterministic() {
    let project = fixture();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    project_file::save(&a, &project).unwrap();
    project_file::save(&b, &project_file::load(&a).unwrap()).unwrap();
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(project_file::load(&b).unwrap(), project);
}
