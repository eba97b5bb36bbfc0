//! The exported timeline image as positioned shapes and text: pure data, laid out with the screen's
//! [`crate::timeline`] maths and the bundled font's metrics; [`super::svg`] writes it out.
//!
//! From top to bottom: the title and a one-line summary, the time axis (major tick labels on the first
//! row, minor ones on the second, grid lines down through the lanes), the lanes (tinted bands with their
//! names in the header space the layout reserves) with their event cards, and optionally the numbered
//! source notes in up to three columns.
//!
//! Cards are what the screen draws: a box from the event's start to the end of its label, a bar of its
//! period along the top, a marker at the start, "c. " before circa titles (circa cards are also faded and
//! dashed). A picture has no tooltips, so the card also shows the date, and long titles are cut with
//! "…". When a lane would need more than [`MAX_ROWS_PER_LANE`] rows, labels get shorter (dates go
//! first) until it fits or nothing more can be cut, so 1,000 events still make a legible picture.

use std::cell::RefCell;
use std::collections::HashMap;

use super::cite::{Citation, disagreement};
use super::font::{self, Weight};
use super::select::Selection;
use super::text::{clean_line, plural};
use super::{ExportError, ExportOptions, MAX_WIDTH_PX, MIN_WIDTH_PX, Theme};
use crate::model::{Event, Lane, Relation, Rgb};
pub(crate) use crate::timeline::layout::BAR_HEIGHT;
use crate::timeline::layout::{
    self, AXIS_FONT_SIZE, AXIS_HEIGHT, CARD_FONT_SIZE, CardInput, CardRect, Layout, LayoutStyle,
};
use crate::timeline::ticks;
use crate::timeline::time_axis::{TimeAxis, TimeView};

/// Empty space around the picture.
pub(crate) const MARGIN: f64 = 24.0;
/// The picture's width less its axis's: a picture this much wider than a canvas shows its time at
/// the canvas's scale.
pub const SIDE_MARGINS_PX: u32 = 48;
/// Height of the title block above the axis.
const HEADER_HEIGHT: f64 = 84.0;
/// Most rows a lane should need before labels are shortened.
pub(crate) const MAX_ROWS_PER_LANE: usize = 32;
/// A lane still needing more rows than this with the shortest labels is drawn as a density strip.
const MAX_CARD_ROWS: usize = 64;
/// A lane with more events than one per this many pixels of axis is drawn as a density strip
/// straight away (no label of it is measured): even the shortest cards, about 125 px, could not
/// fit in [`MAX_CARD_ROWS`] rows.
const STRIP_PX_PER_EVENT: f64 = 2.0;
/// Height of a lane drawn as a density strip.
const STRIP_HEIGHT: f64 = 96.0;
/// Width of one bar of a density strip.
const STRIP_BAR_PX: f64 = 4.0;

const TITLE_SIZE: f64 = 22.0;
const SUBTITLE_SIZE: f64 = 12.0;
const DATE_FONT_SIZE: f64 = 11.0;
const LANE_FONT_SIZE: f64 = 11.0;
const NOTES_HEADING_SIZE: f64 = 14.0;
const NOTE_SIZE: f64 = 12.0;
const SOURCE_SIZE: f64 = 11.0;
/// Space between the parts of a card label (number, title, date).
const PART_GAP: f64 = 6.0;
/// Baseline of text whose top is at 0, per pixel of font size (`DejaVu Sans` ascent).
const ASCENT: f64 = 0.93;
/// Line pitch of the notes.
const NOTE_LINE_HEIGHT: f64 = 16.0;
/// Indent of note text after its number.
const NOTE_INDENT: f64 = 30.0;
/// Narrowest column of notes.
const NOTE_COLUMN_MIN_WIDTH: f64 = 440.0;
/// Space between note columns.
const NOTE_COLUMN_GAP: f64 = 28.0;
/// Most columns of notes.
const MAX_NOTE_COLUMNS: usize = 3;

/// How much of a label a card shows; tried in order until the lanes are short enough.
#[derive(Clone, Copy, Debug)]
struct Density {
    /// Longest title, in pixels.
    title_max_px: f64,
    /// Whether the date follows the title.
    show_date: bool,
}

const DENSITIES: [Density; 4] = [
    Density {
        title_max_px: 360.0,
        show_date: true,
    },
    Density {
        title_max_px: 240.0,
        show_date: true,
    },
    Density {
        title_max_px: 160.0,
        show_date: false,
    },
    Density {
        title_max_px: 110.0,
        show_date: false,
    },
];

/// A colour with an opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Paint {
    /// The colour.
    pub rgb: Rgb,
    /// 0 (invisible) to 1 (opaque).
    pub opacity: f64,
}

impl Paint {
    const fn solid(rgb: Rgb) -> Paint {
        Paint { rgb, opacity: 1.0 }
    }
}

/// The colours of one theme (the export's counterpart of `ui/theme.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Palette {
    /// Page background.
    pub background: Rgb,
    /// The axis strip.
    pub axis_fill: Rgb,
    /// Inside of cards.
    pub card_fill: Rgb,
    /// Titles and strong text.
    pub text: Rgb,
    /// Dates, summary, circa titles.
    pub muted: Rgb,
    /// Grid lines at major ticks.
    pub grid_major: Rgb,
    /// Grid lines at minor ticks, lane separators, the axis rule.
    pub grid_minor: Rgb,
    /// Opacity of lane band tints (even, odd lanes).
    pub band_opacity: [f64; 2],
    /// Lane names: the lane colour mixed this much towards `text`.
    pub lane_name_mix: f64,
}

impl Palette {
    /// The colours of `theme`.
    pub fn of(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette {
                background: Rgb([0xff, 0xff, 0xff]),
                axis_fill: Rgb([0xf5, 0xf6, 0xf8]),
                card_fill: Rgb([0xff, 0xff, 0xff]),
                text: Rgb([0x1d, 0x23, 0x30]),
                muted: Rgb([0x5b, 0x64, 0x72]),
                grid_major: Rgb([0xb4, 0xbb, 0xc5]),
                grid_minor: Rgb([0xe1, 0xe4, 0xe9]),
                band_opacity: [0.07, 0.12],
                lane_name_mix: 0.3,
            },
            Theme::Dark => Palette {
                background: Rgb([0x16, 0x18, 0x1c]),
                axis_fill: Rgb([0x1f, 0x22, 0x28]),
                card_fill: Rgb([0x24, 0x28, 0x2f]),
                text: Rgb([0xe8, 0xea, 0xed]),
                muted: Rgb([0x9a, 0xa3, 0xae]),
                grid_major: Rgb([0x4e, 0x55, 0x60]),
                grid_minor: Rgb([0x30, 0x34, 0x3c]),
                band_opacity: [0.12, 0.19],
                lane_name_mix: 0.15,
            },
        }
    }
}

/// `a` moved `amount` (0 to 1) of the way to `b`.
fn mix(a: Rgb, b: Rgb, amount: f64) -> Rgb {
    let channel = |x: u8, y: u8| {
        let value = f64::from(x) + (f64::from(y) - f64::from(x)) * amount.clamp(0.0, 1.0);
        #[expect(clippy::cast_sign_loss, reason = "clamped to 0..=255 first")]
        let byte = value.round().clamp(0.0, 255.0) as u8;
        byte
    };
    Rgb([
        channel(a.0[0], b.0[0]),
        channel(a.0[1], b.0[1]),
        channel(a.0[2], b.0[2]),
    ])
}

/// One line of text, left-aligned at `x` on the baseline `y`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Label {
    /// Left edge.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Cleaned text (no control characters or line breaks; escaped by the writer).
    pub text: String,
    /// Font size in pixels.
    pub size: f64,
    /// Font weight.
    pub weight: Weight,
    /// Fill.
    pub paint: Paint,
}

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TickMark {
    /// Where it is.
    pub x: f64,
    /// A major tick (stronger line, label on the first row).
    pub major: bool,
    /// Its label, unless it would run off the picture.
    pub label: Option<Label>,
}

/// A lane's band.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Band {
    /// Top.
    pub y_min: f64,
    /// Bottom.
    pub y_max: f64,
    /// Tint.
    pub fill: Paint,
    /// The lane name in the band's header.
    pub name: Label,
}

/// An event card.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Card {
    /// Where the layout put it.
    pub rect: CardRect,
    /// The event's colour (its own, else its lane's).
    pub color: Rgb,
    /// Whether the start or end is circa (faded bar, dashed border).
    pub circa: bool,
    /// How the event stands to its date: the marker's shape, as on screen.
    pub relation: Relation,
    /// Number, title and date, as shown.
    pub labels: Vec<Label>,
    /// The full title and date, for SVG viewers' tooltips.
    pub tooltip: String,
}

/// The whole picture, in pixels at scale 1.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Picture {
    /// Width.
    pub width: f64,
    /// Height (follows the content).
    pub height: f64,
    /// Colours.
    pub palette: Palette,
    /// The project title.
    pub title: Label,
    /// Events, lanes and years covered.
    pub subtitle: Label,
    /// Top and bottom of the axis strip.
    pub axis_y: (f64, f64),
    /// The time shown, from the left to the right end of the axis, in days since 1970.
    pub visible_days: (f64, f64),
    /// Ticks of the axis.
    pub ticks: Vec<TickMark>,
    /// Where grid lines end (the bottom of the lanes).
    pub grid_bottom: f64,
    /// Lane bands, top to bottom.
    pub bands: Vec<Band>,
    /// Event cards.
    pub cards: Vec<Card>,
    /// Lanes too crowded for cards, drawn as on screen: bars of how many events each slice of time
    /// holds, with the count.
    pub strips: Vec<Strip>,
    /// The source notes (heading first), empty without footnotes.
    pub notes: Vec<Label>,
}

/// A lane drawn as a density strip.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Strip {
    /// Bars `(x, y, width, height)`, left to right.
    pub bars: Vec<(f64, f64, f64, f64)>,
    /// Their colour (the lane's).
    pub paint: Paint,
    /// "16,667 events · zoom with a date range to see them as cards", at the top right.
    pub label: Label,
}

/// Text widths, memoised: the layout measures the same labels for several densities.
#[derive(Default)]
struct Widths {
    cache: RefCell<HashMap<(String, u64, Weight), f64>>,
}

impl Widths {
    fn of(&self, text: &str, size: f64, weight: Weight) -> f64 {
        let key = (text.to_owned(), size.to_bits(), weight);
        if let Some(width) = self.cache.borrow().get(&key) {
            return *width;
        }
        let width = font::text_width(text, size, weight);
        self.cache.borrow_mut().insert(key, width);
        width
    }
}

/// An event that can be drawn (its lane is selected), with its number. Its texts are made only
/// for the cards and notes that show them (not for the events of a density strip).
struct Drawable<'a> {
    event: &'a Event,
    lane_index: usize,
    number: usize,
}

impl Drawable<'_> {
    /// The title on its card.
    fn title(&self) -> String {
        card_title(self.event)
    }

    /// The date on its card.
    fn date(&self) -> String {
        card_date(self.event)
    }
}

/// The date on a card: "6 Jan 2022", "1914 – 1918", "1850 – c. 1860", "by 6 Jan 2022" (circa starts
/// show "c. " before the title, as on screen).
fn card_date(event: &Event) -> String {
    let start = event.start.with_circa(false).human();
    let dates = match event.end {
        Some(end) => format!("{start} – {}", end.human()),
        None => start,
    };
    event.relation.describe(&dates)
}

/// The title on a card: "c. " for circa dates, then the title, or "(untitled)".
fn card_title(event: &Event) -> String {
    let title = clean_line(&event.title);
    let title = if title.is_empty() {
        "(untitled)".to_owned()
    } else {
        title
    };
    if event.start.circa() {
        format!("c. {title}")
    } else {
        title
    }
}

/// Lays out the picture.
///
/// # Errors
/// Bad options (width, lanes, range).
pub(crate) fn build(
    project: &crate::model::Project,
    options: &ExportOptions,
) -> Result<Picture, ExportError> {
    if !(MIN_WIDTH_PX..=MAX_WIDTH_PX).contains(&options.width_px) {
        return Err(ExportError::InvalidWidth(options.width_px));
    }
    let selection = Selection::new(project, options)?;
    let palette = Palette::of(options.theme);
    let width = f64::from(options.width_px);
    let widths = Widths::default();
    let drawables: Vec<Drawable<'_>> = selection
        .events
        .iter()
        .filter_map(|event| {
            let lane_index = selection.lanes.iter().position(|l| l.id == event.lane)?;
            Some((event, lane_index))
        })
        .enumerate()
        .map(|(index, (event, lane_index))| Drawable {
            event,
            lane_index,
            number: index + 1,
        })
        .collect();
    let canvas = Canvas {
        width,
        footnotes: options.footnotes,
        lane_count: selection.lanes.len(),
        range_days: selection.range_days,
        articles_days: articles_days(project),
        events_days: drawables
            .iter()
            .map(|d| d.event.span_days())
            .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1))),
        exact_days: options.visible_days.filter(|(a, b)| a.is_finite() && b > a),
    };
    let counts = canvas.lane_counts(&drawables);
    let mut crowded = canvas.crowded_lanes(&counts);
    check_size(
        &estimate(&canvas, &counts, &crowded, &drawables, options),
        options,
    )?;
    let lanes_top = HEADER_HEIGHT + AXIS_HEIGHT;
    let mut shown: Vec<&Drawable<'_>> = drawables
        .iter()
        .filter(|d| !crowded.contains(&d.lane_index))
        .collect();
    let (mut axis, mut cards, mut placed) = canvas.arrange(&shown, &widths, lanes_top);
    // Lanes that still need too many rows with the shortest labels become strips too.
    let overfull: Vec<usize> = placed
        .lanes
        .iter()
        .filter(|b| b.rows > MAX_CARD_ROWS)
        .map(|b| b.lane_index)
        .collect();
    if !overfull.is_empty() {
        crowded.extend(overfull);
        shown.retain(|d| !crowded.contains(&d.lane_index));
        (axis, cards, placed) = canvas.arrange(&shown, &widths, lanes_top);
    }
    for lane in &crowded {
        layout::grow_lane(&mut placed, *lane, STRIP_HEIGHT);
    }

    let (title, subtitle) = header(project, &selection, &drawables, width, &palette);
    let axis_y = (HEADER_HEIGHT, lanes_top);
    let grid_bottom = lanes_top + placed.height;
    let bands = bands(&selection.lanes, &placed, width, &palette);
    let ticks = tick_marks(&axis, axis_y.0, width, &widths, &palette);
    let cards = cards
        .iter()
        .zip(&placed.cards)
        .map(|(labels, rect)| card(shown[rect.key], labels, rect, &selection, &palette))
        .collect();
    let strips = crowded
        .iter()
        .filter_map(|lane| strip(*lane, &drawables, &axis, &placed, &selection, &palette))
        .collect();
    let notes = if options.footnotes {
        notes(&selection, &drawables, width, grid_bottom, &palette)
    } else {
        Vec::new()
    };
    // Columns end at different heights: the lowest line counts.
    let content_bottom = notes
        .iter()
        .map(|note| note.y + NOTE_LINE_HEIGHT / 2.0)
        .fold(grid_bottom, f64::max);
    Ok(Picture {
        width,
        height: (content_bottom + MARGIN).ceil(),
        palette,
        title,
        subtitle,
        axis_y,
        visible_days: axis.visible_days(),
        ticks,
        grid_bottom,
        bands,
        cards,
        strips,
        notes,
    })
}

/// The picture's size in pixels at scale 1, worked out from counts alone before anything is
/// measured or drawn: lanes at most [`MAX_CARD_ROWS`] rows (or a strip), one line per note
/// plus one per source. The real picture is about this size (notes whose lines wrap make it taller).
fn estimate(
    canvas: &Canvas,
    counts: &[usize],
    crowded: &[usize],
    drawables: &[Drawable<'_>],
    options: &ExportOptions,
) -> (f64, f64) {
    let style = LayoutStyle::default();
    let lanes: f64 = counts
        .iter()
        .enumerate()
        .map(|(lane, count)| {
            if crowded.contains(&lane) {
                return STRIP_HEIGHT;
            }
            let rows = (*count).clamp(1, MAX_CARD_ROWS) as f64;
            (style.lane_header_height + 2.0 * style.lane_padding + rows * style.row_pitch())
                .max(style.min_lane_height)
        })
        .sum();
    let mut height = HEADER_HEIGHT + AXIS_HEIGHT + lanes + MARGIN;
    if options.footnotes {
        let columns = note_columns(canvas.width);
        let note_lines: usize = drawables
            .iter()
            .map(|d| 1 + d.event.sources.len().max(1))
            .sum();
        height +=
            40.0 + (note_lines as f64 * NOTE_LINE_HEIGHT + drawables.len() as f64 * 6.0) / columns;
    }
    (canvas.width, height.ceil())
}

/// Refuses a picture of `(width, height)` pixels at scale 1 that would be larger than
/// [`ExportOptions::max_megapixels`] at [`ExportOptions::scale`].
///
/// # Errors
/// [`ExportError::TooLarge`].
pub(crate) fn check_size(
    (width, height): &(f64, f64),
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let scale = f64::from(options.scale);
    let (width_px, height_px) = ((width * scale).ceil(), (height * scale).ceil());
    let megapixels = width_px * height_px / 1e6;
    if megapixels > options.max_megapixels {
        #[expect(
            clippy::cast_sign_loss,
            reason = "sizes are positive; the cast saturates"
        )]
        return Err(ExportError::TooLarge {
            width_px: width_px as u64,
            height_px: height_px as u64,
            megapixels,
            memory: megapixels * 4.0,
            limit: options.max_megapixels,
        });
    }
    Ok(())
}

/// A crowded lane's density strip: how many of its events overlap each [`STRIP_BAR_PX`] of the
/// axis, as bars up from the bottom of its band, and the count.
fn strip(
    lane_index: usize,
    drawables: &[Drawable<'_>],
    axis: &TimeAxis,
    placed: &Layout,
    selection: &Selection<'_>,
    palette: &Palette,
) -> Option<Strip> {
    let band = placed.lanes.iter().find(|b| b.lane_index == lane_index)?;
    let lane = selection.lanes.get(lane_index)?;
    let left = axis.left_x;
    #[expect(clippy::cast_sign_loss, reason = "at least 1")]
    let buckets = (axis.width_points / STRIP_BAR_PX).ceil().max(1.0) as usize;
    let mut counts = vec![0u32; buckets];
    let mut total = 0usize;
    let bucket_of = |x: f64| ((x - left) / STRIP_BAR_PX).floor();
    for drawable in drawables.iter().filter(|d| d.lane_index == lane_index) {
        total += 1;
        let (start, end) = drawable.event.span_days();
        let first = bucket_of(axis.x_from_days(start)).max(0.0);
        let last = bucket_of(axis.x_from_days(end)).min(buckets as f64 - 1.0);
        if last < 0.0 || first > buckets as f64 - 1.0 {
            continue;
        }
        #[expect(clippy::cast_sign_loss, reason = "clamped to 0.. above")]
        let (first, last) = (first as usize, last.max(first) as usize);
        for count in &mut counts[first..=last] {
            *count += 1;
        }
    }
    let most = f64::from(counts.iter().copied().max().unwrap_or(0).max(1));
    let bottom = band.y_max - 4.0;
    let room = band.y_max - band.y_min - 26.0;
    let bars = counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(i, count)| {
            // A square root keeps a few events visible beside thousands.
            let height = (f64::from(*count) / most).sqrt() * room;
            let height = height.max(1.5);
            (
                left + i as f64 * STRIP_BAR_PX,
                bottom - height,
                STRIP_BAR_PX - 0.5,
                height,
            )
        })
        .collect();
    let word = if total == 1 { "event" } else { "events" };
    let text = format!(
        "{} {word} · choose a date range to see them as cards",
        group_thousands(total)
    );
    let size = DATE_FONT_SIZE;
    let text_width = font::text_width(&text, size, Weight::Regular);
    Some(Strip {
        bars,
        paint: Paint::solid(lane.color),
        label: Label {
            x: (axis.left_x + axis.width_points - text_width).max(MARGIN),
            y: band.y_min + 5.0 + size * ASCENT,
            text,
            size,
            weight: Weight::Regular,
            paint: Paint::solid(palette.muted),
        },
    })
}

/// "16,667".
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The span of the articles' dates (where an empty project's suggestions would land).
fn articles_days(project: &crate::model::Project) -> Option<(f64, f64)> {
    project
        .articles
        .iter()
        .filter_map(|a| a.date)
        .map(|d| (d.start_days(), d.end_days()))
        .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)))
}

/// What the time axis and the cards are laid onto.
struct Canvas {
    width: f64,
    footnotes: bool,
    lane_count: usize,
    range_days: (Option<f64>, Option<f64>),
    articles_days: Option<(f64, f64)>,
    /// From the start of the first drawable event to the end of the last (cards and strips).
    events_days: Option<(f64, f64)>,
    /// The span to show exactly, edge to edge ("what you see").
    exact_days: Option<(f64, f64)>,
}

/// The parts of one card's label, measured: `(text, size, weight, width)`.
type Parts = Vec<(String, f64, Weight, f64)>;

impl Canvas {
    /// The axis area: the picture less its margins.
    fn axis_width(&self) -> f64 {
        self.width - 2.0 * MARGIN
    }

    /// Rightmost x a label may reach.
    fn right_limit(&self) -> f64 {
        self.width - MARGIN / 2.0
    }

    /// The lanes with too many events (`counts`, by lane) for cards on this width: drawn as density
    /// strips, their labels never measured.
    fn crowded_lanes(&self, counts: &[usize]) -> Vec<usize> {
        let limit = self.axis_width() / STRIP_PX_PER_EVENT;
        counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count as f64 > limit)
            .map(|(lane, _)| lane)
            .collect()
    }

    /// How many drawable events each lane has.
    fn lane_counts(&self, drawables: &[Drawable<'_>]) -> Vec<usize> {
        let mut counts = vec![0usize; self.lane_count];
        for drawable in drawables {
            if let Some(count) = counts.get_mut(drawable.lane_index) {
                *count += 1;
            }
        }
        counts
    }

    /// Picks the densest-but-legible density: the axis, each card's label parts (in drawable order) and
    /// the layout.
    fn arrange(
        &self,
        drawables: &[&Drawable<'_>],
        widths: &Widths,
        top_y: f64,
    ) -> (TimeAxis, Vec<Parts>, Layout) {
        let mut arranged = None;
        for density in DENSITIES {
            let (axis, parts, placed) = self.arrange_with(drawables, widths, top_y, density);
            let rows = placed.lanes.iter().map(|b| b.rows).max().unwrap_or(0);
            arranged = Some((axis, parts, placed));
            if rows <= MAX_ROWS_PER_LANE {
                break;
            }
        }
        arranged.unwrap_or_else(|| self.arrange_with(drawables, widths, top_y, DENSITIES[0]))
    }

    fn arrange_with(
        &self,
        drawables: &[&Drawable<'_>],
        widths: &Widths,
        top_y: f64,
        density: Density,
    ) -> (TimeAxis, Vec<Parts>, Layout) {
        let full_parts: Vec<Parts> = drawables
            .iter()
            .map(|d| self.label_parts(d, widths, density))
            .collect();
        let label_width = |parts: &Parts| -> f64 {
            let text: f64 = parts.iter().map(|p| p.3).sum();
            text + PART_GAP * parts.len().saturating_sub(1) as f64
        };
        let labels: Vec<(f64, f64)> = drawables
            .iter()
            .zip(&full_parts)
            .map(|(d, parts)| {
                let padding = 2.0 * LayoutStyle::default().label_padding;
                (d.event.span_days().0, label_width(parts) + padding)
            })
            .collect();
        let view = self.fit_view(&labels);
        let axis = TimeAxis::new(view, MARGIN, self.axis_width());
        let (visible_start, visible_end) = axis.visible_days();
        let low = self.range_days.0.unwrap_or(visible_start);
        let high = self.range_days.1.unwrap_or(visible_end);
        let mut parts = Vec::with_capacity(drawables.len());
        let mut inputs = Vec::with_capacity(drawables.len());
        for (key, (drawable, full)) in drawables.iter().zip(full_parts).enumerate() {
            let (start, end) = drawable.event.span_days();
            let start_days = start.clamp(low, high);
            let end_days = end.clamp(start_days, high.max(start_days));
            let room = self.right_limit()
                - axis.x_from_days(start_days)
                - 2.0 * LayoutStyle::default().label_padding;
            let fitted = fit_parts(full, room, widths);
            inputs.push(CardInput {
                key,
                lane_index: drawable.lane_index,
                start_days,
                end_days,
                label_width: label_width(&fitted),
                is_range: drawable.event.is_range(),
            });
            parts.push(fitted);
        }
        let placed = layout::layout(
            &axis,
            self.lane_count,
            &inputs,
            &LayoutStyle::default(),
            top_y,
        );
        (axis, parts, placed)
    }

    /// A card's number (with footnotes), title (cut to the density) and date (if the density shows it).
    fn label_parts(&self, drawable: &Drawable<'_>, widths: &Widths, density: Density) -> Parts {
        let mut parts = Vec::with_capacity(3);
        if self.footnotes {
            let number = drawable.number.to_string();
            let width = widths.of(&number, DATE_FONT_SIZE, Weight::Bold);
            parts.push((number, DATE_FONT_SIZE, Weight::Bold, width));
        }
        let title = font::truncate_to_width(
            &drawable.title(),
            CARD_FONT_SIZE,
            Weight::Regular,
            density.title_max_px,
        );
        let width = widths.of(&title, CARD_FONT_SIZE, Weight::Regular);
        parts.push((title, CARD_FONT_SIZE, Weight::Regular, width));
        if density.show_date {
            let date = drawable.date();
            let width = widths.of(&date, DATE_FONT_SIZE, Weight::Regular);
            parts.push((date, DATE_FONT_SIZE, Weight::Regular, width));
        }
        parts
    }

    /// The view showing the selection: the chosen range, else every drawable event, leaving room on the
    /// right for the last labels (as the screen's fit does) unless the end was chosen.
    fn fit_view(&self, labels: &[(f64, f64)]) -> TimeView {
        let width = self.axis_width();
        if let Some((start, end)) = self.exact_days {
            return TimeView {
                start_days: start,
                days_per_point: (end - start) / width,
            }
            .clamped(width);
        }
        let known = self.events_days.or(self.articles_days);
        let (start, end) = match (self.range_days, known) {
            ((Some(start), Some(end)), _) => (start, end),
            ((Some(start), None), known) => (start, known.map_or(start, |k| k.1.max(start))),
            ((None, Some(end)), known) => (known.map_or(end, |k| k.0.min(end)), end),
            ((None, None), Some(known)) => known,
            ((None, None), None) => {
                let view = TimeView::default();
                (
                    view.start_days,
                    view.start_days + view.days_per_point * 1000.0,
                )
            }
        };
        if self.range_days.1.is_some() {
            return TimeView::fit(start, end, width);
        }
        // Unlike the screen, never give up more than a quarter of the width: an axis running far
        // into empty time reads worse than the last labels losing their dates or being cut.
        crate::timeline::fit::fit_with_labels(start, end, width, labels, 0.75)
    }
}

/// Label parts cut to `room` pixels: the date goes first, then the title is shortened.
fn fit_parts(mut parts: Parts, room: f64, widths: &Widths) -> Parts {
    let total = |parts: &Parts| -> f64 {
        parts.iter().map(|p| p.3).sum::<f64>() + PART_GAP * parts.len().saturating_sub(1) as f64
    };
    if total(&parts) <= room {
        return parts;
    }
    // The date is the part after the title (which is always present, last but for the date).
    let title_index = parts
        .iter()
        .position(|p| p.1.to_bits() == CARD_FONT_SIZE.to_bits())
        .unwrap_or(0);
    if parts.len() > title_index + 1 {
        parts.truncate(title_index + 1);
        if total(&parts) <= room {
            return parts;
        }
    }
    let others = total(&parts) - parts[title_index].3;
    let (text, size, weight, _) = &parts[title_index];
    let cut = font::truncate_to_width(text, *size, *weight, (room - others).max(0.0));
    let width = widths.of(&cut, *size, *weight);
    parts[title_index] = (cut, *size, *weight, width);
    parts
}

/// The title and the summary line under it.
fn header(
    project: &crate::model::Project,
    selection: &Selection<'_>,
    drawables: &[Drawable<'_>],
    width: f64,
    palette: &Palette,
) -> (Label, Label) {
    let title = clean_line(&project.title);
    let title = if title.is_empty() {
        "Untitled timeline".to_owned()
    } else {
        title
    };
    let room = width - 2.0 * MARGIN;
    let title = Label {
        x: MARGIN,
        y: MARGIN + TITLE_SIZE * ASCENT,
        text: font::truncate_to_width(&title, TITLE_SIZE, Weight::Bold, room),
        size: TITLE_SIZE,
        weight: Weight::Bold,
        paint: Paint::solid(palette.text),
    };
    let mut summary = format!(
        "{} · {}",
        plural(drawables.len(), "event"),
        plural(selection.lanes.len(), "lane")
    );
    if let Some(years) = crate::model::project::year_span(drawables.iter().map(|d| d.event)) {
        summary.push_str(" · ");
        summary.push_str(&years);
    }
    let subtitle = Label {
        x: MARGIN,
        y: MARGIN + TITLE_SIZE + 10.0 + SUBTITLE_SIZE * ASCENT,
        text: font::truncate_to_width(&summary, SUBTITLE_SIZE, Weight::Regular, room),
        size: SUBTITLE_SIZE,
        weight: Weight::Regular,
        paint: Paint::solid(palette.muted),
    };
    (title, subtitle)
}

/// The ticks of the axis with their labels: major labels on the first row, minor on the second.
fn tick_marks(
    axis: &TimeAxis,
    axis_top: f64,
    width: f64,
    widths: &Widths,
    palette: &Palette,
) -> Vec<TickMark> {
    let measure = |text: &str| widths.of(text, AXIS_FONT_SIZE, Weight::Regular);
    ticks::ticks(axis, &measure)
        .into_iter()
        .map(|tick| {
            let x = axis.x_from_days(tick.days);
            let label_x = x + 3.0;
            let row_top = if tick.major {
                axis_top + 4.0
            } else {
                axis_top + 20.0
            };
            let text = clean_line(&tick.label);
            let fits = label_x + measure(&text) <= width - 4.0;
            let label = fits.then(|| Label {
                x: label_x,
                y: row_top + AXIS_FONT_SIZE * ASCENT,
                text,
                size: AXIS_FONT_SIZE,
                weight: Weight::Regular,
                paint: Paint::solid(if tick.major {
                    palette.text
                } else {
                    palette.muted
                }),
            });
            TickMark {
                x,
                major: tick.major,
                label,
            }
        })
        .collect()
}

/// The lane bands with their names.
fn bands(lanes: &[&Lane], placed: &Layout, width: f64, palette: &Palette) -> Vec<Band> {
    placed
        .lanes
        .iter()
        .filter_map(|band| {
            let lane = lanes.get(band.lane_index)?;
            let name = clean_line(&lane.name);
            let name =
                font::truncate_to_width(&name, LANE_FONT_SIZE, Weight::Bold, width / 2.0 - MARGIN);
            Some(Band {
                y_min: band.y_min,
                y_max: band.y_max,
                fill: Paint {
                    rgb: lane.color,
                    opacity: palette.band_opacity[band.lane_index % 2],
                },
                name: Label {
                    x: MARGIN,
                    y: band.y_min + 5.0 + LANE_FONT_SIZE * ASCENT,
                    text: name,
                    size: LANE_FONT_SIZE,
                    weight: Weight::Bold,
                    paint: Paint::solid(mix(lane.color, palette.text, palette.lane_name_mix)),
                },
            })
        })
        .collect()
}

/// One card with its label parts placed left to right.
fn card(
    drawable: &Drawable<'_>,
    parts: &Parts,
    rect: &CardRect,
    selection: &Selection<'_>,
    palette: &Palette,
) -> Card {
    let event = drawable.event;
    let color = event
        .color
        .or_else(|| selection.project.lane(event.lane).map(|l| l.color))
        .unwrap_or(Rgb::palette(0));
    let circa = event.start.circa() || event.end.is_some_and(|e| e.circa());
    let style = LayoutStyle::default();
    // Centred in the part of the card below the bar, as on screen.
    let baseline = rect.y_min + f64::midpoint(style.card_height, BAR_HEIGHT) + 4.5;
    let mut x = rect.x_min + style.label_padding;
    let mut labels = Vec::with_capacity(parts.len());
    for (text, size, weight, width) in parts {
        let is_title = size.to_bits() == CARD_FONT_SIZE.to_bits();
        let rgb = if is_title && !circa {
            palette.text
        } else {
            palette.muted
        };
        labels.push(Label {
            x,
            y: baseline,
            text: text.clone(),
            size: *size,
            weight: *weight,
            paint: Paint::solid(rgb),
        });
        x += width + PART_GAP;
    }
    Card {
        rect: *rect,
        color,
        circa,
        relation: event.relation,
        labels,
        tooltip: format!("{} ({})", clean_line(&event.title), drawable.date()),
    }
}

/// One note: its number and its lines `(indent, text, size, paint)`.
struct Note {
    number: String,
    lines: Vec<(String, f64, Paint)>,
}

impl Note {
    fn height(&self) -> f64 {
        self.lines.len() as f64 * NOTE_LINE_HEIGHT + 6.0
    }
}

/// How many columns of notes a picture `width` pixels wide has.
fn note_columns(width: f64) -> f64 {
    let content = width - 2.0 * MARGIN;
    ((content + NOTE_COLUMN_GAP) / (NOTE_COLUMN_MIN_WIDTH + NOTE_COLUMN_GAP))
        .floor()
        .clamp(1.0, MAX_NOTE_COLUMNS as f64)
}

/// The numbered source notes under the timeline, in balanced columns.
fn notes(
    selection: &Selection<'_>,
    drawables: &[Drawable<'_>],
    width: f64,
    top: f64,
    palette: &Palette,
) -> Vec<Label> {
    let content = width - 2.0 * MARGIN;
    let columns = note_columns(width);
    let column_width = (content - NOTE_COLUMN_GAP * (columns - 1.0)) / columns;
    let text_width = column_width - NOTE_INDENT;
    let notes: Vec<Note> = drawables
        .iter()
        .map(|drawable| note(drawable, selection, text_width, palette))
        .collect();
    let heading_y = top + 28.0 + NOTES_HEADING_SIZE * ASCENT;
    let mut labels = vec![Label {
        x: MARGIN,
        y: heading_y,
        text: "Sources".to_owned(),
        size: NOTES_HEADING_SIZE,
        weight: Weight::Bold,
        paint: Paint::solid(palette.text),
    }];
    let total: f64 = notes.iter().map(Note::height).sum();
    let target = total / columns;
    let first_line_y = heading_y + 12.0 + NOTE_SIZE * ASCENT;
    let (mut column, mut y) = (0.0, 0.0);
    for note in notes {
        if y > 0.0 && y + note.height() / 2.0 > target && column + 1.0 < columns {
            column += 1.0;
            y = 0.0;
        }
        let x = MARGIN + column * (column_width + NOTE_COLUMN_GAP);
        labels.push(Label {
            x,
            y: first_line_y + y,
            text: note.number.clone(),
            size: NOTE_SIZE,
            weight: Weight::Bold,
            paint: Paint::solid(palette.text),
        });
        for (index, (text, size, paint)) in note.lines.iter().enumerate() {
            labels.push(Label {
                x: x + NOTE_INDENT,
                y: first_line_y + y + index as f64 * NOTE_LINE_HEIGHT,
                text: text.clone(),
                size: *size,
                weight: Weight::Regular,
                paint: *paint,
            });
        }
        y += note.height();
    }
    labels
}

/// One event's note: "date — title", the sources' disagreement on the date if any, then each
/// source cited ("Outlet, “Title”, Author, 5 Jan 2022, https://…: “sentence”"), wrapped.
fn note(drawable: &Drawable<'_>, selection: &Selection<'_>, width: f64, palette: &Palette) -> Note {
    let event = drawable.event;
    let headline = format!("{} — {}", event_date(event), card_title_plain(event));
    let mut lines: Vec<(String, f64, Paint)> =
        font::wrap(&headline, NOTE_SIZE, Weight::Regular, width)
            .into_iter()
            .map(|line| (line, NOTE_SIZE, Paint::solid(palette.text)))
            .collect();
    let muted = Paint::solid(palette.muted);
    if event.sources.is_empty() {
        lines.push(("No source".to_owned(), SOURCE_SIZE, muted));
    }
    if let Some(note) = disagreement(selection.project, event) {
        lines.extend(
            font::wrap(&clean_line(&note), SOURCE_SIZE, Weight::Regular, width)
                .into_iter()
                .map(|line| (line, SOURCE_SIZE, Paint::solid(palette.text))),
        );
    }
    for source in &event.sources {
        // A citation: outlet, “title”, author, publication date, address; then the quote.
        let cited = clean_line(&Citation::of(selection.project, source).line(|t| format!("“{t}”")));
        let sentence = clean_line(&source.sentence);
        let text = match (cited.is_empty(), sentence.is_empty()) {
            (false, false) => format!("{cited}: “{sentence}”"),
            (false, true) => cited,
            (true, false) => format!("“{sentence}”"),
            (true, true) => "Unknown article".to_owned(),
        };
        lines.extend(
            font::wrap(&text, SOURCE_SIZE, Weight::Regular, width)
                .into_iter()
                .map(|line| (line, SOURCE_SIZE, muted)),
        );
    }
    Note {
        number: format!("{}.", drawable.number),
        lines,
    }
}

/// "6 Jan 2022", "c. 1850 – 1860".
fn event_date(event: &Event) -> String {
    match event.end {
        Some(end) => format!("{} – {}", event.start.human(), end.human()),
        None => event.start.human(),
    }
}

/// The title without the circa mark (the note's date carries it), or "(untitled)".
fn card_title_plain(event: &Event) -> String {
    let title = clean_line(&event.title);
    if title.is_empty() {
        "(untitled)".to_owned()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, LaneId, Project};

    fn project(count: usize) -> Project {
        let mut project = Project {
            title: "Test".to_owned(),
            ..Project::default()
        };
        project.lanes.push(Lane {
            id: LaneId(2),
            name: "Second".to_owned(),
            color: Rgb::palette(1),
        });
        for i in 0..count {
            let year = 1900 + i32::try_from(i * 7 % 120).unwrap();
            let start = crate::model::Date::from_ymd(year, 1 + (i % 12) as u32, 1).unwrap();
            let lane = LaneId(1 + (i % 2) as u64);
            let title = format!("Event number {i} with a fairly long descriptive title");
            project
                .events
                .push(Event::new(EventId(i as u64 + 1), title, start, lane));
        }
        project
    }

    fn overlaps(a: &CardRect, b: &CardRect) -> bool {
        a.x_min < b.x_max && b.x_min < a.x_max && a.y_min < b.y_max && b.y_min < a.y_max
    }

    #[test]
    fn cards_never_overlap_and_labels_stay_inside_their_cards() {
        let picture = build(&project(60), &ExportOptions::default()).unwrap();
        assert_eq!(picture.cards.len(), 60);
        for (i, a) in picture.cards.iter().enumerate() {
            for b in &picture.cards[i + 1..] {
                assert!(!overlaps(&a.rect, &b.rect), "{a:?} overlaps {b:?}");
            }
            let last = a.labels.last().unwrap();
            let end = last.x + font::text_width(&last.text, last.size, last.weight);
            assert!(end <= a.rect.x_max + 0.01, "{end} > {}", a.rect.x_max);
            assert!(a.rect.x_max <= picture.width, "{a:?}");
        }
    }

    #[test]
    fn crowded_lanes_are_density_strips_and_the_picture_stays_small() {
        let picture = build(&project(20_000), &ExportOptions::default()).unwrap();
        assert!(picture.cards.is_empty());
        assert_eq!(picture.strips.len(), 2);
        assert!(
            picture.strips[0].label.text.starts_with("10,000 events"),
            "{:?}",
            picture.strips[0].label
        );
        assert!(picture.strips.iter().all(|s| !s.bars.is_empty()));
        assert!(picture.height < 800.0, "{}", picture.height);
        let svg = super::super::svg(&project(20_000), &ExportOptions::default()).unwrap();
        assert!(svg.contains("<g id=\"density\">"));
    }

    #[test]
    fn an_oversized_picture_is_refused_before_it_is_made() {
        let options = ExportOptions {
            footnotes: true,
            width_px: 16_000,
            scale: 4.0,
            ..ExportOptions::default()
        };
        let err = build(&project(20_000), &options).unwrap_err();
        let ExportError::TooLarge {
            megapixels, limit, ..
        } = err
        else {
            panic!("{err}");
        };
        assert!(megapixels > limit && (limit - 40.0).abs() < 1e-9);
        assert!(
            err.to_string().contains("leave out the source footnotes"),
            "{err}"
        );
        let allowed = ExportOptions {
            max_megapixels: 1e9,
            width_px: 1_600,
            ..options
        };
        assert!(build(&project(200), &allowed).is_ok());
    }

    #[test]
    fn what_you_see_is_exactly_the_span_given() {
        let project = project(60);
        let (from, to) = (
            crate::model::Date::from_ymd(1950, 3, 1)
                .unwrap()
                .start_days()
                + 0.25,
            crate::model::Date::from_ymd(1960, 7, 1)
                .unwrap()
                .start_days()
                + 0.5,
        );
        let picture = build(
            &project,
            &ExportOptions {
                visible_days: Some((from, to)),
                ..ExportOptions::default()
            },
        )
        .unwrap();
        assert!(
            (picture.visible_days.0 - from).abs() < 1e-6,
            "{:?}",
            picture.visible_days
        );
        assert!(
            (picture.visible_days.1 - to).abs() < 1e-6,
            "{:?}",
            picture.visible_days
        );
        assert!(picture.cards.len() < 60 && !picture.cards.is_empty());
    }

    #[test]
    fn many_events_get_shorter_labels_and_bounded_rows() {
        let picture = build(&project(1000), &ExportOptions::default()).unwrap();
        assert_eq!(picture.cards.len(), 1000);
        let rows = picture.cards.iter().map(|c| c.rect.row).max().unwrap();
        assert!(rows < 60, "{rows} rows");
        assert!(picture.height < 4000.0, "{}", picture.height);
    }

    #[test]
    fn footnotes_number_events_and_list_them() {
        let options = ExportOptions {
            footnotes: true,
            ..ExportOptions::default()
        };
        let picture = build(&project(5), &options).unwrap();
        assert_eq!(picture.notes[0].text, "Sources");
        let lowest = picture.notes.iter().map(|n| n.y).fold(0.0, f64::max);
        assert!(
            picture.height >= lowest + 8.0,
            "{} < {lowest}",
            picture.height
        );
        assert!(picture.notes.iter().any(|n| n.text == "5."));
        assert!(picture.cards.iter().all(|c| c.labels.len() >= 2));
        assert!(picture.height > picture.grid_bottom + 100.0);
    }

    #[test]
    fn empty_projects_and_bad_widths() {
        let picture = build(&Project::default(), &ExportOptions::default()).unwrap();
        assert!(picture.cards.is_empty());
        assert!(!picture.ticks.is_empty());
        let options = ExportOptions {
            width_px: 10,
            ..ExportOptions::default()
        };
        assert!(matches!(
            build(&Project::default(), &options),
            Err(ExportError::InvalidWidth(10))
        ));
    }
}
