//! Markdown → readable text: the words without the markup, one paragraph per block, plus a
//! title from the headings.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::html::{TextBuilder, html_fragment_to_text};

/// Converts Markdown to its title and plain text.
///
/// Paragraphs are separated by a blank line (their soft line breaks become spaces), headings,
/// list items and table rows get lines of their own, links keep their text, images their alt
/// text, code keeps its text, emphasis and other markers are gone. HTML blocks are reduced to
/// their readable text; inline HTML tags are dropped. Front matter is left out.
///
/// The title is the first level-1 heading, else the first heading of any level.
///
/// ```
/// use dateline::extract::markdown::markdown_to_text;
/// let (title, text) = markdown_to_text("# Talks resume\n\nTalks *resumed* on [Monday](https://example.com).\n");
/// assert_eq!(title.as_deref(), Some("Talks resume"));
/// assert_eq!(text, "Talks resume\n\nTalks resumed on Monday.");
/// ```
pub fn markdown_to_text(markdown: &str) -> (Option<String>, String) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut reader = Reader::default();
    for event in Parser::new_ext(markdown, options) {
        reader.event(event);
    }
    reader.finish()
}

/// The state of one conversion.
#[derive(Default)]
struct Reader {
    /// The text so far.
    out: TextBuilder,
    /// How many lists the current position is in.
    list_depth: usize,
    /// Inside a code block: text is kept as it is.
    in_code_block: bool,
    /// Inside front matter: text is dropped.
    in_metadata: bool,
    /// The source of the HTML block being read.
    html_block: Option<String>,
    /// The heading being read: its level and text.
    heading: Option<(HeadingLevel, String)>,
    /// The first level-1 heading.
    first_h1: Option<String>,
    /// The first heading of any level.
    first_heading: Option<String>,
}

impl Reader {
    /// Takes one parser event.
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(_) if self.in_metadata => {}
            Event::Text(text) if self.in_code_block => self.out.push_preformatted(&text),
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => self.text(&text),
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some(block) = &mut self.html_block {
                    block.push_str(&html);
                } else if is_br_tag(&html) {
                    self.out.hard_break();
                }
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.out.hard_break(),
            Event::Rule => self.out.paragraph_break(),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    /// Inline text, also collected for the heading being read.
    fn text(&mut self, text: &str) {
        self.out.push_text(text);
        if let Some((_, heading)) = &mut self.heading {
            heading.push_str(text);
        }
    }

    /// The start of a block or inline element.
    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.out.paragraph_break();
                self.heading = Some((*level, String::new()));
            }
            Tag::CodeBlock(_) => {
                self.out.paragraph_break();
                self.in_code_block = true;
            }
            Tag::HtmlBlock => {
                self.out.paragraph_break();
                self.html_block = Some(String::new());
            }
            Tag::MetadataBlock(_) => self.in_metadata = true,
            Tag::List(_) => {
                self.list_break();
                self.list_depth += 1;
            }
            Tag::Paragraph
            | Tag::BlockQuote(_)
            | Tag::Table(_)
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList => self.out.paragraph_break(),
            Tag::Item
            | Tag::TableHead
            | Tag::TableRow
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.out.line_break(),
            Tag::TableCell => self.out.space(),
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => {}
        }
    }

    /// The end of a block or inline element.
    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.out.paragraph_break();
                if let Some((level, text)) = self.heading.take() {
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !text.is_empty() {
                        if level == HeadingLevel::H1 && self.first_h1.is_none() {
                            self.first_h1 = Some(text.clone());
                        }
                        self.first_heading.get_or_insert(text);
                    }
                }
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.out.paragraph_break();
            }
            TagEnd::HtmlBlock => {
                if let Some(html) = self.html_block.take() {
                    let text = html_fragment_to_text(&html);
                    if !text.is_empty() {
                        self.out.push_preformatted(&text);
                    }
                }
                self.out.paragraph_break();
            }
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            TagEnd::List(_) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                self.list_break();
            }
            TagEnd::Paragraph
            | TagEnd::BlockQuote(_)
            | TagEnd::Table
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList => self.out.paragraph_break(),
            TagEnd::Item
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.out.line_break(),
            TagEnd::TableCell => self.out.space(),
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => {}
        }
    }

    /// Around a list: a blank line, or a line break for a list nested in another.
    fn list_break(&mut self) {
        if self.list_depth > 0 {
            self.out.line_break();
        } else {
            self.out.paragraph_break();
        }
    }

    /// The title and the text.
    fn finish(self) -> (Option<String>, String) {
        (self.first_h1.or(self.first_heading), self.out.finish())
    }
}

/// `<br>`, `<br/>` or `<br />`, any case.
fn is_br_tag(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    let Some(rest) = tag.strip_prefix("<br") else {
        return false;
    };
    matches!(rest.trim_start(), ">" | "/>")
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = include_str!("../../tests/fixtures/articles/report.md");

    #[test]
    fn report_fixture_gives_clean_text() {
        let (title, text) = markdown_to_text(REPORT);
        assert_eq!(title.as_deref(), Some("Kazakhstan: a week of unrest"));
        assert!(!text.contains("LEAK"), "leaked: {text}");
        for markup in ["**", "~~", "](", "![", "`", "|", "<", "[^", "---", "# "] {
            assert!(!text.contains(markup), "{markup:?} in {text}");
        }
        let expected = "\
Kazakhstan: a week of unrest

Compiled from wire reports by the Steppe Courier desk, updated on Monday.

Crowds in Almaty on Jan. 5

What happened

Protests began on Sunday, Jan. 2, in the oil town of Zhanaozen after the price of liquefied \
gas almost doubled overnight. Line two ends with a hard break
and continues here.

Jan. 2: first protests
Jan. 5: the government resigns
nested: a state of emergency
Jan. 7: the president orders troops to fire

\"The situation is under control,\" an official said on Thursday.

Corrections: an earlier version misstated the date.

raw   spacing   kept
second line

Date Event
Jan. 2 Protests begin
Jan. 5 Cabinet resigns

Text with an inline span and a footnote.

Figures from the interior ministry.";
        assert_eq!(text, expected);
    }

    #[test]
    fn title_is_the_first_h1_else_the_first_heading() {
        let title = |md: &str| markdown_to_text(md).0;
        assert_eq!(
            title("## Intro\n\n# *Main* title {#main}\n\n# Second"),
            Some("Main title".to_owned())
        );
        assert_eq!(title("Setext\n======\n"), Some("Setext".to_owned()));
        assert_eq!(title("### Only `h3`\n"), Some("Only h3".to_owned()));
        assert_eq!(title("Just a paragraph."), None);
    }

    #[test]
    fn inline_html_and_breaks() {
        let (_, text) = markdown_to_text("one<br>two<BR />three <b>bold</b>\r\n\r\n\r\n\r\nnext");
        assert_eq!(text, "one\ntwo\nthree bold\n\nnext");
    }

    #[test]
    fn non_latin_text_is_kept_intact() {
        let md = "# Протесты\n\n6 января — *протестующие*.\n\n- مرحبا\n- 抗议者 🔥\n";
        let (title, text) = markdown_to_text(md);
        assert_eq!(title.as_deref(), Some("Протесты"));
        assert_eq!(
            text,
            "Протесты\n\n6 января — протестующие.\n\nمرحبا\n抗议者 🔥"
        );
    }

    #[test]
    fn empty_markdown_is_empty() {
        assert_eq!(markdown_to_text(""), (None, String::new()));
        assert_eq!(
            markdown_to_text("<!-- only a comment -->\n"),
            (None, String::new())
        );
    }
}
