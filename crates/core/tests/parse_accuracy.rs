//! The claim parser against labelled claims, English and Chinese separately: the development
//! claims (`data/claims-dev.jsonl`, `data/claims-dev-2.jsonl`) and the frozen test split
//! (`data/claims-test.jsonl`, never used to change the grammar; `scripts/split-claims.py`).
//! Prints the tables (`cargo test --test parse_accuracy -- --nocapture`) and fails if accuracy
//! drops below the levels reached so far, so a change to the grammar that loses rows is
//! noticed. The rows missed are listed under each table.
//!
//! Besides accuracy, each table gives the share of *confidently wrong answers*: rows where the
//! parser gave a relation other than "unspecified" and it is not the label's. A wrong reading
//! shown to a reader is worse than none, so this is reported apart from the misses. A reading
//! the parser is not sure of ([`confidence`](gapline_core::claims::confidence)) is an error
//! with choices: its relation counts as missed (unless labelled "unspecified") and never as a
//! confident answer; its gap counts as read when every choice states the same gap, and its
//! reference and modality (the same in every choice) are scored as read. A text with no
//! reading at all ("no gap or relation found") has its gap read when the label states none,
//! as its relation is when the label is "unspecified".
#![allow(clippy::print_stdout)] // The table is the report.

use gapline_core::claims::parse::{Party, parse_claim};
use gapline_core::{Dataset, Format, import};
use serde_json::Value;

fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The dataset models a reference label names, as name keys (letters and digits, lower case):
/// a key equal to one of the label's words ("GPT-4" in "US (OpenAI GPT-4 / Sora)"), or a long
/// key inside it.
fn named_models(label: &str, data: &Dataset) -> Vec<String> {
    let words: Vec<String> = label.split([' ', '/', '(', ')', ',']).map(alnum).collect();
    let whole = alnum(label);
    let mut keys: Vec<String> = data
        .models
        .iter()
        .flat_map(|m| [alnum(m.name.split('(').next().unwrap_or("")), alnum(&m.id)])
        .filter(|k| {
            k.len() >= 2 && (words.contains(k) || (k.len() >= 6 && whole.contains(k.as_str())))
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Per-field scores for one row (relation, gap min, gap max, reference, modality): `Some(hit)`,
/// or `None` when the field cannot be read from this text. That is the reference when the
/// label names models the text never mentions (a Chinese excerpt whose reference was labelled
/// from the whole statement's context): counted apart, and listed.
/// Also whether the parser gave a relation other than "unspecified" (an answer).
fn score(row: &Value, text: &str, data: &Dataset) -> ([Option<bool>; 5], String, bool) {
    let label = row["reference"].as_str().unwrap_or("");
    let named = named_models(label, data);
    let said = alnum(text);
    let readable = named.is_empty() || named.iter().any(|k| said.contains(k.as_str()));
    let gap_values = |gap: Option<(f64, Option<f64>)>| match gap {
        Some((min, max)) => (Value::from(min), max.map_or(Value::Null, Value::from)),
        None => (Value::Null, Value::Null),
    };
    let num_eq = |a: &Value, b: &Value| a.as_f64() == b.as_f64();
    let p = match parse_claim(text, Some(data)) {
        Ok(p) => p,
        Err(e) => {
            // Not sure: no relation is given, but when every choice states the same gap,
            // the gap was read.
            let r = Some(row["relation"] == "unspecified");
            let gap = e.choices.first().map(|c| c.gap_months);
            let agreed = gap.filter(|g| e.choices.iter().all(|c| c.gap_months == *g));
            // With no reading at all, no gap was found: right when the label states none, as
            // the relation "unspecified" is.
            let none_stated = row["gap_months_min"].is_null() && row["gap_months_max"].is_null();
            let (min, max) = match agreed {
                Some(g) => {
                    let (min, max) = gap_values(g);
                    (num_eq(&row["gap_months_min"], &min), num_eq(&row["gap_months_max"], &max))
                }
                None if e.choices.is_empty() => (none_stated, none_stated),
                None => (false, false),
            };
            let what = if e.choices.is_empty() { "no parse" } else { "not sure" };
            // The reference and the modality are the same in every choice.
            let first = e.choices.first();
            let reference = first.is_some_and(|c| names_right(&c.reference, label, &named));
            let modality = first.is_some_and(|c| row["modality"] == c.modality);
            return (
                [r, Some(min), Some(max), readable.then_some(reference), Some(modality)],
                what.into(),
                false,
            );
        }
    };
    let (min, max) = gap_values(p.gap_months);
    let reference = names_right(&p.reference, label, &named);
    let reading = format!(
        "{} {:?} ref={:?} {}",
        p.relation.name(),
        p.gap_months,
        p.reference.model_id,
        p.modality
    );
    (
        [
            Some(row["relation"] == p.relation.name()),
            Some(num_eq(&row["gap_months_min"], &min)),
            Some(num_eq(&row["gap_months_max"], &max)),
            readable.then_some(reference),
            Some(row["modality"] == p.modality),
        ],
        reading,
        p.relation.name() != "unspecified",
    )
}

/// Right when the parser names one of the labelled models, or none when none is labelled.
fn names_right(reference: &Party, label: &str, named: &[String]) -> bool {
    match &reference.model_id {
        Some(_) => {
            let key = alnum(reference.text.split('(').next().unwrap_or(""));
            named.contains(&key) || alnum(label).contains(key.as_str())
        }
        None => named.is_empty(),
    }
}

const FIELDS: [&str; 5] = ["relation", "gap min", "gap max", "reference", "modality"];

fn rows(paths: &[&str]) -> Vec<Value> {
    paths
        .iter()
        .flat_map(|path| {
            std::fs::read_to_string(root(path))
                .unwrap_or_else(|e| panic!("{path}: {e}"))
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).expect("JSON line"))
                .collect::<Vec<Value>>()
        })
        .collect()
}

fn built_in() -> Dataset {
    import(&std::fs::read(root("www/data/models.json")).expect("built-in data"), Format::Gapline)
        .dataset
}

/// Prints the table of `rows` and checks each language's floors (percent per field, then the
/// most wrong answers allowed, percent of rows).
fn report(title: &str, rows: &[Value], floors: [(&str, &str, [usize; 5], usize); 2]) {
    let data = built_in();
    println!("\n{title}\n");
    println!(
        "| set | rows | relation | gap min | gap max | reference | modality | confidently wrong |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (name, key, floors, most_wrong) in floors {
        let subset: Vec<&Value> = rows.iter().filter(|r| r[key].is_string()).collect();
        let (mut hits, mut scored) = ([0usize; 5], [0usize; 5]);
        let mut wrong = 0;
        let mut notes = Vec::new();
        for row in &subset {
            let text = row[key].as_str().unwrap_or("");
            let (fields, reading, answered) = score(row, text, &data);
            if answered && fields[0] == Some(false) {
                wrong += 1;
            }
            for (i, field) in fields.iter().enumerate() {
                hits[i] += usize::from(*field == Some(true));
                scored[i] += usize::from(field.is_some());
                if *field != Some(true) {
                    let what = if field.is_none() { "cannot be read" } else { "missed" };
                    notes.push(format!(
                        "  {} {what}: {} (label {} {:?}; read {reading})",
                        FIELDS[i], row["id"], row["relation"], row["reference"]
                    ));
                }
            }
        }
        let cells: Vec<String> = hits
            .iter()
            .zip(&scored)
            .map(|(h, n)| {
                let apart = subset.len() - n;
                let note = if apart > 0 { format!(", {apart} n/a") } else { String::new() };
                format!("{h}/{n} ({} %{note})", 100 * h / n.max(&1))
            })
            .collect();
        let n = subset.len().max(1);
        println!(
            "| {name} | {} | {} | {wrong}/{} ({} %) |",
            subset.len(),
            cells.join(" | "),
            subset.len(),
            100 * wrong / n
        );
        for note in notes {
            println!("{note}");
        }
        for (field, ((h, n), floor)) in FIELDS.iter().zip(hits.iter().zip(&scored).zip(floors)) {
            assert!(
                100 * h / n.max(&1) >= floor,
                "{title}, {name} {field}: {h}/{n} is below {floor} %"
            );
        }
        assert!(100 * wrong / n <= most_wrong, "{title}, {name}: {wrong} wrong answers");
    }
}

#[test]
fn accuracy_on_the_development_claims() {
    report(
        "Development claims (data/claims-dev.jsonl)",
        &rows(&["data/claims-dev.jsonl"]),
        [
            ("English", "text", [100, 100, 100, 100, 100], 0),
            ("中文", "text_zh", [100, 100, 100, 100, 100], 0),
        ],
    );
}

#[test]
fn accuracy_on_the_second_development_split() {
    report(
        "Development split of the collected claims (data/claims-dev-2.jsonl)",
        &rows(&["data/claims-dev-2.jsonl"]),
        [
            ("English", "text", [84, 98, 98, 93, 80], 12),
            ("中文", "text_zh", [96, 100, 100, 91, 72], 0),
        ],
    );
}

/// The frozen test split: reported, and held to the levels reached so far (never tuned on).
/// Since readings the parser is not sure of are withheld (`claims::confidence`), a withheld
/// relation counts as missed: the relation levels were measured again then (English 62 → 57,
/// Chinese 57 → 54: three and one rows the grammar had read right are now choices for the
/// author, and one confidently wrong English answer is gone).
#[test]
fn accuracy_on_the_frozen_test_split() {
    report(
        "Test split (data/claims-test.jsonl, frozen)",
        &rows(&["data/claims-test.jsonl"]),
        [
            ("English", "text", [78, 95, 97, 88, 72], 13),
            ("中文", "text_zh", [69, 90, 90, 87, 60], 15),
        ],
    );
}

/// The third development split: statements collected after the grammar above was written,
/// each batch scored once before any rule was changed for it (README, "Accuracy"), then used
/// for development; held to the levels reached.
#[test]
fn accuracy_on_the_third_development_split() {
    report(
        "Third development split (data/claims-dev-3.jsonl)",
        &rows(&["data/claims-dev-3.jsonl"]),
        [
            ("English", "text", [91, 100, 100, 91, 89], 8),
            ("中文", "text_zh", [90, 95, 95, 85, 85], 0),
        ],
    );
}

/// A second frozen split: statements collected blind (by collectors who saw neither the
/// grammar nor its misses) after the grammar above was written, scored once on the day it was
/// added and never used to change the grammar (README, "Accuracy"); held to that level.
#[test]
fn accuracy_on_the_second_frozen_split() {
    report(
        "Second test split (data/claims-test-2.jsonl, frozen, collected blind)",
        &rows(&["data/claims-test-2.jsonl"]),
        [
            ("English", "text", [68, 97, 97, 91, 77], 22),
            ("中文", "text_zh", [71, 100, 100, 84, 64], 21),
        ],
    );
}

/// The fourth development split: statements collected blind (the collectors saw neither the
/// grammar nor its misses), deduplicated against every other file, scored once before any rule
/// was changed for it (README, "Accuracy"), then used for development; held to the levels
/// reached.
#[test]
fn accuracy_on_the_fourth_development_split() {
    report(
        "Fourth development split (data/claims-dev-4.jsonl)",
        &rows(&["data/claims-dev-4.jsonl"]),
        [
            ("English", "text", [81, 96, 96, 85, 74], 12),
            ("中文", "text_zh", [80, 100, 100, 91, 80], 7),
        ],
    );
}

/// The fifth development split: statements collected blind by four collectors (English voices,
/// Chinese voices, domains, views from outside both countries), deduplicated against every
/// other file, scored once before any rule was changed for it (README, "Accuracy"), then used
/// for development; held to the levels reached.
#[test]
fn accuracy_on_the_fifth_development_split() {
    report(
        "Fifth development split (data/claims-dev-5.jsonl)",
        &rows(&["data/claims-dev-5.jsonl"]),
        [
            ("English", "text", [73, 92, 94, 87, 64], 21),
            ("中文", "text_zh", [61, 84, 92, 84, 61], 30),
        ],
    );
}

/// The sixth development split: statements collected blind by four collectors (English
/// interviews and voices outside both countries, Chinese speakers, domains and reports, news
/// across the world), told which pages were already used and deduplicated against every other
/// file, scored once before any rule was changed for it (README, "Accuracy"), then used for
/// development; held to the levels reached.
#[test]
fn accuracy_on_the_sixth_development_split() {
    report(
        "Sixth development split (data/claims-dev-6.jsonl)",
        &rows(&["data/claims-dev-6.jsonl"]),
        [
            ("English", "text", [90, 95, 95, 92, 72], 6),
            ("中文", "text_zh", [88, 92, 92, 92, 73], 7),
        ],
    );
}

/// The seventh development split: statements collected blind by four collectors (testimony,
/// think tanks and executives; Chinese-language media; chips, compute, video and benchmarks;
/// developers, blogs and open versus closed models), told which pages were already used and
/// deduplicated against every other file, scored once before any rule was changed for it
/// (README, "Accuracy"), then used for development; held to the levels reached.
#[test]
fn accuracy_on_the_seventh_development_split() {
    report(
        "Seventh development split (data/claims-dev-7.jsonl)",
        &rows(&["data/claims-dev-7.jsonl"]),
        [
            ("English", "text", [68, 90, 93, 86, 63], 19),
            ("中文", "text_zh", [75, 100, 100, 86, 75], 12),
        ],
    );
}

/// The eighth development split: statements collected blind by three collectors (Chinese-language
/// media and speakers; US and European officials, think tanks and executives; chips, benchmarks,
/// open and video models), told which pages were already used, deduplicated against every other
/// file, and kept only where the page states the date; scored once before any rule was changed
/// for it (README, "Accuracy"); held to that first score.
#[test]
fn accuracy_on_the_eighth_development_split() {
    report(
        "Eighth development split (data/claims-dev-8.jsonl)",
        &rows(&["data/claims-dev-8.jsonl"]),
        [
            ("English", "text", [64, 94, 97, 87, 64], 20),
            ("中文", "text_zh", [76, 88, 88, 93, 76], 11),
        ],
    );
}
