//! Byte offset → char offset conversion, linear over offsets that move forward (and cheap for
//! short steps back).

/// Converts byte offsets of one text into char (Unicode scalar value) offsets, counting from the
/// previous offset asked for.
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

    /// Char offset of byte offset `b` (a char boundary). Costs the distance from the previous
    /// offset, forwards or backwards, so nearby lookups stay cheap anywhere in a long text.
    pub(crate) fn char_offset(&mut self, b: usize) -> usize {
        let bytes = self.text.as_bytes();
        if b < self.byte {
            self.chars -= char_starts(&bytes[b..self.byte]);
        } else {
            self.chars += char_starts(&bytes[self.byte..b]);
        }
        self.byte = b;
        self.chars
    }
}

/// Number of bytes that start a char (not UTF-8 continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .filter(|&&c| !(0x80..0xC0).contains(&c))
        .count()
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
        assert_eq!(c.char_offset(b), 5);
        assert_eq!(c.char_offset(text.find('x').unwrap()), 2);
        assert_eq!(c.char_offset(text.len()), 9);
    }
}
