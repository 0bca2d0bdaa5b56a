//! `gapline read`: a claims file with each claim's reading stored, run as a user runs it.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gapline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gapline"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gapline-read-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn each_claim_gets_its_reading_a_reviewed_one_is_kept_and_an_unreadable_one_is_listed() {
    let claim = |id: &str, text: &str, extra: &str| {
        format!(
            r#"{{"id": "{id}", "speaker": "S", "said_on": "2024-02", "source_url": "https://example.org/{id}", "text": "{text}"{extra}}}"#
        )
    };
    let lines = [
        claim("plain", "Chinese models are 18 months behind GPT-4.", ""),
        claim(
            "checked",
            "Chinese models are 18 months behind GPT-4.",
            r#", "reading": {"relation": "ahead", "modality": "text", "reviewed": true}"#,
        ),
        claim("unread", "Nobody knows anything.", ""),
    ];
    let input = scratch("claims.jsonl", &lines.join("\n"));
    let out = scratch("out.json", "");
    let run = gapline(&["read", input.to_str().expect("path"), "-o", out.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "one claim could not be read: {stderr}");
    assert!(stderr.contains("claim unread: not read: no gap or relation found"), "{stderr}");
    assert!(stderr.contains("1 claim read now (not reviewed), 1 reviewed kept"), "{stderr}");
    let written: Value =
        serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("JSON");
    let claims = written["claims"].as_array().expect("claims");
    assert_eq!(claims.len(), 3, "every claim is written, read or not");
    let plain = &claims[0]["reading"];
    assert_eq!(plain["relation"], "behind");
    assert_eq!(plain["gap_months"]["min"], 18.0);
    assert_eq!(plain["reference_model"], "gpt-4");
    assert_eq!(plain["reviewed"], false);
    assert!(plain["parser"].as_str().is_some_and(|p| p.starts_with("gapline ")));
    // The spans are where the words are.
    let text: Vec<char> = claims[0]["text"].as_str().expect("text").chars().collect();
    let words = |s: &Value| -> String {
        let (a, b) = (s[0].as_u64().expect("start") as usize, s[1].as_u64().expect("end") as usize);
        text[a..b].iter().collect()
    };
    assert_eq!(words(&plain["spans"]["relation"]), "behind");
    assert_eq!(words(&plain["spans"]["gap"]), "18 months");
    // A reviewed reading is a person's: kept as it is, even where the parser reads otherwise.
    assert_eq!(claims[1]["reading"]["relation"], "ahead");
    assert_eq!(claims[1]["reading"]["reviewed"], true);
    assert!(claims[2].get("reading").is_none());
    // Written readings read back: the file renders with no problem.
    let svg = gapline(&["render", "--claims", out.to_str().expect("path"), "-o", "/dev/null"]);
    assert_eq!(svg.status.code(), Some(0), "{}", String::from_utf8_lossy(&svg.stderr));
}

#[test]
fn a_bad_stored_reading_is_a_located_problem_of_its_claim_and_the_others_are_kept() {
    let lines = [
        r#"{"id": "a", "speaker": "S", "said_on": "2024", "source_url": "https://example.org/a", "text": "two years behind", "reading": {"relation": "sideways"}}"#,
        r#"{"id": "b", "speaker": "S", "said_on": "2024", "source_url": "https://example.org/b", "text": "two years behind"}"#,
    ];
    let input = scratch("bad.jsonl", &lines.join("\n"));
    let run = gapline(&["read", input.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr.contains("line 1 (`/reading`)"), "{stderr}");
    assert!(stderr.contains("`reading/relation` is `sideways`: behind, ahead"), "{stderr}");
    let written: Value = serde_json::from_slice(&run.stdout).expect("JSON on stdout");
    assert_eq!(written["claims"].as_array().map(Vec::len), Some(1));
    assert_eq!(written["claims"][0]["id"], "b");
}
