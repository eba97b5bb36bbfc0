//! SVG export: the [`super::picture`] written as plain, well-formed SVG 1.1.
//!
//! User text only ever becomes escaped character data or attribute values of elements this module
//! chooses; control characters are gone before (see [`super::text`]). Numbers are written with at most
//! two decimals, so the output is byte-for-byte reproducible.

use std::fmt::Write as _;

use super::font::{FAMILY_LIST, Weight};
use super::picture::{self, BAR_HEIGHT, Card, Label, Paint, Picture};
use super::{ExportError, ExportOptions};
use crate::model::{Project, Relation};
use crate::timeline::layout::LayoutStyle;

/// The timeline as an SVG document (UTF-8 text).
///
/// # Errors
/// Bad options: [`ExportError::InvalidWidth`], [`ExportError::UnknownLane`], [`ExportError::EmptyRange`];
/// a picture larger than allowed ([`ExportError::TooLarge`]).
pub fn svg(project: &Project, options: &ExportOptions) -> Result<String, ExportError> {
    Ok(write(&checked_picture(project, options)?))
}

/// The picture, refused before any drawing when it would be larger than
/// [`ExportOptions::max_megapixels`] (estimated before the layout, checked again after it).
pub(crate) fn checked_picture(
    project: &Project,
    options: &ExportOptions,
) -> Result<Picture, ExportError> {
    let picture = picture::build(project, options)?;
    picture::check_size(&(picture.width, picture.height), options)?;
    Ok(picture)
}

/// Escapes text for XML character data and attribute values (both quote kinds).
pub(crate) fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // XML 1.0 forbids these outright; the cleaners already dropped them, this is the backstop.
            c if (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || c == '\u{FFFE}'
                || c == '\u{FFFF}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A number with at most two decimals and no trailing zeros ("12", "12.5", "-0.25").
fn num(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded }; // no "-0"
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_owned()
}

/// `fill="#rrggbb"` plus `fill-opacity` when not opaque.
fn fill(paint: Paint) -> String {
    if paint.opacity >= 1.0 {
        format!("fill=\"{}\"", paint.rgb.to_hex())
    } else {
        format!(
            "fill=\"{}\" fill-opacity=\"{}\"",
            paint.rgb.to_hex(),
            num(paint.opacity)
        )
    }
}

/// Writes the document.
fn write(picture: &Picture) -> String {
    let mut out = String::with_capacity(4096 + picture.cards.len() * 700);
    let (width, height) = (num(picture.width), num(picture.height));
    let palette = &picture.palette;
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // Writing into a String cannot fail; `writeln!` results are ignored with `.ok()` below.
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" \
         height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FAMILY_LIST}\" \
         font-size=\"12\">"
    )
    .ok();
    writeln!(out, "<title>{}</title>", escape_xml(&picture.title.text)).ok();
    writeln!(
        out,
        "<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
        palette.background.to_hex()
    )
    .ok();
    write_header(&mut out, picture);
    write_lanes(&mut out, picture);
    write_axis(&mut out, picture);
    write_strips(&mut out, picture);
    out.push_str("<g id=\"events\">\n");
    for card in &picture.cards {
        write_card(&mut out, card, picture);
    }
    out.push_str("</g>\n");
    if !picture.notes.is_empty() {
        out.push_str("<g id=\"sources\">\n");
        for note in &picture.notes {
            write_label(&mut out, note);
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// Crowded lanes: each strip's bars as one path, and its count.
fn write_strips(out: &mut String, picture: &Picture) {
    if picture.strips.is_empty() {
        return;
    }
    out.push_str("<g id=\"density\">\n");
    for strip in &picture.strips {
        let mut path = String::with_capacity(strip.bars.len() * 28);
        for (x, y, w, h) in &strip.bars {
            write!(
                path,
                "M{} {}h{}v{}h-{}z",
                num(*x),
                num(*y),
                num(*w),
                num(*h),
                num(*w)
            )
            .ok();
        }
        writeln!(out, "<path d=\"{path}\" {}/>", fill(strip.paint)).ok();
        write_label(out, &strip.label);
    }
    out.push_str("</g>\n");
}

fn write_label(out: &mut String, label: &Label) {
    let weight = match label.weight {
        Weight::Regular => "",
        Weight::Bold => " font-weight=\"bold\"",
    };
    writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} {}>{}</text>",
        num(label.x),
        num(label.y),
        num(label.size),
        fill(label.paint),
        escape_xml(&label.text)
    )
    .ok();
}

fn write_header(out: &mut String, picture: &Picture) {
    out.push_str("<g id=\"header\">\n");
    write_label(out, &picture.title);
    write_label(out, &picture.subtitle);
    out.push_str("</g>\n");
}

fn write_lanes(out: &mut String, picture: &Picture) {
    out.push_str("<g id=\"lanes\">\n");
    let width = num(picture.width);
    for band in &picture.bands {
        writeln!(
            out,
            "<rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"{}\" {}/>",
            num(band.y_min),
            num(band.y_max - band.y_min),
            fill(band.fill)
        )
        .ok();
        writeln!(
            out,
            "<line x1=\"0\" y1=\"{y}\" x2=\"{width}\" y2=\"{y}\" stroke=\"{}\" stroke-width=\"1\"/>",
            picture.palette.grid_minor.to_hex(),
            y = num(band.y_max - 0.5)
        )
        .ok();
        write_label(out, &band.name);
    }
    out.push_str("</g>\n");
}

fn write_axis(out: &mut String, picture: &Picture) {
    let palette = &picture.palette;
    let (top, bottom) = picture.axis_y;
    out.push_str("<g id=\"axis\">\n");
    writeln!(
        out,
        "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
        num(top),
        num(picture.width),
        num(bottom - top),
        palette.axis_fill.to_hex()
    )
    .ok();
    for tick in &picture.ticks {
        let (color, opacity) = if tick.major {
            (palette.grid_major, "0.9")
        } else {
            (palette.grid_minor, "1")
        };
        writeln!(
            out,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{}\" stroke-opacity=\"{opacity}\" \
             stroke-width=\"1\"/>",
            num(bottom - 8.0),
            num(picture.grid_bottom),
            color.to_hex(),
            x = num(tick.x.round() + 0.5),
        )
        .ok();
        if let Some(label) = &tick.label {
            write_label(out, label);
        }
    }
    writeln!(
        out,
        "<line x1=\"0\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{}\" stroke-width=\"1\"/>",
        num(picture.width),
        palette.grid_major.to_hex(),
        y = num(bottom - 0.5)
    )
    .ok();
    out.push_str("</g>\n");
}

fn write_card(out: &mut String, card: &Card, picture: &Picture) {
    let rect = &card.rect;
    let color = card.color.to_hex();
    let style = LayoutStyle::default();
    out.push_str("<g class=\"event\">\n");
    writeln!(out, "<title>{}</title>", escape_xml(&card.tooltip)).ok();
    let (border_opacity, dash) = if card.circa {
        ("0.5", " stroke-dasharray=\"3 2\"")
    } else {
        ("0.85", "")
    };
    writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{}\" stroke=\"{color}\" \
         stroke-opacity=\"{border_opacity}\" stroke-width=\"1\"{dash}/>",
        num(rect.x_min + 0.5),
        num(rect.y_min + 0.5),
        num(rect.x_max - rect.x_min - 1.0),
        num(style.card_height - 1.0),
        picture.palette.card_fill.to_hex()
    )
    .ok();
    let bar_opacity = if card.circa { 0.45 } else { 1.0 };
    let bar = Paint {
        rgb: card.color,
        opacity: bar_opacity,
    };
    writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" {}/>",
        num(rect.bar_x_min),
        num(rect.y_min),
        num((rect.bar_x_max - rect.bar_x_min).max(3.0)),
        num(BAR_HEIGHT),
        fill(bar)
    )
    .ok();
    write_marker(
        out,
        card.relation,
        (
            rect.bar_x_min,
            rect.y_min + f64::midpoint(style.card_height, BAR_HEIGHT),
        ),
        bar,
    );
    for label in &card.labels {
        write_label(out, label);
    }
    out.push_str("</g>\n");
}

/// The marker at an event's date, as on screen: a dot for "on", a triangle pointing back for
/// "by", a ring for "as of", a triangle pointing ahead for "after".
fn write_marker(out: &mut String, relation: Relation, (x, y): (f64, f64), paint: Paint) {
    const R: f64 = 3.5;
    match relation {
        Relation::On => writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"3\" {}/>",
            num(x),
            num(y),
            fill(paint)
        ),
        Relation::AsOf => writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"2.6\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>",
            num(x),
            num(y),
            paint.rgb.to_hex()
        ),
        Relation::By | Relation::After => {
            let dir = if relation == Relation::By { -1.0 } else { 1.0 };
            writeln!(
                out,
                "<polygon points=\"{},{} {},{} {},{}\" {}/>",
                num(x + dir * R),
                num(y),
                num(x - dir * R),
                num(y - R),
                num(x - dir * R),
                num(y + R),
                fill(paint)
            )
        }
    }
    .ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            escape_xml("<a href='x'>\"&\"</a>\u{0}\u{1b}\u{FFFE}"),
            "&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(escape_xml("שלום 🎉"), "שלום 🎉");
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(1.005_1), "1.01");
        assert_eq!(num(-3.25), "-3.25");
    }

    #[test]
    fn lane_colours_appear() {
        let project = Project::default();
        let text = svg(&project, &ExportOptions::default()).unwrap();
        assert!(text.contains(&project.lanes[0].color.to_hex()));
        assert!(text.starts_with("<?xml"));
    }
}
