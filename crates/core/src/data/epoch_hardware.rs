//! Epoch AI's ML hardware table (data by Epoch AI, epoch.ai, CC BY 4.0), and curated tables in
//! its layout: accelerators as models of modality `chips`, their figures as measurements.
//!
//! # Rules
//!
//! 1. **Columns by name** (ignoring case, spaces and punctuation): `Name of the hardware`,
//!    `Manufacturer`, `Type`, `Release date`, `FP16 (half precision) performance (FLOP/s)`,
//!    `Tensor-FP16 performance (FLOP/s)`, `INT8 performance (OP/s)`, `Memory size per board
//!    (Byte)`, `Memory bandwidth (byte/s)`, `Available in China`, `Available in China Notes`,
//!    `Link to datasheet`; optional `Country` and `Notes`. Other columns are ignored.
//! 2. **Region** is the maker's home: the `Country` cell when there is one, else the
//!    manufacturer's headquarters from [`MAKERS`]. An unknown maker without a `Country` is a
//!    located problem, and the row is left out (its home is not guessed).
//! 3. **No release date**: the chip is left out with a located problem (several of Epoch's
//!    Huawei rows): it cannot be placed on a timeline.
//! 4. **Measurements** become benchmark runs on the chip, each in its unit: dense FP16/BF16
//!    tensor throughput ([`DENSE_FP16`], TFLOP/s) from `Tensor-FP16`, or from `FP16` when the
//!    row has only that (setting `FP16, no Tensor-FP16 figure`: Huawei's rows); INT8 (TOP/s),
//!    memory bandwidth (GB/s), memory size (GB). The figures are the makers' datasheets, so
//!    the evaluator is `self`. Each figure is taken from its own column only: a number in the
//!    wrong column is not moved or guessed at. A cell that is not a number is a located
//!    problem that costs that figure, not the chip.
//! 5. **Available in China**: `Y`/`N` (yes/no/true/false) is kept on the chip; `N` is drawn
//!    as kept out of China by the US export rules. The notes cell goes in the chip's notes.
//! 6. **Source**: the datasheet link, else Epoch's hardware page.

use super::benchmark_run::{BenchmarkRun, RawBenchmarkRun};
use super::chip_metrics::{DENSE_FP16, INT8, MEMORY_BANDWIDTH, MEMORY_SIZE};
use super::dataset::{Loaded, RawModel, collect_models};
use super::flag::RawFlag;
use super::models_csv::{first_link, normalise, rows, slug, sniff_delimiter};
use super::problem::{Location, Problem, ProblemKind};

/// Where a row without its own datasheet link was found.
pub const EPOCH_HARDWARE_PAGE: &str = "https://epoch.ai/data/machine-learning-hardware";

/// Manufacturers' headquarters, by normalised name prefix (rule 2).
pub const MAKERS: &[(&str, &str)] = &[
    ("nvidia", "US"),
    ("amd", "US"),
    ("google", "US"),
    ("intel", "US"),
    ("meta", "US"),
    ("amazon", "US"),
    ("aws", "US"),
    ("microsoft", "US"),
    ("tesla", "US"),
    ("cerebras", "US"),
    ("groq", "US"),
    ("sambanova", "US"),
    ("graphcore", "GB"),
    ("huawei", "CN"),
    ("cambricon", "CN"),
    ("hygon", "CN"),
    ("biren", "CN"),
    ("moorethreads", "CN"),
    ("metax", "CN"),
    ("iluvatar", "CN"),
    ("enflame", "CN"),
    ("alibaba", "CN"),
    ("thead", "CN"),
    ("baidu", "CN"),
    ("kunlunxin", "CN"),
    ("tencent", "CN"),
];

const ALIASES: &[(&str, &[&str])] = &[
    ("name", &["nameofthehardware", "hardware", "name", "chip"]),
    ("organization", &["manufacturer", "maker", "vendor", "organization"]),
    ("type", &["type"]),
    ("released", &["releasedate", "released", "date"]),
    ("fp16", &["fp16halfprecisionperformanceflops", "fp16performanceflops"]),
    ("tensor_fp16", &["tensorfp16performanceflops"]),
    ("int8", &["int8performanceops"]),
    ("memory", &["memorysizeperboardbyte"]),
    ("bandwidth", &["memorybandwidthbytes"]),
    ("available_in_china", &["availableinchina"]),
    ("available_notes", &["availableinchinanotes"]),
    ("source_url", &["linktodatasheet", "source", "sourceurl"]),
    ("region", &["country", "region"]),
    ("notes", &["notes"]),
];

pub use super::import::is_hardware_header;

/// Reads every chip of the table by the module rules.
pub fn read_hardware(text: &str) -> Loaded {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut loaded = Loaded::default();
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            loaded.problems.push(Problem {
                location: Location::Csv { row: 1, column: None },
                kind: ProblemKind::Csv(e.to_string()),
            });
            return loaded;
        }
    };
    let columns: Vec<(&str, Option<usize>)> = ALIASES
        .iter()
        .map(|(f, aliases)| {
            (*f, aliases.iter().find_map(|a| headers.iter().position(|h| normalise(h) == *a)))
        })
        .collect();
    let index = |field: &str| columns.iter().find(|(f, _)| *f == field).and_then(|(_, i)| *i);
    let mut csv_problems = Vec::new();
    let mut checked = Vec::new();
    let mut runs: Vec<BenchmarkRun> = Vec::new();
    for (record, row) in rows(&mut reader, text, &mut csv_problems) {
        let cell = |field: &str| {
            index(field).and_then(|i| record.get(i)).map(str::trim).filter(|c| !c.is_empty())
        };
        let at = |field: &str| Location::Csv {
            row,
            column: Some(index(field).and_then(|i| headers.get(i)).unwrap_or(field).to_string()),
        };
        let maker = cell("organization").unwrap_or_default();
        let home = MAKERS
            .iter()
            .find(|(prefix, _)| normalise(maker).starts_with(prefix))
            .map(|(_, code)| (*code).to_string());
        let region = cell("region").map(str::to_string).or(home);
        if region.is_none() && cell("name").is_some() {
            checked.push((
                (
                    None,
                    vec![Problem {
                        location: at("organization"),
                        kind: ProblemKind::Maker(maker.to_string()),
                    }],
                ),
                at("name"),
            ));
            continue;
        }
        let notes: Vec<&str> =
            [cell("type"), cell("available_notes"), cell("notes")].into_iter().flatten().collect();
        let raw = RawModel {
            id: cell("name").map(slug),
            name: cell("name").map(str::to_string),
            organization: Some(maker.to_string()),
            region,
            modality: Some("chips".into()),
            released: cell("released").map(str::to_string),
            source_url: Some(
                cell("source_url").map(first_link).unwrap_or_else(|| EPOCH_HARDWARE_PAGE.into()),
            ),
            notes: (!notes.is_empty()).then(|| notes.join(". ")),
            available_in_china: cell("available_in_china")
                .map(|c| {
                    if c.eq_ignore_ascii_case("y") {
                        "yes"
                    } else if c.eq_ignore_ascii_case("n") {
                        "no"
                    } else {
                        c
                    }
                })
                .map(|c| RawFlag::Word(c.to_string())),
            ..RawModel::default()
        };
        let locate = |field: Option<&str>| Location::Csv {
            row,
            column: field.map(|f| {
                let ours = match f {
                    "id" => "name",
                    f => f,
                };
                index(ours).and_then(|i| headers.get(i)).unwrap_or(f).to_string()
            }),
        };
        let (chip, mut problems) = raw.check(&locate);
        // Figures (rule 4): each from its own column, in its unit.
        let tensor = cell("tensor_fp16").map(|c| (c, "tensor_fp16", "Tensor-FP16"));
        let plain = cell("fp16").map(|c| (c, "fp16", "FP16, no Tensor-FP16 figure"));
        let figures = [
            tensor.or(plain).map(|(c, f, setting)| (c, f, DENSE_FP16, 1e12, "TFLOP/s", setting)),
            cell("int8").map(|c| (c, "int8", INT8, 1e12, "TOP/s", "INT8")),
            cell("bandwidth").map(|c| (c, "bandwidth", MEMORY_BANDWIDTH, 1e9, "GB/s", "")),
            cell("memory").map(|c| (c, "memory", MEMORY_SIZE, 1e9, "GB", "")),
        ];
        for (text, field, metric, scale, unit, setting) in figures.into_iter().flatten() {
            let value = match text.replace(',', "").parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => v / scale,
                _ => {
                    problems.push(Problem {
                        location: at(field),
                        kind: ProblemKind::ModelScore {
                            value: text.to_string(),
                            out_of_range: false,
                        },
                    });
                    continue;
                }
            };
            if let Some(chip) = &chip {
                let run = RawBenchmarkRun {
                    benchmark: Some(metric.to_string()),
                    model: Some(chip.id.clone()),
                    model_name: Some(chip.name.clone()),
                    organization: Some(chip.organization.clone()),
                    region: Some(chip.region.code().to_string()),
                    released: Some(chip.released.to_string()),
                    score: Some(value),
                    source_url: Some(chip.source_url.as_str().to_string()),
                    evaluator: Some("self".into()),
                    setting: Some(setting.to_string()),
                    unit: Some(unit.to_string()),
                    unreadable: None,
                };
                if let Ok(run) = run.check(&locate) {
                    runs.push(run);
                }
            }
        }
        checked.push(((chip, problems), at("name")));
    }
    loaded.problems = csv_problems;
    let problems = collect_models(
        checked.into_iter().map(|(r, l)| (r, move || l)),
        &mut loaded.dataset.models,
    );
    loaded.problems.extend(problems);
    // A chip left out (a duplicate name) takes its figures with it.
    let kept: std::collections::HashSet<&str> =
        loaded.dataset.models.iter().map(|m| m.id.as_str()).collect();
    runs.retain(|r| kept.contains(r.model.as_str()));
    loaded.dataset.benchmarks = runs;
    loaded.dataset.source = Some(super::epoch_models::EPOCH_CREDIT.to_string());
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Modality;
    use crate::data::region::Region;

    const TABLE: &str = include_str!("../../../../data/epoch/ml_hardware.csv");

    #[test]
    fn the_real_table_reads_its_dated_chips_and_says_which_have_no_date() {
        assert!(is_hardware_header(TABLE.lines().next().unwrap_or("")));
        let loaded = read_hardware(TABLE);
        let chips = &loaded.dataset.models;
        assert!(chips.iter().all(|c| c.modality == Modality::Chips));
        let h100 = chips.iter().find(|c| c.name == "NVIDIA H100 SXM5 80GB").expect("H100");
        assert_eq!((h100.region, h100.released.to_string()), (Region::US, "2022-09-20".into()));
        let run = |id: &str, metric: &str| {
            loaded.dataset.benchmarks.iter().find(|r| r.model == id && r.benchmark == metric)
        };
        let fp16 = run(&h100.id, DENSE_FP16).expect("H100 FP16");
        assert_eq!(
            (fp16.unit.as_deref(), fp16.setting.as_deref()),
            (Some("TFLOP/s"), Some("Tensor-FP16"))
        );
        assert!((fp16.score - 989.4).abs() < 0.5, "{}", fp16.score);
        // Huawei's rows have only FP16, and say so.
        let ascend = chips.iter().find(|c| c.name == "Huawei Ascend 910B").expect("910B");
        assert_eq!(ascend.region, Region::CN);
        let a = run(&ascend.id, DENSE_FP16).expect("910B FP16");
        assert_eq!((a.score, a.setting.as_deref()), (376.0, Some("FP16, no Tensor-FP16 figure")));
        // Rows without a release date are left out, each said at its row.
        let undated: Vec<String> = loaded
            .problems
            .iter()
            .map(ToString::to_string)
            .filter(|m| m.contains("Release date"))
            .collect();
        assert!(
            undated.iter().any(|m| m.contains("`released` is missing") || m.contains("missing")),
            "{undated:?}"
        );
        assert!(!chips.iter().any(|c| c.name == "Huawei Ascend 910B3"), "no date, not drawn");
        assert!(loaded.problems.iter().any(
            |p| matches!(&p.location, Location::Csv { column: Some(c), .. } if c == "Release date")
        ));
        // A chip the US rules keep out of China is marked so.
        assert_eq!(h100.available_in_china, Some(false));
        let h20 = chips.iter().find(|c| c.name == "NVIDIA HGX H20").expect("H20");
        assert_eq!(h20.available_in_china, Some(true));
    }

    #[test]
    fn an_unknown_maker_a_bad_figure_and_a_country_column() {
        let text = "Name of the hardware,Manufacturer,Release date,Tensor-FP16 performance (FLOP/s),INT8 performance (OP/s),Country\n\
                    X1,Nowhere Chips,2024-01-01,1E+15,,\n\
                    Y1,Nowhere Chips,2024-02-01,lots,2E+15,KR\n";
        let loaded = read_hardware(text);
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("row 2, column `Manufacturer`: "), "{messages:?}");
        assert!(
            messages[1].starts_with("row 3, column `Tensor-FP16 performance (FLOP/s)`: `lots`"),
            "{messages:?}"
        );
        assert_eq!(loaded.dataset.models.len(), 1, "Y1 is kept without its FP16 figure");
        let metrics: Vec<(&str, f64)> =
            loaded.dataset.benchmarks.iter().map(|r| (r.benchmark.as_str(), r.score)).collect();
        assert_eq!(metrics, [(INT8, 2000.0)]);
    }
}
