//! Events indexed by lane and time, so a frame touches only what is in view.
//!
//! Each lane's items are grouped into *duration classes* (an item whose period is at most `2^k` days goes
//! in class `k`) and each class is sorted by start. An item overlaps a window `[a, b]` only if it starts in
//! `[a - 2^k, b]`, so a query is one binary search per class and then a scan of the candidates: its cost
//! follows the items in view, not the total, even when a few long ranges span everything.
//!
//! ```
//! use dateline::timeline::TimeIndex;
//!
//! // (lane, start, end) for three events; the key of each is its position.
//! let index = TimeIndex::new(2, [(0, 10.0, 10.0), (0, 500.0, 900.0), (1, 20.0, 20.0)]);
//! assert_eq!(index.in_window(0, 0.0, 100.0), vec![0]);
//! assert_eq!(index.in_window(0, 600.0, 700.0), vec![1]); // the range covers the window
//! assert_eq!(index.count(1, 0.0, 100.0), 1);
//! ```

/// Smallest class exponent: periods up to `2^-12` days (about 21 seconds) share one class.
const MIN_CLASS: i32 = -12;
/// Largest finite class exponent: periods up to `2^24` days (about 46,000 years).
const MAX_CLASS: i32 = 24;

/// Items of one duration class, sorted by start.
#[derive(Clone, Debug, Default)]
struct Class {
    /// The longest period an item of this class may have, in days (infinite for the last class).
    max_len: f64,
    starts: Vec<f64>,
    ends: Vec<f64>,
    keys: Vec<usize>,
}

impl Class {
    /// The candidates that may overlap `[a, b]`: positions `lo..hi` in the sorted arrays.
    fn candidates(&self, a: f64, b: f64) -> std::ops::Range<usize> {
        let from = a - self.max_len;
        let lo = if from.is_finite() {
            self.starts.partition_point(|s| *s < from)
        } else {
            0
        };
        let hi = self.starts.partition_point(|s| *s <= b);
        lo..hi.max(lo)
    }
}

/// An index of items (events) by lane and period. Build it once per project change, query it every frame.
#[derive(Clone, Debug, Default)]
pub struct TimeIndex {
    /// For each lane, its non-empty duration classes.
    lanes: Vec<Vec<Class>>,
}

impl TimeIndex {
    /// Indexes `items` given as `(lane_index, start_days, end_days)`; an item's key is its position in
    /// `items`. Items in lanes at or beyond `lane_count` go in the last lane; items with a non-finite
    /// start are left out.
    pub fn new(lane_count: usize, items: impl IntoIterator<Item = (usize, f64, f64)>) -> Self {
        let lane_count = lane_count.max(1);
        let class_count = usize::try_from(MAX_CLASS - MIN_CLASS + 2).unwrap_or(1);
        let mut grouped: Vec<Vec<Vec<(f64, f64, usize)>>> =
            vec![vec![Vec::new(); class_count]; lane_count];
        for (key, (lane, start, end)) in items.into_iter().enumerate() {
            if !start.is_finite() {
                continue;
            }
            let end = if end.is_nan() { start } else { end.max(start) };
            let class = class_of(end - start);
            grouped[lane.min(lane_count - 1)][class].push((start, end, key));
        }
        let lanes = grouped
            .into_iter()
            .map(|classes| {
                classes
                    .into_iter()
                    .enumerate()
                    .filter(|(_, items)| !items.is_empty())
                    .map(|(class, mut items)| {
                        items.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.2.cmp(&y.2)));
                        Class {
                            max_len: class_max_len(class),
                            starts: items.iter().map(|i| i.0).collect(),
                            ends: items.iter().map(|i| i.1).collect(),
                            keys: items.iter().map(|i| i.2).collect(),
                        }
                    })
                    .collect()
            })
            .collect();
        Self { lanes }
    }

    /// Number of lanes indexed.
    pub fn lane_count(&self) -> usize {
        self.lanes.len()
    }

    /// Keys of the items in `lane` whose period overlaps `[a, b]` (an instant at `a` or `b` counts),
    /// in ascending key order.
    pub fn in_window(&self, lane: usize, a: f64, b: f64) -> Vec<usize> {
        let mut keys = Vec::new();
        self.for_each_in_window(lane, a, b, |key, _, _| keys.push(key));
        keys.sort_unstable();
        keys
    }

    /// How many items of `lane` overlap `[a, b]`.
    pub fn count(&self, lane: usize, a: f64, b: f64) -> usize {
        let mut count = 0;
        self.for_each_in_window(lane, a, b, |_, _, _| count += 1);
        count
    }

    /// Calls `visit(key, start, end)` for each item of `lane` overlapping `[a, b]`, in no set order.
    pub fn for_each_in_window(
        &self,
        lane: usize,
        a: f64,
        b: f64,
        mut visit: impl FnMut(usize, f64, f64),
    ) {
        let Some(classes) = self.lanes.get(lane) else {
            return;
        };
        for class in classes {
            for i in class.candidates(a, b) {
                if class.ends[i] >= a {
                    visit(class.keys[i], class.starts[i], class.ends[i]);
                }
            }
        }
    }

    /// How many items of `lane` overlap each of `buckets` equal slices of `[a, b)`: a density profile
    /// for drawing a lane too crowded for cards. A range counts in every slice it touches.
    pub fn density(&self, lane: usize, a: f64, b: f64, buckets: usize) -> Vec<u32> {
        let mut counts = vec![0i64; buckets + 1];
        let width = (b - a) / buckets as f64;
        if buckets == 0 || !(width.is_finite() && width > 0.0) {
            return vec![0; buckets];
        }
        let bucket_of = |days: f64| {
            let slot = ((days - a) / width)
                .floor()
                .clamp(0.0, (buckets - 1) as f64);
            #[expect(clippy::cast_sign_loss, reason = "clamped to 0..buckets above")]
            let slot = slot as usize;
            slot
        };
        self.for_each_in_window(lane, a, b, |_, start, end| {
            counts[bucket_of(start)] += 1;
            counts[bucket_of(end) + 1] -= 1;
        });
        let mut running = 0i64;
        counts
            .iter()
            .take(buckets)
            .map(|delta| {
                running += delta;
                u32::try_from(running).unwrap_or(u32::MAX)
            })
            .collect()
    }
}

/// The class of a period of `len` days.
fn class_of(len: f64) -> usize {
    let last = usize::try_from(MAX_CLASS - MIN_CLASS + 1).unwrap_or(0);
    if !len.is_finite() {
        return last;
    }
    let exponent = len.max(f64::MIN_POSITIVE).log2().ceil();
    if exponent > f64::from(MAX_CLASS) {
        return last;
    }
    let exponent = exponent.max(f64::from(MIN_CLASS)) as i32;
    usize::try_from(exponent - MIN_CLASS).unwrap_or(0)
}

/// The longest period class `class` holds.
fn class_max_len(class: usize) -> f64 {
    let exponent = i32::try_from(class).map_or(i32::MAX, |c| c + MIN_CLASS);
    if exponent > MAX_CLASS {
        f64::INFINITY
    } else {
        2f64.powi(exponent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obvious answer: scan everything.
    fn brute(items: &[(usize, f64, f64)], lane: usize, a: f64, b: f64) -> Vec<usize> {
        items
            .iter()
            .enumerate()
            .filter(|(_, (l, s, e))| *l == lane && *s <= b && e.max(*s) >= a)
            .map(|(k, _)| k)
            .collect()
    }

    #[expect(clippy::cast_sign_loss, reason = "next() is in [0, 1)")]
    fn random_items(seed: u64, count: usize) -> Vec<(usize, f64, f64)> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..count)
            .map(|_| {
                let lane = (next() * 3.0) as usize;
                let start = next() * 20_000.0 - 10_000.0;
                let len = match (next() * 4.0) as usize {
                    0 => 0.0,
                    1 => next(),
                    2 => next() * 300.0,
                    _ => next() * 50_000.0,
                };
                (lane, start, start + len)
            })
            .collect()
    }

    #[test]
    fn windows_match_a_full_scan() {
        for seed in 1..20 {
            let items = random_items(seed, 500);
            let index = TimeIndex::new(3, items.iter().copied());
            for (i, a) in [-12_000.0, -500.0, 0.0, 3_333.3, 9_999.0]
                .into_iter()
                .enumerate()
            {
                let b = a + [0.0, 0.5, 40.0, 2_000.0, 30_000.0][i];
                for lane in 0..3 {
                    let expected = brute(&items, lane, a, b);
                    assert_eq!(
                        index.in_window(lane, a, b),
                        expected,
                        "seed {seed} [{a}, {b}]"
                    );
                    assert_eq!(index.count(lane, a, b), expected.len());
                }
            }
        }
    }

    #[test]
    fn density_counts_ranges_in_every_slice_they_touch() {
        let index = TimeIndex::new(1, [(0, 0.5, 0.5), (0, 1.5, 3.5), (0, -10.0, 100.0)]);
        // Slices [0,1) [1,2) [2,3) [3,4).
        assert_eq!(index.density(0, 0.0, 4.0, 4), vec![2, 2, 2, 2]);
        let points = TimeIndex::new(1, [(0, 0.1, 0.1), (0, 0.2, 0.2), (0, 3.9, 3.9)]);
        assert_eq!(points.density(0, 0.0, 4.0, 4), vec![2, 0, 0, 1]);
        assert_eq!(points.density(0, 0.0, 4.0, 0), Vec::<u32>::new());
        assert_eq!(points.density(0, 4.0, 0.0, 2), vec![0, 0]);
    }

    #[test]
    fn odd_items_and_lanes() {
        let index = TimeIndex::new(
            0,
            [
                (5, 1.0, 1.0),
                (0, f64::NAN, 1.0),
                (0, 2.0, f64::NAN),
                (0, 3.0, f64::INFINITY),
                (0, 9.0, 4.0),
            ],
        );
        assert_eq!(index.lane_count(), 1);
        // Lane 5 folds into the only lane; NaN starts are left out; a NaN end is an instant; an end
        // before the start is an instant too.
        assert_eq!(index.in_window(0, 0.0, 10.0), vec![0, 2, 3, 4]);
        assert_eq!(index.in_window(0, 1e9, 2e9), vec![3]);
        assert!(index.in_window(7, 0.0, 10.0).is_empty());
    }
}
