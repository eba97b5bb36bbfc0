//! Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and legacy single-byte
//! encodings (Windows-1252, Latin-1, …) guessed by `chardetng`. Binary data is rejected with a
//! typed error; text is never rejected or mangled.

/// How many leading bytes are inspected for binary content.
const SNIFF_BYTES: usize = 1024;

/// Largest share of control characters (other than tab, CR, LF, FF) tolerated in text.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// NUL bytes or many control characters: this is not a text file.
    #[error("this looks like a binary file, not text")]
    Binary,
}

/// Decodes article bytes to text, stripping any byte order mark.
///
/// ```
/// use dateline::extract::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap(), "café");
/// assert_eq!(decode(b"caf\xE9 \x93quoted\x94").unwrap(), "café “quoted”");
/// assert!(decode(b"\x00\x01\x02binary").is_err());
/// ```
///
/// # Errors
/// [`DecodeError::Binary`] for data that is not text.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, _) = enc.decode_without_bom_handling(body);
        if looks_binary_text(&text) {
            return Err(DecodeError::Binary);
        }
        return Ok(text.into_owned());
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, _) = enc.decode(bytes);
    Ok(text.into_owned())
}

/// NUL bytes or a high share of control bytes in the first KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls as f64 / head.len() as f64 > MAX_CONTROL_SHARE
}

/// The same test on decoded text (for UTF-16, where NUL bytes are normal).
fn looks_binary_text(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(SNIFF_BYTES).collect();
    if head.is_empty() {
        return false;
    }
    let controls = head
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    head.contains(&'\0') || controls as f64 / head.len() as f64 > MAX_CONTROL_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            let b = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn decodes_every_supported_encoding() {
        let text = "Protests began on Sunday — “foreign interference,” café.";
        assert_eq!(decode(text.as_bytes()).unwrap(), text);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom).unwrap(), text);
        assert_eq!(decode(&utf16(text, false)).unwrap(), text);
        assert_eq!(decode(&utf16(text, true)).unwrap(), text);
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert_eq!(decode(&cp1252).unwrap(), text);
        let latin1: Vec<u8> = "Ærø café, São Paulo, 6 Jan. 2022"
            .chars()
            .map(|c| c as u8)
            .collect();
        assert_eq!(decode(&latin1).unwrap(), "Ærø café, São Paulo, 6 Jan. 2022");
        assert_eq!(decode(b"").unwrap(), "");
    }

    #[test]
    fn rejects_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00binary zip"),
            Err(DecodeError::Binary)
        );
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ];
        assert_eq!(decode(&png), Err(DecodeError::Binary));
        let controls: Vec<u8> = (1u8..30).cycle().take(200).collect();
        assert_eq!(decode(&controls), Err(DecodeError::Binary));
    }
}
