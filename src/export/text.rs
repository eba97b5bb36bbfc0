//! Cleaning user text before any format escapes it: control characters out, whitespace tidied.

/// Whether a char may appear in exported text: no C0/C1 controls (tab, line feed and carriage return are
/// handled by the callers), no DEL, and none of the noncharacters XML forbids (U+FFFE, U+FFFF).
fn is_allowed(c: char) -> bool {
    !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// One line of text: control characters dropped, every run of whitespace (newlines included) turned
/// into one space, trimmed.
pub(crate) fn clean_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !line.is_empty();
        } else if is_allowed(c) {
            if pending_space {
                line.push(' ');
                pending_space = false;
            }
            line.push(c);
        }
    }
    line
}

/// Several lines of text (a description): line breaks kept as `\n` (CR LF and lone CR become LF), each
/// line cleaned like [`clean_line`], runs of blank lines collapsed to one, trimmed.
pub(crate) fn clean_block(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = Vec::new();
    for raw in unified.split('\n') {
        let line = clean_line(raw);
        let previous_blank = lines.last().is_none_or(String::is_empty);
        if line.is_empty() && previous_blank {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

/// `"1 event"`, `"2 events"`.
pub(crate) fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_lose_controls_and_extra_space() {
        assert_eq!(clean_line(" a\n\tb\u{0}c\u{7}\u{1b}[0m "), "a bc[0m");
        assert_eq!(clean_line("\u{85}x\u{9f}\u{FFFF}"), "x");
        assert_eq!(clean_line("مرحبا  שלום 🎉"), "مرحبا שלום 🎉");
        assert_eq!(clean_line("\n\n"), "");
    }

    #[test]
    fn blocks_keep_line_breaks() {
        assert_eq!(clean_block("a\r\nb\rc\n\n\n d\u{0} \n\n"), "a\nb\nc\n\nd");
        assert_eq!(clean_block("\n\nx"), "x");
        assert_eq!(clean_block(""), "");
    }
}
