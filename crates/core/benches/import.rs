//! Import speed on real files (a benchmark that reports figures, not a test that asserts them).
#![allow(missing_docs)] // criterion_group! generates an undocumented function.

use criterion::{Criterion, criterion_group, criterion_main};
use gapline_core::{Format, import};
use std::hint::black_box;

const EPOCH_MODELS: &[u8] = include_bytes!("../../../data/epoch/notable_ai_models.csv");
const CURATED: &[u8] = include_bytes!("../../../data/models.csv");
const BUILTIN_JSON: &[u8] = include_bytes!("../../../www/data/models.json");

fn imports(c: &mut Criterion) {
    c.bench_function("import + validate Epoch notable models (924 rows, 1.7 MB)", |b| {
        b.iter(|| import(black_box(EPOCH_MODELS), Format::Auto))
    });
    c.bench_function("import + validate curated models.csv (79 rows)", |b| {
        b.iter(|| import(black_box(CURATED), Format::Auto))
    });
    c.bench_function("import + validate built-in gapline JSON (706 models, 304 runs)", |b| {
        b.iter(|| import(black_box(BUILTIN_JSON), Format::Auto))
    });
}

criterion_group!(benches, imports);
criterion_main!(benches);
