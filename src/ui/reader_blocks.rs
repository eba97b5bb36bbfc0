//! The reader's text in blocks, so only what is on screen is laid out: an article of 20 MB, or one
//! enormous line, costs a frame no more than a short one.
//!
//! The text is cut into paragraphs (lines), and lines longer than [`MAX_BLOCK_CHARS`] into pieces at a
//! space. Each block has a height: estimated from its length until it is first laid out, then measured.
//! Blocks are stacked by these heights; the reader lays out only the blocks that meet the viewport.

/// Longest block, in chars: longer lines are cut (at a space when there is one near the end).
pub const MAX_BLOCK_CHARS: usize = 2_000;

/// One block of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Char offsets in the article text (the line break after a line is not in its block).
    pub chars: std::ops::Range<usize>,
    /// Byte offsets of the same text.
    pub bytes: std::ops::Range<usize>,
    /// Height on screen, in points.
    pub height: f32,
    /// Whether `height` was measured (else it is an estimate).
    pub measured: bool,
}

/// Blocks of one article at one width, with their tops.
#[derive(Clone, Debug, Default)]
pub struct ReaderBlocks {
    /// The text the blocks were cut from: article and text length in bytes.
    text_key: (u64, usize),
    /// The width their heights are for, in whole points.
    width: u32,
    blocks: Vec<Block>,
    /// `tops[i]` is the top of block `i`; `tops[len]` the total height.
    tops: Vec<f32>,
}

impl ReaderBlocks {
    /// The blocks for `text` of article `article` shown `width` points wide. The text is cut again
    /// only for another article; another width only re-estimates the heights, from `row_height` and
    /// `char_width`, until the blocks are laid out again.
    pub fn refresh(
        &mut self,
        article: u64,
        text: &str,
        width: f32,
        row_height: f32,
        char_width: f32,
    ) {
        #[expect(clippy::cast_sign_loss, reason = "not negative after max(0)")]
        let whole_width = width.round().max(0.0) as u32;
        let text_key = (article, text.len());
        let new_text = text_key != self.text_key || self.tops.is_empty();
        if !new_text && whole_width == self.width {
            return;
        }
        if new_text {
            self.text_key = text_key;
            self.blocks = split(text)
                .into_iter()
                .map(|(chars, bytes)| Block {
                    chars,
                    bytes,
                    height: 0.0,
                    measured: false,
                })
                .collect();
        }
        self.width = whole_width;
        let chars_per_row = (width / char_width.max(1.0)).max(1.0);
        for block in &mut self.blocks {
            let rows = ((block.chars.len() as f32) / chars_per_row).ceil().max(1.0);
            block.height = rows * row_height;
            block.measured = false;
        }
        self.restack();
    }

    /// All blocks, top to bottom.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The top of block `index` (the total height for `index == len`).
    pub fn top(&self, index: usize) -> f32 {
        self.tops.get(index).copied().unwrap_or(0.0)
    }

    /// Total height of the text.
    pub fn height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Indexes of the blocks meeting the band `y_min..y_max` (relative to the text's top).
    pub fn visible(&self, y_min: f32, y_max: f32) -> std::ops::Range<usize> {
        let count = self.blocks.len();
        // tops[i + 1] is block i's bottom.
        let first = self.tops.get(1..).map_or(0, |bottoms| {
            bottoms.partition_point(|bottom| *bottom <= y_min)
        });
        let end = self.tops[..count].partition_point(|top| *top < y_max);
        first.min(count)..end.max(first.min(count))
    }

    /// The block holding char `offset` (the last one for offsets past the end).
    pub fn block_of_char(&self, offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.chars.end < offset)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// Records the measured height of block `index`; returns whether anything moved.
    pub fn set_height(&mut self, index: usize, height: f32) -> bool {
        let Some(block) = self.blocks.get_mut(index) else {
            return false;
        };
        let changed = (block.height - height).abs() > 0.25;
        block.measured = true;
        if changed {
            block.height = height;
            self.restack();
        }
        changed
    }

    fn restack(&mut self) {
        self.tops.clear();
        self.tops.reserve(self.blocks.len() + 1);
        let mut y = 0.0;
        self.tops.push(y);
        for block in &self.blocks {
            y += block.height;
            self.tops.push(y);
        }
    }
}

/// Cuts `text` into blocks: `(char range, byte range)` of each line, long lines in pieces.
pub fn split(text: &str) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut char_offset = 0;
    let mut byte_offset = 0;
    for line in text.split('\n') {
        let mut rest = line;
        loop {
            let (piece_bytes, piece_chars) = piece(rest);
            out.push((
                char_offset..char_offset + piece_chars,
                byte_offset..byte_offset + piece_bytes,
            ));
            char_offset += piece_chars;
            byte_offset += piece_bytes;
            rest = &rest[piece_bytes..];
            if rest.is_empty() {
                break;
            }
        }
        // The line break.
        char_offset += 1;
        byte_offset += 1;
    }
    out
}

/// The first block of `line`: its length in bytes and chars.
fn piece(line: &str) -> (usize, usize) {
    let Some((cut, _)) = line.char_indices().nth(MAX_BLOCK_CHARS) else {
        return (line.len(), line.chars().count());
    };
    // Prefer to cut after the last space in the last quarter of the piece.
    let head = &line[..cut];
    let cut = head
        .rfind(' ')
        .map(|space| space + 1)
        .filter(|end| head[..*end].chars().count() > MAX_BLOCK_CHARS * 3 / 4)
        .unwrap_or(cut);
    (cut, line[..cut].chars().count())
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "sums of small whole numbers are exact")]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_the_text_line_by_line() {
        let text = "First line.\n\nThird — with a dash.\nLast";
        let blocks = split(text);
        let pieces: Vec<&str> = blocks.iter().map(|(_, b)| &text[b.clone()]).collect();
        assert_eq!(pieces, ["First line.", "", "Third — with a dash.", "Last"]);
        for (chars, bytes) in &blocks {
            let by_chars: String = text.chars().skip(chars.start).take(chars.len()).collect();
            assert_eq!(by_chars, text[bytes.clone()]);
        }
    }

    #[test]
    fn an_enormous_line_is_cut_at_spaces() {
        let line = "word ".repeat(10_000);
        let blocks = split(&line);
        assert!(blocks.len() >= 25, "{}", blocks.len());
        let mut expected_start = 0;
        for (chars, bytes) in &blocks {
            assert_eq!(chars.start, expected_start);
            assert!(chars.len() <= MAX_BLOCK_CHARS);
            expected_start = chars.end;
            // Cut after a space, so no word is split.
            assert!(line[..bytes.end].ends_with(' ') || bytes.end == line.len());
        }
        assert_eq!(expected_start, line.chars().count());
        // Without spaces, cut anyway (at a char boundary).
        let solid = "é".repeat(5_000);
        let blocks = split(&solid);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[2].1.end, solid.len());
    }

    #[test]
    fn heights_stack_and_visible_blocks_are_found() {
        let text = "a\nb\nc\nd";
        let mut blocks = ReaderBlocks::default();
        blocks.refresh(1, text, 100.0, 10.0, 5.0);
        assert_eq!(blocks.height(), 40.0);
        assert_eq!(blocks.visible(0.0, 10.0), 0..1);
        assert_eq!(blocks.visible(15.0, 25.0), 1..3);
        assert_eq!(blocks.visible(39.0, 500.0), 3..4);
        assert_eq!(blocks.visible(50.0, 60.0), 4..4);
        assert!(blocks.set_height(1, 30.0));
        assert!(!blocks.set_height(1, 30.0));
        assert_eq!(blocks.top(2), 40.0);
        assert_eq!(blocks.height(), 60.0);
        assert_eq!(blocks.block_of_char(0), 0);
        assert_eq!(blocks.block_of_char(2), 1);
        assert_eq!(blocks.block_of_char(6), 3);
        assert_eq!(blocks.block_of_char(99), 3);
        // Same article and width: kept (with its measurements); another width: made anew.
        blocks.refresh(1, text, 100.0, 10.0, 5.0);
        assert_eq!(blocks.height(), 60.0);
        blocks.refresh(1, text, 200.0, 10.0, 5.0);
        assert_eq!(blocks.height(), 40.0);
    }
}
