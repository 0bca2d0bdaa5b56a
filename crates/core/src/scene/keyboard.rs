//! Moving the keyboard focus between the things a reader can focus: the marks, lane by lane,
//! the events in their track under the lanes, then the claim rows.
//!
//! Focus indices run over `scene.marks` first, then `scene.claims`, then `scene.events`:
//! index `marks.len() + i` is claim row `i`, `marks.len() + claims.len() + k` event `k` (the
//! numbering keeps the claims' indices whether or not events are drawn; the arrows follow the
//! picture). The timeline is one tab stop; inside it the arrows move like in a grid:
//!
//! - ← / → move along a lane (earlier / later), along the events, and between claim rows.
//! - ↑ / ↓ move across lanes to the mark nearest in time in the next lane with marks; ↓ from
//!   the last lane goes to the event nearest in time (or, without events, the first claim row),
//!   ↓ from an event to the first claim row; ↑ goes back the same way.
//! - Home / End go to the first / last mark of the current lane (or event, or claim).

use super::primitives::Scene;

/// Where focus index `i` sits: the lane of a mark with its x, or a claim row.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spot {
    Mark { lane: usize, x: f64 },
    Claim(usize),
    Event { k: usize, x: f64 },
}

impl Scene {
    fn spot(&self, i: usize) -> Option<Spot> {
        match self.marks.get(i) {
            Some(m) => Some(Spot::Mark { lane: m.lane, x: m.x0 }),
            None => {
                let c = i.checked_sub(self.marks.len())?;
                if c < self.claims.len() {
                    return Some(Spot::Claim(c));
                }
                let k = c - self.claims.len();
                self.events.get(k).map(|e| Spot::Event { k, x: e.x0 })
            }
        }
    }

    /// Indices of the marks in `lane`, in date order.
    fn lane_marks(&self, lane: usize) -> impl Iterator<Item = usize> + '_ {
        self.marks.iter().enumerate().filter(move |(_, m)| m.lane == lane).map(|(i, _)| i)
    }

    /// The mark of the nearest lane in `lanes` that has marks, nearest in time to `x`.
    fn nearest_in(&self, lanes: impl Iterator<Item = usize>, x: f64) -> Option<usize> {
        lanes.into_iter().find_map(|lane| {
            self.lane_marks(lane).min_by(|&a, &b| {
                (self.marks[a].x0 - x).abs().total_cmp(&(self.marks[b].x0 - x).abs())
            })
        })
    }

    /// The focus index of the event nearest in time to `x`, if any is drawn.
    fn nearest_event(&self, x: f64) -> Option<usize> {
        let first = self.marks.len() + self.claims.len();
        (0..self.events.len())
            .min_by(|&a, &b| {
                (self.events[a].x0 - x).abs().total_cmp(&(self.events[b].x0 - x).abs())
            })
            .map(|k| first + k)
    }

    /// The focus index the keyboard moves to from `current` with `key` (`KeyboardEvent.key`);
    /// `None` for keys the timeline does not use or an index out of range. Staying put at an
    /// end is `Some(current)`, so the key is still consumed and the page does not scroll.
    pub fn next_focus(&self, key: &str, current: usize) -> Option<usize> {
        let spot = self.spot(current)?;
        let lanes = self.lanes.len();
        let claims = self.claims.len();
        let first_claim = self.marks.len();
        Some(match (spot, key) {
            (Spot::Mark { lane, .. }, "ArrowRight") => {
                self.lane_marks(lane).find(|&i| i > current).unwrap_or(current)
            }
            (Spot::Mark { lane, .. }, "ArrowLeft") => {
                self.lane_marks(lane).filter(|&i| i < current).last().unwrap_or(current)
            }
            (Spot::Mark { lane, .. }, "Home") => self.lane_marks(lane).next().unwrap_or(current),
            (Spot::Mark { lane, .. }, "End") => self.lane_marks(lane).last().unwrap_or(current),
            (Spot::Mark { lane, x }, "ArrowDown") => self
                .nearest_in(lane + 1..lanes, x)
                .or_else(|| self.nearest_event(x))
                .or((claims > 0).then_some(first_claim))
                .unwrap_or(current),
            (Spot::Mark { lane, x }, "ArrowUp") => {
                self.nearest_in((0..lane).rev(), x).unwrap_or(current)
            }
            (Spot::Claim(c), "ArrowRight" | "ArrowDown") => first_claim + (c + 1).min(claims - 1),
            (Spot::Claim(0), "ArrowUp") => {
                let x = self.claims[0].said_x;
                self.nearest_event(x)
                    .or_else(|| self.nearest_in((0..lanes).rev(), x))
                    .unwrap_or(current)
            }
            (Spot::Event { k, .. }, "ArrowRight") => {
                current + usize::from(k + 1 < self.events.len())
            }
            (Spot::Event { k, .. }, "ArrowLeft") => current - usize::from(k > 0),
            (Spot::Event { k, .. }, "Home") => current - k,
            (Spot::Event { k, .. }, "End") => current - k + self.events.len() - 1,
            (Spot::Event { .. }, "ArrowDown") => {
                if claims > 0 {
                    first_claim
                } else {
                    current
                }
            }
            (Spot::Event { x, .. }, "ArrowUp") => {
                self.nearest_in((0..lanes).rev(), x).unwrap_or(current)
            }
            (Spot::Claim(c), "ArrowLeft" | "ArrowUp") => first_claim + c.saturating_sub(1),
            (Spot::Claim(_), "Home") => first_claim,
            (Spot::Claim(_), "End") => first_claim + claims - 1,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::data::claim::Claim;
    use crate::data::dataset::Dataset;
    use crate::data::date::PartialDate;
    use crate::data::model::{Modality, Model};
    use crate::data::region::Region;
    use crate::data::source_url::SourceUrl;
    use crate::scene::{SceneOptions, build_scene};

    fn model(id: &str, region: Region, released: &str) -> Model {
        Model {
            id: id.into(),
            name: id.into(),
            organization: "Lab".into(),
            region,
            modality: Modality::Text,
            released: PartialDate::parse(released).expect("test date"),
            scores: Default::default(),
            source_url: SourceUrl::parse("https://example.org").expect("test URL"),
            notes: None,
            key: false,
            open_weights: None,
            available_in_china: None,
        }
    }

    fn scene() -> crate::scene::Scene {
        let claim = Claim {
            id: "c1".into(),
            speaker: "Someone".into(),
            affiliation: None,
            said_on: PartialDate::parse("2024-02-16").expect("test date"),
            venue: None,
            source_url: SourceUrl::parse("https://example.org/c").expect("test URL"),
            text: "China is 18 months behind us1".into(),
            text_zh: None,
            reference_model: None,
            relation: None,
            gap_months: None,
            modality: None,
            reading: None,
        };
        let data = Dataset {
            models: vec![
                model("us1", Region::US, "2023-01-10"),
                model("us2", Region::US, "2024-01-10"),
                model("us3", Region::US, "2025-01-10"),
                model("cn1", Region::CN, "2023-12-01"),
                model("cn2", Region::CN, "2025-02-01"),
            ],
            claims: vec![claim.clone(), Claim { id: "c2".into(), ..claim }],
            ..Dataset::default()
        };
        build_scene(&data, &SceneOptions { width: 1000.0, ..SceneOptions::default() })
    }

    /// The id of what focus index `i` is: a model's or a claim's.
    fn id(s: &crate::scene::Scene, i: usize) -> String {
        match s.marks.get(i) {
            Some(m) => m.id.clone(),
            None => s.claims[i - s.marks.len()].id.clone(),
        }
    }

    #[test]
    fn arrows_move_along_lanes_across_lanes_and_into_the_claim_rows() {
        let s = scene();
        let count = s.marks.len() + s.claims.len();
        assert_eq!(count, 7);
        let at = |name: &str| (0..count).find(|&i| id(&s, i) == name).expect(name);
        let cases = [
            ("along a lane", "us1", "ArrowRight", "us2"),
            ("stops at a lane's end", "us3", "ArrowRight", "us3"),
            ("back along a lane", "us2", "ArrowLeft", "us1"),
            ("never leaves its lane sideways", "cn1", "ArrowLeft", "cn1"),
            ("down to the nearest in time", "us2", "ArrowDown", "cn1"),
            ("down from the other end", "us3", "ArrowDown", "cn2"),
            ("up to the nearest in time", "cn2", "ArrowUp", "us3"),
            ("up from the top stays", "us1", "ArrowUp", "us1"),
            ("down from the last lane into the claims", "cn1", "ArrowDown", "c1"),
            ("between claims", "c1", "ArrowDown", "c2"),
            ("last claim stays", "c2", "ArrowRight", "c2"),
            ("back up through the claims", "c2", "ArrowUp", "c1"),
            ("up from the first claim to the last lane", "c1", "ArrowUp", "cn1"),
            ("home of a lane", "us3", "Home", "us1"),
            ("end of a lane", "cn1", "End", "cn2"),
            ("home of the claims", "c2", "Home", "c1"),
        ];
        for (label, from, key, to) in cases {
            let next = s.next_focus(key, at(from)).expect(label);
            assert_eq!(id(&s, next), to, "{label}");
        }
        assert_eq!(s.next_focus("a", 0), None, "other keys are not used");
        assert_eq!(s.next_focus("ArrowRight", 99), None, "out of range");
    }

    #[test]
    fn the_events_sit_between_the_lanes_and_the_claims() {
        let mut s = scene();
        let base = s.clone();
        let data = Dataset {
            models: base.marks.iter().map(|_| model("x", Region::US, "2024-01-01")).collect(),
            events: ["2023-06-01", "2024-06-01", "2025-01-05"]
                .iter()
                .enumerate()
                .map(|(k, d)| crate::data::event::Event {
                    id: format!("e{k}"),
                    date: PartialDate::parse(d).expect("date"),
                    region: Region::US,
                    kind: crate::data::event::EventKind::Chip,
                    title: format!("E{k}"),
                    title_zh: None,
                    description: None,
                    source_url: SourceUrl::parse("https://example.org/e").expect("URL"),
                    notes: None,
                })
                .collect(),
            ..Dataset::default()
        };
        // The base scene's layout, with the events of `data` laid out on its scale.
        let with = build_scene(
            &data,
            &SceneOptions {
                width: 1000.0,
                from: Some(s.window.0),
                to: Some(s.window.1),
                ..SceneOptions::default()
            },
        );
        s.events = with.events;
        let first_event = s.marks.len() + s.claims.len();
        let count = first_event + s.events.len();
        let name = |i: usize| {
            if i >= first_event { s.events[i - first_event].id.clone() } else { id(&s, i) }
        };
        let at = |n: &str| (0..count).find(|&i| name(i) == n).expect(n);
        let cases = [
            ("down from the last lane to the nearest event", "cn2", "ArrowDown", "e2"),
            ("along the events", "e0", "ArrowRight", "e1"),
            ("stops at the last event", "e2", "ArrowRight", "e2"),
            ("back along the events", "e1", "ArrowLeft", "e0"),
            ("home of the events", "e2", "Home", "e0"),
            ("end of the events", "e0", "End", "e2"),
            ("down from an event into the claims", "e1", "ArrowDown", "c1"),
            ("up from the first claim to the nearest event", "c1", "ArrowUp", "e1"),
            ("up from an event to the last lane", "e0", "ArrowUp", "cn1"),
        ];
        for (label, from, key, to) in cases {
            let next = s.next_focus(key, at(from)).expect(label);
            assert_eq!(name(next), to, "{label}");
        }
        assert_eq!(
            base.next_focus("ArrowDown", at("cn1")).map(|i| id(&base, i)),
            Some("c1".into()),
            "without events, straight to the claims"
        );
    }
}
