//! Claim parsing speed: one sentence, and long paragraphs (parsing should grow linearly).
#![allow(missing_docs)] // criterion_group! generates an undocumented function.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gapline_core::claims::parse::{parse_claim, parse_with};
use gapline_core::claims::resolve::Resolver;
use gapline_core::{Format, import};
use std::hint::black_box;

const BUILTIN: &[u8] = include_bytes!("../../../www/data/models.json");
const CLAIM: &str = "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"";

fn parsing(c: &mut Criterion) {
    let data = import(BUILTIN, Format::Gapline).dataset;
    c.bench_function("parse one claim (built-in data, 706 models)", |b| {
        b.iter(|| parse_claim(black_box(CLAIM), Some(&data)))
    });
    let names = Resolver::new(&data);
    c.bench_function("parse one claim, names indexed beforehand", |b| {
        b.iter(|| parse_with(black_box(CLAIM), Some(&names)))
    });
    c.bench_function("index the names of the built-in data", |b| {
        b.iter(|| Resolver::new(black_box(&data)))
    });
    let mut group = c.benchmark_group("parse a paragraph");
    for kib in [1usize, 10, 100] {
        let paragraph = CLAIM.repeat(kib * 1024 / CLAIM.len() + 1);
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{kib} KiB")),
            &paragraph,
            |b, p| b.iter(|| parse_with(black_box(p), Some(&names))),
        );
    }
    group.finish();
}

criterion_group!(benches, parsing);
criterion_main!(benches);
