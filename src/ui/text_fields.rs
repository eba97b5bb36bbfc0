//! Text fields that never lose what was typed. A field shows the project's value until the user
//! types; the typed text is kept as a draft, keyed by the field *and the thing it edits*, and is
//! committed as a command as soon as the field no longer has keyboard focus — whatever took the
//! focus (a checkbox, another card, a menu), even when the field is no longer drawn. Before a save,
//! quit or export every draft is committed first. A draft that cannot be committed (a date that does
//! not parse) stays, with the reason under its field.
//!
//! The field's egui id includes what it edits, so egui's own undo inside a field (Ctrl+Z while
//! typing) never brings back text typed into another event's field.

use std::collections::BTreeMap;

use crate::command::{Command, ModelCommand};
use crate::model::{ArticleField, ArticleId, Date, EventChange, EventId, LaneId, Precision};

/// A text field and what it edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The timeline's title.
    ProjectTitle,
    /// A lane's name.
    LaneName(LaneId),
    /// An event's title.
    EventTitle(EventId),
    /// An event's description.
    EventDescription(EventId),
    /// An event's start date.
    EventStart(EventId),
    /// A range's end date.
    EventEnd(EventId),
    /// An article's date.
    ArticleDate(ArticleId),
    /// An article's outlet, author or address.
    ArticleInfo(ArticleId, ArticleField),
}

impl Field {
    /// The field's egui id.
    pub fn id(self) -> egui::Id {
        egui::Id::unique(("text_field", self))
    }

    /// The command committing `text`, `None` when there is nothing to change, or why it cannot be.
    fn commit(self, text: &str) -> Result<Option<Command>, String> {
        let change = |id, change| {
            Ok(Some(Command::Model(ModelCommand::ChangeEvent {
                id,
                change,
            })))
        };
        match self {
            Field::ProjectTitle => {
                non_empty(text, "The timeline needs a title.")?;
                Ok(Some(
                    ModelCommand::RenameProject(text.trim().to_owned()).into(),
                ))
            }
            Field::LaneName(id) => {
                non_empty(text, "A lane needs a name.")?;
                let name = text.trim().to_owned();
                Ok(Some(ModelCommand::RenameLane { id, name }.into()))
            }
            Field::EventTitle(id) => {
                non_empty(text, "An event needs a title.")?;
                change(id, EventChange::Title(text.trim().to_owned()))
            }
            Field::EventDescription(id) => change(id, EventChange::Description(text.to_owned())),
            Field::EventStart(id) => change(id, EventChange::Start(parse_event_date(text)?)),
            Field::EventEnd(id) => change(id, EventChange::End(parse_event_date(text)?)),
            Field::ArticleDate(article) => {
                let date = parse_article_date(text)?;
                Ok(Some(ModelCommand::SetArticleDate { article, date }.into()))
            }
            Field::ArticleInfo(article, field) => {
                let value = text.trim().to_owned();
                if field == ArticleField::Url {
                    check_address(&value)?;
                }
                Ok(Some(
                    ModelCommand::SetArticleInfo {
                        article,
                        field,
                        value,
                    }
                    .into(),
                ))
            }
        }
    }
}

fn non_empty(text: &str, message: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err(message.to_owned())
    } else {
        Ok(())
    }
}

/// What a date typed so far reads as (`date`, as [`crate::extract::date_from_text`] read it):
/// "→ 9 Nov 1989 (day)", or "→ not a date yet".
pub(crate) fn date_preview(date: Option<Date>) -> String {
    match date {
        Some(date) => format!("→ {} ({})", date.human(), date.precision().label()),
        None => "→ not a date yet".to_owned(),
    }
}

/// An event date as typed (also the export window's range and Go to date).
pub(crate) fn parse_event_date(text: &str) -> Result<Date, String> {
    crate::extract::date_from_text(text).ok_or_else(|| {
        format!(
            "“{}” is not a date. Try 9 Nov 1989, November 9, 1989, March 2022, 1850, 44 BC, \
             c. 1850, 1990s, 19th century, 2022-01-06 14:30.",
            text.trim()
        )
    })
}

/// An article's web address as typed: empty (unknown), or starting with `https://` or
/// `http://`.
pub(crate) fn check_address(text: &str) -> Result<(), String> {
    let text = text.trim();
    if text.is_empty() || text.starts_with("https://") || text.starts_with("http://") {
        Ok(())
    } else {
        Err("An address starts with https:// or http://.".to_owned())
    }
}

/// An article date as typed: empty clears it; otherwise a day or a day with a time.
pub(crate) fn parse_article_date(text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match crate::extract::date_from_text(text) {
        Some(date) if date.precision() >= Precision::Day => Ok(Some(date.with_circa(false))),
        _ => Err(format!(
            "“{text}” is not a day: use 2022-01-06, 6 Jan 2022 or 2022-01-06 14:30"
        )),
    }
}

/// Text typed into a field and not yet committed.
#[derive(Clone, Debug)]
struct Draft {
    text: String,
    /// Why the last commit failed; the draft waits for the user's next keystroke.
    error: Option<String>,
}

/// The drafts of every field (kept in the UI's own state).
#[derive(Default)]
pub struct Drafts {
    open: BTreeMap<Field, Draft>,
}

impl Drafts {
    /// Draws the text field `build` makes for `field`, showing the draft if there is one, else
    /// `current` (the project's value); typing starts a draft.
    pub fn field_ui(
        &mut self,
        ui: &mut egui::Ui,
        field: Field,
        current: &str,
        build: impl for<'t> FnOnce(&'t mut String) -> egui::TextEdit<'t>,
    ) -> egui::Response {
        let mut text = self
            .open
            .get(&field)
            .map_or_else(|| current.to_owned(), |d| d.text.clone());
        let response = ui.add(build(&mut text).id(field.id()));
        if response.changed() {
            self.open.insert(field, Draft { text, error: None });
        }
        if let Some(error) = self.open.get(&field).and_then(|d| d.error.as_ref()) {
            ui.colored_label(super::theme::ERROR, error);
        } else if let Some(draft) = self.open.get(&field)
            && matches!(
                field,
                Field::EventStart(_) | Field::EventEnd(_) | Field::ArticleDate(_)
            )
            && !draft.text.trim().is_empty()
        {
            // What the typed date reads as, while it is typed.
            ui.weak(date_preview(crate::extract::date_from_text(&draft.text)));
        }
        response
    }

    /// Whether `field` has text typed and not committed.
    pub fn has_draft(&self, field: Field) -> bool {
        self.open.contains_key(&field)
    }

    /// Commits the drafts of fields that no longer have keyboard focus (or, with `all`, every
    /// draft, before a save or quit), pushing their commands in field order.
    pub fn commit(&mut self, ctx: &egui::Context, all: bool, commands: &mut Vec<Command>) {
        let focused = ctx.memory(egui::Memory::focused);
        let mut kept = BTreeMap::new();
        for (field, draft) in std::mem::take(&mut self.open) {
            let typing_here = focused == Some(field.id()) && !all;
            if draft.error.is_some() || typing_here {
                kept.insert(field, draft);
                continue;
            }
            match field.commit(&draft.text) {
                Ok(command) => commands.extend(command),
                Err(message) => {
                    let error = Some(message);
                    kept.insert(field, Draft { error, ..draft });
                }
            }
        }
        self.open = kept;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_titles_commit_or_say_why_not() {
        let id = EventId(3);
        assert_eq!(
            Field::EventStart(id).commit("2022-01-06").unwrap(),
            Some(Command::Model(ModelCommand::ChangeEvent {
                id,
                change: EventChange::Start("2022-01-06".parse().unwrap())
            }))
        );
        assert!(Field::EventStart(id).commit("the other day").is_err());
        // Dates as the app shows them and people write them.
        for (typed, date) in [
            ("44 BC", "-0043"),
            ("9 Nov 1989", "1989-11-09"),
            ("November 9, 1989", "1989-11-09"),
            ("c. 1850", "1850~"),
            ("19th century", "18XX"),
        ] {
            assert_eq!(
                Field::EventStart(id).commit(typed).unwrap(),
                Some(Command::Model(ModelCommand::ChangeEvent {
                    id,
                    change: EventChange::Start(date.parse().unwrap())
                })),
                "{typed}"
            );
        }
        assert_eq!(
            Field::ArticleDate(ArticleId(1))
                .commit("6 Jan 2022")
                .unwrap(),
            Some(Command::Model(ModelCommand::SetArticleDate {
                article: ArticleId(1),
                date: Some("2022-01-06".parse().unwrap())
            }))
        );
        assert!(Field::EventTitle(id).commit("   ").is_err());
        assert_eq!(
            Field::EventTitle(id).commit(" Talks begin ").unwrap(),
            Some(Command::Model(ModelCommand::ChangeEvent {
                id,
                change: EventChange::Title("Talks begin".into())
            }))
        );
        assert_eq!(
            Field::ArticleDate(ArticleId(1)).commit("").unwrap(),
            Some(Command::Model(ModelCommand::SetArticleDate {
                article: ArticleId(1),
                date: None
            }))
        );
    }
}
