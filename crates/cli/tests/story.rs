//! The demo's picture tells its story: `gapline render` of the demo's claims (Zhou Hongyi's
//! two) over the built-in data from June 2022, at a phone's width and a desktop's, as a reader
//! would see it. The data decides what is "known": a model the data marks `key` (a lab's
//! flagship release) or one a claim names.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn render(width: &str, extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gapline"))
        .args(["render", "--from", "2022-06", "--height", "520", "--width", width])
        .args(extra)
        .current_dir(root())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The text of every `<text class="{class}" …>` element, with the element's attributes.
fn texts<'a>(svg: &'a str, class: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!(r#"<text class="{class}""#);
    svg.match_indices(&open)
        .filter_map(|(at, _)| {
            let rest = &svg[at..];
            let end = rest.find('>')?;
            let close = rest.find("</text>")?;
            Some((&rest[..end], &rest[end + 1..close]))
        })
        .collect()
}

fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(r#" {name}=""#);
    let start = element.find(&key)? + key.len();
    Some(&element[start..start + element[start..].find('"')?])
}

/// Ids of the built-in models marked `key`.
fn key_models() -> HashSet<String> {
    let text = std::fs::read_to_string(root().join("www/data/models.json")).expect("built-in data");
    let data: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    data["models"]
        .as_array()
        .expect("models")
        .iter()
        .filter(|m| m["key"] == true)
        .filter_map(|m| m["id"].as_str().map(String::from))
        .collect()
}

#[test]
fn the_demo_labels_the_models_the_claims_name_and_mostly_models_a_reader_knows() {
    let key = key_models();
    assert!(key.len() >= 20, "the built-in data marks its flagship releases: {}", key.len());
    for width in ["360", "1200"] {
        let svg = render(width, &[]);
        let labels: Vec<&str> = texts(&svg, "gl-label")
            .iter()
            .filter_map(|(e, _)| attribute(e, "data-label"))
            .collect();
        let names: Vec<&str> = texts(&svg, "gl-label").iter().map(|(_, t)| *t).collect();
        assert!(names.contains(&"GPT-4"), "{width} px: {names:?}");
        assert!(names.iter().any(|n| n.contains("GPT-3.5")), "{width} px: {names:?}");
        // Featured: the models the claims name are outlined in their lane.
        assert!(svg.contains(r#"gl-featured" data-mark"#) || svg.contains("gl-featured\""));
        let claim_named = ["gpt-4", "gpt-3-5", "chatgpt-gpt-3.5"];
        let known =
            labels.iter().filter(|id| key.contains(**id) || claim_named.contains(id)).count();
        assert!(
            known * 10 >= labels.len() * 7,
            "{width} px: {known} of {} labels are key models: {names:?}",
            labels.len()
        );
    }
}

#[test]
fn on_a_phone_no_claim_label_or_verdict_is_cut_and_each_comparison_is_its_own_row() {
    let svg = render("360", &[]);
    let words: Vec<&str> = ["gl-claim-label", "gl-verdict"]
        .iter()
        .flat_map(|class| texts(&svg, class))
        .map(|(_, t)| t)
        .collect();
    assert!(!words.is_empty());
    assert!(words.iter().all(|t| !t.ends_with('…')), "{words:?}");
    // Zhou's February 2024 sentence: a row for GPT-4 and a row for GPT-3.5.
    let rows: Vec<&str> = svg
        .match_indices(r#"data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr""#)
        .map(|(at, _)| &svg[at..at + 40])
        .collect();
    assert_eq!(rows.len(), 2, "two rows of one claim");
    let labels = words.join(" ");
    assert!(labels.contains("close to") && labels.contains("GPT-3.5"), "{labels}");
}

#[test]
fn all_models_labels_more_than_key_models_and_a_bad_choice_is_refused() {
    let key = texts(&render("1200", &["--models", "key"]), "gl-label").len();
    let all = texts(&render("1200", &["--models", "all"]), "gl-label").len();
    assert!(all > key, "all {all}, key {key}");
    assert!(render("1200", &[]).contains("gl-light"), "the other models are drawn light");
    let out = Command::new(env!("CARGO_BIN_EXE_gapline"))
        .args(["render", "--models", "some"])
        .current_dir(root())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--models some: write key or all"));
}
