//! PNG export: the SVG rasterised by resvg, without a window or GPU, with only the bundled fonts.

use super::font::{self, FAMILY};
use super::{ExportError, ExportOptions, MAX_SCALE, svg};
use crate::model::Project;

/// Most pixels a PNG may have (a 256 MiB RGBA canvas).
pub const MAX_PIXELS: u64 = 64 * 1024 * 1024;
/// Longest side of a PNG, in pixels.
pub const MAX_SIDE_PX: u64 = 32_000;

/// The timeline as a PNG image: [`ExportOptions::width_px`] × [`ExportOptions::scale`] pixels wide.
///
/// # Errors
/// Bad options, an image larger than [`MAX_PIXELS`] or [`MAX_SIDE_PX`] ([`ExportError::TooLarge`]),
/// and rendering failures.
pub fn png(project: &Project, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let scale = options.scale;
    if !(scale.is_finite() && scale > 0.0 && scale <= MAX_SCALE) {
        return Err(ExportError::InvalidScale(scale));
    }
    let document = svg(project, options)?;
    render(&document, scale, options.max_megapixels)
}

/// Rasterises an SVG document at `scale`.
fn render(document: &str, scale: f32, limit: f64) -> Result<Vec<u8>, ExportError> {
    use resvg::{tiny_skia, usvg};

    let usvg_options = usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: font::render_database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(document, &usvg_options)
        .map_err(|err| ExportError::Render(err.to_string()))?;
    let size = tree.size();
    let width_px = (f64::from(size.width()) * f64::from(scale)).ceil();
    let height_px = (f64::from(size.height()) * f64::from(scale)).ceil();
    #[expect(
        clippy::cast_sign_loss,
        reason = "sizes are positive; the cast saturates"
    )]
    let (width, height) = (width_px as u64, height_px as u64);
    let too_large = || ExportError::TooLarge {
        width_px: width,
        height_px: height,
        megapixels: width as f64 * height as f64 / 1e6,
        memory: width as f64 * height as f64 * 4.0 / 1e6,
        limit: limit.min(MAX_PIXELS as f64 / 1e6),
    };
    if width.max(height) > MAX_SIDE_PX || width.saturating_mul(height) > MAX_PIXELS {
        return Err(too_large());
    }
    let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err(too_large());
    };
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| ExportError::Render(format!("cannot allocate {width} × {height} pixels")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|err| ExportError::Render(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_scales_are_refused() {
        for scale in [0.0, -1.0, f32::NAN, 10.0] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            assert!(matches!(
                png(&Project::default(), &options),
                Err(ExportError::InvalidScale(_))
            ));
        }
    }

    #[test]
    fn text_is_drawn_with_the_bundled_font() {
        // A black word on white: with a missing font, resvg would silently draw nothing.
        let document = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"30\">\
                        <rect width=\"100\" height=\"30\" fill=\"#fff\"/>\
                        <text x=\"5\" y=\"20\" font-family=\"sans-serif\" font-size=\"16\">Hello</text>\
                        </svg>";
        let bytes = render(document, 1.0, 40.0).unwrap();
        let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        let dark = buffer[..info.buffer_size()]
            .chunks(4)
            .filter(|px| px[0] < 128)
            .count();
        assert!(dark > 20, "only {dark} dark pixels");
    }
}
