//! `gapline verdicts`, the claims ledger, run as a user runs it: on the built-in data and
//! claims, on small files made here, and with `--since` on a copy of the data where a model's
//! release moved.

use serde_json::Value;
use std::collections::BTreeMap;
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
    let dir = std::env::temp_dir().join(format!("gapline-verdicts-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("JSON output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The built-in ledger, as JSON.
fn builtin_ledger() -> Value {
    let out = gapline(&["verdicts", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    json(&out.stdout)
}

#[test]
fn every_built_in_claim_is_in_the_ledger_once_with_its_comparisons_numbered() {
    let ledger = builtin_ledger();
    let entries = ledger["entries"].as_array().expect("entries");
    let file = json(&std::fs::read(root().join("www/data/all-claims.json")).expect("claims"));
    let ids: Vec<&str> = file["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    // One entry with part 0 per claim, in the file's order; further parts follow their claim.
    let firsts: Vec<&str> =
        entries.iter().filter(|e| e["part"] == 0).filter_map(|e| e["claim_id"].as_str()).collect();
    assert_eq!(firsts, ids);
    let mut last: Option<(&str, u64)> = None;
    for e in entries {
        let (id, part) = (e["claim_id"].as_str().expect("id"), e["part"].as_u64().expect("part"));
        if part > 0 {
            assert_eq!(last, Some((id, part - 1)), "part {part} of {id} follows part {}", part - 1);
        }
        last = Some((id, part));
        // A number only where the verdict is checked, and then with an observed lag.
        let judged = !e["error_months"].is_null();
        assert_eq!(judged, e["verdict"] == "checked" && !e["observed_months"].is_null(), "{e}");
        if e["verdict"] == "not_enough_data" {
            assert!(e["why"].is_string() && e["benchmark"].is_null(), "{e}");
        } else {
            assert!(e["benchmark"].is_string(), "every verdict names its benchmark: {e}");
        }
    }
    assert!(entries.iter().any(|e| !e["error_months"].is_null()), "some claim is judged");

    // The table lists every claim too, and counts them.
    let out = gapline(&["verdicts"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    for id in &ids {
        assert!(table.lines().any(|l| l.starts_with(&format!("{id} "))), "{id} in\n{table}");
    }
    assert!(table.contains(&format!("{} claims, {} comparisons", ids.len(), entries.len())));
}

#[test]
fn a_speaker_record_is_the_sum_and_mean_of_that_speakers_entries() {
    let ledger = builtin_ledger();
    let entries = ledger["entries"].as_array().expect("entries");
    let speakers = ledger["speakers"].as_array().expect("speakers");
    // speaker -> (claims, comparisons, errors)
    let mut expected: BTreeMap<&str, (usize, usize, Vec<f64>)> = BTreeMap::new();
    for e in entries {
        let s = expected.entry(e["speaker"].as_str().expect("speaker")).or_default();
        s.0 += usize::from(e["part"] == 0);
        s.1 += 1;
        s.2.extend(e["error_months"].as_f64());
    }
    assert_eq!(speakers.len(), expected.len());
    for record in speakers {
        let (claims, comparisons, errors) = &expected[record["speaker"].as_str().expect("name")];
        assert_eq!(record["claims"], *claims, "{record}");
        assert_eq!(record["comparisons"], *comparisons, "{record}");
        assert_eq!(record["judged"], errors.len(), "{record}");
        match record["mean_error_months"].as_f64() {
            None => assert!(errors.is_empty() && record["benchmarks"] == serde_json::json!([])),
            Some(mean) => {
                let want = errors.iter().sum::<f64>() / errors.len() as f64;
                assert!((mean - want).abs() < 1e-9, "{record}");
                let size = record["mean_abs_error_months"].as_f64().expect("size");
                assert!(size >= mean.abs() - 1e-9, "{record}");
                assert!(!record["benchmarks"].as_array().expect("benchmarks").is_empty());
            }
        }
    }
    // Most claims first.
    let claims: Vec<u64> = speakers.iter().filter_map(|s| s["claims"].as_u64()).collect();
    assert!(claims.windows(2).all(|w| w[0] >= w[1]), "{claims:?}");
}

/// GPT-4 (MMLU 86.4, 14 March 2023) and a Chinese model at 90 released on `cn_released`.
fn small_data(cn_released: &str) -> String {
    format!(
        r#"{{"models": [
          {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "scores": {{"MMLU": 86.4}}, "source_url": "https://a.example"}},
          {{"id": "cn", "name": "Dragon", "region": "CN", "released": "{cn_released}", "scores": {{"MMLU": 90.0}}, "source_url": "https://a.example"}}]}}"#
    )
}

const CLAIMS: &str = r#"{"id": "long", "speaker": "A", "said_on": "2023-06", "source_url": "https://s.example", "text": "China is two years behind GPT-4"}
{"id": "short", "speaker": "A", "said_on": "2023-06", "source_url": "https://s.example", "text": "China is six months behind GPT-4"}
{"id": "vague", "speaker": "B", "said_on": "2023-06", "source_url": "https://s.example", "text": "China is behind the US"}
"#;

#[test]
fn the_error_is_positive_when_china_got_there_sooner_than_claimed() {
    let data = scratch("small.json", &small_data("2024-03-14"));
    let claims = scratch("claims.jsonl", CLAIMS);
    let out = gapline(&[
        "verdicts",
        "--data",
        data.to_str().expect("path"),
        "--claims",
        claims.to_str().expect("path"),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ledger = json(&out.stdout);
    let error = |id: &str| {
        let e = ledger["entries"].as_array().expect("entries").iter().find(|e| e["claim_id"] == id);
        e.expect(id)["error_months"].as_f64()
    };
    // Observed: 12 months. Claimed 24: 12 months too far behind; claimed 6: 6 months short.
    let (long, short) = (error("long").expect("judged"), error("short").expect("judged"));
    assert!((long - 12.0).abs() < 0.1 && (short + 6.0).abs() < 0.2, "{long} {short}");
    assert_eq!(error("vague"), None, "names no model: not judged");
    let a = &ledger["speakers"][0];
    assert_eq!(
        (a["speaker"].as_str(), a["claims"].as_u64(), a["judged"].as_u64()),
        (Some("A"), Some(2), Some(2))
    );
    assert!((a["mean_error_months"].as_f64().expect("mean") - (long + short) / 2.0).abs() < 1e-9);
    assert_eq!(a["benchmarks"], serde_json::json!(["MMLU"]));
}

#[test]
fn since_lists_the_verdicts_a_moved_release_changed_and_why() {
    let old = scratch("old.json", &small_data("2024-03-14"));
    let new = scratch("new.json", &small_data("2025-03-14"));
    let claims = scratch("since-claims.jsonl", CLAIMS);
    let args = |format: &str| {
        gapline(&[
            "verdicts",
            "--data",
            new.to_str().expect("path"),
            "--since",
            old.to_str().expect("path"),
            "--claims",
            claims.to_str().expect("path"),
            "--format",
            format,
        ])
    };
    let out = args("json");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = json(&out.stdout);
    let changes = report["changes"].as_array().expect("changes");
    let ids: Vec<&str> = changes.iter().filter_map(|c| c["claim_id"].as_str()).collect();
    assert_eq!(ids, ["long", "short"], "the claim naming no model did not change");
    let long = &changes[0];
    let reasons: Vec<&str> =
        long["reasons"].as_array().expect("reasons").iter().filter_map(Value::as_str).collect();
    assert!(
        reasons.iter().any(|r| r.starts_with("observed lag changed from 12.0 to 24.0")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.starts_with("error changed from +12.0 to ")), "{reasons:?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("was Dragon (90 %), 2024-03-14, now Dragon (90 %), 2025-03-14")),
        "the matching model's date: {reasons:?}"
    );
    assert!(long["before"].as_str().is_some_and(|t| t.contains("sooner than claimed")), "{long}");
    assert!(
        long["after"]
            .as_str()
            .is_some_and(|t| t.contains("within the claimed range") || t.contains("2025")),
        "{long}"
    );
    assert_eq!(report["entries"], 3);
    // The table says the same, with its count.
    let table = text(&args("table").stdout);
    assert!(table.contains("long (A)\n  before: "), "{table}");
    assert!(table.contains("  - observed lag changed from 12.0 to 24.0"), "{table}");
    assert!(
        table.ends_with(&format!(
            "2 of 3 verdicts changed from {} to {} (listed above)\n",
            old.display(),
            new.display()
        )),
        "{table}"
    );
}

#[test]
fn since_on_the_built_in_data_with_a_matching_models_release_moved_reports_that_claim() {
    let ledger = builtin_ledger();
    let judged = ledger["entries"]
        .as_array()
        .expect("entries")
        .iter()
        // A model, not a chip, early enough that a year later is still within the data's as-of.
        .find(|e| {
            !e["error_months"].is_null()
                && e["matched"]["unit"].is_null()
                && e["matched"]["date"].as_str() < Some("2025-06")
        })
        .expect("a judged model claim")
        .clone();
    let moved = judged["matched"]["model_id"].as_str().expect("matched model");
    // A copy of the built-in data where that model, and its runs, came out a year later.
    let mut data = json(&std::fs::read(root().join("www/data/models.json")).expect("data"));
    let later = |v: &mut Value| {
        let date = v["released"].as_str().expect("released").to_string();
        let year: i32 = date[..4].parse().expect("year");
        v["released"] = Value::from(format!("{}{}", year + 1, &date[4..]));
    };
    for m in data["models"].as_array_mut().expect("models") {
        if m["id"] == moved {
            later(m);
        }
    }
    for r in data["benchmarks"].as_array_mut().expect("runs") {
        if r["model"] == moved {
            later(r);
        }
    }
    let copy = scratch("moved.json", &data.to_string());
    let out = gapline(&[
        "verdicts",
        "--data",
        copy.to_str().expect("path"),
        "--since",
        "www/data/models.json",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = json(&out.stdout);
    let changes = report["changes"].as_array().expect("changes");
    let change = changes
        .iter()
        .find(|c| c["claim_id"] == judged["claim_id"] && c["part"] == judged["part"])
        .unwrap_or_else(|| panic!("{} changed: {report}", judged["claim_id"]));
    let reasons = change["reasons"].as_array().expect("reasons");
    assert!(
        reasons
            .iter()
            .filter_map(Value::as_str)
            .any(|r| r.starts_with("first Chinese model at that score was ")
                && r.contains(judged["matched"]["model_name"].as_str().expect("name"))),
        "{change}"
    );
    assert!(changes.iter().all(|c| !c["reasons"].as_array().expect("reasons").is_empty()));
    // The same data both times: nothing changed.
    let out = gapline(&["verdicts", "--since", "www/data/models.json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("0 of "), "{}", text(&out.stdout));
}

#[test]
fn bad_input_is_located_and_costs_only_itself() {
    let data = scratch("bad-claims-data.json", &small_data("2024-03-14"));
    let claims = scratch(
        "bad.jsonl",
        &format!(
            "{CLAIMS}{{\"id\": \"no-date\", \"speaker\": \"C\", \"source_url\": \"https://s.example\", \"text\": \"China is a year behind GPT-4\"}}\nnot json\n"
        ),
    );
    let out = gapline(&[
        "verdicts",
        "--data",
        data.to_str().expect("path"),
        "--claims",
        claims.to_str().expect("path"),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1), "claims were left out");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("bad.jsonl: line 4") && stderr.contains("bad.jsonl: line 5"),
        "{stderr}"
    );
    assert!(stderr.contains("the rest were judged"), "{stderr}");
    assert_eq!(
        json(&out.stdout)["entries"].as_array().expect("entries").len(),
        3,
        "the good claims"
    );
    // A file that cannot be read, a benchmark the data lacks, an unknown format.
    let out = gapline(&["verdicts", "--data", "no/such/data.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/data.json: cannot read the file"));
    let out = gapline(&["verdicts", "--since", "no/such/old.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/old.json: cannot read the file"));
    let out = gapline(&[
        "verdicts",
        "--data",
        data.to_str().expect("path"),
        "--benchmark",
        "GPQA diamond",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(
            "--benchmark GPQA diamond: no scores for it in the data; it has: MMLU (2 scores)"
        ),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(gapline(&["verdicts", "--format", "xml"]).status.code(), Some(2));
}
