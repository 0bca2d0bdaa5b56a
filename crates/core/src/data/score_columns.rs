//! Benchmark columns of a wide spreadsheet: one column per benchmark, one row per model.
//!
//! # Headers
//!
//! A column is a benchmark when its header, ignoring case, spaces and punctuation, starts with
//! a name in [`BENCHMARKS`] (`MMLU`, `GPQA diamond`, `HumanEval`, `GSM8k`, `MATH` …), or when it
//! is written `score: NAME` (any benchmark, named as written). After the name a header may say
//! how the scores were measured, in brackets or as words with a digit: `MMLU (5-shot)`,
//! `HumanEval pass@1`, `GSM8k 8-shot CoT`; that becomes each score's setting. Brackets holding
//! only `%`, `score` or `accuracy` say nothing about the setting and are dropped. Other words
//! after a name (`Math notes`) mean the column is not a benchmark, so a notes column is never
//! read as scores. The longest name wins: `MMLU Pro` is MMLU-Pro, not MMLU.
//!
//! Names are not guessed across benchmarks: `GPQA` stays `GPQA` (it may be the main or the
//! diamond set), `SWE-bench` stays apart from `SWE-bench Verified`.
//!
//! # Cells
//!
//! A cell holds a number, a `%` after it or not, footnote marks (`*`, `†`, `‡`) and an optional
//! note in brackets: `86.4`, `86.4%`, `0.864`, `76 (4-shot)`, `81.2* [CoT]`, `70,5` (decimal
//! comma, as semicolon-separated exports write it). The note joins the header's setting. An
//! empty cell, or one that says there is no score (`n/a`, `na`, `-`, `—`, `–`, `?`, `none`),
//! has no score and is not a problem. Anything else is a problem of that cell alone
//! ([`ProblemKind::ModelScore`](super::problem::ProblemKind)): the model is kept without it.
//!
//! A column is read as fractions of 1 (and made percentages) when every number in it is at
//! most 1 and none is written with `%`; a column with numbers above 1 is percentages throughout.

/// Benchmarks recognised by name: (normalised name, name as shown). The shown names are those
/// Epoch AI's exports and the curated tables use, so scores from a spreadsheet join theirs.
pub const BENCHMARKS: &[(&str, &str)] = &[
    ("mmlu", "MMLU"),
    ("mmlupro", "MMLU-Pro"),
    ("mmluredux", "MMLU-Redux"),
    ("cmmlu", "CMMLU"),
    ("ceval", "C-Eval"),
    ("gpqa", "GPQA"),
    ("gpqadiamond", "GPQA diamond"),
    ("math", "MATH"),
    ("math500", "MATH-500"),
    ("mathlevel5", "MATH level 5"),
    ("gsm8k", "GSM8k"),
    ("mgsm", "MGSM"),
    ("humaneval", "HumanEval"),
    ("mbpp", "MBPP"),
    ("livecodebench", "LiveCodeBench"),
    ("swebench", "SWE-bench"),
    ("swebenchverified", "SWE-Bench verified"),
    ("aime", "AIME"),
    ("aime2024", "AIME 2024"),
    ("aime24", "AIME 2024"),
    ("aime2025", "AIME 2025"),
    ("aime25", "AIME 2025"),
    ("hle", "Humanity's Last Exam"),
    ("humanityslastexam", "Humanity's Last Exam"),
    ("hellaswag", "HellaSwag"),
    ("winogrande", "WinoGrande"),
    ("arc", "ARC"),
    ("arcc", "ARC-Challenge"),
    ("arcchallenge", "ARC-Challenge"),
    ("bbh", "BBH"),
    ("bigbenchhard", "BBH"),
    ("drop", "DROP"),
    ("truthfulqa", "TruthfulQA"),
    ("ifeval", "IFEval"),
    ("mmmu", "MMMU"),
    ("simpleqa", "SimpleQA"),
];

/// A benchmark column: the benchmark's name and what its header says of the setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreColumn {
    /// The benchmark's name as shown (`MMLU`).
    pub benchmark: String,
    /// The setting the header states (`5-shot`). Default: none.
    pub setting: Option<String>,
}

/// What a score cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ScoreCell {
    /// Empty or a word for "no score".
    Empty,
    /// A number, whether it was written with `%`, and its note in brackets.
    Number {
        /// The number as written (not yet made a percentage).
        value: f64,
        /// Written with `%`.
        percent: bool,
        /// The note in brackets (`4-shot`). Default: none.
        note: Option<String>,
    },
}

fn normalise(text: &str) -> String {
    // ASCII case only: benchmark names are Latin, and Unicode case tables are large in wasm.
    text.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Words that say a column holds scores without saying how they were measured.
fn says_nothing(words: &str) -> bool {
    matches!(
        normalise(words).as_str(),
        "" | "score" | "scores" | "acc" | "accuracy" | "percent" | "pct"
    )
}

/// The benchmark column `header` names, or `None` for any other column.
pub fn score_column(header: &str) -> Option<ScoreColumn> {
    let header = header.trim();
    // `score: NAME` names any benchmark.
    if let Some((lead, name)) = header.split_once(':')
        && normalise(lead) == "score"
        && !name.trim().is_empty()
    {
        let (name, setting) = split_brackets(name);
        return Some(ScoreColumn { benchmark: name.trim().to_string(), setting });
    }
    let (base, bracketed) = split_brackets(header);
    let words: Vec<&str> = base.split_whitespace().collect();
    // The longest run of leading words that is a benchmark's name.
    for take in (1..=words.len()).rev() {
        let name = normalise(&words[..take].concat());
        let Some(&(_, shown)) = BENCHMARKS.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let rest = words[take..].join(" ");
        if !rest.is_empty() && !says_nothing(&rest) && !rest.chars().any(|c| c.is_ascii_digit()) {
            // `Math notes`: words that are not a setting mean this is some other column.
            return None;
        }
        let setting = [Some(rest).filter(|r| !says_nothing(r)), bracketed]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>();
        return Some(ScoreColumn {
            benchmark: shown.to_string(),
            setting: (!setting.is_empty()).then(|| setting.join("; ")),
        });
    }
    None
}

/// `MMLU (5-shot)` → (`MMLU`, `5-shot`); brackets saying nothing of the setting are dropped.
fn split_brackets(text: &str) -> (&str, Option<String>) {
    match text.find(['(', '[']) {
        Some(open) => {
            let inner = text[open + 1..].trim_end().trim_end_matches([')', ']']).trim();
            let note = (!says_nothing(inner)).then(|| inner.to_string());
            (text[..open].trim(), note)
        }
        None => (text.trim(), None),
    }
}

/// Reads a score cell; `None` when it is neither a number in one of the forms above nor a
/// word for "no score".
pub fn score_cell(cell: &str) -> Option<ScoreCell> {
    let text = cell.trim().trim_end_matches(['*', '†', '‡']).trim();
    if matches!(
        text.to_ascii_lowercase().as_str(),
        "" | "-" | "—" | "–" | "n/a" | "na" | "?" | "none" | "not reported"
    ) {
        return Some(ScoreCell::Empty);
    }
    let mut end =
        text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(text.len());
    // An exponent (`8.6E-01`, as some exports write numbers) belongs to the number.
    if let Some(exponent) = text[end..].strip_prefix(['e', 'E']) {
        let unsigned = exponent.trim_start_matches(['+', '-']);
        let digits =
            unsigned.len() - unsigned.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && exponent.len() - unsigned.len() <= 1 {
            end = text.len() - unsigned.len() + digits;
        }
    }
    let digits = &text[..end];
    // A decimal comma (`70,5`) is read as a point; a number with both, or several, is not
    // guessed at.
    let number = match (digits.matches(',').count(), digits.contains('.')) {
        (0, _) => digits.to_string(),
        (1, false) => digits.replace(',', "."),
        _ => return None,
    };
    let value: f64 = number.parse().ok()?;
    let mut rest = text[end..].trim_start();
    let percent = rest.starts_with(['%', '％']);
    if percent {
        rest = rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start();
    }
    rest = rest.trim_start_matches(['*', '†', '‡']).trim();
    let note = if rest.is_empty() {
        None
    } else if rest.starts_with(['(', '[']) && rest.ends_with([')', ']']) {
        let inner = rest[1..rest.len() - 1].trim();
        (!inner.is_empty()).then(|| inner.to_string())
    } else {
        return None;
    };
    Some(ScoreCell::Number { value, percent, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &str) -> Option<(String, Option<String>)> {
        score_column(header).map(|c| (c.benchmark, c.setting))
    }

    #[test]
    fn headers_name_benchmarks_with_their_setting() {
        let some = |b: &str, s: Option<&str>| Some((b.to_string(), s.map(str::to_string)));
        assert_eq!(column("MMLU"), some("MMLU", None));
        assert_eq!(column("mmlu (5-shot)"), some("MMLU", Some("5-shot")));
        assert_eq!(column("MMLU Pro"), some("MMLU-Pro", None), "the longest name wins");
        assert_eq!(column("GPQA Diamond (%)"), some("GPQA diamond", None));
        assert_eq!(column("HumanEval pass@1"), some("HumanEval", Some("pass@1")));
        assert_eq!(column("GSM8k 8-shot [CoT]"), some("GSM8k", Some("8-shot; CoT")));
        assert_eq!(column("SWE-bench Verified"), some("SWE-Bench verified", None));
        assert_eq!(column("Humanity's Last Exam score"), some("Humanity's Last Exam", None));
        assert_eq!(column("Score: Arena-Hard (v2)"), some("Arena-Hard", Some("v2")));
        assert_eq!(column("GPQA"), some("GPQA", None), "not guessed to be the diamond set");
    }

    #[test]
    fn other_columns_are_not_benchmarks() {
        for header in
            ["Math notes", "name", "Parameters", "Mathematics", "score", "score:", "Release date"]
        {
            assert_eq!(column(header), None, "{header}");
        }
    }

    #[test]
    fn cells_read_numbers_percentages_notes_and_no_score_words() {
        let number = |value: f64, percent: bool, note: Option<&str>| {
            Some(ScoreCell::Number { value, percent, note: note.map(str::to_string) })
        };
        assert_eq!(score_cell("86.4"), number(86.4, false, None));
        assert_eq!(score_cell(" 86.4 % "), number(86.4, true, None));
        assert_eq!(score_cell("0.864"), number(0.864, false, None));
        assert_eq!(score_cell("76 (4-shot)"), number(76.0, false, Some("4-shot")));
        assert_eq!(score_cell("81.2* [CoT]"), number(81.2, false, Some("CoT")));
        assert_eq!(score_cell("70,5"), number(70.5, false, None));
        assert_eq!(score_cell("90.8%†"), number(90.8, true, None));
        assert_eq!(score_cell("8.6E-01"), number(0.86, false, None));
        assert_eq!(score_cell("1e+25"), number(1e25, false, None), "a number, out of range");
        for empty in ["", "n/a", "N/A", "—", "-", "–", "?", "none"] {
            assert_eq!(score_cell(empty), Some(ScoreCell::Empty), "{empty}");
        }
        for bad in [
            "lots",
            "about 80",
            "1,234.5",
            "80 percent",
            "7.5.1",
            "(5-shot)",
            "86.4 5-shot",
            "1e",
            "2e+-3",
        ] {
            assert_eq!(score_cell(bad), None, "{bad}");
        }
    }
}
