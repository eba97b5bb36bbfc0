//! The bundled fonts: measured here for layout and loaded into resvg for rendering, so an exported
//! image looks the same on every machine.
//!
//! Widths come from the same shaper resvg uses (harfrust, with kerning and Arabic joining), so the
//! boxes the layout reserves hold the text the rasteriser draws.

use std::sync::{Arc, LazyLock, Mutex};

use harfrust::{
    Direction, FontRef, Language, Script, ShapeOptions, ShapePlan, ShaperData, UnicodeBuffer,
};

/// `DejaVu Sans` (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
const REGULAR_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// `DejaVu Sans Bold` (same licence).
const BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family every text element names; the only family in the render database.
pub(crate) const FAMILY: &str = "DejaVu Sans";

/// The SVG `font-family` value: the bundled family first, then look-alikes for SVG viewers without it
/// (all about as wide, so labels still fit their boxes).
pub(crate) const FAMILY_LIST: &str = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Weight {
    /// Normal text.
    Regular,
    /// Titles, lane names, numbers.
    Bold,
}

/// What a shaping plan is made for: the text's direction, script and language.
type PlanKey = (Direction, Script, Option<Language>);

/// A parsed font, its shaping tables and the shaping plans made so far (one per direction, script
/// and language met: making a plan costs far more than shaping a short label with it).
struct Face {
    font: FontRef<'static>,
    data: ShaperData,
    plans: Mutex<Vec<(PlanKey, Arc<ShapePlan>)>>,
}

impl Face {
    fn parse(bytes: &'static [u8]) -> Option<Face> {
        let font = FontRef::new(bytes).ok()?;
        let data = ShaperData::new(&font);
        Some(Face {
            font,
            data,
            plans: Mutex::new(Vec::new()),
        })
    }

    /// Advance width of `text` at `size_px`, shaped left to right (the sum is direction-independent).
    fn width(&self, text: &str, size_px: f64) -> f64 {
        let shaper = self.data.shaper(&self.font).build();
        let units_per_em = f64::from(shaper.units_per_em().max(1));
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let key: PlanKey = (buffer.direction(), buffer.script(), buffer.language());
        let plan = {
            let mut plans = self
                .plans
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((_, plan)) = plans.iter().find(|(k, _)| *k == key) {
                Arc::clone(plan)
            } else {
                let plan = Arc::new(ShapePlan::new(
                    &shaper,
                    key.0,
                    Some(key.1),
                    key.2.as_ref(),
                    &[],
                ));
                plans.push((key.clone(), Arc::clone(&plan)));
                plan
            }
        };
        let output = shaper.shape(buffer, ShapeOptions::new().plan(Some(&plan)));
        let units: i64 = output
            .glyph_positions()
            .iter()
            .map(|pos| i64::from(pos.x_advance))
            .sum();
        units as f64 * size_px / units_per_em
    }
}

static REGULAR: LazyLock<Option<Face>> = LazyLock::new(|| Face::parse(REGULAR_BYTES));
static BOLD: LazyLock<Option<Face>> = LazyLock::new(|| Face::parse(BOLD_BYTES));

/// Width of one line of text in the bundled font, in pixels (points).
///
/// Characters the font lacks (emoji, CJK) count as its "missing glyph" box, as resvg draws them.
pub(crate) fn text_width(text: &str, size_px: f64, weight: Weight) -> f64 {
    if text.is_empty() {
        return 0.0;
    }
    let face = match weight {
        Weight::Regular => &*REGULAR,
        Weight::Bold => &*BOLD,
    };
    match face {
        Some(face) => face.width(text, size_px),
        // The fonts are compiled in and parse; this only keeps a broken build from panicking.
        None => 0.6 * size_px * text.chars().count() as f64,
    }
}

/// The longest prefix of `text` (plus "…") that fits in `max_width` px; `text` itself when it fits.
///
/// Cuts between chars, never inside one; trailing spaces before the ellipsis are dropped. When not even
/// "…" fits, returns "…".
pub(crate) fn truncate_to_width(
    text: &str,
    size_px: f64,
    weight: Weight,
    max_width: f64,
) -> String {
    if text_width(text, size_px, weight) <= max_width {
        return text.to_owned();
    }
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let fits = |chars: usize| {
        let prefix = text[..boundaries[chars]].trim_end();
        text_width(&format!("{prefix}…"), size_px, weight) <= max_width
    };
    // Binary search for the most chars that fit (0 always "fits" as a lone ellipsis).
    let (mut low, mut high) = (0, boundaries.len() - 1);
    while low < high {
        let mid = (low + high).div_ceil(2);
        if fits(mid) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    let prefix = text[..boundaries[low]].trim_end();
    format!("{prefix}…")
}

/// Splits `text` into lines no wider than `max_width` px, breaking at spaces (a word longer than a line
/// is truncated with "…"). Always returns at least one line.
pub(crate) fn wrap(text: &str, size_px: f64, weight: Weight, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size_px, weight) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = truncate_to_width(word, size_px, weight, max_width);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A font database holding only the bundled fonts, with every generic family mapped to them, so no
/// text vanishes in resvg (which does not use fontconfig).
pub(crate) fn render_database() -> Arc<resvg::usvg::fontdb::Database> {
    static DATABASE: LazyLock<Arc<resvg::usvg::fontdb::Database>> = LazyLock::new(|| {
        use resvg::usvg::fontdb::{Database, Source};
        let mut database = Database::new();
        database.load_font_source(Source::Binary(Arc::new(REGULAR_BYTES)));
        database.load_font_source(Source::Binary(Arc::new(BOLD_BYTES)));
        database.set_sans_serif_family(FAMILY);
        database.set_serif_family(FAMILY);
        database.set_monospace_family(FAMILY);
        database.set_cursive_family(FAMILY);
        database.set_fantasy_family(FAMILY);
        Arc::new(database)
    });
    Arc::clone(&DATABASE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size() {
        let short = text_width("Battle", 13.0, Weight::Regular);
        let long = text_width("Battle of Hastings", 13.0, Weight::Regular);
        assert!(short > 20.0 && long > short, "{short} {long}");
        let bigger = text_width("Battle", 26.0, Weight::Regular);
        assert!((bigger - 2.0 * short).abs() < 0.01);
        assert!(text_width("Battle", 13.0, Weight::Bold) > short);
        assert!(text_width("الحرب", 13.0, Weight::Regular) > 10.0);
        assert!(text_width("", 13.0, Weight::Regular).abs() < f64::EPSILON);
    }

    #[test]
    fn truncation_fits_and_keeps_short_text() {
        assert_eq!(
            truncate_to_width("Short", 13.0, Weight::Regular, 500.0),
            "Short"
        );
        let cut = truncate_to_width(
            "A very long title that cannot possibly fit in the box",
            13.0,
            Weight::Regular,
            120.0,
        );
        assert!(cut.ends_with('…') && cut.starts_with("A very"), "{cut}");
        assert!(text_width(&cut, 13.0, Weight::Regular) <= 120.0);
        assert_eq!(truncate_to_width("Hello", 13.0, Weight::Regular, 1.0), "…");
        let emoji = truncate_to_width("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", 13.0, Weight::Regular, 40.0);
        assert!(emoji.ends_with('…'));
    }

    #[test]
    fn wrapping_breaks_at_spaces() {
        let lines = wrap(
            "one two three four five six seven eight nine ten",
            12.0,
            Weight::Regular,
            100.0,
        );
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, 12.0, Weight::Regular) <= 100.0, "{line}");
        }
        assert_eq!(wrap("", 12.0, Weight::Regular, 100.0), vec![String::new()]);
    }
}
