//! A change to one field of one event, as the inspector asks for it. Changes are applied to the event
//! as it is when the change arrives, so two changes made in one frame (typing a title, then clicking
//! "Circa") both land.

use super::{Date, Event, LaneId, Precision, Relation, Rgb};

/// One field of an event, changed.
#[derive(Clone, Debug, PartialEq)]
pub enum EventChange {
    /// A new title.
    Title(String),
    /// A new description.
    Description(String),
    /// A new start date, circa or not as given (date fields show and take "c. 1850").
    Start(Date),
    /// A new end date (the event becomes a range).
    End(Date),
    /// A new precision for the start and end.
    Precision(Precision),
    /// Approximate dates, or not.
    Circa(bool),
    /// A range (with an end one unit of its precision after the start) or a point.
    Range(bool),
    /// Another lane.
    Lane(LaneId),
    /// Its own colour, or the lane's (`None`).
    Colour(Option<Rgb>),
    /// How it stands to its date (on, by, as of, after).
    Relation(Relation),
}

/// A change that does not fit the event.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EventChangeError {
    /// The end would come before the start.
    #[error("the end is before the start")]
    EndBeforeStart,
    /// The start would come after the end.
    #[error("the start is after the end")]
    StartAfterEnd,
}

impl EventChange {
    /// What the change does, for the Undo and Redo menu items ("Undo rename event").
    pub fn label(&self) -> &'static str {
        match self {
            EventChange::Title(_) => "rename event",
            EventChange::Description(_) => "edit description",
            EventChange::Start(_) => "change start date",
            EventChange::End(_) => "change end date",
            EventChange::Precision(_) => "change precision",
            EventChange::Circa(true) => "mark circa",
            EventChange::Circa(false) => "unmark circa",
            EventChange::Range(true) => "make range",
            EventChange::Range(false) => "make point",
            EventChange::Lane(_) => "move event to lane",
            EventChange::Colour(_) => "change event colour",
            EventChange::Relation(_) => "change date relation",
        }
    }

    /// Whether consecutive changes of this kind to one event are one gesture (a colour drag).
    pub fn merges(&self) -> bool {
        matches!(self, EventChange::Colour(_))
    }

    /// `event` with this change.
    ///
    /// # Errors
    /// A start after the end, or an end before the start.
    pub fn applied(&self, event: &Event) -> Result<Event, EventChangeError> {
        let mut new = event.clone();
        match self {
            EventChange::Title(title) => new.title.clone_from(title),
            EventChange::Description(text) => new.description.clone_from(text),
            EventChange::Start(start) => {
                let start = *start;
                if event
                    .end
                    .is_some_and(|end| end.end_days() < start.start_days())
                {
                    return Err(EventChangeError::StartAfterEnd);
                }
                new.start = start;
            }
            EventChange::End(end) => {
                if end.end_days() < event.start.start_days() {
                    return Err(EventChangeError::EndBeforeStart);
                }
                new.end = Some(end.with_circa(event.start.circa() || end.circa()));
            }
            EventChange::Precision(precision) => {
                new.start = event.start.with_precision(*precision);
                new.end = event.end.map(|e| e.with_precision(*precision));
            }
            EventChange::Circa(circa) => {
                new.start = event.start.with_circa(*circa);
                new.end = event.end.map(|e| e.with_circa(*circa));
            }
            EventChange::Range(range) => {
                new.end = range.then(|| event.start.add(1, event.start.precision()));
            }
            EventChange::Lane(lane) => new.lane = *lane,
            EventChange::Colour(colour) => new.color = *colour,
            EventChange::Relation(relation) => new.relation = *relation,
        }
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventId;

    fn event() -> Event {
        Event::new(
            EventId(1),
            "Wall falls",
            "1989-11-09".parse().unwrap(),
            LaneId(1),
        )
    }

    #[test]
    fn each_change_touches_only_its_field() {
        let e = event();
        let titled = EventChange::Title("The Wall falls".into())
            .applied(&e)
            .unwrap();
        assert_eq!(titled.title, "The Wall falls");
        assert_eq!(titled.start, e.start);
        let circa = EventChange::Circa(true).applied(&titled).unwrap();
        assert_eq!(circa.title, "The Wall falls");
        assert!(circa.start.circa());
        let by = EventChange::Relation(Relation::By).applied(&circa).unwrap();
        assert_eq!((by.relation, by.start), (Relation::By, circa.start));
        let range = EventChange::Range(true).applied(&circa).unwrap();
        assert_eq!(range.end.unwrap().to_iso(), "1989-11-10~");
        assert_eq!(
            EventChange::End("1989-11-01".parse().unwrap()).applied(&range),
            Err(EventChangeError::EndBeforeStart)
        );
    }
}
