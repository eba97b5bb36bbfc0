//! Byte offset → char offset conversion, amortized linear over increasing offsets.

/// Converts increasing byte offsets of one text into char (Unicode scalar value) offsets.
pub(crate) struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Char offset of byte offset `b` (a char boundary). Restarts when `b` goes backwards.
    pub(crate) fn char_offset(&mut self, b: usize) -> usize {
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let slice = &self.text.as_bytes()[self.byte..b];
        // Count bytes that start a char (not UTF-8 continuation bytes).
        self.chars += slice
            .iter()
            .filter(|&&c| !(0x80..0xC0).contains(&c))
            .count();
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars_not_bytes() {
        let text = "é“x” 2022";
        let mut c = CharCounter::new(text);
        let b = text.find("2022").unwrap();
        assert_eq!(c.char_offset(b), 5);
        assert_eq!(c.char_offset(text.len()), 9);
        assert_eq!(c.char_offset(0), 0);
    }
}
