//! Where event cards go: lanes stacked vertically, cards packed into rows so none overlap.
//!
//! The screen and the image export both call [`layout`], so an exported image shows exactly what the
//! screen shows. Everything is pure, deterministic and in `f64` points.
//!
//! Each card has a *bar* spanning its period on the time axis (at least a few points wide, so a point
//! event is a small marker) and a *box* from the bar's start to wherever its label ends. Cards in one
//! lane are packed greedily into rows: by start x (then key), each card goes into the first row whose
//! last box ends at least [`LayoutStyle::card_gap`] before this one starts. A segment tree over the rows'
//! right edges finds that row in `O(log n)`, so a layout costs `O(n log n)`.
//!
//! ```
//! use dateline::timeline::{CardInput, LayoutStyle, TimeAxis, TimeView, layout};
//!
//! let axis = TimeAxis::new(TimeView { start_days: 0.0, days_per_point: 1.0 }, 0.0, 1000.0);
//! let card = |key, start_days| CardInput {
//!     key, lane_index: 0, start_days, end_days: start_days + 1.0, label_width: 100.0, is_range: false,
//! };
//! let placed = layout(&axis, 1, &[card(0, 10.0), card(1, 20.0)], &LayoutStyle::default(), 0.0);
//! assert_eq!(placed.cards[0].row, 0);
//! assert_eq!(placed.cards[1].row, 1); // 20 is still under card 0's label
//! ```

use super::time_axis::TimeAxis;

/// Height of the time axis strip above the lanes, on screen and in images.
pub const AXIS_HEIGHT: f64 = 40.0;
/// Height of the date bar at the top of a card, on screen and in images.
pub const BAR_HEIGHT: f64 = 4.0;
/// Font size of card titles, on screen and in images.
pub const CARD_FONT_SIZE: f64 = 13.0;
/// Font size of axis labels, on screen and in images.
pub const AXIS_FONT_SIZE: f64 = 12.0;
/// Widest card label on screen; longer titles are shortened with "…" (the inspector shows them whole).
pub const MAX_CARD_LABEL_POINTS: f64 = 300.0;

/// Sizes of the layout, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutStyle {
    /// Height of one card (one row).
    pub card_height: f64,
    /// Vertical space between rows of cards.
    pub row_gap: f64,
    /// Space above the first row and below the last row of a lane.
    pub lane_padding: f64,
    /// Space at the top of each lane for its name.
    pub lane_header_height: f64,
    /// Height of a lane with few or no cards.
    pub min_lane_height: f64,
    /// Space on each side of a card's label inside its box.
    pub label_padding: f64,
    /// Narrowest card box.
    pub min_card_width: f64,
    /// Horizontal space between two cards in the same row.
    pub card_gap: f64,
    /// Narrowest bar of a range event.
    pub min_bar_width: f64,
    /// Width of the marker of a point event whose period is narrower than this.
    pub point_marker_width: f64,
}

impl Default for LayoutStyle {
    fn default() -> Self {
        LayoutStyle {
            card_height: 24.0,
            row_gap: 4.0,
            lane_padding: 6.0,
            lane_header_height: 18.0,
            min_lane_height: 64.0,
            label_padding: 6.0,
            min_card_width: 24.0,
            card_gap: 6.0,
            min_bar_width: 4.0,
            point_marker_width: 6.0,
        }
    }
}

impl LayoutStyle {
    /// Vertical distance from one row's top to the next row's top.
    pub fn row_pitch(&self) -> f64 {
        self.card_height + self.row_gap
    }
}

/// One event to place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardInput {
    /// The caller's handle for the event (e.g. its index), returned in [`CardRect::key`].
    pub key: usize,
    /// Which lane the card goes in (0 = top; beyond the last lane means the last lane).
    pub lane_index: usize,
    /// Start of the event's period, in days since 1970-01-01.
    pub start_days: f64,
    /// Exclusive end of the event's period (equal to the start for an instant).
    pub end_days: f64,
    /// Width of the card's label text, in points (without padding).
    pub label_width: f64,
    /// A range event (its bar is at least [`LayoutStyle::min_bar_width`]) rather than a point event (a
    /// marker at least [`LayoutStyle::point_marker_width`]).
    pub is_range: bool,
}

/// Where one card went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardRect {
    /// The caller's key from [`CardInput::key`].
    pub key: usize,
    /// The card's lane.
    pub lane_index: usize,
    /// The card's row within its lane (0 = top).
    pub row: usize,
    /// Left edge of the card's box (the bar's start).
    pub x_min: f64,
    /// Right edge of the card's box.
    pub x_max: f64,
    /// Left edge of the bar: where the event starts.
    pub bar_x_min: f64,
    /// Right edge of the bar: where the event ends (widened to the minimum bar or marker width).
    pub bar_x_max: f64,
    /// Top of the card.
    pub y_min: f64,
    /// Bottom of the card.
    pub y_max: f64,
}

impl CardRect {
    /// Whether the point `(x, y)` is inside the card's box.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        self.x_min <= x && x < self.x_max && self.y_min <= y && y < self.y_max
    }
}

/// The vertical band of one lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneBand {
    /// Which lane.
    pub lane_index: usize,
    /// Top of the band (its header starts here).
    pub y_min: f64,
    /// Bottom of the band (exclusive: the next lane starts here).
    pub y_max: f64,
    /// Top of the band's first row of cards.
    pub rows_y_min: f64,
    /// How many rows of cards the lane has.
    pub rows: usize,
}

/// The result of [`layout`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// One rectangle per input card, sorted by key.
    pub cards: Vec<CardRect>,
    /// One band per lane, top to bottom, in lane order; they touch without gaps.
    pub lanes: Vec<LaneBand>,
    /// Total height of all lanes.
    pub height: f64,
}

impl Layout {
    /// The card with the given key (the first, if keys repeat).
    pub fn card(&self, key: usize) -> Option<&CardRect> {
        let index = self.cards.partition_point(|card| card.key < key);
        self.cards.get(index).filter(|card| card.key == key)
    }

    /// The card whose box contains `(x, y)`, for clicks and hovers.
    pub fn card_at(&self, x: f64, y: f64) -> Option<&CardRect> {
        self.cards.iter().find(|card| card.contains(x, y))
    }
}

/// Lays out `cards` on `axis` in `lane_count` lanes stacked downwards from `top_y`.
///
/// A card whose `lane_index` is `lane_count` or more goes into the last lane (its [`CardRect::lane_index`]
/// says so) rather than disappearing; with cards but `lane_count == 0` there is one lane. Empty lanes
/// keep [`LayoutStyle::min_lane_height`]. See the module docs for the packing rule.
pub fn layout(
    axis: &TimeAxis,
    lane_count: usize,
    cards: &[CardInput],
    style: &LayoutStyle,
    top_y: f64,
) -> Layout {
    let lane_count = if cards.is_empty() {
        lane_count
    } else {
        lane_count.max(1)
    };
    let last_lane = lane_count.saturating_sub(1);
    let mut placed: Vec<CardRect> = cards
        .iter()
        .map(|card| CardRect {
            lane_index: card.lane_index.min(last_lane),
            ..horizontal_rect(axis, card, style)
        })
        .collect();
    placed.sort_by(|a, b| {
        a.lane_index
            .cmp(&b.lane_index)
            .then(a.x_min.total_cmp(&b.x_min))
            .then(a.key.cmp(&b.key))
    });

    let mut lanes = Vec::with_capacity(lane_count);
    let mut lane_top_y = top_y;
    let mut rest = placed.as_mut_slice();
    for lane_index in 0..lane_count {
        let in_lane = rest
            .iter()
            .position(|card| card.lane_index != lane_index)
            .unwrap_or(rest.len());
        let (lane_cards, after) = rest.split_at_mut(in_lane);
        rest = after;
        let rows = pack_rows(lane_cards, style.card_gap);
        let rows_y_min = lane_top_y + style.lane_header_height + style.lane_padding;
        for card in lane_cards.iter_mut() {
            card.y_min = rows_y_min + card.row as f64 * style.row_pitch();
            card.y_max = card.y_min + style.card_height;
        }
        let rows_height = if rows == 0 {
            0.0
        } else {
            rows as f64 * style.row_pitch() - style.row_gap
        };
        let content_height = style.lane_header_height + 2.0 * style.lane_padding + rows_height;
        let height = content_height.max(style.min_lane_height);
        lanes.push(LaneBand {
            lane_index,
            y_min: lane_top_y,
            y_max: lane_top_y + height,
            rows_y_min,
            rows,
        });
        lane_top_y += height;
    }
    placed.sort_by_key(|card| card.key);
    Layout {
        cards: placed,
        lanes,
        height: lane_top_y - top_y,
    }
}

/// Moves a whole layout vertically by `dy` points (vertical scrolling of the lanes).
pub fn shift_y(layout: &mut Layout, dy: f64) {
    shift_lanes_from(layout, 0, dy);
}

/// Makes lane `lane_index` at least `min_height` tall, moving the lanes and cards below it down (a lane
/// drawn some other way than cards, such as a density strip, may need more room than an empty lane).
pub fn grow_lane(layout: &mut Layout, lane_index: usize, min_height: f64) {
    let Some(band) = layout.lanes.iter_mut().find(|b| b.lane_index == lane_index) else {
        return;
    };
    let grow = min_height - (band.y_max - band.y_min);
    if grow.is_nan() || grow <= 0.0 {
        return;
    }
    band.y_max += grow;
    shift_lanes_from(layout, lane_index + 1, grow);
    layout.height += grow;
}

/// Shares out the room left below the lanes when they are shorter than `height` points: every lane
/// grows by the same amount, so on a tall screen the lanes use the height.
pub fn fill_height(layout: &mut Layout, height: f64) {
    let spare = height - layout.height;
    if layout.lanes.is_empty() || spare.is_nan() || spare <= 0.0 {
        return;
    }
    let each = spare / layout.lanes.len() as f64;
    let heights: Vec<(usize, f64)> = layout
        .lanes
        .iter()
        .map(|b| (b.lane_index, b.y_max - b.y_min))
        .collect();
    for (lane_index, current) in heights {
        grow_lane(layout, lane_index, current + each);
    }
}

/// Moves the lanes from `first_lane` on, and their cards, down by `dy` points.
fn shift_lanes_from(layout: &mut Layout, first_lane: usize, dy: f64) {
    for band in layout
        .lanes
        .iter_mut()
        .filter(|b| b.lane_index >= first_lane)
    {
        band.y_min += dy;
        band.y_max += dy;
        band.rows_y_min += dy;
    }
    for card in layout
        .cards
        .iter_mut()
        .filter(|c| c.lane_index >= first_lane)
    {
        card.y_min += dy;
        card.y_max += dy;
    }
}

/// The lane a y coordinate falls in (for drop targets); `None` above the first or below the last lane.
pub fn lane_at_y(layout: &Layout, y: f64) -> Option<usize> {
    lane_band_at_y(layout, y).map(|band| band.lane_index)
}

/// The lane and row a y coordinate falls in: the row is clamped to the lane's rows (0 for an empty lane,
/// the first row in the header, the last row below it).
pub fn lane_row_at_y(layout: &Layout, y: f64, style: &LayoutStyle) -> Option<(usize, usize)> {
    let band = lane_band_at_y(layout, y)?;
    let row_float = ((y - band.rows_y_min) / style.row_pitch()).floor();
    let last_row = band.rows.saturating_sub(1);
    let row = if row_float <= 0.0 {
        0
    } else {
        #[expect(
            clippy::cast_sign_loss,
            reason = "positive here, and the cast saturates"
        )]
        let row = row_float as usize;
        row.min(last_row)
    };
    Some((band.lane_index, row))
}

/// The band containing `y`.
fn lane_band_at_y(layout: &Layout, y: f64) -> Option<&LaneBand> {
    let index = layout.lanes.partition_point(|band| band.y_max <= y);
    layout
        .lanes
        .get(index)
        .filter(|band| band.y_min <= y && y < band.y_max)
}

/// Largest |x| a card may have: keeps far-off or non-finite times from poisoning the arithmetic.
const MAX_ABS_X: f64 = 1e12;

/// A card's horizontal extent (row and y are filled in later).
fn horizontal_rect(axis: &TimeAxis, card: &CardInput, style: &LayoutStyle) -> CardRect {
    let x_of = |days: f64| {
        let x = axis.x_from_days(days);
        if x.is_nan() {
            axis.left_x
        } else {
            x.clamp(-MAX_ABS_X, MAX_ABS_X)
        }
    };
    let (start_x, end_x) = (x_of(card.start_days), x_of(card.end_days));
    let bar_x_min = start_x.min(end_x);
    let min_bar_width = if card.is_range {
        style.min_bar_width
    } else {
        style.point_marker_width
    };
    let bar_x_max = start_x.max(end_x).max(bar_x_min + min_bar_width);
    let label_width = if card.label_width.is_finite() {
        card.label_width.max(0.0)
    } else {
        0.0
    };
    let x_max = bar_x_max
        .max(bar_x_min + label_width + 2.0 * style.label_padding)
        .max(bar_x_min + style.min_card_width);
    CardRect {
        key: card.key,
        lane_index: card.lane_index,
        row: 0,
        x_min: bar_x_min,
        x_max,
        bar_x_min,
        bar_x_max,
        y_min: 0.0,
        y_max: 0.0,
    }
}

/// Assigns rows to one lane's cards (sorted by `x_min`), first fit; returns the number of rows.
fn pack_rows(cards: &mut [CardRect], gap: f64) -> usize {
    let mut row_ends = RowEnds::new(cards.len());
    let mut rows = 0;
    for card in cards.iter_mut() {
        let row = row_ends.first_free(card.x_min - gap.max(0.0));
        row_ends.set(row, card.x_max);
        card.row = row;
        rows = rows.max(row + 1);
    }
    rows
}

/// For each row, the right edge of its last card, in a min segment tree so the first row free at some x
/// is found in `O(log rows)`. Rows not used yet hold `-∞`, so they count as free, in order.
struct RowEnds {
    /// Number of leaves (a power of two, at least the number of cards).
    leaves: usize,
    /// `tree[1]` is the root; `tree[leaves + row]` is a row; each inner node holds its children's min.
    tree: Vec<f64>,
}

impl RowEnds {
    /// Room for `max_rows` rows.
    fn new(max_rows: usize) -> RowEnds {
        let leaves = max_rows.max(1).next_power_of_two();
        RowEnds {
            leaves,
            tree: vec![f64::NEG_INFINITY; 2 * leaves],
        }
    }

    /// The first row whose end is at most `x` (always exists while fewer rows than capacity are used).
    fn first_free(&self, x: f64) -> usize {
        let mut node = 1;
        while node < self.leaves {
            node = if self.tree[2 * node] <= x {
                2 * node
            } else {
                2 * node + 1
            };
        }
        node - self.leaves
    }

    /// Sets a row's end.
    fn set(&mut self, row: usize, end_x: f64) {
        let mut node = self.leaves + row;
        self.tree[node] = end_x;
        while node > 1 {
            node /= 2;
            self.tree[node] = self.tree[2 * node].min(self.tree[2 * node + 1]);
        }
    }
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "these values are exact by construction")]
mod tests {
    use super::super::time_axis::TimeView;
    use super::*;

    #[test]
    fn shifting_moves_cards_and_lanes_together() {
        let axis = day_axis();
        let cards: Vec<CardInput> = (0..5)
            .map(|key| CardInput {
                key,
                lane_index: key % 2,
                start_days: 10.0,
                end_days: 11.0,
                label_width: 80.0,
                is_range: false,
            })
            .collect();
        let style = LayoutStyle::default();
        let original = layout(&axis, 2, &cards, &style, 40.0);
        let mut shifted = original.clone();
        shift_y(&mut shifted, -25.0);
        for (a, b) in original.cards.iter().zip(&shifted.cards) {
            assert!(
                (a.y_min - 25.0 - b.y_min).abs() < 1e-9 && (a.y_max - 25.0 - b.y_max).abs() < 1e-9
            );
        }
        let y = original.lanes[1].y_min + 1.0;
        assert_eq!(lane_at_y(&original, y), lane_at_y(&shifted, y - 25.0));
        assert_eq!(lane_at_y(&shifted, y - 25.0), Some(1));
    }

    #[test]
    fn growing_a_lane_moves_the_lanes_below() {
        let axis = day_axis();
        let card = |key, lane_index| CardInput {
            key,
            lane_index,
            start_days: 10.0,
            end_days: 10.0,
            label_width: 80.0,
            is_range: false,
        };
        let style = LayoutStyle::default();
        let original = layout(&axis, 3, &[card(0, 0), card(1, 2)], &style, 0.0);
        let mut grown = original.clone();
        grow_lane(&mut grown, 1, 200.0);
        assert_eq!(grown.lanes[0], original.lanes[0]);
        assert_eq!(grown.cards[0], original.cards[0]);
        assert_eq!(grown.lanes[1].y_max - grown.lanes[1].y_min, 200.0);
        let moved = 200.0 - style.min_lane_height;
        assert_eq!(grown.lanes[2].y_min, original.lanes[2].y_min + moved);
        assert_eq!(grown.cards[1].y_min, original.cards[1].y_min + moved);
        assert_eq!(grown.height, original.height + moved);
        assert_eq!(lane_at_y(&grown, grown.lanes[1].y_max - 1.0), Some(1));
        // Already tall enough, or no such lane: nothing changes.
        let mut same = grown.clone();
        grow_lane(&mut same, 1, 50.0);
        grow_lane(&mut same, 9, 500.0);
        assert_eq!(same, grown);
    }

    /// One day per point, day 0 at x = 0, 1000 points wide.
    fn day_axis() -> TimeAxis {
        TimeAxis::new(
            TimeView {
                start_days: 0.0,
                days_per_point: 1.0,
            },
            0.0,
            1000.0,
        )
    }

    /// A tiny deterministic pseudo-random generator (64-bit LCG, high bits).
    struct Lcg(u64);

    impl Lcg {
        /// A float in `[0, 1)`.
        fn next_unit(&mut self) -> f64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 11) as f64 / (1_u64 << 53) as f64
        }

        /// An integer in `0..bound` (slightly biased, which does not matter here).
        fn next_below(&mut self, bound: usize) -> usize {
            self.next_unit();
            ((self.0 >> 33) % bound as u64) as usize
        }
    }

    fn random_cards(seed: u64, count: usize, lane_count: usize, span_days: f64) -> Vec<CardInput> {
        let mut rng = Lcg(seed);
        (0..count)
            .map(|key| {
                let start_days = rng.next_unit() * span_days;
                let is_range = rng.next_unit() < 0.3;
                let length_days = if is_range {
                    rng.next_unit() * span_days / 5.0
                } else if rng.next_unit() < 0.5 {
                    0.0
                } else {
                    30.0
                };
                CardInput {
                    key,
                    lane_index: rng.next_below(lane_count),
                    start_days,
                    end_days: start_days + length_days,
                    label_width: 20.0 + rng.next_unit() * 200.0,
                    is_range,
                }
            })
            .collect()
    }

    fn overlaps(a: &CardRect, b: &CardRect) -> bool {
        a.x_min < b.x_max && b.x_min < a.x_max && a.y_min < b.y_max && b.y_min < a.y_max
    }

    #[test]
    fn random_layouts_never_overlap() {
        let style = LayoutStyle::default();
        for seed in 0..12_u64 {
            for days_per_point in [0.05, 1.0, 30.0, 400.0] {
                let lane_count = 1 + (seed as usize % 4);
                let inputs = random_cards(seed, 150, lane_count, 2000.0);
                let axis = TimeAxis::new(
                    TimeView {
                        start_days: -100.0,
                        days_per_point,
                    },
                    20.0,
                    1200.0,
                );
                let result = layout(&axis, lane_count, &inputs, &style, 30.0);
                let context = format!("seed {seed}, {days_per_point} days/point");
                assert_eq!(result.cards.len(), inputs.len(), "{context}");
                assert_eq!(result.lanes.len(), lane_count, "{context}");
                for (a_index, a) in result.cards.iter().enumerate() {
                    let input = &inputs[a.key];
                    assert_eq!(a.lane_index, input.lane_index);
                    assert!(
                        a.x_min <= a.bar_x_min && a.bar_x_max <= a.x_max,
                        "{context}: {a:?}"
                    );
                    assert!(
                        a.x_max - a.x_min >= input.label_width + 2.0 * style.label_padding - 1e-9
                    );
                    assert!(a.bar_x_max - a.bar_x_min >= style.min_bar_width - 1e-9);
                    let band = &result.lanes[a.lane_index];
                    assert!(
                        band.y_min <= a.y_min && a.y_max <= band.y_max,
                        "{context}: {a:?}"
                    );
                    assert!(a.row < band.rows);
                    for b in &result.cards[a_index + 1..] {
                        assert!(!overlaps(a, b), "{context}: {a:?} overlaps {b:?}");
                        if a.lane_index == b.lane_index && a.row == b.row {
                            let apart = a.x_max + style.card_gap <= b.x_min + 1e-9
                                || b.x_max + style.card_gap <= a.x_min + 1e-9;
                            assert!(apart, "{context}: {a:?} too close to {b:?}");
                        }
                    }
                }
                for pair in result.lanes.windows(2) {
                    assert_eq!(pair[0].y_max, pair[1].y_min, "{context}");
                    assert!(pair[0].lane_index < pair[1].lane_index);
                }
                let first = result.lanes.first().unwrap();
                let last = result.lanes.last().unwrap();
                assert_eq!(first.y_min, 30.0);
                assert!((last.y_max - 30.0 - result.height).abs() < 1e-9);
                // Deterministic, and independent of input order.
                let mut reversed = inputs.clone();
                reversed.reverse();
                assert_eq!(layout(&axis, lane_count, &reversed, &style, 30.0), result);
            }
        }
    }

    #[test]
    fn packing_is_first_fit() {
        let style = LayoutStyle {
            label_padding: 0.0,
            card_gap: 10.0,
            min_card_width: 0.0,
            ..LayoutStyle::default()
        };
        let axis = day_axis();
        let card = |key, start_days: f64, label_width| CardInput {
            key,
            lane_index: 0,
            start_days,
            end_days: start_days,
            label_width,
            is_range: false,
        };
        let inputs = [
            card(0, 0.0, 100.0),  // row 0: 0..100
            card(1, 50.0, 100.0), // row 1: 50..150
            card(2, 109.0, 50.0), // row 2: gap to row 0 too small
            card(3, 110.0, 50.0), // row 0 again: 110..160
            card(4, 160.0, 10.0), // row 1: 150 + 10 <= 160
            card(5, 160.0, 10.0), // row 2: 159 + 10 > 160 and row 0 ends at 160: row 3
        ];
        let result = layout(&axis, 1, &inputs, &style, 0.0);
        let rows: Vec<usize> = result.cards.iter().map(|card| card.row).collect();
        assert_eq!(rows, [0, 1, 2, 0, 1, 3]);
        assert_eq!(result.lanes[0].rows, 4);
        assert_eq!(result.card(3).map(|card| card.x_min), Some(110.0));
        assert_eq!(result.card(99), None);
    }

    #[test]
    fn lanes_stack_and_answer_y_queries() {
        let style = LayoutStyle::default();
        let axis = day_axis();
        // Lanes 1 and 2 are empty; card 6 asks for a lane that does not exist and gets the last one.
        let inputs: Vec<CardInput> = (0..7)
            .map(|key| CardInput {
                key,
                lane_index: match key {
                    0..5 => 0,
                    5 => 3,
                    _ => usize::MAX,
                },
                start_days: key as f64 * 5.0,
                end_days: key as f64 * 5.0 + 1.0,
                label_width: 80.0,
                is_range: false,
            })
            .collect();
        let result = layout(&axis, 4, &inputs, &style, 100.0);
        assert_eq!(result.lanes.len(), 4);
        assert_eq!(result.lanes[0].rows, 5);
        assert_eq!(
            result.card(6).map(|card| (card.lane_index, card.row)),
            Some((3, 1))
        );
        for band in &result.lanes[1..3] {
            assert_eq!(band.rows, 0);
            assert_eq!(band.y_max - band.y_min, style.min_lane_height);
        }
        assert_eq!(lane_at_y(&result, 99.0), None);
        assert_eq!(lane_at_y(&result, 100.0), Some(0));
        for band in &result.lanes {
            let middle = f64::midpoint(band.y_min, band.y_max);
            assert_eq!(lane_at_y(&result, middle), Some(band.lane_index));
            assert_eq!(lane_at_y(&result, band.y_min), Some(band.lane_index));
        }
        assert_eq!(lane_at_y(&result, 100.0 + result.height), None);
        assert_eq!(lane_at_y(&result, f64::NAN), None);
        let third = result.card(2).unwrap();
        let middle_y = f64::midpoint(third.y_min, third.y_max);
        assert_eq!(lane_row_at_y(&result, middle_y, &style), Some((0, 2)));
        assert_eq!(lane_row_at_y(&result, 100.0, &style), Some((0, 0)));
        assert_eq!(
            lane_row_at_y(&result, result.lanes[1].y_min + 1.0, &style),
            Some((1, 0))
        );
        let hit = result
            .card_at(third.x_min + 1.0, middle_y)
            .map(|card| card.key);
        assert_eq!(hit, Some(2));
        assert_eq!(result.card_at(-50.0, middle_y), None);
    }

    #[test]
    fn bars_cover_periods_and_markers_have_a_minimum_width() {
        let style = LayoutStyle::default();
        let axis = TimeAxis::new(
            TimeView {
                start_days: 0.0,
                days_per_point: 1.0,
            },
            10.0,
            1000.0,
        );
        let inputs = [
            CardInput {
                key: 0,
                lane_index: 0,
                start_days: 31.0, // A month-precision event: February 1970.
                end_days: 59.0,
                label_width: 10.0,
                is_range: false,
            },
            CardInput {
                key: 1,
                lane_index: 1,
                start_days: 100.0,
                end_days: 100.0,
                label_width: 30.0,
                is_range: false,
            },
            CardInput {
                key: 2,
                lane_index: 2,
                start_days: 200.0,
                end_days: 200.5,
                label_width: f64::NAN,
                is_range: true,
            },
            CardInput {
                key: 3,
                lane_index: 2,
                start_days: f64::NAN,
                end_days: f64::INFINITY,
                label_width: 10.0,
                is_range: true,
            },
        ];
        let result = layout(&axis, 3, &inputs, &style, 0.0);
        let month = result.card(0).unwrap();
        assert_eq!((month.bar_x_min, month.bar_x_max), (41.0, 69.0));
        assert_eq!(month.x_max, 69.0);
        let point = result.card(1).unwrap();
        assert_eq!(point.bar_x_max - point.bar_x_min, style.point_marker_width);
        assert_eq!(point.x_max - point.x_min, 30.0 + 2.0 * style.label_padding);
        let short_range = result.card(2).unwrap();
        assert_eq!(
            short_range.bar_x_max - short_range.bar_x_min,
            style.min_bar_width
        );
        assert_eq!(short_range.x_max - short_range.x_min, style.min_card_width);
        let junk = result.card(3).unwrap();
        assert!(junk.x_min.is_finite() && junk.x_max.is_finite());
    }

    #[test]
    fn empty_input() {
        let axis = TimeAxis::new(TimeView::default(), 0.0, 1000.0);
        let style = LayoutStyle::default();
        let result = layout(&axis, 0, &[], &style, 5.0);
        assert_eq!(result, Layout::default());
        assert_eq!(lane_at_y(&result, 5.0), None);
        let result = layout(&axis, 2, &[], &style, 5.0);
        assert_eq!(result.height, 2.0 * style.min_lane_height);
        let card = CardInput {
            key: 0,
            lane_index: 5,
            start_days: 0.0,
            end_days: 0.0,
            label_width: 10.0,
            is_range: false,
        };
        let result = layout(&axis, 0, &[card], &style, 5.0);
        assert_eq!(result.lanes.len(), 1);
        assert_eq!(result.cards[0].lane_index, 0);
    }

    #[test]
    fn lanes_share_the_spare_height() {
        let axis = TimeAxis::new(TimeView::fit(0.0, 10.0, 500.0), 0.0, 500.0);
        let inputs = [
            CardInput {
                key: 0,
                lane_index: 0,
                start_days: 1.0,
                end_days: 2.0,
                label_width: 50.0,
                is_range: false,
            },
            CardInput {
                key: 1,
                lane_index: 1,
                start_days: 1.0,
                end_days: 2.0,
                label_width: 50.0,
                is_range: false,
            },
        ];
        let mut layout = layout(&axis, 2, &inputs, &LayoutStyle::default(), 0.0);
        let before: Vec<f64> = layout.lanes.iter().map(|b| b.y_max - b.y_min).collect();
        let taller = layout.height + 100.0;
        fill_height(&mut layout, taller);
        let after: Vec<f64> = layout.lanes.iter().map(|b| b.y_max - b.y_min).collect();
        assert!((after[0] - before[0] - 50.0).abs() < 1e-9);
        assert!((after[1] - before[1] - 50.0).abs() < 1e-9);
        assert!((layout.lanes[1].y_min - layout.lanes[0].y_max).abs() < 1e-9);
        assert!((layout.cards[1].y_min - layout.lanes[1].rows_y_min).abs() < 1e-9);
        let height = layout.height;
        fill_height(&mut layout, height - 10.0);
        assert!((layout.height - height).abs() < 1e-9, "never shrinks");
    }
}
