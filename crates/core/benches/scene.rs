//! Scene speed at the sizes of the timeline benchmark (`docs/bench/timeline.md`): preparing the
//! data once, then building the scene and writing its SVG, for the whole window and for a
//! zoomed-in one, as the widget does on every zoom or pan step.
#![allow(missing_docs)] // criterion_group! generates an undocumented function.

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gapline_core::gap::projection::ReadingKind;
use gapline_core::scene::svg::{SvgOptions, to_svg};
use gapline_core::scene::{Prepared, build_scene_with};
use gapline_core::{Dataset, Format, SceneOptions, import};
use std::hint::black_box;

/// The harness's six "gap" ranges.
const GAPS: [(&str, &str); 6] = [
    ("2018-06-11", "2019-09-25"),
    ("2020-05-28", "2021-04-26"),
    ("2022-03-15", "2022-12-20"),
    ("2023-03-14", "2024-05-13"),
    ("2024-09-12", "2025-01-20"),
    ("2025-08-07", "2025-11-06"),
];

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid")
}

/// The harness's data set (`../shared/bench/harness/assets/data.js`) as `www/bench.html` reads
/// it: `n` models over 2018-01-01 … 2026-12-31, ~55 % US, the rest China, from mulberry32
/// seeded with 20180101, and the six gaps as claims ("China is 15 months behind the US").
fn bench_data(n: usize) -> Dataset {
    let mut a: u32 = 20180101;
    let mut rnd = move || {
        a = a.wrapping_add(0x6d2b_79f5);
        let mut t = (a ^ (a >> 15)).wrapping_mul(1 | a);
        t = t.wrapping_add((t ^ (t >> 7)).wrapping_mul(61 | t)) ^ t;
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    };
    let start = date("2018-01-01");
    let days = (date("2026-12-31") - start).num_days();
    let mut json = String::from(r#"{"models": ["#);
    for i in 0..n {
        let us = rnd() < 0.55;
        let day = start + chrono::Duration::days((rnd() * (days + 1) as f64).floor() as i64);
        let (region, prefix) = if us { ("US", "US") } else { ("CN", "CN") };
        if i > 0 {
            json.push(',');
        }
        json.push_str(&format!(
            r#"{{"id": "m{i}", "name": "{prefix}-{i}", "region": "{region}", "released": "{day}", "source_url": "https://example.org/bench-data"}}"#
        ));
    }
    json.push_str(r#"], "claims": ["#);
    for (k, (from, to)) in GAPS.iter().enumerate() {
        let months = ((date(to) - date(from)).num_days() as f64 / 30.44).round();
        if k > 0 {
            json.push(',');
        }
        json.push_str(&format!(
            r#"{{"id": "gap{k}", "speaker": "Bench", "said_on": "{from}", "source_url": "https://example.org/bench-data", "text": "China is {months} months behind the US"}}"#
        ));
    }
    json.push_str("]}");
    let loaded = import(json.as_bytes(), Format::Gapline);
    assert_eq!(loaded.problems, []);
    loaded.dataset
}

fn scenes(c: &mut Criterion) {
    let zoomed = (NaiveDate::from_ymd_opt(2021, 7, 1), NaiveDate::from_ymd_opt(2023, 6, 30));
    let mut group = c.benchmark_group("scene");
    for n in [1_000usize, 10_000] {
        let data = bench_data(n);
        let base = SceneOptions {
            width: 1280.0,
            height: 640.0,
            reading: ReadingKind::CatchUp,
            ..SceneOptions::default()
        };
        group.bench_with_input(BenchmarkId::new("prepare", n), &data, |b, d| {
            b.iter(|| Prepared::new(black_box(d), &base))
        });
        let prepared = Prepared::new(&data, &base);
        for (what, (from, to)) in [("all", (None, None)), ("2 years", zoomed)] {
            let options = SceneOptions { from, to, ..base.clone() };
            group.bench_with_input(BenchmarkId::new(format!("build {what}"), n), &data, |b, d| {
                b.iter(|| build_scene_with(black_box(d), &prepared, &options))
            });
            let scene = build_scene_with(&data, &prepared, &options);
            group.bench_with_input(BenchmarkId::new(format!("svg {what}"), n), &scene, |b, s| {
                b.iter(|| to_svg(black_box(s), SvgOptions { tab_stop: Some(0) }))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scenes);
criterion_main!(benches);
