//! The claim parser against the labelled development claims (`data/claims-dev.jsonl`), English
//! and Chinese separately. Prints the table (`cargo test --test parse_accuracy -- --nocapture`)
//! and fails if accuracy drops below the levels reached so far, so a change to the grammar
//! that loses rows is noticed. `scripts/parse-accuracy.py --misses` lists the rows missed.
#![allow(clippy::print_stdout)] // The table is the report.

use gapline_core::claims::parse::parse_claim;
use gapline_core::{Dataset, Format, import};
use serde_json::Value;

fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Per-field hits for one row: relation, gap min, gap max, reference, modality.
fn score(row: &Value, text: &str, data: &Dataset) -> [bool; 5] {
    let label_ref = alnum(row["reference"].as_str().unwrap_or(""));
    let Ok(p) = parse_claim(text, Some(data)) else {
        return [row["relation"] == "unspecified", false, false, false, false];
    };
    let (min, max) = match p.gap_months {
        Some((min, max)) => (Value::from(min), max.map_or(Value::Null, Value::from)),
        None => (Value::Null, Value::Null),
    };
    let num_eq = |a: &Value, b: &Value| a.as_f64() == b.as_f64();
    let reference = match &p.reference.model_id {
        Some(_) => label_ref.contains(&alnum(p.reference.text.split('(').next().unwrap_or(""))),
        None => !["gpt", "chatgpt", "o1", "sora", "claude", "gemini", "llama", "a100"]
            .iter()
            .any(|k| label_ref.contains(k)),
    };
    [
        row["relation"] == p.relation.name(),
        num_eq(&row["gap_months_min"], &min),
        num_eq(&row["gap_months_max"], &max),
        reference,
        row["modality"] == p.modality,
    ]
}

#[test]
fn accuracy_on_the_development_claims() {
    let data = import(
        &std::fs::read(root("www/data/models.json")).expect("built-in data"),
        Format::Gapline,
    )
    .dataset;
    let rows: Vec<Value> = std::fs::read_to_string(root("data/claims-dev.jsonl"))
        .expect("claims")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    println!("| set | rows | relation | gap min | gap max | reference | modality |");
    // Floors: the share of rows right on each field so far (percent).
    for (name, key, floors) in
        [("English", "text", [90, 90, 90, 85, 85]), ("中文", "text_zh", [83, 83, 83, 50, 83])]
    {
        let subset: Vec<&Value> = rows.iter().filter(|r| r[key].is_string()).collect();
        let mut hits = [0usize; 5];
        for row in &subset {
            for (h, ok) in hits.iter_mut().zip(score(row, row[key].as_str().unwrap_or(""), &data)) {
                *h += usize::from(ok);
            }
        }
        let n = subset.len();
        let cells: Vec<String> =
            hits.iter().map(|h| format!("{h}/{n} ({} %)", 100 * h / n)).collect();
        println!("| {name} | {n} | {} |", cells.join(" | "));
        for (field, (h, floor)) in ["relation", "gap min", "gap max", "reference", "modality"]
            .iter()
            .zip(hits.iter().zip(floors))
        {
            assert!(100 * h / n >= floor, "{name} {field}: {h}/{n} is below {floor} %");
        }
    }
}
