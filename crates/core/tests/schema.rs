//! The JSON Schema in `schema/` describes what the reader accepts: the README's example, the
//! shipped data and documents written by the importer all validate, and broken ones do not.

use gapline_core::{Format, import};
use serde_json::Value;

fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root("schema/gapline.schema.json")).expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// The first ```json block after the README heading `### gapline JSON`.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(root("README.md")).expect("README");
    let section = readme.split("### gapline JSON").nth(1).expect("README has the format section");
    let block =
        section.split("```json").nth(1).expect("a json block").split("```").next().expect("closed");
    block.to_string()
}

#[test]
fn the_readme_example_validates_and_reads_without_problems() {
    let example = readme_example();
    let value: Value = serde_json::from_str(&example).expect("README example is JSON");
    let validator = schema();
    let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
    assert_eq!(errors, Vec::<String>::new());
    let loaded = import(example.as_bytes(), Format::Gapline);
    assert_eq!(loaded.problems, []);
    assert!(
        !loaded.dataset.models.is_empty()
            && !loaded.dataset.claims.is_empty()
            && !loaded.dataset.benchmarks.is_empty()
            && !loaded.dataset.events.is_empty()
    );
}

#[test]
fn the_shipped_data_and_imported_files_validate() {
    let validator = schema();
    let shipped: Value =
        serde_json::from_str(&std::fs::read_to_string(root("www/data/models.json")).expect("data"))
            .expect("JSON");
    assert!(validator.is_valid(&shipped));
    assert_eq!(shipped["events"].as_array().map(Vec::len), Some(40), "the events are shipped");
    for file in [
        "data/models.csv",
        "data/epoch/notable_ai_models.csv",
        "data/epoch/benchmark_scores.csv",
        "data/events.csv",
    ] {
        let loaded = import(&std::fs::read(root(file)).expect("file"), Format::Auto);
        let written = serde_json::to_value(&loaded.dataset).expect("serialises");
        let errors: Vec<String> =
            validator.iter_errors(&written).take(3).map(|e| e.to_string()).collect();
        assert_eq!(errors, Vec::<String>::new(), "{file}");
    }
}

#[test]
fn the_schema_refuses_what_the_reader_refuses() {
    let validator = schema();
    let cases = [
        (
            "script link",
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "javascript:alert(1)"}]}"#,
        ),
        (
            "impossible month",
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023-13", "source_url": "https://a.example"}]}"#,
        ),
        (
            "no source",
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023"}]}"#,
        ),
        (
            "score too high",
            r#"{"models": [], "benchmarks": [{"benchmark": "X", "model": "a", "region": "US", "released": "2023", "score": 1e25, "source_url": "https://a.example"}]}"#,
        ),
        (
            "event of an unknown kind",
            r#"{"models": [], "events": [{"id": "e", "date": "2023-10-17", "region": "US", "kind": "sanction", "title": "T", "source_url": "https://a.example"}]}"#,
        ),
        (
            "event without a source",
            r#"{"models": [], "events": [{"id": "e", "date": "2023-10-17", "region": "US", "kind": "chip", "title": "T"}]}"#,
        ),
        (
            "event with an impossible month",
            r#"{"models": [], "events": [{"id": "e", "date": "2023-13", "region": "US", "kind": "chip", "title": "T", "source_url": "https://a.example"}]}"#,
        ),
        (
            "key that is not a boolean",
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://a.example", "key": "yes"}]}"#,
        ),
        (
            "claim without speaker",
            r#"{"models": [], "claims": [{"id": "c", "said_on": "2024", "source_url": "https://a.example", "text": "t"}]}"#,
        ),
    ];
    for (label, json) in cases {
        let value: Value = serde_json::from_str(json).expect("test JSON");
        assert!(!validator.is_valid(&value), "{label}");
        assert!(
            !import(json.as_bytes(), Format::Gapline).problems.is_empty(),
            "{label}: the reader agrees"
        );
    }
}
