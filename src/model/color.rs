//! Colours stored in the project file as `"#rrggbb"` text.

use std::fmt;
use std::str::FromStr;

/// An sRGB colour without alpha, written `"#rrggbb"` in the project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rgb(pub [u8; 3]);

/// A colour text that is not `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid colour {0:?}: expected #rrggbb")]
pub struct ColorParseError(pub String);

impl Rgb {
    /// The lane palette: distinct, readable on light and dark backgrounds, in the order new lanes take them.
    pub const PALETTE: [Rgb; 8] = [
        Rgb([0x3b, 0x82, 0xf6]),
        Rgb([0xe1, 0x5d, 0x44]),
        Rgb([0x2a, 0x9d, 0x8f]),
        Rgb([0xe9, 0xa8, 0x20]),
        Rgb([0x8e, 0x5c, 0xd9]),
        Rgb([0xd9, 0x46, 0x8c]),
        Rgb([0x5a, 0x8f, 0x29]),
        Rgb([0x6b, 0x72, 0x80]),
    ];

    /// The palette colour for the `index`-th lane (wrapping).
    pub fn palette(index: usize) -> Rgb {
        Self::PALETTE[index % Self::PALETTE.len()]
    }

    /// `"#rrggbb"`.
    pub fn to_hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl FromStr for Rgb {
    type Err = ColorParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ColorParseError(s.to_owned());
        let hex = s.trim().strip_prefix('#').ok_or_else(err)?;
        if hex.len() != 6 || !hex.is_ascii() {
            return Err(err());
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| err());
        Ok(Rgb([channel(0)?, channel(2)?, channel(4)?]))
    }
}

impl serde::Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip_and_rejects() {
        let c = Rgb([0x12, 0xab, 0xff]);
        assert_eq!(c.to_hex(), "#12abff");
        assert_eq!("#12ABFF".parse::<Rgb>().unwrap(), c);
        for bad in ["", "#12", "12abff", "#12abfg", "#12abffff", "#ééé"] {
            assert!(bad.parse::<Rgb>().is_err(), "{bad:?} should be rejected");
        }
    }
}
