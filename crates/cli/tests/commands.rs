//! The `gapline` commands (import, merge, parse, gap, check), run as a user runs them.

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
    let dir = std::env::temp_dir().join(format!("gapline-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("JSON output")
}

#[test]
fn the_shipped_dataset_is_what_the_build_script_makes_from_the_source_files() {
    let out_path = std::env::temp_dir().join(format!("gapline-built-{}.json", std::process::id()));
    let claims_path =
        std::env::temp_dir().join(format!("gapline-built-claims-{}.json", std::process::id()));
    let status = Command::new("bash")
        .arg("scripts/build-data.sh")
        .arg(&out_path)
        .arg(&claims_path)
        .env("GAPLINE", env!("CARGO_BIN_EXE_gapline"))
        .current_dir(root())
        .status()
        .expect("runs the build script");
    assert!(status.success());
    let built = json(&std::fs::read(&out_path).expect("built data"));
    let shipped = json(&std::fs::read(root().join("www/data/models.json")).expect("shipped data"));
    assert!(built == shipped, "run `make data` after editing data/ or the importers");
    let built_claims = json(&std::fs::read(&claims_path).expect("built claims"));
    let shipped_claims =
        json(&std::fs::read(root().join("www/data/all-claims.json")).expect("shipped claims"));
    assert!(built_claims == shipped_claims, "run `make data` after editing data/claims-dev.jsonl");
    // Every sourced claim is on the claims page, with its source, and none of the parser's
    // answer labels (the page shows what gapline reads).
    let claims = shipped_claims["claims"].as_array().expect("claims");
    let lines = std::fs::read_to_string(root().join("data/claims-dev.jsonl")).expect("jsonl");
    assert_eq!(claims.len(), lines.lines().filter(|l| !l.trim().is_empty()).count());
    assert!(claims.iter().all(|c| c["source_url"].as_str().is_some_and(|u| u.starts_with("http"))
        && c.get("relation").is_none()
        && c.get("gap_months_min").is_none()));

    let models = shipped["models"].as_array().expect("models");
    let regions: std::collections::BTreeSet<&str> =
        models.iter().filter_map(|m| m["region"].as_str()).collect();
    assert_eq!(
        regions.into_iter().collect::<Vec<_>>(),
        ["CN", "FR", "US"],
        "Epoch adds only US and CN; FR is curated"
    );
    assert!(models.iter().all(|m| m["source_url"].as_str().is_some_and(|u| u.starts_with("http"))));
    // The curated entry wins where Epoch lists the same model: GPT-4 keeps the curated date.
    let gpt4 = models.iter().find(|m| m["id"] == "gpt-4").expect("GPT-4");
    assert_eq!(gpt4["released"], "2023-03-14");
    assert!(
        gpt4["notes"]
            .as_str()
            .is_some_and(|n| n.contains("Also listed as GPT-4, released 2023-03-15"))
    );
    assert!(
        shipped["source"]
            .as_str()
            .is_some_and(|s| s.ends_with("Data: Epoch AI (epoch.ai), CC BY 4.0"))
    );
    assert!(!shipped["benchmarks"].as_array().expect("runs").is_empty());
}

#[test]
fn problems_are_listed_with_file_row_and_column_and_valid_rows_are_kept() {
    let csv = scratch(
        "broken.csv",
        "name,region,released,url,id\nA,US,2023-03,https://a.example,a\nB,Mars,2023-03-01,https://b.example,b\n",
    );
    let out = gapline(&["import", csv.to_str().expect("utf-8 path")]);
    // What it can is converted and written; the exit code says a record was left out.
    assert_eq!(out.status.code(), Some(1), "a record was left out");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gapline: 1 record left out"), "{stderr}");
    assert!(
        stderr.contains("broken.csv: row 3, column `region`: `Mars` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name"),
        "{stderr}"
    );
    let models = json(&out.stdout)["models"].as_array().expect("models").clone();
    assert_eq!(models.len(), 1);
    assert_eq!(models[0]["released"], "2023-03");
}

#[test]
fn json_is_recognised_and_broken_json_is_located() {
    let good = scratch(
        "good.json",
        r#"{"models": [{"id": "a", "name": "A", "region": "CN", "released": "2024", "source_url": "https://a.example"}]}"#,
    );
    let out = gapline(&["import", good.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    assert_eq!(json(&out.stdout)["models"][0]["region"], "CN");

    let bad = scratch("bad.json", "{\"models\": [\n  {\"id\": 1,}\n]}");
    let out = gapline(&["import", bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.json: line 2, column "), "{stderr}");
    assert!(stderr.contains("not a gapline JSON dataset"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(gapline(&["import"]).status.code(), Some(2));
    assert_eq!(gapline(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(gapline(&["import", "x.csv", "--format", "xml"]).status.code(), Some(2));
}

#[test]
fn a_missing_file_is_a_user_error_that_names_it() {
    let out = gapline(&["import", "no/such/file.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no/such/file.csv: cannot read the file")
    );
}

#[test]
fn check_lists_every_planted_problem_with_row_and_column_and_exits_1() {
    let csv = scratch(
        "planted.csv",
        "name;country;release date;link\n\
         Good;China;2024年3月;https://a.example\n\
         Bad date;China;2023-02-30;https://b.example\n\
         No country;Atlantis;2024;https://c.example\n\
         Script link;US;2024;javascript:alert(1)\n\
         ;US;2024;https://d.example\n",
    );
    let out = gapline(&["check", csv.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> =
        stdout.lines().map(|l| l.rsplit_once("planted.csv: ").map_or(l, |(_, r)| r)).collect();
    assert_eq!(
        lines,
        [
            "row 3, column `release date`: `2023-02-30` is not a real calendar date: check the month and day",
            "row 4, column `country`: `Atlantis` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name",
            "row 5, column `link`: `javascript:alert(1)` is not a web link: sources must start with https:// or http://",
            "row 6, column `name`: `name` is missing: every entry needs one",
        ]
    );
    let clean = scratch("clean.csv", "name,country,date,url\nA,US,2024,https://a.example\n");
    assert_eq!(gapline(&["check", clean.to_str().expect("utf-8 path")]).status.code(), Some(0));
}

#[test]
fn the_epoch_export_is_recognised_and_converted() {
    let out = gapline(&["import", "data/epoch/notable_ai_models.csv"]);
    // 13 rows name no country and one has no date: written without them, and said so.
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gapline: 14 records left out"));
    let data = json(&out.stdout);
    let models = data["models"].as_array().expect("models");
    let region = |id: &str| models.iter().find(|m| m["id"] == id).map(|m| m["region"].clone());
    assert_eq!(region("gpt-4"), Some(serde_json::json!("US")));
    assert_eq!(region("deepseek-v3"), Some(serde_json::json!("CN")));
    assert_eq!(data["source"], "Data: Epoch AI (epoch.ai), CC BY 4.0");
}

#[test]
fn the_epoch_benchmark_runs_are_recognised_and_converted() {
    let out = gapline(&["import", "data/epoch/benchmark_scores.csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let data = json(&out.stdout);
    let runs = data["benchmarks"].as_array().expect("benchmarks");
    assert_eq!(runs.len(), 337);
    assert!(
        runs.iter().all(|r| r["source_url"] == "https://epoch.ai/data/ai-benchmarking-dashboard")
    );
    let check = gapline(&["check", "data/epoch/benchmark_scores.csv"]);
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stdout));
}

#[test]
fn parse_prints_the_contract_shape_and_jsonl_answers_every_line() {
    let out = gapline(&[
        "parse",
        "--said-on",
        "2024-02-16",
        "China's best LLMs are still a 1.5-year gap from GPT-4",
    ]);
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["ok"], true);
    assert_eq!(v["claim"]["subject"]["region"], "CN");
    assert_eq!(v["claim"]["reference"]["model_id"], "gpt-4");
    assert_eq!(v["claim"]["reference"]["region"], "US");
    assert_eq!(v["claim"]["relation"], "behind");
    assert_eq!(v["claim"]["gap_months"], serde_json::json!({"min": 18.0, "max": 18.0}));
    assert_eq!(v["claim"]["modality"], "text");
    assert_eq!(v["claim"]["hedges"], serde_json::json!([]));

    let mut child = Command::new(env!("CARGO_BIN_EXE_gapline"))
        .args(["parse", "--jsonl"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("{\"text\": \"差距在2到3年\"}\nnot json\n{\"text\": \"nice weather\"}\n{\"text\": \"about six months behind\", \"said_on\": \"March 2023\"}\n{\"text\": \"two years behind\", \"said_on\": \"31/31/2024\"}\n".as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("runs");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 5, "one answer per line, in order");
    assert_eq!(lines[0]["claim"]["gap_months"], serde_json::json!({"min": 24.0, "max": 36.0}));
    assert_eq!(lines[1]["ok"], false);
    assert_eq!(lines[2]["error"]["message"], "no gap or relation found");
    assert_eq!(lines[2]["error"]["span"], serde_json::json!([0, 12]));
    assert_eq!(lines[3]["claim"]["hedges"], serde_json::json!(["about"]));
    assert_eq!(lines[3]["said_on"], "2023-03", "the date said, at its precision");
    assert_eq!(lines[4]["ok"], false);
    assert!(
        lines[4]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("said_on: `31/31/2024` is not a date"))
    );
}

#[test]
fn parse_lists_every_comparison_of_the_text_the_first_being_claim() {
    // Two comparisons: behind GPT-4 (the claim), and near GPT-3.5.
    let text = "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"";
    let out = gapline(&["parse", text]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    let claims = v["claims"].as_array().expect("a claims list");
    assert_eq!(claims.len(), 2, "{v}");
    assert_eq!(claims[0], v["claim"], "the first is `claim`");
    assert_eq!(claims[0]["relation"], "behind");
    assert_eq!(claims[0]["reference"]["model_id"], "gpt-4");
    assert_eq!(claims[1]["relation"], "near");
    assert_eq!(claims[1]["gap_months"], serde_json::Value::Null);
    assert_eq!(claims[1]["reference"]["text"], "GPT-3.5");
    // The built-in data has GPT-3.5 itself (besides "ChatGPT (GPT-3.5)"): its own name wins.
    assert_eq!(claims[1]["reference"]["model_id"], "gpt-3-5");
    assert_eq!(claims[1]["subject"]["text"], "China's best LLMs");
    assert_eq!(claims[1]["modality"], "text");

    // One comparison: a list of one, equal to `claim`.
    let out = gapline(&[
        "parse",
        "China's own LLM technology is \"two to three years behind\" OpenAI's GPT4",
    ]);
    let v = json(&out.stdout);
    assert_eq!(v["claims"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v["claims"][0], v["claim"]);
    // "but ahead in some areas" names no reference of its own: still one comparison.
    let out = gapline(&["parse", "three months behind the US, but ahead in some areas"]);
    assert_eq!(json(&out.stdout)["claims"].as_array().map(Vec::len), Some(1));

    // --jsonl: every line has its list; a line that cannot be read has none.
    let mut child = Command::new(env!("CARGO_BIN_EXE_gapline"))
        .args(["parse", "--jsonl"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("{\"text\": \"已经接近GPT-3.5的水平，但与GPT-4还有1.5年的差距\"}\n{\"text\": \"差距在2到3年\"}\n{\"text\": \"nice weather\"}\n".as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("runs");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    let relations = |v: &serde_json::Value| -> Vec<String> {
        v["claims"].as_array().into_iter().flatten().map(|c| c["relation"].to_string()).collect()
    };
    assert_eq!(relations(&lines[0]), ["\"behind\"", "\"near\""]);
    assert_eq!(lines[0]["claims"][0], lines[0]["claim"]);
    assert_eq!(lines[0]["claims"][0]["gap_span"], serde_json::json!([24, 28]));
    assert_eq!(relations(&lines[1]), ["\"behind\""]);
    assert_eq!((lines[2]["ok"].clone(), lines[2].get("claims")), (false.into(), None));
}

#[test]
fn gap_prints_the_observed_lag_series_and_says_when_there_is_not_enough_data() {
    let out = gapline(&["gap", "--benchmark", "gpqa-diamond"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out.stdout);
    assert_eq!(
        (v["benchmark"].as_str(), v["lead"].as_str(), v["lag"].as_str()),
        (Some("GPQA diamond"), Some("US"), Some("CN"))
    );
    let points = v["points"].as_array().expect("points");
    assert!(points.len() >= 5, "{points:?}");
    assert_eq!(&v["latest"], points.last().expect("a point"));
    // Every point with a leader has lag = lagging date − leading date.
    for p in points.iter().filter(|p| !p["leading"].is_null()) {
        let day = |d: &serde_json::Value| {
            chrono::NaiveDate::parse_from_str(d.as_str().expect("date"), "%Y-%m-%d")
                .expect("ISO date")
        };
        let days = (day(&p["lagging"]["date"]) - day(&p["leading"]["date"])).num_days() as f64;
        assert!((p["lag_months"].as_f64().expect("lag") - days / 30.4375).abs() < 1e-9);
    }

    // A region with no scores: no number, a note.
    let out = gapline(&["gap", "--benchmark", "MMLU", "--lag", "France"]);
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(
        (v["points"].as_array().map(Vec::len), &v["note"]),
        (Some(0), &serde_json::json!("not enough data"))
    );

    // An unknown benchmark names the ones there are; a bad region is explained.
    let out = gapline(&["gap", "--benchmark", "Chess Elo"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("no scores for the benchmark `Chess Elo`") && err.contains("GPQA diamond ("),
        "{err}"
    );
    let out = gapline(&["gap", "--benchmark", "MMLU", "--lead", "Atlantis"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lead Atlantis: not a region"));
}

#[test]
fn render_writes_the_timeline_with_claims_as_a_standalone_svg() {
    let claims = scratch(
        "claims.jsonl",
        r#"{"id": "zhou", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://e.example", "text": "there is still a 1.5-year gap from GPT-4", "relation": "ignored-label-fields-are-fine"}"#,
    );
    // A label field with a bad value is a located problem, and that claim is left out.
    let out_path = scratch("out.svg", "");
    let out = gapline(&[
        "render",
        "--claims",
        claims.to_str().expect("path"),
        "--from",
        "2023",
        "-o",
        out_path.to_str().expect("path"),
    ]);
    // The picture is written without that claim, and the exit code says one was left out.
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("claims.jsonl: line 1 (`/relation`)"), "{stderr}");
    assert!(stderr.contains("gapline: 1 record left out"), "{stderr}");
    assert!(std::fs::read_to_string(&out_path).expect("written").starts_with("<?xml"));
    let good = scratch(
        "good.jsonl",
        r#"{"id": "zhou", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://e.example", "text": "there is still a 1.5-year gap from GPT-4"}"#,
    );
    let out = gapline(&[
        "render",
        "--claims",
        good.to_str().expect("path"),
        "--from",
        "2023",
        "--lang",
        "zh",
        "--theme",
        "dark",
        "--reading",
        "catch-up",
        "--width",
        "600",
        "-o",
        out_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = std::fs::read_to_string(&out_path).expect("written");
    assert!(svg.starts_with("<?xml") && svg.contains(r#"width="600""#));
    assert!(svg.contains(r#"data-claim-id="zhou""#) && svg.contains("落后GPT-4 1.5年"), "{svg}");
    assert!(svg.contains("gl-band") && svg.contains("gl-connector"));
    // Usage mistakes name the flag and what to write.
    let out = gapline(&["render", "--theme", "sepia"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--theme sepia: write light or dark"));
    let out = gapline(&["render", "--from", "Smarch 2023"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--from"));
}

#[test]
fn render_draws_the_built_in_claims_over_the_built_in_data_and_refuses_unknown_benchmarks() {
    let out = gapline(&["render", "--width", "1200"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains(r#"data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr""#));
    assert!(svg.contains("behind GPT-4 by 1.5 years"));
    let out = gapline(&["render", "--benchmark", "Chess Elo"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--benchmark Chess Elo: no scores for it") && err.contains("MMLU ("),
        "{err}"
    );
}

#[test]
fn render_to_a_day_includes_that_day_and_not_the_next() {
    // GPT-4 was released on 14 March 2023 in the built-in data, with other models that day: it
    // is drawn as its own mark or in a cluster that ends that day.
    let drawn = |to: &str| {
        let out = gapline(&["render", "--from", "2023-01", "--to", to, "--width", "1200"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let svg = String::from_utf8_lossy(&out.stdout).to_string();
        svg.contains(r#"data-model-id="gpt-4""#) || svg.contains(r#"/2023-03-14""#)
    };
    assert!(!drawn("2023-03-13"), "the day before");
    assert!(drawn("2023-03-14"), "the day itself");
    assert!(drawn("2023-03"), "the month, to its last day");
}

#[test]
fn import_reads_the_events_table_and_writes_its_events() {
    let out = gapline(&["import", "data/events.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("data/events.csv: 40 events read, 0 problems")
    );
    let data = json(&out.stdout);
    let events = data["events"].as_array().expect("events");
    assert_eq!(events.len(), 40);
    let a100 = events.iter().find(|e| e["id"] == "a100-h100-licence-2022").expect("row");
    assert_eq!(a100["date"], "2022-08", "month precision kept");
    assert_eq!(a100["kind"], "export_control");
    assert!(events.iter().all(|e| e["source_url"].as_str().is_some_and(|u| u.starts_with("http"))));
    // The format can be named, and a re-import of the output keeps the events.
    let written = scratch("events.json", &String::from_utf8_lossy(&out.stdout));
    let again = gapline(&["import", written.to_str().expect("path")]);
    assert_eq!(json(&again.stdout)["events"], data["events"]);
    let named = gapline(&["import", "data/events.csv", "--format", "events"]);
    assert_eq!(json(&named.stdout)["events"], data["events"]);
}

#[test]
fn check_locates_bad_events_and_merge_checks_their_dates_against_the_models() {
    let original = std::fs::read_to_string(root().join("data/events.csv")).expect("events");
    let broken: Vec<String> = original
        .lines()
        .map(|l| match l.split(',').next() {
            Some("smic-entity-list") => l.replacen(",export_control,", ",Sanction,", 1),
            Some("chips-and-science-act") => {
                l.replace("https://abcnews.go.com/Politics/biden-signs-chips-act-intended-relieve-pandemic-era/story?id=88143303", "")
            }
            Some("bis-oct-2022-rules") => l.replacen(",2022-10-07,", ",7/10/2022,", 1),
            Some("us-eo-14110") => l.replacen(",2023-10-30,", ",1923-10-30,", 1),
            _ => l.to_string(),
        })
        .collect();
    let csv = scratch("broken-events.csv", &(broken.join("\n") + "\n"));
    let path = csv.to_str().expect("utf-8 path");
    let out = gapline(&["check", path]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout
        .lines()
        .map(|l| l.rsplit_once("broken-events.csv: ").map_or(l, |(_, r)| r))
        .collect();
    assert_eq!(
        lines,
        [
            "row 4, column `kind`: `Sanction` is not allowed here: write one of export_control, chip, policy or milestone",
            "row 6, column `source_url`: `source_url` is missing: every entry needs one",
            "row 7, column `date`: `7/10/2022` is not a date: write 2023-03-14, 2023-03, 2023-Q1 or 2023",
        ]
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("37 events, 0 benchmark runs, 3 problems")
    );

    // Merged with the models, the event dated 1923 is far before the first (GPT-2, 2019).
    let merged = scratch("merged.json", "");
    let out = gapline(&[
        "merge",
        "data/models.csv",
        path,
        "--regions",
        "US,CN",
        "-o",
        merged.to_str().expect("path"),
    ]);
    // Written without the bad events, and the exit code says some were left out.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gapline: 4 records left out"), "{stderr}");
    let event_row = original.lines().position(|l| l.starts_with("us-eo-14110,")).expect("row") + 1;
    assert!(
        stderr.contains(&format!("broken-events.csv: row {event_row}, column `date`: 1923-10-30 is far outside the data's span: events may be dated from 2014-02-14 to ")),
        "{stderr}"
    );
    let data = json(&std::fs::read(&merged).expect("merged"));
    // Every curated model is kept: as many as `import` reads from the file on its own.
    let alone = gapline(&["import", "data/models.csv"]);
    let curated = json(&alone.stdout)["models"].as_array().map(Vec::len);
    assert!(curated.is_some_and(|n| n > 79), "{curated:?}");
    assert_eq!(data["models"].as_array().map(Vec::len), curated);
    let events = data["events"].as_array().expect("events");
    assert_eq!(events.len(), 36, "the other rows are kept, the Dutch one included");
    assert!(events.iter().any(|e| e["region"] == "NL"));
    // The merged file checks clean: what was left out was reported once, at the merge.
    let check = gapline(&["check", merged.to_str().expect("path")]);
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stdout));
}

#[test]
fn a_bad_record_or_file_costs_only_itself_and_the_exit_code_says_so() {
    let good = scratch(
        "typed.json",
        r#"{"models": [
  {"id": "a", "name": "A", "region": "US", "released": "2023-03", "source_url": "https://a.example", "scores": {"MMLU": 80}},
  {"id": "b", "name": "B", "region": "CN", "released": 2023, "source_url": "https://b.example"},
  {"id": "c", "name": "C", "region": "CN", "released": "2024-01", "source_url": "https://c.example", "scores": {"MMLU": 81}}
]}"#,
    );
    let broken = scratch("broken.json", r#"{"models": ["#);
    let out_path = scratch("merged-kept.json", "");
    let (good, broken, merged) = (
        good.to_str().expect("path"),
        broken.to_str().expect("path"),
        out_path.to_str().expect("path"),
    );

    // merge: the broken file is named, the good file's readable records are written, exit 1.
    let out = gapline(&["merge", good, broken, "-o", merged]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.json"), "{stderr}");
    assert!(stderr.contains("typed.json: line 3, column "), "{stderr}");
    assert!(stderr.contains("(`/models/1/released`)"), "{stderr}");
    let written = json(&std::fs::read(&out_path).expect("merge wrote its output"));
    let ids: Vec<&str> = written["models"]
        .as_array()
        .expect("models")
        .iter()
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert_eq!(ids, ["a", "c"]);

    // import: the same record left out, the others converted, exit 1.
    let out = gapline(&["import", good]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out.stdout)["models"].as_array().map(Vec::len), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gapline: 1 record left out"));

    // gap: answers from what it could read, and says what it could not.
    let out = gapline(&["gap", "--benchmark", "MMLU", "--data", good]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(json(&out.stdout).is_object());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 record left out"));

    // With nothing wrong, each exits 0.
    let clean = scratch(
        "clean.json",
        r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023-03", "source_url": "https://a.example"}]}"#,
    );
    let out = gapline(&["import", clean.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}
