//! The tag set: Penn Treebank part-of-speech tags plus punctuation classes.

/// Penn Treebank tag (plus punctuation classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[expect(
    clippy::upper_case_acronyms,
    reason = "the variants are spelled as the Penn Treebank tags they stand for"
)]
pub(crate) enum Tag {
    /// Coordinating conjunction: "and", "or", "but".
    CC,
    /// Cardinal number: "12", "1,850", "two".
    CD,
    /// Determiner: "the", "a", "this", "no".
    DT,
    /// Existential "there".
    EX,
    /// Foreign word.
    FW,
    /// Preposition or subordinating conjunction: "of", "in", "that" (complementiser), "because".
    IN,
    /// Adjective.
    JJ,
    /// Comparative adjective: "bigger".
    JJR,
    /// Superlative adjective: "biggest".
    JJS,
    /// List item marker.
    LS,
    /// Modal: "will", "can", "would", "'ll".
    MD,
    /// Singular or mass noun.
    NN,
    /// Plural noun.
    NNS,
    /// Singular proper noun.
    NNP,
    /// Plural proper noun.
    NNPS,
    /// Predeterminer: "all" in "all the".
    PDT,
    /// Possessive ending "'s" / "'".
    Pos,
    /// Personal pronoun: "he", "it", "them".
    PRP,
    /// Possessive pronoun (`PRP$`): "his", "its", "their".
    PRPS,
    /// Adverb.
    RB,
    /// Comparative adverb.
    RBR,
    /// Superlative adverb.
    RBS,
    /// Particle: "up" in "set up".
    RP,
    /// Symbol.
    SYM,
    /// "to".
    TO,
    /// Interjection.
    UH,
    /// Verb, base form: "say" in "will say".
    VB,
    /// Verb, past tense: "said".
    VBD,
    /// Verb, gerund or present participle: "saying".
    VBG,
    /// Verb, past participle: "risen".
    VBN,
    /// Verb, present tense, not third person singular: "say" in "they say".
    VBP,
    /// Verb, present tense, third person singular: "says".
    VBZ,
    /// Wh-determiner: "which", "that" (relative).
    WDT,
    /// Wh-pronoun: "who", "what".
    WP,
    /// Possessive wh-pronoun (`WP$`): "whose".
    WPS,
    /// Wh-adverb: "when", "where", "how".
    WRB,
    /// Comma.
    Comma,
    /// Sentence-final punctuation: `.` `!` `?`.
    Period,
    /// Mid-sentence punctuation: `:` `;` `--` `—` `–` `...`.
    Colon,
    /// Quotation mark, straight, curly or Penn style (` `` ` and `''`).
    Quote,
    /// Opening bracket.
    LParen,
    /// Closing bracket.
    RParen,
    /// Currency sign.
    Dollar,
    /// `#`.
    Hash,
    /// Anything else (emoji, stray symbols).
    Other,
}

/// Every tag, in declaration order (index = `tag as usize`).
pub(crate) const ALL: [Tag; 45] = {
    use Tag::{
        CC, CD, Colon, Comma, DT, Dollar, EX, FW, Hash, IN, JJ, JJR, JJS, LParen, LS, MD, NN, NNP,
        NNPS, NNS, Other, PDT, PRP, PRPS, Period, Pos, Quote, RB, RBR, RBS, RP, RParen, SYM, TO,
        UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
    };
    [
        CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, Pos, PRP, PRPS, RB,
        RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB, Comma, Period,
        Colon, Quote, LParen, RParen, Dollar, Hash, Other,
    ]
};

impl Tag {
    /// The Penn Treebank spelling: `"NN"`, `"PRP$"`, `","`; quotes of any kind are `"\""`.
    #[cfg(test)]
    pub fn penn(self) -> &'static str {
        PENN[self as usize]
    }

    /// Parses a Penn Treebank spelling (as written by [`Tag::penn`]; also `;`, `!`, `?`).
    pub fn from_penn(s: &str) -> Option<Tag> {
        match s {
            ";" => Some(Tag::Colon),
            "!" | "?" => Some(Tag::Period),
            "``" | "''" => Some(Tag::Quote),
            "-LRB-" => Some(Tag::LParen),
            "-RRB-" => Some(Tag::RParen),
            _ => PENN.iter().position(|p| *p == s).map(|i| ALL[i]),
        }
    }

    /// A one-bit mask for tag sets.
    pub(crate) fn bit(self) -> u64 {
        1 << (self as u32)
    }

    /// Any verb form, modals excluded: VB VBD VBG VBN VBP VBZ.
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ
        )
    }

    /// A verb that carries tense and so can head a clause: VBD VBP VBZ MD.
    pub fn is_finite_verb(self) -> bool {
        matches!(self, Tag::VBD | Tag::VBP | Tag::VBZ | Tag::MD)
    }

    /// Any noun: NN NNS NNP NNPS.
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// A proper noun: NNP NNPS.
    pub fn is_proper(self) -> bool {
        matches!(self, Tag::NNP | Tag::NNPS)
    }

    /// An adjective: JJ JJR JJS.
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }

    /// An adverb: RB RBR RBS WRB.
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB)
    }

    /// Can start a noun phrase before its head: DT PDT `PRP$` `WP$` POS CD JJ*.
    pub fn is_noun_modifier(self) -> bool {
        matches!(
            self,
            Tag::DT | Tag::PDT | Tag::PRPS | Tag::WPS | Tag::Pos | Tag::CD
        ) || self.is_adjective()
    }

    /// Punctuation or a symbol: the classes from Comma on, plus SYM.
    pub fn is_punct(self) -> bool {
        self as usize >= Tag::Comma as usize || self == Tag::SYM
    }

    /// Punctuation that ends or splits a clause: , . : and brackets.
    pub fn is_clause_break(self) -> bool {
        matches!(
            self,
            Tag::Comma | Tag::Period | Tag::Colon | Tag::LParen | Tag::RParen
        )
    }
}

/// Penn spellings, indexed like [`ALL`].
const PENN: [&str; 45] = [
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
    "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "\"", "(", ")", "$", "#",
    "OTHER",
];
