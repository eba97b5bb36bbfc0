//! How an event stands to its date: it happened on it, no later than it, was ongoing at it, or
//! was announced for after it. Articles report many events only "as of" their own date ("more
//! than 1,000 have been injured so far"): the relation says what is known, honestly.

/// How an event relates to its date.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Relation {
    /// It happened on (or during) the date: the common case.
    #[default]
    On,
    /// It happened no later than the date ("have died", "so far").
    By,
    /// It was going on at the date ("are being dispatched", "now").
    AsOf,
    /// It was announced for after the date ("will meet").
    After,
}

impl Relation {
    /// Every relation, in menu order.
    pub const ALL: [Relation; 4] = [Relation::On, Relation::By, Relation::AsOf, Relation::After];

    /// Whether this is the plain "on" relation (which project files leave out).
    pub fn is_on(&self) -> bool {
        *self == Relation::On
    }

    /// The word written before the date ("by 6 Jan 2022"); `None` for [`Relation::On`].
    pub fn prefix(self) -> Option<&'static str> {
        match self {
            Relation::On => None,
            Relation::By => Some("by"),
            Relation::AsOf => Some("as of"),
            Relation::After => Some("after"),
        }
    }

    /// The relation as `dateline suggest --json` and the CSV export write it.
    pub fn key(self) -> &'static str {
        match self {
            Relation::On => "on",
            Relation::By => "by",
            Relation::AsOf => "as_of",
            Relation::After => "after",
        }
    }

    /// A label for a menu ("on the date", "by the date (no later than)").
    pub fn label(self) -> &'static str {
        match self {
            Relation::On => "on the date",
            Relation::By => "by the date (no later than)",
            Relation::AsOf => "as of the date (ongoing)",
            Relation::After => "after the date (announced)",
        }
    }

    /// `date_text` with the relation's word before it.
    ///
    /// ```
    /// use dateline::model::Relation;
    /// assert_eq!(Relation::By.describe("6 Jan 2022"), "by 6 Jan 2022");
    /// assert_eq!(Relation::On.describe("6 Jan 2022"), "6 Jan 2022");
    /// ```
    pub fn describe(self, date_text: &str) -> String {
        match self.prefix() {
            Some(word) => format!("{word} {date_text}"),
            None => date_text.to_owned(),
        }
    }
}
