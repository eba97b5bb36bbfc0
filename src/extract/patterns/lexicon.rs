//! Word classes the recognizer cares about: months, weekdays, units, number words,
//! parts of the day, seasons and the function words that start or extend a timex.
//!
//! Lookup is one hash probe on the lower-cased word, so every token of the text can be
//! classified at tokenization time.

use std::sync::LazyLock;

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Weekend.
    Weekend,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Half of a year.
    Half,
    /// Season.
    Season,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
    /// Millennium.
    Millennium,
}

/// A part of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`, `DT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
    /// Daytime.
    Daytime,
}

/// A season (TIMEX3 `SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    /// Spring.
    Spring,
    /// Summer.
    Summer,
    /// Fall or autumn.
    Fall,
    /// Winter.
    Winter,
}

/// Function words that take part in temporal expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum W {
    /// today
    Today,
    /// yesterday
    Yesterday,
    /// tomorrow
    Tomorrow,
    /// tonight
    Tonight,
    /// now
    Now,
    /// currently, nowadays
    Currently,
    /// current
    Current,
    /// recently
    Recently,
    /// recent
    Recent,
    /// soon
    Soon,
    /// future
    Future,
    /// past
    Past,
    /// previously, formerly
    Previously,
    /// ago
    Ago,
    /// earlier
    Earlier,
    /// later
    Later,
    /// early
    Early,
    /// late
    Late,
    /// mid
    Mid,
    /// middle
    Middle,
    /// beginning, start
    Beginning,
    /// end
    End,
    /// last
    Last,
    /// next
    Next,
    /// this
    This,
    /// these
    These,
    /// coming
    Coming,
    /// previous, prior, preceding
    Previous,
    /// following, succeeding, ensuing
    Following,
    /// latest
    Latest,
    /// that
    That,
    /// same
    Same,
    /// the
    The,
    /// a
    A,
    /// an
    An,
    /// of
    Of,
    /// in
    In,
    /// every
    Every,
    /// each
    Each,
    /// per
    Per,
    /// fiscal
    Fiscal,
    /// few
    Few,
    /// several
    Several,
    /// couple
    Couple,
    /// some
    Some,
    /// many
    Many,
    /// about, around, approximately, roughly, nearly, almost, some
    Approx,
    /// more, less, fewer
    MoreLess,
    /// than
    Than,
    /// over, under
    Over,
    /// at
    At,
    /// least, most
    Least,
    /// up
    Up,
    /// to
    To,
    /// within
    Within,
    /// and
    And,
    /// or
    Or,
    /// half
    HalfWord,
    /// BC, BCE
    Bc,
    /// AD, CE
    Ad,
    /// hundred
    Hundred,
    /// thousand
    Thousand,
    /// noon, midday
    Noon,
    /// midnight
    Midnight,
    /// overnight
    Overnight,
    /// annually, yearly
    Annually,
    /// daily
    Daily,
    /// weekly
    Weekly,
    /// monthly
    Monthly,
    /// hourly
    Hourly,
    /// quarterly
    Quarterly,
    /// year-end style `end` compounds use [`W::End`]; this is `ended`/`ending`.
    Ended,
    /// o'clock
    Oclock,
    /// am / pm letters
    Am,
    /// pm
    Pm,
    /// time zones: est, edt, gmt, utc, ...
    Zone,
    /// year-ago / year-earlier companion: ago handled by [`W::Ago`]
    Hence,
    /// from
    From,
    /// between
    Between,
    /// through, until, till
    Through,
    /// since
    Since,
    /// before
    Before,
    /// after
    After,
    /// for
    For,
    /// during, throughout
    During,
    /// on
    On,
    /// by
    By,
    /// right (as in "right now")
    Right,
    /// term (near term)
    Term,
    /// near
    Near,
    /// short, long
    ShortLong,
    /// time
    Time,
    /// once
    Once,
    /// then
    Then,
    /// date
    DateWord,
    /// period
    Period,
    /// moment
    Moment,
    /// days (as in "these days") - handled as unit, this is "era"/"age"
    Era,
    /// while (a while)
    While,
    /// other (every other)
    Other,
    /// year-over-year "over"? no: "its", "their", "his", "her" possessives
    Poss,
    /// full (the full year)
    Full,
    /// comparable, corresponding, year-ago style adjectives
    Comparable,
    /// trading, business, calendar, working
    DayKind,
    /// additional, extra, further, more (in "an additional year")
    Additional,
    /// old (8-month-old)
    Old,
    /// year/day suffix st, nd, rd, th
    OrdSuffix,
    /// s (plural suffix of decades: 1990s)
    S,
    /// no (no more than)
    No,
    /// sometime
    Sometime,
    /// beyond
    Beyond,
    /// century-style "the twenties": decade words
    DecadeWord(u16),
}

/// Lexical class of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Not a temporal word.
    None,
    /// Full month name, 1-based.
    Month(u8),
    /// Abbreviated month name, 1-based (needs a period or a capital to count).
    MonthAbbr(u8),
    /// Weekday, 1 = Monday .. 7 = Sunday.
    Weekday(u8),
    /// Weekday abbreviation.
    WeekdayAbbr(u8),
    /// Singular unit.
    Unit(Unit),
    /// Plural unit.
    Units(Unit),
    /// Cardinal number word.
    Card(u32),
    /// Ordinal number word.
    Ord(u32),
    /// Part of the day (singular).
    Pod(Pod),
    /// Part of the day (plural: "nights").
    Pods(Pod),
    /// Season.
    Season(Season),
    /// A word that can open a holiday's name when capitalised ("New", "Good", "Independence").
    HolidayWord,
    /// A word that is a holiday's name in any case ("Christmas", "easter", "thanksgiving").
    HolidayName,
    /// Function word.
    W(W),
}

/// Longest word in the table; longer words are never temporal.
const MAX_WORD: usize = 14;

/// Slots of the word table: a power of two, about four times the number of words.
const TABLE_SLOTS: usize = 1024;

/// The word table: open addressing over words packed into a `u128` (lower-cased, zero-padded),
/// so a lookup is one multiply, one shift and usually one integer compare. Every token of every
/// article is looked up here; a general-purpose map spent a fifth of the tagging time on it.
/// A 4096-bit filter in front of the slots (512 bytes, always in cache) answers "not in the
/// table" for most words without touching a slot.
struct Table {
    slots: Vec<Option<(u128, Lex)>>,
    filter: [u64; 64],
}

impl Default for Table {
    fn default() -> Self {
        Self {
            slots: vec![None; TABLE_SLOTS],
            filter: [0; 64],
        }
    }
}

impl Table {
    /// A word (at most [`MAX_WORD`] bytes) lower-cased and packed; `None` for longer words.
    fn pack(word: &[u8]) -> Option<u128> {
        if word.is_empty() || word.len() > MAX_WORD {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..word.len()].copy_from_slice(word);
        buf.make_ascii_lowercase();
        Some(u128::from_le_bytes(buf))
    }

    /// The key's hash: its top 12 bits pick the filter bit, its top 10 the home slot.
    fn hash(key: u128) -> u64 {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn home(hash: u64) -> usize {
        (hash >> 54) as usize % TABLE_SLOTS
    }

    /// The filter word and bit of a hash.
    fn filter_bit(hash: u64) -> (usize, u64) {
        let bit = (hash >> 52) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn insert(&mut self, word: &[u8], lex: Lex) {
        let Some(key) = Self::pack(word) else { return };
        let hash = Self::hash(key);
        let (word_index, bit) = Self::filter_bit(hash);
        self.filter[word_index] |= bit;
        let mut index = Self::home(hash);
        loop {
            match self.slots[index] {
                Some((k, _)) if k != key => index = (index + 1) % TABLE_SLOTS,
                _ => {
                    self.slots[index] = Some((key, lex));
                    return;
                }
            }
        }
    }

    /// The word of `len` ASCII letters at `start` of `bytes`, packed as [`Table::pack`] does:
    /// one unaligned load, a mask and a case fold, where the text goes on for 16 bytes.
    fn pack_letters(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
        if len == 0 || len > MAX_WORD {
            return None;
        }
        let raw = match bytes.get(start..start + 16) {
            Some(window) => u128::from_le_bytes(window.try_into().ok()?),
            None => return Self::pack(bytes.get(start..start + len)?),
        };
        // Letters only: setting bit 5 lower-cases them all.
        let mask = (1_u128 << (len * 8)) - 1;
        Some((raw | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask)
    }

    fn find(&self, key: u128) -> Option<Lex> {
        let hash = Self::hash(key);
        let (word_index, bit) = Self::filter_bit(hash);
        if self.filter[word_index] & bit == 0 {
            return None;
        }
        let mut index = Self::home(hash);
        loop {
            match self.slots[index] {
                Some((k, lex)) if k == key => return Some(lex),
                Some(_) => index = (index + 1) % TABLE_SLOTS,
                None => return None,
            }
        }
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(build_table);

/// Classifies one ASCII word (any case).
#[cfg(test)]
pub(crate) fn lex_of_word(word: &[u8]) -> Lex {
    lex_of_letters(word, 0, word.len())
}

/// Classifies the run of `len` ASCII letters at `start` of `bytes` (the tokenizer's fast path).
pub(crate) fn lex_of_letters(bytes: &[u8], start: usize, len: usize) -> Lex {
    Table::pack_letters(bytes, start, len)
        .and_then(|key| TABLE.find(key))
        .unwrap_or(Lex::None)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const CARDS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

const ORDS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

const TENS_ORD: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

const UNITS: [(&str, &str, Unit); 13] = [
    ("second", "seconds", Unit::Second),
    ("minute", "minutes", Unit::Minute),
    ("hour", "hours", Unit::Hour),
    ("day", "days", Unit::Day),
    ("weekend", "weekends", Unit::Weekend),
    ("week", "weeks", Unit::Week),
    ("month", "months", Unit::Month),
    ("quarter", "quarters", Unit::Quarter),
    ("year", "years", Unit::Year),
    ("decade", "decades", Unit::Decade),
    ("century", "centuries", Unit::Century),
    ("millennium", "millennia", Unit::Millennium),
    ("fortnight", "fortnights", Unit::Week),
];

const WORDS: &[(&str, W)] = &[
    ("today", W::Today),
    ("yesterday", W::Yesterday),
    ("tomorrow", W::Tomorrow),
    ("tonight", W::Tonight),
    // Informal spellings of posts and messages.
    ("tmrw", W::Tomorrow),
    ("tmr", W::Tomorrow),
    ("tomorow", W::Tomorrow),
    ("tommorow", W::Tomorrow),
    ("tommorrow", W::Tomorrow),
    ("tonite", W::Tonight),
    ("now", W::Now),
    ("currently", W::Currently),
    ("nowadays", W::Currently),
    ("presently", W::Currently),
    ("current", W::Current),
    ("recently", W::Recently),
    ("lately", W::Recently),
    ("recent", W::Recent),
    ("soon", W::Soon),
    ("future", W::Future),
    ("past", W::Past),
    ("previously", W::Previously),
    ("formerly", W::Previously),
    ("ago", W::Ago),
    ("earlier", W::Earlier),
    ("later", W::Later),
    ("early", W::Early),
    ("late", W::Late),
    ("mid", W::Mid),
    ("middle", W::Middle),
    ("beginning", W::Beginning),
    ("start", W::Beginning),
    ("end", W::End),
    ("last", W::Last),
    ("next", W::Next),
    ("this", W::This),
    ("these", W::These),
    ("coming", W::Coming),
    ("upcoming", W::Coming),
    ("previous", W::Previous),
    ("prior", W::Previous),
    ("preceding", W::Previous),
    ("following", W::Following),
    ("succeeding", W::Following),
    ("ensuing", W::Following),
    ("latest", W::Latest),
    ("that", W::That),
    ("same", W::Same),
    ("the", W::The),
    ("a", W::A),
    ("an", W::An),
    ("of", W::Of),
    ("in", W::In),
    ("every", W::Every),
    ("each", W::Each),
    ("per", W::Per),
    ("fiscal", W::Fiscal),
    ("few", W::Few),
    ("several", W::Several),
    ("couple", W::Couple),
    ("some", W::Some),
    ("many", W::Many),
    ("about", W::Approx),
    ("around", W::Approx),
    ("approximately", W::Approx),
    ("roughly", W::Approx),
    ("nearly", W::Approx),
    ("almost", W::Approx),
    ("circa", W::Approx),
    ("more", W::MoreLess),
    ("less", W::MoreLess),
    ("fewer", W::MoreLess),
    ("than", W::Than),
    ("over", W::Over),
    ("under", W::Over),
    ("at", W::At),
    ("least", W::Least),
    ("most", W::Least),
    ("up", W::Up),
    ("to", W::To),
    ("within", W::Within),
    ("and", W::And),
    ("or", W::Or),
    ("half", W::HalfWord),
    ("bc", W::Bc),
    ("bce", W::Bc),
    ("ad", W::Ad),
    ("ce", W::Ad),
    ("hundred", W::Hundred),
    ("thousand", W::Thousand),
    ("noon", W::Noon),
    ("midday", W::Noon),
    ("midnight", W::Midnight),
    ("overnight", W::Overnight),
    ("annually", W::Annually),
    ("yearly", W::Annually),
    ("daily", W::Daily),
    ("nightly", W::Daily),
    ("weekly", W::Weekly),
    ("monthly", W::Monthly),
    ("hourly", W::Hourly),
    ("quarterly", W::Quarterly),
    ("ended", W::Ended),
    ("ending", W::Ended),
    ("oclock", W::Oclock),
    ("am", W::Am),
    ("pm", W::Pm),
    ("est", W::Zone),
    ("edt", W::Zone),
    ("cst", W::Zone),
    ("cdt", W::Zone),
    ("mst", W::Zone),
    ("mdt", W::Zone),
    ("pst", W::Zone),
    ("pdt", W::Zone),
    ("gmt", W::Zone),
    ("utc", W::Zone),
    ("bst", W::Zone),
    ("cet", W::Zone),
    ("hence", W::Hence),
    ("from", W::From),
    ("between", W::Between),
    ("through", W::Through),
    ("until", W::Through),
    ("till", W::Through),
    ("since", W::Since),
    ("before", W::Before),
    ("after", W::After),
    ("for", W::For),
    ("during", W::During),
    ("throughout", W::During),
    ("on", W::On),
    ("by", W::By),
    ("right", W::Right),
    ("term", W::Term),
    ("near", W::Near),
    ("short", W::ShortLong),
    ("long", W::ShortLong),
    ("time", W::Time),
    ("once", W::Once),
    ("then", W::Then),
    ("date", W::DateWord),
    ("period", W::Period),
    ("periods", W::Period),
    ("moment", W::Moment),
    ("era", W::Era),
    ("while", W::While),
    ("other", W::Other),
    ("its", W::Poss),
    ("their", W::Poss),
    ("his", W::Poss),
    ("her", W::Poss),
    ("our", W::Poss),
    ("full", W::Full),
    ("entire", W::Full),
    ("whole", W::Full),
    ("comparable", W::Comparable),
    ("corresponding", W::Comparable),
    ("trading", W::DayKind),
    ("business", W::DayKind),
    ("working", W::DayKind),
    ("calendar", W::DayKind),
    ("additional", W::Additional),
    ("extra", W::Additional),
    ("further", W::Additional),
    ("old", W::Old),
    ("st", W::OrdSuffix),
    ("nd", W::OrdSuffix),
    ("rd", W::OrdSuffix),
    ("th", W::OrdSuffix),
    ("s", W::S),
    ("no", W::No),
    ("sometime", W::Sometime),
    ("beyond", W::Beyond),
    ("twenties", W::DecadeWord(2)),
    ("thirties", W::DecadeWord(3)),
    ("forties", W::DecadeWord(4)),
    ("fifties", W::DecadeWord(5)),
    ("sixties", W::DecadeWord(6)),
    ("seventies", W::DecadeWord(7)),
    ("eighties", W::DecadeWord(8)),
    ("nineties", W::DecadeWord(9)),
];

fn build_table() -> Table {
    let mut t = Table::default();
    let mut put = |k: &'static str, v: Lex| {
        debug_assert!(k.len() <= MAX_WORD, "{k} is too long for the word table");
        t.insert(k.as_bytes(), v);
    };
    for (i, m) in (1u8..).zip(MONTHS) {
        put(m, Lex::Month(i));
    }
    for (i, m) in [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .into_iter()
    .enumerate()
    {
        if !m.is_empty() {
            put(m, Lex::MonthAbbr(i as u8 + 1));
        }
    }
    put("sept", Lex::MonthAbbr(9));
    for h in ["christmas", "xmas", "easter", "thanksgiving", "halloween"] {
        put(h, Lex::HolidayName);
    }
    for h in [
        "new",
        "good",
        "boxing",
        "independence",
        "bastille",
        "armistice",
        "remembrance",
        "labor",
        "labour",
        "memorial",
        "election",
        "valentine",
        "veterans",
        "mother",
        "mothers",
        "father",
        "fathers",
    ] {
        put(h, Lex::HolidayWord);
    }
    for (i, d) in (1u8..).zip(WEEKDAYS) {
        put(d, Lex::Weekday(i));
    }
    for (i, d) in (1u8..).zip(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) {
        put(d, Lex::WeekdayAbbr(i));
    }
    put("tues", Lex::WeekdayAbbr(2));
    put("thur", Lex::WeekdayAbbr(4));
    put("thurs", Lex::WeekdayAbbr(4));
    put("thurs", Lex::WeekdayAbbr(4));
    for (i, c) in (0u32..).zip(CARDS) {
        put(c, Lex::Card(i));
    }
    for (i, c) in (2u32..).zip(TENS) {
        put(c, Lex::Card(i * 10));
    }
    put("dozen", Lex::Card(12));
    for (i, c) in (0u32..).zip(ORDS) {
        put(c, Lex::Ord(i));
    }
    for (i, c) in (2u32..).zip(TENS_ORD) {
        put(c, Lex::Ord(i * 10));
    }
    for (s, p, u) in UNITS {
        // "second" stays an ordinal; the duration rules read it as a unit where it is one.
        if s != "second" {
            put(s, Lex::Unit(u));
        }
        put(p, Lex::Units(u));
    }
    put("yr", Lex::Unit(Unit::Year));
    put("yrs", Lex::Units(Unit::Year));
    put("hrs", Lex::Units(Unit::Hour));
    put("hr", Lex::Unit(Unit::Hour));
    put("wk", Lex::Unit(Unit::Week));
    put("wks", Lex::Units(Unit::Week));
    put("min", Lex::Unit(Unit::Minute));
    put("mins", Lex::Units(Unit::Minute));
    put("secs", Lex::Units(Unit::Second));
    put("wknd", Lex::Unit(Unit::Weekend));
    put("wkend", Lex::Unit(Unit::Weekend));
    for (s, p, pod) in [
        ("morning", "mornings", Pod::Morning),
        ("afternoon", "afternoons", Pod::Afternoon),
        ("evening", "evenings", Pod::Evening),
        ("night", "nights", Pod::Night),
        ("daytime", "daytimes", Pod::Daytime),
    ] {
        put(s, Lex::Pod(pod));
        put(p, Lex::Pods(pod));
    }
    // As posts spell it: "last nite", "fri nite".
    put("nite", Lex::Pod(Pod::Night));
    for (s, season) in [
        ("spring", Season::Spring),
        ("summer", Season::Summer),
        ("fall", Season::Fall),
        ("autumn", Season::Fall),
        ("winter", Season::Winter),
    ] {
        put(s, Lex::Season(season));
    }
    for &(k, w) in WORDS {
        put(k, Lex::W(w));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words_case_insensitively() {
        assert_eq!(lex_of_word(b"January"), Lex::Month(1));
        assert_eq!(lex_of_word(b"SEPT"), Lex::MonthAbbr(9));
        assert_eq!(lex_of_word(b"sunday"), Lex::Weekday(7));
        assert_eq!(lex_of_word(b"years"), Lex::Units(Unit::Year));
        assert_eq!(lex_of_word(b"ninety"), Lex::Card(90));
        assert_eq!(lex_of_word(b"third"), Lex::Ord(3));
        assert_eq!(lex_of_word(b"ago"), Lex::W(W::Ago));
        assert_eq!(lex_of_word(b"elephant"), Lex::None);
        assert_eq!(lex_of_word(b"extraordinarilylong"), Lex::None);
        // Inside a longer text (one load of 16 bytes) and at its very end.
        let text = b"On Saturday, 8 January 2022, in the MORNING";
        assert_eq!(lex_of_letters(text, 3, 8), Lex::Weekday(6));
        assert_eq!(lex_of_letters(text, 15, 7), Lex::Month(1));
        assert_eq!(lex_of_letters(text, 29, 2), Lex::W(W::In));
        assert_eq!(lex_of_letters(text, 36, 7), lex_of_word(b"morning"));
        assert_eq!(lex_of_letters(text, 3, 3), Lex::WeekdayAbbr(6));
        assert_eq!(lex_of_letters(text, 3, 4), Lex::None);
    }
}
