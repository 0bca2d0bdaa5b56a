//! The widget's "Export" menu: the current view as a file. The SVG is
//! [`standalone_svg`](super::standalone_svg) and the PNG is that SVG rasterised by the browser;
//! this module adds the CSV of what is in view and a file name for each.
//!
//! # CSV layout
//!
//! UTF-8, RFC 4180 quoting, `\n` line ends, no byte-order mark: whoever writes the file adds
//! one for Excel (the widget's download does), which otherwise reads UTF-8 as the local code
//! page and garbles Chinese names.
//!
//! ```text
//! title,<title as drawn>
//! source,<the data's source credit, or empty>
//! as_of,<the data's as-of date: 2025-03-14, 2025-03, 2025-Q1 or 2025, or empty>
//! window,<first day>,<last day>
//! benchmark,<the scene's benchmark, or empty>
//!
//! kind,id,name,developer,region,date,date_precision,score,said,speaker,claim,reading,verdict,source_url
//! model,…
//! claim,…
//! ```
//!
//! The preamble always has these five rows, each on one line, so the table can be read by
//! skipping six lines (pandas: `read_csv(path, skiprows=6)`); the credit travels with the
//! numbers. Below it is one rectangular table: a model row per model of the scene's lanes
//! released (at least partly) in the window, by date then name, then a claim row per claim drawn
//! in the scene, in the order drawn. A cell the data has no value for is empty, never guessed.
//! A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`) starts with `'`.

use super::primitives::Scene;
use crate::data::dataset::Dataset;
use crate::data::date::Precision;
use crate::gap::observed::scores;
use crate::gap::verdict::Verdict;
use crate::lang::Lang;

/// The table's columns. Models fill the first eight and `source_url`, claims `id` and the
/// last six: one rectangular table reads into a single data frame or sheet.
const HEAD: [&str; 14] = [
    "kind",
    "id",
    "name",
    "developer",
    "region",
    "date",
    "date_precision",
    "score",
    "said",
    "speaker",
    "claim",
    "reading",
    "verdict",
    "source_url",
];

/// The models and claims in view as CSV, for spreadsheets and data frames (see the module
/// docs for the layout).
///
/// Models: those of the scene's lanes whose release period meets `scene.window`, as drawn, by
/// release date then name; `date` is the release date at its precision (`2023-03-14`,
/// `2023-03`, `2023-Q1`, `2023`) and `date_precision` names it (`day`, `month`, `quarter`,
/// `year`); `region` is the code (`US`, `CN`); `score` is the best score on the scene's
/// benchmark in percent as a plain number (`86.4`, up to four decimals), empty without one.
///
/// Claims: the rows of `scene.claims`, in their order, as the claims table lists them; `said`
/// is the date said, `claim` the quote (the Chinese original in Chinese when there is one),
/// `reading` and `verdict` the scene's own words, so the file says what the chart says;
/// `verdict` is "not enough data" when the scene has no benchmark. `name` is empty.
///
/// `lang` is the language the scene was built in: it picks the default title and the quote.
pub fn view_csv(data: &Dataset, scene: &Scene, lang: Lang) -> String {
    // The title as the scene makes it (`build_scene`), not its wrapped lines: joining those
    // would put spaces between Chinese characters.
    let title = data.title.as_deref().unwrap_or_else(|| lang.default_title());
    let (first, last) = scene.window;
    let preamble = [
        vec!["title".to_string(), one_line(title)],
        vec!["source".into(), data.source.as_deref().map(one_line).unwrap_or_default()],
        vec!["as_of".into(), data.as_of.map(|d| d.to_string()).unwrap_or_default()],
        vec!["window".into(), first.to_string(), last.to_string()],
        vec!["benchmark".into(), scene.benchmark.as_deref().map(one_line).unwrap_or_default()],
    ];

    let mut rows = vec![HEAD.map(String::from).to_vec()];
    let all = scene.benchmark.as_deref().map(|b| scores(data, b).1);
    // The models drawn, as the table view lists them.
    for m in super::table::models_in_view(data, scene) {
        let best = all.as_ref().and_then(|all| {
            all.iter().filter(|s| s.model_id == m.id).map(|s| s.score).reduce(f64::max)
        });
        let precision = match m.released.precision() {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
        };
        let mut row = vec![String::new(); HEAD.len()];
        row[..8].clone_from_slice(&[
            "model".into(),
            m.id.clone(),
            m.name.clone(),
            m.organization.clone(),
            m.region.code().to_string(),
            m.released.to_string(),
            precision.into(),
            best.map(plain).unwrap_or_default(),
        ]);
        row[13] = m.source_url.as_str().to_string();
        rows.push(row);
    }
    for mark in &scene.claims {
        let Some(c) = data.claims.get(mark.claim) else { continue };
        let quote = match (lang, &c.text_zh) {
            (Lang::Zh, Some(zh)) => zh,
            _ => &c.text,
        };
        let verdict = mark
            .verdict_text
            .clone()
            .unwrap_or_else(|| Verdict::NotEnoughData { why: "" }.text(lang));
        let mut row = vec![String::new(); HEAD.len()];
        row[0] = "claim".into();
        row[1].clone_from(&c.id);
        row[8..].clone_from_slice(&[
            c.said_on.to_string(),
            c.speaker.clone(),
            quote.clone(),
            mark.summary.clone(),
            verdict,
            c.source_url.as_str().to_string(),
        ]);
        rows.push(row);
    }

    let mut out = Vec::new();
    write_rows(&mut out, &preamble);
    // An empty line between the preamble and the table, written by hand: the csv writer
    // writes an empty record as `""`.
    out.push(b'\n');
    write_rows(&mut out, &rows);
    String::from_utf8_lossy(&out).into_owned()
}

/// A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is a formula to Excel and its kin (OWASP's "CSV injection"), so it gets a leading `'`,
/// which they show as text. Numbers (`-3`, `+2.5`) are left alone.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '@', '\t', '\r'])
        || (cell.starts_with(['+', '-']) && cell.parse::<f64>().is_err());
    if risky { format!("'{cell}").into() } else { cell.into() }
}

/// Writes `rows` as CSV records to the end of `out`, each cell made [`inert`].
fn write_rows(out: &mut Vec<u8>, rows: &[Vec<String>]) {
    // Flexible: the preamble's rows differ in length. Records end in `\n`, the default.
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(out);
    // Writing to memory cannot fail.
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| inert(c).into_owned()));
    }
    let _ = w.flush();
}

/// A score as a plain number with up to four decimals and no trailing zeros (59.14, 35.7, 60):
/// the data's own precision, without the float noise of a fraction made a percentage. Integer
/// arithmetic, as in `svg::num`: float formatting would cost the widget KiBs of code.
fn plain(v: f64) -> String {
    let n = (v * 10_000.0).round() as i64;
    let (whole, frac) = (n / 10_000, (n % 10_000).abs());
    let sign = if n < 0 && whole == 0 { "-" } else { "" };
    let frac = format!("{frac:04}");
    match frac.trim_end_matches('0') {
        "" => format!("{sign}{whole}"),
        frac => format!("{sign}{whole}.{frac}"),
    }
}

/// `text` with its runs of white space as single spaces: a preamble value on one line keeps
/// the preamble six lines long for `skiprows`.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file name for `what` of the view, with extension `ext`:
/// `gapline-<lanes>-<what>[-<benchmark>]-<first day>-to-<last day>.<ext>`, e.g.
/// `gapline-us-cn-timeline-gpqa-diamond-2022-06-01-to-2025-03-31.svg`.
///
/// Every part is slugged (lower-case ASCII letters and digits, other runs as one `-`), so the
/// name is safe on every system; the benchmark appears whenever the scene has one, since the
/// scores and verdicts depend on it. An empty `ext` gives a name without extension.
pub fn export_filename(scene: &Scene, what: &str, ext: &str) -> String {
    let lanes: Vec<&str> = scene.lanes.iter().map(|l| l.region.code()).collect();
    // Free text is cut so the name stays well under the 255 bytes file systems allow.
    let cut = |s: String| s[..s.len().min(48)].trim_end_matches('-').to_string();
    let name = slug(&format!(
        "gapline {} {} {} {} to {}",
        lanes.join(" "),
        cut(slug(what)),
        cut(slug(scene.benchmark.as_deref().unwrap_or(""))),
        scene.window.0,
        scene.window.1
    ));
    match slug(ext) {
        ext if ext.is_empty() => name,
        ext => format!("{name}.{}", cut(ext)),
    }
}

/// Lower-case ASCII letters and digits, every other run of characters as one `-`, none at
/// either end: "GPQA diamond (v2)!" → `gpqa-diamond-v2`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::scene::{SceneOptions, build_scene};
    use chrono::NaiveDate;

    const DATA: &str = r#"{"title": "US vs China, by release", "source": "Epoch AI", "as_of": "2025-06",
      "models": [
        {"id": "early", "name": "Early", "organization": "Lab E", "region": "US", "released": "2022-05-31", "source_url": "https://example.org/e"},
        {"id": "y", "name": "Year-1", "organization": "Lab Y", "region": "CN", "released": "2022", "source_url": "https://example.org/y"},
        {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "scores": {"gpqa-diamond": 35.7}, "source_url": "https://example.org/g"},
        {"id": "odd", "name": "Qwen, \"big\"\nedition", "organization": "Alibaba", "region": "CN", "released": "2024-04", "scores": {"gpqa-diamond": 59.14}, "source_url": "https://example.org/q"},
        {"id": "fr", "name": "F-1", "organization": "Lab F", "region": "FR", "released": "2024-05", "source_url": "https://example.org/f"},
        {"id": "late", "name": "Late", "organization": "Lab L", "region": "CN", "released": "2025-04-01", "source_url": "https://example.org/l"}],
      "claims": [{"id": "k", "speaker": "Kai-Fu Lee", "said_on": "2024-02", "source_url": "https://example.org/k", "text": "China is 18 months behind GPT-4.", "text_zh": "中国落后GPT-4 18个月。"}]}"#;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn data(json: &str) -> Dataset {
        let loaded = serde_json::from_str::<RawDataset>(json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn scene(d: &Dataset, benchmark: Option<&str>, lang: Lang) -> Scene {
        build_scene(
            d,
            &SceneOptions {
                from: Some(day(2022, 6, 1)),
                to: Some(day(2025, 3, 31)),
                benchmark: benchmark.map(String::from),
                lang,
                ..SceneOptions::default()
            },
        )
    }

    /// Every record, as a spreadsheet or data frame library reads the file.
    fn records(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("a CSV record").iter().map(String::from).collect())
            .collect()
    }

    /// The table's rows of `kind` (`model` or `claim`), after the preamble and the header.
    fn rows<'a>(all: &'a [Vec<String>], kind: &str) -> Vec<&'a [String]> {
        all.iter().skip(6).filter(|r| r[0] == kind).map(Vec::as_slice).collect()
    }

    /// The cell of `row` in `column`.
    fn cell<'a>(row: &'a [String], column: &str) -> &'a str {
        let i = HEAD.iter().position(|h| *h == column).expect("a column");
        &row[i]
    }

    #[test]
    fn the_preamble_carries_title_credit_as_of_window_and_benchmark() {
        let full = data(DATA);
        let bare = data(
            r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://example.org/a"}]}"#,
        );
        let cases = [
            (
                "with everything",
                &full,
                Some("GPQA diamond"),
                [
                    vec!["title", "US vs China, by release"],
                    vec!["source", "Epoch AI"],
                    vec!["as_of", "2025-06"],
                    vec!["window", "2022-06-01", "2025-03-31"],
                    vec!["benchmark", "GPQA diamond"],
                ],
            ),
            (
                "nothing to credit",
                &bare,
                None,
                [
                    vec!["title", "AI model releases: United States and China"],
                    vec!["source", ""],
                    vec!["as_of", ""],
                    vec!["window", "2022-06-01", "2025-03-31"],
                    vec!["benchmark", ""],
                ],
            ),
        ];
        for (label, d, benchmark, expected) in cases {
            let text = view_csv(d, &scene(d, benchmark, Lang::En), Lang::En);
            assert!(text.starts_with("title,"), "{label}: {text}");
            assert_eq!(text.lines().nth(5), Some(""), "{label}: an empty line after the preamble");
            assert!(text.lines().nth(6).is_some_and(|l| l.starts_with("kind,id,name,")), "{label}");
            assert!(!text.contains('\r'), "{label}: \\n line ends");
            let all = records(&text);
            assert_eq!(
                all[..5],
                expected.map(|r| r.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            );
            assert_eq!(all[5], HEAD, "{label}: the header follows");
            assert!(all[6..].iter().all(|r| r.len() == HEAD.len()), "{label}: rectangular");
        }
    }

    #[test]
    fn one_row_per_model_in_view_by_date_and_none_outside() {
        let d = data(DATA);
        let all = records(&view_csv(&d, &scene(&d, Some("GPQA diamond"), Lang::En), Lang::En));
        let ids: Vec<&str> = rows(&all, "model").iter().map(|r| cell(r, "id")).collect();
        // "early" ends the day before the window, "late" starts after it, "fr" has no lane.
        assert_eq!(ids, ["y", "gpt-4", "odd"]);
    }

    #[test]
    fn model_cells_are_plain_dates_codes_and_numbers() {
        let d = data(DATA);
        let all = records(&view_csv(&d, &scene(&d, Some("GPQA diamond"), Lang::En), Lang::En));
        let models = rows(&all, "model");
        let cases = [
            ("y", "CN", "2022", "year", ""),
            ("gpt-4", "US", "2023-03-14", "day", "35.7"),
            ("odd", "CN", "2024-04", "month", "59.14"),
        ];
        for (row, (id, region, date, precision, score)) in models.iter().zip(cases) {
            let got = ["id", "region", "date", "date_precision", "score"].map(|c| cell(row, c));
            assert_eq!(got, [id, region, date, precision, score]);
            let claim_cells =
                ["said", "speaker", "claim", "reading", "verdict"].map(|c| cell(row, c));
            assert_eq!(claim_cells, [""; 5], "{id}: no claim cells on a model row");
        }
        assert_eq!(cell(models[1], "developer"), "OpenAI");
        assert_eq!(cell(models[1], "source_url"), "https://example.org/g");
        let unscored = records(&view_csv(&d, &scene(&d, Some("MMLU"), Lang::En), Lang::En));
        assert!(rows(&unscored, "model").iter().all(|r| cell(r, "score").is_empty()));
    }

    #[test]
    fn claim_rows_say_who_when_what_and_where_with_the_scenes_reading() {
        let d = data(DATA);
        for lang in [Lang::En, Lang::Zh] {
            let s = scene(&d, Some("GPQA diamond"), lang);
            let all = records(&view_csv(&d, &s, lang));
            let claims = rows(&all, "claim");
            assert_eq!(claims.len(), 1, "{lang:?}");
            let row = claims[0];
            let mark = &s.claims[0];
            let cells =
                ["id", "name", "date", "said", "speaker", "source_url"].map(|c| cell(row, c));
            assert_eq!(cells, ["k", "", "", "2024-02", "Kai-Fu Lee", "https://example.org/k"]);
            assert_eq!(cell(row, "reading"), mark.summary, "{lang:?}");
            assert_eq!(Some(cell(row, "verdict")), mark.verdict_text.as_deref(), "{lang:?}");
            let (quote, reading) = match lang {
                Lang::En => ("China is 18 months behind GPT-4.", "behind GPT-4 by 1.5 years"),
                Lang::Zh => ("中国落后GPT-4 18个月。", "落后GPT-4 1.5年"),
            };
            assert_eq!([cell(row, "claim"), cell(row, "reading")], [quote, reading]);
        }
        // Without a benchmark the scene gives no verdict; the file says why there is none.
        let mut s = scene(&d, None, Lang::En);
        s.benchmark = None;
        s.claims.iter_mut().for_each(|c| c.verdict_text = None);
        let all = records(&view_csv(&d, &s, Lang::En));
        assert_eq!(cell(rows(&all, "claim")[0], "verdict"), "not enough data");
    }

    #[test]
    fn a_name_with_a_comma_a_quote_and_a_newline_reads_back_whole() {
        let d = data(DATA);
        let all = records(&view_csv(&d, &scene(&d, None, Lang::En), Lang::En));
        let odd = rows(&all, "model").into_iter().find(|r| cell(r, "id") == "odd");
        assert_eq!(odd.map(|r| cell(r, "name")), Some("Qwen, \"big\"\nedition"));
        assert_eq!(all[0][1], "US vs China, by release");
    }

    #[test]
    fn file_names_say_lanes_what_benchmark_and_window() {
        let d = data(DATA);
        let gpqa = scene(&d, Some("GPQA diamond"), Lang::En);
        // A scene asked for no benchmark takes the data's most scored one: take it away.
        let plain = Scene { benchmark: None, ..gpqa.clone() };
        let cases = [
            (&plain, "timeline", "svg", "gapline-us-cn-timeline-2022-06-01-to-2025-03-31.svg"),
            (
                &plain,
                "models-and-claims",
                "csv",
                "gapline-us-cn-models-and-claims-2022-06-01-to-2025-03-31.csv",
            ),
            (
                &gpqa,
                "timeline",
                "svg",
                "gapline-us-cn-timeline-gpqa-diamond-2022-06-01-to-2025-03-31.svg",
            ),
            (
                &gpqa,
                " Time/Line: ",
                ".PNG",
                "gapline-us-cn-time-line-gpqa-diamond-2022-06-01-to-2025-03-31.png",
            ),
            (&plain, "时间线", "", "gapline-us-cn-2022-06-01-to-2025-03-31"),
        ];
        for (s, what, ext, expected) in cases {
            assert_eq!(export_filename(s, what, ext), expected, "{what:?} {ext:?}");
        }
    }

    #[test]
    fn scores_keep_the_datas_decimals_without_float_noise() {
        let cases = [
            (59.14, "59.14"),
            (35.7, "35.7"),
            (60.0, "60"),
            (0.4523 * 100.0, "45.23"),
            (12.345_67, "12.3457"),
            (-0.5, "-0.5"),
            (0.0, "0"),
        ];
        for (v, expected) in cases {
            assert_eq!(plain(v), expected, "{v}");
        }
    }

    #[test]
    fn formulas_in_the_data_stay_text() {
        let cases = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("-3", "-3"),
            ("+2.5", "+2.5"),
            ("GPT-4", "GPT-4"),
            ("", ""),
        ];
        for (cell, written) in cases {
            assert_eq!(inert(cell), written, "{cell:?}");
        }
    }

    #[test]
    fn slugs_are_lower_case_ascii_with_single_dashes() {
        let cases = [
            ("GPQA diamond (v2)!", "gpqa-diamond-v2"),
            ("--MMLU--", "mmlu"),
            ("Ünïcode 测试 ok", "n-code-ok"),
            ("a   b\t\nc", "a-b-c"),
            ("", ""),
            ("!!!", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(slug(text), expected, "{text:?}");
        }
    }
}
