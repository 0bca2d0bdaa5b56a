//! Structure-aware fuzzing of every way a user's input reaches the core: the core must never
//! panic on hostile input, and nothing valid may be lost.
//!
//! Random bytes rarely get past UTF-8 and JSON syntax, so the inputs are generated with their
//! structure: gapline JSON documents built from the real field names (each field, at random, of
//! the right type with a plausible value, of a wrong type, absent, or hostile text), CSV tables
//! for each table reader built from the real column names and aliases, claim sentences built
//! from the parser's own vocabulary, and claim files as `gapline render --claims` reads them.
//! Each input then takes the whole path a user's file takes: `Format::Auto.resolve` and the
//! importer (for tables also the explicit format and `read_table`), the check into a
//! [`Dataset`], claims added, `gapline merge`, every claim read and judged on every benchmark in
//! both readings, the observed lag, the scene built and written as SVG, the dataset written as
//! JSON and read back.
//!
//! Every property asserts: no panic; every problem has a message and a location inside the
//! input; records are accounted for (kept + counted as left out = records in the input); a
//! record generated fully valid with a unique id is kept (unless `as_of` or the events' span
//! rule refuses it); the JSON written reads back to the same dataset with no problem; the SVG
//! starts with `<svg` (the file: after its XML prolog) and holds no `<script`.
//!
//! Cases per property: `PROPTEST_CASES` (default 64, so `cargo test` stays fast); `make fuzz`
//! runs 250,000 per property, 10^6 in all, in release. No failure files are written.
//!
//! What the fuzzing found is at the end of the file: each finding a minimal input, as a test of
//! what should happen.

#![allow(clippy::print_stderr)] // The case counts are the fuzz run's report.

use gapline_core::claims::comparisons::parse_all_with;
use gapline_core::claims::highlight::highlight_html;
use gapline_core::claims::parse::{ParsedClaim, parse_with};
use gapline_core::claims::reading::read_claim_all;
use gapline_core::claims::resolve::Resolver;
use gapline_core::data::claim::RawClaim;
use gapline_core::gap::observed::{benchmarks, observed_lag};
use gapline_core::gap::projection::ReadingKind;
use gapline_core::gap::verdict::verdict;
use gapline_core::scene::{ModelFilter, Theme, standalone_svg, svg};
use gapline_core::{
    Dataset, EventKind, Format, Lang, Loaded, Location, PartialDate, Problem, ProblemKind, Region,
    SceneOptions, build_scene, import, merge, read_table,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::collections::BTreeSet;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

// ---------------------------------------------------------------------------------------------
// Running a property.

/// Cases per property: `PROPTEST_CASES`, default 64.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(64)
}

/// Runs `test` on `cases()` inputs of `strategy` (shrinking a failure to a minimal input), with
/// no failure files, and prints how many cases passed.
fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let cases = cases();
    let config =
        Config { cases, failure_persistence: None, max_shrink_iters: 20_000, ..Config::default() };
    let calls = AtomicU64::new(0);
    let start = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |input| {
        calls.fetch_add(1, Ordering::Relaxed);
        test(input)
    });
    let seconds = start.elapsed().as_secs_f64();
    match result {
        Ok(()) => eprintln!(
            "structured_fuzz: {name}: {cases} cases passed in {seconds:.1} s ({} inputs run)",
            calls.load(Ordering::Relaxed)
        ),
        Err(e) => panic!("structured_fuzz: {name}: {e}"),
    }
}

macro_rules! check {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return Err(TestCaseError::fail(format!($($fmt)+)));
        }
    };
}

// ---------------------------------------------------------------------------------------------
// JSON written by hand, so a document can hold what serde_json would never write: numbers out
// of a float's range, duplicated keys, nesting hundreds deep.

#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    Num(f64),
    /// A number as written (`1e400`, `-0`, 30 digits).
    Raw(&'static str),
    Str(String),
    List(Vec<J>),
    Obj(Vec<(String, J)>),
    /// `depth` lists and objects, alternating, around a value.
    Deep(usize, Box<J>),
}

impl J {
    fn s(text: &str) -> J {
        J::Str(text.to_string())
    }

    fn render(&self, pretty: bool) -> String {
        let mut out = String::new();
        self.write(&mut out, pretty, 0);
        out
    }

    fn write(&self, out: &mut String, pretty: bool, depth: usize) {
        let newline = |out: &mut String, d: usize| {
            if pretty {
                out.push('\n');
                out.push_str(&"  ".repeat(d));
            }
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => out.push_str(
                &serde_json::Number::from_f64(*n).map_or_else(|| "null".into(), |n| n.to_string()),
            ),
            J::Raw(r) => out.push_str(r),
            J::Str(s) => out.push_str(&serde_json::Value::String(s.clone()).to_string()),
            J::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    item.write(out, pretty, depth + 1);
                }
                if !items.is_empty() {
                    newline(out, depth);
                }
                out.push(']');
            }
            J::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    J::Str(key.clone()).write(out, pretty, depth + 1);
                    out.push_str(if pretty { ": " } else { ":" });
                    value.write(out, pretty, depth + 1);
                }
                if !members.is_empty() {
                    newline(out, depth);
                }
                out.push('}');
            }
            J::Deep(n, inner) => {
                for d in 0..*n {
                    out.push_str(if d % 2 == 0 { "[" } else { "{\"deep\":" });
                }
                inner.write(out, false, 0);
                for d in (0..*n).rev() {
                    out.push(if d % 2 == 0 { ']' } else { '}' });
                }
            }
        }
    }

    /// How deeply lists and objects nest in it.
    fn depth(&self) -> usize {
        match self {
            J::List(items) => 1 + items.iter().map(J::depth).max().unwrap_or(0),
            J::Obj(members) => 1 + members.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            J::Deep(n, inner) => n + inner.depth(),
            _ => 0,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabularies.

/// Text that breaks markup, terminals, parsers and number readers.
#[rustfmt::skip]
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>", "</text><script>alert(1)</script>", "\"><svg onload=alert(1)>",
    "<img src=x onerror=alert(1)>", "]]>", "<![CDATA[x]]>", "<!-- x -->", "&amp;&lt;&#0;&#x1F;",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>", "{{title}}", "${x}", "'; DROP TABLE models; --",
    "\u{0}", "\u{1}\u{2}\u{7}\u{8}", "\u{1b}[31mred\u{1b}[0m", "a\r\nb", "\r", "\t\t", "\u{b}\u{c}",
    "\u{7f}\u{85}\u{9f}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FEFF}", "\u{202E}evil\u{202C}",
    "\u{200B}\u{200D}", "e\u{301}\u{301}\u{301}", "🤖👨‍👩‍👧", "\u{10FFFF}", "\u{2028}\u{2029}",
    "1e309", "-1e309", "99999999999999999999999", "NaN", "-NaN", "Infinity", "-0", "0x1F",
    "1_000", "2023-13-40", "0000", "0000-00-00", "9999-12", "9999-12-31", "2023-02-30",
    "2023-Q5", "-18", "-2023", "+2023", "2023年13月", "March 32, 2023", "Q0 2023",
    "深度求索", "通义千问", "中国大模型和美国差距", "文心一言（ERNIE Bot）", "ｇｐｔ－４", "null",
    "true", "undefined", "", " ", "   \t  ", "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "https://", "http://a b", "//example.org",
    "https://例子.测试/路径?q=<x>", "n/a", "N/A", "-", "★", "=HYPERLINK(\"javascript:alert(1)\")",
    "\"", "\"\"", "a,b", "a;b", "x\ny", "\\", "\\u0000", "%s%n", "\u{0}NUL in the middle",
];

/// Dates the importers read, 2018–2024 (well before every plausible `as_of`).
#[rustfmt::skip]
const GOOD_DATES: &[&str] = &[
    "2023-03-14", "2023-03", "2023-Q1", "2023", "March 2023", "14 Mar 2023", "Mar 14, 2023",
    "2023年3月14日", "2023年3月", "2023/03/14", "2023-03-14T09:00:00Z", "Q3 2021", "2019-11",
    "2020", "2024-12-31", "2018-06-11", "２０２３年３月", " 2022-11-30 ", "Sept 2023", "2024-02-29",
];

/// Dates after every plausible `as_of`, or at the edge of the calendar.
const LATE_DATES: &[&str] =
    &["2030-01", "2026-07-01", "2099", "9999-12-31", "9999", "0000", "0001-01-01"];

/// Dates that are not dates.
#[rustfmt::skip]
const BAD_DATES: &[&str] = &[
    "2023-13-40", "0000-00-00", "2023-02-30", "2023-Q5", "3/4/2023", "-2023", "2023-13",
    "March 32, 2023", "1e3", "NaN", "", " ", "2023年13月", "99999",
    "+10000-01-01", "20230314", "yesterday", "2023-3-4-5", "Q0 2023",
];

/// `as_of` dates later than every good date.
const AS_OF: &[&str] = &["2025-06", "2026", "2025-Q2", "2025-06-30", "2025", "June 2025"];

const GOOD_REGIONS: &[&str] = &[
    "US",
    "CN",
    "us",
    "cn",
    "United States",
    "China",
    "中国",
    "美国",
    "FR",
    "GB",
    "UK",
    "United States of America",
    "France",
    "Canada",
    "JP",
    "KR",
    " cn ",
];
const BAD_REGIONS: &[&str] = &["XX", "Mars", "ZZ", "Multinational", "中华", "EU", "U.S.S.R."];

const GOOD_URLS: &[&str] = &[
    "https://openai.com/index/gpt-4-research/",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/x",
    "https://例子.测试/路径",
    "https://a.example/?q=1&r=2#frag",
    "https://arxiv.org/abs/2303.08774",
];
const BAD_URLS: &[&str] = &[
    "javascript:alert(1)",
    "ftp://example.org",
    "https://",
    "example.org",
    "https://a b",
    "http://<x>",
    "data:text/html,x",
    "HTTP:/x",
    "https://a.example/\"onmouseover=\"alert(1)",
];

#[rustfmt::skip]
const NAMES: &[&str] = &[
    "GPT-4", "GPT-3.5", "ChatGPT (GPT-3.5)", "Claude 3.5 Sonnet", "DeepSeek-R1", "DeepSeek V3",
    "Qwen2.5-72B", "通义千问", "文心一言", "Kimi k1.5", "Llama 3 (8B/70B)", "Sora (research preview)",
    "ERNIE 4.0", "GLM-4", "Yi-34B", "o1", "Claude", "Qwen",
];
const IDS: &[&str] = &[
    "gpt-4",
    "GPT-4",
    " gpt-4 ",
    "deepseek-r1",
    "a",
    "dup",
    "qwen",
    "x/y~z",
    "中文",
    "-",
    "claude",
];
const ORGS: &[&str] = &["OpenAI", "Anthropic", "DeepSeek", "Alibaba", "百度", "Moonshot AI", ""];
const MODALITIES: &[&str] =
    &["text", "image", "video", "multimodal", "chips", "Language", "robotics", ""];
const PRECISIONS: &[&str] = &["day", "month", "quarter", "year", "Month", " YEAR "];
const BAD_PRECISIONS: &[&str] = &["week", "decade", "d", "months"];
const BENCHMARKS: &[&str] = &["MMLU", "mmlu", "GPQA diamond", "MATH level 5", "SWE-Bench verified"];
const KINDS: &[&str] = &[
    "export_control",
    "chip",
    "policy",
    "milestone",
    "Export control",
    "export-control",
    " CHIP ",
];
const BAD_KINDS: &[&str] = &["sanction", "exportcontrol", "chips", "rule"];
const RELATIONS: &[&str] =
    &["behind", "ahead", "parity", "near", "smaller_than", "larger_than", "unspecified"];
const BAD_RELATIONS: &[&str] = &["Behind", "lagging", "ahead of", "parity!"];
const DOMAINS: &[&str] = &["text", "video", "chips", "general"];
const BAD_DOMAINS: &[&str] = &["image", "Text", "multimodal"];
const SPEAKERS: &[&str] = &["Zhou Hongyi", "周鸿祎", "Kai-Fu Lee", "Jensen Huang", "Liang Wenfeng"];
#[rustfmt::skip]
const PROSE: &[&str] = &[
    "US restricts advanced chips", "Huawei launches Ascend 910B", "美国限制对华出口先进芯片",
    "DeepSeek-R1 released", "Qihoo 360 (founder/chairman)", "China Development Forum, Beijing",
    "Reported by SCMP.", "MMLU 86.4 (5-shot) per the technical report.", "微博", "Weibo post",
];
const UNKNOWN_KEYS: &[&str] = &[
    "extra",
    "parameters",
    "deep",
    "Name",
    "ID",
    "released_at",
    "__proto__",
    "constructor",
    "$ref",
];
/// Numbers as JSON may write them but a float cannot hold them exactly.
const RAW_NUMBERS: &[&str] = &[
    "1e400",
    "-1e400",
    "123456789012345678901234567890",
    "-0",
    "1E+2",
    "1e-400",
    "0.0000000000000000000000001",
];

fn pick(pool: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(pool).prop_map(str::to_string).boxed()
}

/// Any characters at all, control characters and noncharacters included.
fn random_chars(max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(any::<char>(), 0..max).prop_map(|c| c.into_iter().collect()).boxed()
}

/// A very long string.
fn long_text() -> BoxedStrategy<String> {
    let pieces: &'static [&'static str] =
        &["A", "GPT-4 ", "中", "<&>", "\u{0}", "🤖", "a\n", "behind ", "2 years "];
    (prop::sample::select(pieces), 200..3000usize).prop_map(|(p, n)| p.repeat(n)).boxed()
}

fn hostile_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => pick(HOSTILE),
        2 => random_chars(24),
        1 => long_text(),
        2 => (pick(HOSTILE), pick(NAMES), pick(HOSTILE)).prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
    .boxed()
}

/// A JSON value of any type, hostile where it is text.
fn any_json() -> BoxedStrategy<J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        prop_oneof![any::<f64>(), -1e3..1e3f64].prop_map(J::Num),
        prop::sample::select(RAW_NUMBERS).prop_map(J::Raw),
        hostile_text().prop_map(J::Str),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(J::List),
            prop::collection::vec((pick(UNKNOWN_KEYS), inner), 0..4).prop_map(J::Obj),
        ]
    })
    .boxed()
}

/// A value under an unknown key: anything, sometimes nested `max_depth` deep.
fn deep_json(max_depth: usize) -> BoxedStrategy<J> {
    prop_oneof![
        4 => any_json(),
        1 => (1..max_depth, any_json()).prop_map(|(n, v)| J::Deep(n, Box::new(v))),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------------
// Claim sentences.

#[rustfmt::skip]
const EN_SUBJECTS: &[&str] = &[
    "China", "Chinese models", "China's best LLMs", "Chinese AI", "DeepSeek", "DeepSeek-R1", "Qwen",
    "Qwen2.5", "Kimi", "ERNIE 4.0", "Baichuan 2", "China's own LLM technology", "Chinese labs",
    "Huawei", "domestic chips", "we",
];
#[rustfmt::skip]
const EN_REFS: &[&str] = &[
    "GPT-4", "GPT-3.5", "GPT4", "GPT-4.0", "ChatGPT (GPT-3.5)", "GPT-4o", "OpenAI's GPT4", "Claude",
    "Claude 3.5 Sonnet", "Claude 3", "o1", "OpenAI o1", "Gemini", "Gemini 1.0", "Llama 3", "Sora",
    "the US", "America", "American labs", "US models", "Nvidia", "H100", "the West", "GPT-5",
];
#[rustfmt::skip]
const EN_RELATIONS: &[&str] = &[
    "behind", "ahead of", "a gap of", "gap", "gap from", "lag", "lags", "lagging", "trails",
    "caught up with", "has caught up", "parity", "on par with", "close to", "near",
    "neared the level of", "leads", "is ahead", "isn't as big as", "smaller than", "bigger than",
    "narrowed", "not behind", "no longer behind", "never caught up", "is not ahead of", "catch up",
];
#[rustfmt::skip]
const EN_HEDGES: &[&str] = &[
    "at least", "about", "around", "roughly", "approximately", "nearly", "almost", "more than",
    "over", "less than", "under", "within", "up to", "only", "still", "just", "maybe",
];
#[rustfmt::skip]
const EN_NUMBERS: &[&str] = &[
    "1", "2", "3", "18", "24", "1.5", "0.5", "2.5", "0", "-6", "100", "600", "1e3",
    "99999999999999999999", "one", "two", "three", "six", "twelve", "eighteen", "twenty-four",
    "ninety-nine", "one and a half", "a", "an", "a couple of", "half a", "１８", "1,5", "½", "NaN",
    "0.0000001", "-0",
];
#[rustfmt::skip]
const EN_UNITS: &[&str] = &[
    "months", "month", "years", "year", "yr", "yrs", "mo", "quarters", "weeks", "days", "decade",
    "generation", "-month", "-year", "year and a half",
];
#[rustfmt::skip]
const EN_GLUE: &[&str] = &[
    "is", "are", "still", "by", "and", "or", "to", "-", "–", "between", "but", "while", ",", ".",
    ";", "\"", "(", ")", "%", "in AI", "in chips", "in video generation", "in LLMs", "ago", "later",
    "over the next five years", "the past two years", "not", "no", "never", "than", "of", "the",
    "a year and a half", "half a year", "a generation", "from", "with",
];
const ZH_SUBJECTS: &[&str] =
    &["中国", "中国大模型", "國產大模型", "我们", "深度求索", "通义千问", "文心一言", "国产芯片"];
const ZH_REFS: &[&str] =
    &["美国", "GPT-4", "GPT-3.5", "OpenAI", "ChatGPT", "英伟达", "Sora", "美國"];
const ZH_RELATIONS: &[&str] = &[
    "差距",
    "落后",
    "领先",
    "追上",
    "持平",
    "接近",
    "赶上",
    "落后于",
    "差距在",
    "没有差距",
    "已经追平",
    "差距缩小",
];
const ZH_NUMBERS: &[&str] = &[
    "一",
    "两",
    "二",
    "三",
    "十八",
    "二十四",
    "九十九",
    "一两",
    "两三",
    "半",
    "1",
    "2",
    "1.5",
    "十",
    "百",
    "零",
    "２",
];
const ZH_UNITS: &[&str] = &["年", "个月", "個月", "季度", "周", "天", "年半", "代", "年时间"];
#[rustfmt::skip]
const ZH_GLUE: &[&str] = &[
    "到", "至", "~", "约", "大约", "大概", "将近", "超过", "至少", "多", "左右", "以内", "不到",
    "2023年", "上半年", "，", "。", "和", "与", "比", "还", "的", "在", "没有", "不", "已经", "时间",
    "水平", "还有",
];

/// The texts of the real claims (www/data/all-claims.json), English and Chinese.
fn real_sentences() -> &'static Vec<String> {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../../../www/data/all-claims.json"))
                .unwrap_or_default();
        let mut out: Vec<String> = json["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|c| [c["text"].as_str(), c["text_zh"].as_str()])
            .flatten()
            .map(str::to_string)
            .collect();
        if out.is_empty() {
            out.push("still a 1.5-year gap from GPT-4".to_string());
        }
        out
    })
}

/// One fragment of a sentence, from any of the vocabularies or random.
fn fragment() -> BoxedStrategy<String> {
    prop_oneof![
        1 => pick(EN_SUBJECTS),
        1 => pick(EN_REFS),
        2 => pick(EN_RELATIONS),
        1 => pick(EN_HEDGES),
        2 => pick(EN_NUMBERS),
        2 => pick(EN_UNITS),
        2 => pick(EN_GLUE),
        1 => pick(ZH_SUBJECTS),
        1 => pick(ZH_REFS),
        1 => pick(ZH_RELATIONS),
        1 => pick(ZH_NUMBERS),
        1 => pick(ZH_UNITS),
        1 => pick(ZH_GLUE),
        1 => random_chars(6),
        1 => pick(HOSTILE),
    ]
    .boxed()
}

/// Fragments joined by spaces, nothing, or punctuation.
fn joined(parts: Vec<(String, u8)>) -> String {
    let mut out = String::new();
    for (i, (part, sep)) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(match sep % 8 {
                0..=4 => " ",
                5 => "",
                6 => ", ",
                _ => "  ",
            });
        }
        out.push_str(&part);
    }
    out
}

fn claim_sentence() -> BoxedStrategy<String> {
    let opt = |s: BoxedStrategy<String>| prop_oneof![s, Just(String::new())];
    let en_template = (
        pick(EN_SUBJECTS),
        opt(pick(EN_GLUE)),
        opt(pick(EN_HEDGES)),
        pick(EN_NUMBERS),
        pick(EN_UNITS),
        pick(EN_RELATIONS),
        pick(EN_REFS),
        any::<u8>(),
    )
        .prop_map(|(s, g, h, n, u, r, f, order)| match order % 5 {
            0 => format!("{s} {g} {h} {n} {u} {r} {f}"),
            1 => format!("{s} {r} {f} by {h} {n} {u}"),
            2 => format!("{s} is {h} {n}-{u} {r} {f}"),
            3 => format!("there is still a {n} {u} {r} {f}, {g} {s} {h}"),
            _ => format!("{s} {r} {f} by between {n} and {n} {u}"),
        });
    let zh_template = (
        pick(ZH_SUBJECTS),
        pick(ZH_REFS),
        pick(ZH_RELATIONS),
        opt(pick(ZH_GLUE)),
        pick(ZH_NUMBERS),
        pick(ZH_UNITS),
        opt(pick(ZH_GLUE)),
        any::<bool>(),
    )
        .prop_map(|(s, f, r, h, n, u, g, order)| {
            if order {
                format!("{s}和{f}的{r}{h}{n}{u}{g}")
            } else {
                format!("{s}{r}{f}{h}{n}到{n}{u}{g}")
            }
        });
    let bag = prop::collection::vec((fragment(), any::<u8>()), 0..24).prop_map(joined);
    let mutated = (
        prop::sample::select(real_sentences().clone()),
        prop::collection::vec((0..1000usize, fragment()), 0..4),
    )
        .prop_map(|(text, inserts)| {
            let mut chars: Vec<char> = text.chars().collect();
            for (at, piece) in inserts {
                let i = at * chars.len() / 1000;
                chars.splice(i..i, piece.chars());
            }
            chars.into_iter().collect()
        });
    let repeated = (prop::sample::select(real_sentences().clone()), 2..40usize)
        .prop_map(|(s, n)| vec![s; n].join(" "));
    prop_oneof![
        4 => en_template,
        3 => zh_template,
        4 => bag,
        3 => mutated,
        1 => random_chars(40),
        1 => repeated,
        1 => long_text(),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------------
// gapline JSON documents.

/// What a field holds, for its plausible and wrong values.
#[derive(Debug, Clone, Copy, PartialEq)]
enum F {
    Id,
    Name,
    Org,
    Region,
    Modality,
    Date,
    Precision,
    Scores,
    Url,
    Free,
    Key,
    Benchmark,
    Score,
    Speaker,
    ClaimText,
    ClaimTextZh,
    RefModel,
    Relation,
    Gap,
    Domain,
    Kind,
    Title,
}

/// A placeholder replaced by a unique id once the whole list is generated.
const VALID_ID: &str = "\u{0}valid id";
/// A placeholder replaced by the id of a valid model, or removed when there is none.
const VALID_REF: &str = "\u{0}valid model";

/// A value the check accepts.
fn good(f: F) -> BoxedStrategy<J> {
    let text = |pool| pick(pool).prop_map(J::Str).boxed();
    match f {
        F::Id => Just(J::s(VALID_ID)).boxed(),
        F::RefModel => Just(J::s(VALID_REF)).boxed(),
        F::Name => text(NAMES),
        F::Org => text(ORGS),
        F::Region => text(GOOD_REGIONS),
        F::Modality => text(MODALITIES),
        F::Date => text(GOOD_DATES),
        F::Precision => text(PRECISIONS),
        F::Url => text(GOOD_URLS),
        F::Free => prop_oneof![text(PROSE), hostile_text().prop_map(J::Str)].boxed(),
        F::Speaker => text(SPEAKERS),
        // A claim needs a text: a blank sentence is not a valid one.
        F::ClaimText => claim_sentence()
            .prop_map(|s| {
                J::Str(if s.trim().is_empty() {
                    "still a 1.5-year gap from GPT-4".into()
                } else {
                    s
                })
            })
            .boxed(),
        F::ClaimTextZh => prop_oneof![claim_sentence().prop_map(J::Str), Just(J::Null)].boxed(),
        F::Relation => text(RELATIONS),
        F::Domain => text(DOMAINS),
        F::Kind => text(KINDS),
        F::Title => prop_oneof![text(PROSE), text(NAMES)].boxed(),
        F::Benchmark => text(BENCHMARKS),
        F::Score => {
            prop_oneof![0.0..=100.0f64, prop::sample::select(&[0.0, 100.0, 0.35, 86.4, -0.0][..])]
                .prop_map(J::Num)
                .boxed()
        }
        F::Key => any::<bool>().prop_map(J::Bool).boxed(),
        F::Scores => prop::collection::vec((pick(BENCHMARKS), 0.0..=100.0f64), 0..3)
            .prop_map(|s| J::Obj(s.into_iter().map(|(b, v)| (b, J::Num(v))).collect()))
            .boxed(),
        F::Gap => (0.0..120.0f64, prop::option::of(0.0..60.0f64))
            .prop_map(|(min, more)| {
                let max = more.map_or(J::Null, |m| J::Num(min + m));
                J::Obj(vec![("min".into(), J::Num(min)), ("max".into(), max)])
            })
            .boxed(),
    }
}

/// A value of the right type that the check refuses (or, where any value is accepted, one that
/// keeps its record with a problem).
fn bad(f: F) -> BoxedStrategy<J> {
    let text = |pool| pick(pool).prop_map(J::Str).boxed();
    match f {
        F::Id | F::RefModel => prop_oneof![text(IDS), text(&["", "   ", "no-such-model"])].boxed(),
        F::Region => text(BAD_REGIONS),
        F::Date => prop_oneof![text(BAD_DATES), text(LATE_DATES)].boxed(),
        F::Precision => text(BAD_PRECISIONS),
        F::Url => text(BAD_URLS),
        F::Relation => text(BAD_RELATIONS),
        F::Domain => text(BAD_DOMAINS),
        F::Kind => text(BAD_KINDS),
        F::Score => prop_oneof![
            prop::sample::select(&[-1.0, 100.0001, 1e300, -1e300, f64::MAX, 5e-324][..])
                .prop_map(J::Num),
            prop::sample::select(RAW_NUMBERS).prop_map(J::Raw),
        ]
        .boxed(),
        F::Key => prop_oneof![
            text(&["yes", "true", "1", "no", ""]),
            Just(J::Num(1.0)),
            Just(J::Num(0.5)),
            Just(J::Num(1e20)),
            Just(J::List(vec![J::Bool(true)])),
            Just(J::Obj(vec![])),
        ]
        .boxed(),
        F::Scores => {
            prop::collection::vec((pick(BENCHMARKS), any_json()), 1..4).prop_map(J::Obj).boxed()
        }
        F::Gap => prop_oneof![
            Just(J::Obj(vec![("min".into(), J::Num(-1.0))])),
            Just(J::Obj(vec![("max".into(), J::Num(5.0))])),
            Just(J::Obj(vec![("min".into(), J::Num(10.0)), ("max".into(), J::Num(5.0))])),
            Just(J::Obj(vec![("min".into(), J::Raw("1e400")), ("max".into(), J::Raw("-1e400"))])),
            Just(J::Obj(vec![("min".into(), J::s("12"))])),
            Just(J::Obj(vec![("min".into(), J::Num(f64::MAX)), ("max".into(), J::Null)])),
            Just(J::Obj(vec![])),
        ]
        .boxed(),
        _ => hostile_text().prop_map(J::Str).boxed(),
    }
}

/// A value of the wrong type for the field.
fn wrong_type(f: F) -> BoxedStrategy<J> {
    let number = prop_oneof![
        prop::sample::select(&[7.0, -1.0, 0.0, 2023.0, 1e300][..]).prop_map(J::Num),
        prop::sample::select(RAW_NUMBERS).prop_map(J::Raw),
    ];
    let others = prop_oneof![
        any::<bool>().prop_map(J::Bool),
        Just(J::List(vec![])),
        Just(J::List(vec![J::s("a")])),
        Just(J::Obj(vec![])),
        Just(J::Obj(vec![("a".into(), J::Num(1.0))])),
        (1..20usize).prop_map(|n| J::Deep(n, Box::new(J::Null))),
    ];
    match f {
        F::Score => prop_oneof![pick(HOSTILE).prop_map(J::Str), others].boxed(),
        F::Scores | F::Gap => prop_oneof![number, pick(HOSTILE).prop_map(J::Str), others].boxed(),
        _ => prop_oneof![number, others].boxed(),
    }
}

/// A field of a randomly generated record: plausible, refused, of the wrong type, absent,
/// `null` or hostile text.
fn random_field(f: F) -> BoxedStrategy<Option<J>> {
    prop_oneof![
        6 => good(f).prop_map(Some),
        2 => bad(f).prop_map(Some),
        1 => wrong_type(f).prop_map(Some),
        1 => Just(None),
        1 => Just(Some(J::Null)),
        1 => hostile_text().prop_map(|t| Some(J::Str(t))),
    ]
    .boxed()
}

/// A field of a record generated valid: plausible, or (when optional) absent; a score or a
/// `key` may be wrong, which keeps the record.
fn valid_field(f: F, required: bool) -> BoxedStrategy<Option<J>> {
    match (f, required) {
        (_, true) => good(f).prop_map(Some).boxed(),
        (F::Scores | F::Key, false) => prop_oneof![
            3 => good(f).prop_map(Some),
            1 => bad(f).prop_map(Some),
            1 => Just(None),
            1 => Just(Some(J::Null)),
        ]
        .boxed(),
        (_, false) => prop_oneof![
            3 => good(f).prop_map(Some),
            1 => Just(None),
            1 => Just(Some(J::Null)),
        ]
        .boxed(),
    }
}

type Fields = &'static [(&'static str, F, bool)];

const MODEL: Fields = &[
    ("id", F::Id, true),
    ("name", F::Name, true),
    ("organization", F::Org, false),
    ("region", F::Region, true),
    ("modality", F::Modality, false),
    ("released", F::Date, true),
    ("date_precision", F::Precision, false),
    ("scores", F::Scores, false),
    ("source_url", F::Url, true),
    ("notes", F::Free, false),
    ("key", F::Key, false),
];
const BENCHMARK: Fields = &[
    ("benchmark", F::Benchmark, true),
    ("model", F::Name, true),
    ("model_name", F::Name, false),
    ("organization", F::Org, false),
    ("region", F::Region, true),
    ("released", F::Date, true),
    ("score", F::Score, true),
    ("source_url", F::Url, true),
];
const CLAIM: Fields = &[
    ("id", F::Id, true),
    ("speaker", F::Speaker, true),
    ("affiliation", F::Free, false),
    ("said_on", F::Date, true),
    ("venue", F::Free, false),
    ("source_url", F::Url, true),
    ("text", F::ClaimText, true),
    ("text_zh", F::ClaimTextZh, false),
    ("reference_model", F::RefModel, false),
    ("relation", F::Relation, false),
    ("gap_months", F::Gap, false),
    ("modality", F::Domain, false),
];
const EVENT: Fields = &[
    ("id", F::Id, true),
    ("date", F::Date, true),
    ("date_precision", F::Precision, false),
    ("region", F::Region, true),
    ("kind", F::Kind, true),
    ("title", F::Title, true),
    ("title_zh", F::Title, false),
    ("description", F::Free, false),
    ("source_url", F::Url, true),
    ("notes", F::Free, false),
];

/// One item of a list: a record (generated valid or not) or something that is not an object.
#[derive(Debug, Clone)]
enum Item {
    Record { fields: Vec<(String, J)>, valid: bool },
    NotObject(J),
}

impl Item {
    fn json(&self) -> J {
        match self {
            Item::Record { fields, .. } => J::Obj(fields.clone()),
            Item::NotObject(j) => j.clone(),
        }
    }

    /// The value of `key` as the reader sees it (the last of duplicated keys).
    fn get(&self, key: &str) -> Option<&J> {
        match self {
            Item::Record { fields, .. } => {
                fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
            }
            Item::NotObject(_) => None,
        }
    }

    /// The id as text, trimmed.
    fn id(&self) -> Option<String> {
        match self.get("id") {
            Some(J::Str(s)) => Some(s.trim().to_string()),
            _ => None,
        }
    }

    fn text(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(J::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    fn valid(&self) -> bool {
        matches!(self, Item::Record { valid: true, .. })
    }
}

fn record(fields: Fields, valid: bool) -> BoxedStrategy<Item> {
    let values: Vec<BoxedStrategy<Option<J>>> = fields
        .iter()
        .map(|&(_, f, required)| if valid { valid_field(f, required) } else { random_field(f) })
        .collect();
    let unknown = prop::collection::vec((pick(UNKNOWN_KEYS), deep_json(90)), 0..2);
    // A record generated at random may repeat a field; the last one is read.
    let repeated = if valid {
        Just(Vec::new()).boxed()
    } else {
        prop::collection::vec((prop::sample::select(fields), any_json()), 0..2)
            .prop_map(|r| r.into_iter().map(|((k, _, _), v)| (k.to_string(), v)).collect())
            .boxed()
    };
    (values, unknown, repeated)
        .prop_flat_map(move |(values, unknown, repeated)| {
            let mut members: Vec<(String, J)> = fields
                .iter()
                .zip(values)
                .filter_map(|(&(k, _, _), v)| v.map(|v| (k.to_string(), v)))
                .collect();
            members.extend(unknown.into_iter().filter(|(k, _)| {
                // `Name` and `ID` differ from `name` and `id` by case only: unknown fields.
                !fields.iter().any(|(f, _, _)| f == k)
            }));
            Just(members).prop_shuffle().prop_map(move |mut m| {
                m.extend(repeated.clone());
                Item::Record { fields: m, valid }
            })
        })
        .boxed()
}

fn item(fields: Fields) -> BoxedStrategy<Item> {
    prop_oneof![
        3 => record(fields, true),
        4 => record(fields, false),
        1 => prop_oneof![
            Just(J::Null),
            any::<bool>().prop_map(J::Bool),
            Just(J::Num(3.0)),
            hostile_text().prop_map(J::Str),
            Just(J::List(vec![J::Obj(vec![])])),
        ]
        .prop_map(Item::NotObject),
    ]
    .boxed()
}

/// A top-level list: items, absent, or a value that is not a list (`null` reads as empty).
#[derive(Debug, Clone)]
enum List {
    Items(Vec<Item>),
    Absent,
    Other(J),
}

fn list(fields: Fields) -> BoxedStrategy<List> {
    prop_oneof![
        10 => prop::collection::vec(item(fields), 0..7).prop_map(List::Items),
        1 => Just(List::Absent),
        1 => prop_oneof![
            Just(J::Null),
            Just(J::Obj(vec![])),
            hostile_text().prop_map(J::Str),
            Just(J::Num(0.0)),
            Just(J::Bool(true)),
        ]
        .prop_map(List::Other),
    ]
    .boxed()
}

/// Syntax damage after serialising.
#[derive(Debug, Clone, Copy)]
enum Damage {
    None,
    /// Cut after this many thousandths of the text (at least one character kept).
    Truncate(usize),
    /// A comma before the closing brace.
    ExtraComma,
    /// Text after the document.
    Trailing,
}

#[derive(Debug, Clone)]
struct Doc {
    top: Vec<(String, J)>,
    lists: Vec<(&'static str, List)>,
    pretty: bool,
    bom: bool,
    damage: Damage,
}

const LIST_NAMES: [&str; 4] = ["models", "benchmarks", "claims", "events"];

impl Doc {
    fn list(&self, name: &str) -> Option<&List> {
        self.lists.iter().find(|(n, _)| *n == name).map(|(_, l)| l)
    }

    fn items(&self, name: &str) -> &[Item] {
        match self.list(name) {
            Some(List::Items(items)) => items,
            _ => &[],
        }
    }

    fn json(&self) -> J {
        let mut members = self.top.clone();
        for (name, list) in &self.lists {
            match list {
                List::Items(items) => members
                    .push((name.to_string(), J::List(items.iter().map(Item::json).collect()))),
                List::Other(j) => members.push((name.to_string(), j.clone())),
                List::Absent => {}
            }
        }
        J::Obj(members)
    }

    fn text(&self) -> String {
        let mut body = self.json().render(self.pretty);
        match self.damage {
            Damage::None => {}
            Damage::Truncate(per_mille) => {
                let chars = body.chars().count();
                let keep = (chars * per_mille / 1000).clamp(1, chars.saturating_sub(1).max(1));
                body = body.chars().take(keep).collect();
            }
            Damage::ExtraComma => {
                body.pop();
                body.push_str(",}");
            }
            Damage::Trailing => body.push_str(" x"),
        }
        if self.bom { format!("\u{feff}{body}") } else { body }
    }

    /// The `as_of` date, when the document has one the importer reads.
    fn as_of(&self) -> Option<PartialDate> {
        match self.top.iter().rev().find(|(k, _)| k == "as_of") {
            Some((_, J::Str(s))) if !s.trim().is_empty() => PartialDate::parse_human(s.trim()).ok(),
            _ => None,
        }
    }
}

/// Gives the records generated valid their unique ids, and their claims a valid model.
fn fix_ids(mut lists: Vec<(&'static str, List)>) -> Vec<(&'static str, List)> {
    let mut valid_models = Vec::new();
    for (name, list) in &mut lists {
        let List::Items(items) = list else { continue };
        for (i, item) in items.iter_mut().enumerate() {
            let Item::Record { fields, valid } = item else { continue };
            for (key, value) in fields.iter_mut() {
                if matches!(value, J::Str(s) if s == VALID_ID) {
                    let id = format!("{}-v{i}", &name[..1]);
                    if *name == "models" && *valid && key == "id" {
                        valid_models.push(id.clone());
                    }
                    *value = J::Str(id);
                }
            }
        }
    }
    for (name, list) in &mut lists {
        let List::Items(items) = list else { continue };
        for (i, item) in items.iter_mut().enumerate() {
            let Item::Record { fields, .. } = item else { continue };
            fields.retain_mut(|(_, value)| {
                if !matches!(value, J::Str(s) if s == VALID_REF) {
                    return true;
                }
                match valid_models.get(i % valid_models.len().max(1)) {
                    Some(id) if *name == "claims" => {
                        *value = J::Str(id.clone());
                        true
                    }
                    _ => false,
                }
            });
        }
    }
    lists
}

fn top_text(f: F) -> BoxedStrategy<Option<J>> {
    prop_oneof![
        4 => good(f).prop_map(Some),
        1 => wrong_type(f).prop_map(Some),
        1 => Just(None),
        1 => Just(Some(J::Null)),
        1 => hostile_text().prop_map(|t| Some(J::Str(t))),
    ]
    .boxed()
}

fn document() -> BoxedStrategy<Doc> {
    let as_of = prop_oneof![
        3 => Just(None),
        3 => pick(AS_OF).prop_map(|d| Some(J::Str(d))),
        1 => pick(BAD_DATES).prop_map(|d| Some(J::Str(d))),
        // Early or extreme: records generated valid may then be after it.
        1 => pick(&["2019", "2023-06", "0000", "9999-12"]).prop_map(|d| Some(J::Str(d))),
        1 => wrong_type(F::Date).prop_map(Some),
    ];
    let top = (
        top_text(F::Title),
        as_of,
        top_text(F::Free),
        top_text(F::Url),
        top_text(F::Free),
        prop::collection::vec(
            (
                pick(&["meta", "deep", "x-extension", "models_v2", "Models"]),
                prop_oneof![
                    30 => deep_json(100),
                    // Past serde_json's recursion limit (128): the document may be refused.
                    1 => (120..5000usize).prop_map(|n| J::Deep(n, Box::new(J::Null))),
                ],
            ),
            0..2,
        ),
    )
        .prop_map(|(title, as_of, source, source_url, licence, unknown)| {
            let mut top: Vec<(String, J)> = [
                ("title", title),
                ("as_of", as_of),
                ("source", source),
                ("source_url", source_url),
                ("licence", licence),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect();
            top.extend(unknown);
            top
        });
    let lists =
        (list(MODEL), list(BENCHMARK), list(CLAIM), list(EVENT)).prop_map(|(m, b, c, e)| {
            fix_ids(vec![("models", m), ("benchmarks", b), ("claims", c), ("events", e)])
        });
    let damage = prop_oneof![
        24 => Just(Damage::None),
        1 => (0..1000usize).prop_map(Damage::Truncate),
        1 => Just(Damage::ExtraComma),
        1 => Just(Damage::Trailing),
    ];
    (top, lists, any::<bool>(), prop::bool::weighted(0.1), damage)
        .prop_map(|(top, lists, pretty, bom, damage)| Doc { top, lists, pretty, bom, damage })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every property.

/// Every problem has a message, and a location inside `text`.
fn check_problems(problems: &[Problem], text: &str) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count() as u64;
    for p in problems {
        check!(!p.kind.to_string().trim().is_empty(), "a problem without a message: {p:?}");
        check!(!p.to_string().trim().is_empty(), "a problem without a message: {p:?}");
        match &p.location {
            Location::JsonAt { line, column, pointer } => {
                check!(
                    *line >= 1 && *line <= lines && *column >= 1,
                    "{p:?} is outside the {lines} lines"
                );
                check!(pointer.is_empty() || pointer.starts_with('/'), "pointer {pointer:?}");
            }
            Location::Json { pointer } | Location::JsonLine { pointer, .. } => {
                check!(pointer.is_empty() || pointer.starts_with('/'), "pointer {pointer:?}");
            }
            Location::Text { line, column } => {
                check!(
                    *line >= 1 && *line <= lines && *column >= 1,
                    "{p:?} is outside the {lines} lines"
                );
            }
            Location::Csv { row, .. } => {
                check!(*row >= 1 && *row <= lines + 1, "{p:?} is outside the {lines} lines");
            }
        }
    }
    Ok(())
}

/// The indices of the records of `list` that `problems` leave out (problems that keep their
/// record not counted), as `Problem::records` counts them.
fn left_out(problems: &[Problem], list: &str) -> BTreeSet<usize> {
    let prefix = format!("/{list}/");
    problems
        .iter()
        .filter(|p| !p.kind.keeps_record())
        .filter_map(Problem::record)
        .filter_map(|r| r.strip_prefix(&prefix).and_then(|i| i.parse().ok()))
        .collect()
}

/// The dataset as `gapline import` writes it reads back the same, with no problem: nothing
/// valid is lost on the way through a file.
fn round_trip(data: &Dataset) -> Result<(), TestCaseError> {
    let json =
        serde_json::to_string_pretty(data).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let again = import(json.as_bytes(), Format::Auto);
    check!(
        again.problems.is_empty(),
        "the dataset written as JSON reads back with problems: {:?}\n{json}",
        again.problems.iter().map(ToString::to_string).collect::<Vec<_>>()
    );
    check!(again.dataset == *data, "the dataset written as JSON reads back different:\n{json}");
    Ok(())
}

fn svg_ok(svg: &str, what: &str) -> Result<(), TestCaseError> {
    let bytes = svg.as_bytes();
    let script = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'<' && bytes.get(i + 1..i + 7).is_some_and(|t| t.eq_ignore_ascii_case(b"script"))
    });
    check!(!script, "{what} contains <script");
    Ok(())
}

/// What the CLI and the widget do with a loaded dataset: read and judge every claim on every
/// benchmark in both readings, the observed lag, the scene, the SVG files.
fn downstream(
    data: &Dataset,
    options: &SceneOptions,
    theme: Option<Theme>,
) -> Result<(), TestCaseError> {
    let names = Resolver::new(data);
    let mut benches: Vec<String> = benchmarks(data).into_iter().map(|(b, _)| b).collect();
    benches.push("MMLU".into());
    benches.extend(options.benchmark.clone());
    for b in &benches {
        let series = observed_lag(data, b, Region::US, Region::CN);
        let _ = series.latest();
    }
    for claim in &data.claims {
        for reading in read_claim_all(claim, data, Some(&names)) {
            for lang in [Lang::En, Lang::Zh] {
                check!(!reading.summary(lang).is_empty(), "empty summary of {claim:?}");
                let _ = reading.gap_text(lang);
            }
            for b in &benches {
                for kind in [ReadingKind::Lag, ReadingKind::CatchUp] {
                    let v = verdict(claim, &reading, data, b, kind);
                    check!(
                        !v.text(Lang::En).is_empty() && !v.text(Lang::Zh).is_empty(),
                        "empty verdict {v:?}"
                    );
                }
            }
        }
    }
    let scene = build_scene(data, options);
    let widget = svg::to_svg(&scene, svg::SvgOptions::default());
    check!(
        widget.starts_with("<svg"),
        "the widget's SVG starts {:?}",
        widget.chars().take(40).collect::<String>()
    );
    svg_ok(&widget, "the widget's SVG")?;
    // The file's stylesheet is the same every time, and resolving it costs more than the rest
    // of the case (each of its variables replaced in the whole of it): 1 case in 8 writes the
    // file; its body is the widget's SVG, checked above every time.
    if let Some(theme) = theme {
        let file = standalone_svg(&scene, theme);
        check!(
            file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"),
            "the SVG file starts {:?}",
            file.chars().take(60).collect::<String>()
        );
        svg_ok(&file, "the SVG file")?;
    }
    Ok(())
}

/// Scene options as the CLI's flags give them, hostile sizes and windows included (`--width
/// NaN` parses as a float).
fn scene_options() -> BoxedStrategy<(SceneOptions, Option<Theme>)> {
    let width = prop_oneof![
        8 => 200.0..1600.0f64,
        1 => prop::sample::select(
            &[0.0, -1.0, 1e-9, 1e9, 1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX][..]
        ),
    ];
    let height = prop_oneof![
        8 => 200.0..1600.0f64,
        1 => prop::sample::select(
            &[0.0, -1.0, 1e-9, 1e5, 1e9, 1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX][..]
        ),
    ];
    let date =
        prop::option::of(prop_oneof![pick(GOOD_DATES), pick(LATE_DATES), pick(AS_OF)]).boxed();
    let lanes = prop_oneof![
        4 => Just(vec![Region::US, Region::CN]),
        1 => prop::collection::vec(prop::sample::select(&["US", "CN", "FR", "GB", "JP"][..]), 0..4)
            .prop_map(|codes| codes.iter().filter_map(|c| Region::parse(c)).collect()),
    ];
    let benchmark = prop_oneof![
        3 => Just(None),
        2 => pick(BENCHMARKS).prop_map(Some),
        1 => hostile_text().prop_map(Some),
    ];
    let kinds = prop_oneof![
        3 => Just(EventKind::ALL.to_vec()),
        1 => prop::collection::vec(prop::sample::select(EventKind::ALL.to_vec()), 0..3),
    ];
    let models = prop::sample::select(&[None, Some(ModelFilter::Key), Some(ModelFilter::All)][..]);
    (
        (width, height),
        any::<bool>(),
        (date.clone(), date.clone(), date),
        any::<bool>(),
        benchmark,
        lanes,
        kinds,
        models,
        prop_oneof![14 => Just(None), 1 => Just(Some(Theme::Light)), 1 => Just(Some(Theme::Dark))],
    )
        .prop_map(
            |(
                (width, height),
                zh,
                (from, to, exported),
                catch_up,
                benchmark,
                lanes,
                event_kinds,
                models,
                theme,
            )| {
                let day = |d: Option<String>| d.and_then(|d| PartialDate::parse_human(&d).ok());
                let options = SceneOptions {
                    width,
                    height,
                    lang: if zh { Lang::Zh } else { Lang::En },
                    lanes,
                    from: day(from).map(|d| d.start()),
                    to: day(to).map(|d| d.last_day()),
                    reading: if catch_up { ReadingKind::CatchUp } else { ReadingKind::Lag },
                    benchmark,
                    exported: day(exported).map(|d| d.start()),
                    event_kinds,
                    models,
                };
                (options, theme)
            },
        )
        .boxed()
}

/// The dataset the claims in the files are drawn over (Zhou Hongyi's fixture: nine models with
/// MMLU scores and two claims).
fn zhou() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| import(include_bytes!("fixtures/zhou.json"), Format::Gapline).dataset)
}

/// The built-in dataset, whose models the CLI's `parse` resolves names against.
fn builtin() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        import(include_bytes!("../../../www/data/models.json"), Format::Gapline).dataset
    })
}

// ---------------------------------------------------------------------------------------------
// Property 1: gapline JSON documents.

/// The JSON document property's check, on one document.
fn json_document(
    doc: &Doc,
    options: &SceneOptions,
    theme: Option<Theme>,
) -> Result<(), TestCaseError> {
    let text = doc.text();
    check!(
        Format::Auto.resolve(&text) == Format::Gapline,
        "a document starting with {{ is not read as gapline JSON"
    );
    let loaded = import(text.as_bytes(), Format::Auto);
    check_problems(&loaded.problems, &text)?;
    // A document that is not JSON is one problem, at a place in the text, and nothing read.
    let unreadable = loaded.problems.iter().any(|p| matches!(p.kind, ProblemKind::Json(_)));
    let undamaged = matches!(doc.damage, Damage::None);
    if unreadable || !undamaged {
        let depth = doc.json().depth();
        check!(
            !undamaged || depth > 120,
            "an undamaged document of depth {depth} is not read: {:?}",
            loaded.problems
        );
        check!(unreadable, "a damaged document was read: {text:?}");
        check!(
            loaded.problems.len() == 1
                && matches!(loaded.problems[0].location, Location::Text { .. })
                && loaded.dataset == Dataset::default(),
            "a document that is not JSON gives {:?}",
            loaded.problems
        );
        return Ok(());
    }
    let problems = &loaded.problems;
    let data = &loaded.dataset;
    let as_of = doc.as_of();
    let before_as_of = |item: &Item, field: &str| {
        let date = item.text(field).and_then(|d| PartialDate::parse_human(d.trim()).ok());
        match (date, as_of) {
            (Some(d), Some(a)) => d.start() < a.end(),
            (Some(_), None) => true,
            (None, _) => false,
        }
    };
    let unique = |items: &[Item], id: &Option<String>| {
        id.is_some() && items.iter().filter(|other| other.id() == *id).count() == 1
    };
    let kept = [data.models.len(), data.benchmarks.len(), data.claims.len(), data.events.len()];
    for (name, kept) in LIST_NAMES.iter().zip(kept) {
        let items = doc.items(name);
        let lost = left_out(problems, name);
        // Every record is kept or counted as left out, once.
        check!(
            kept + lost.len() == items.len(),
            "`{name}`: {kept} kept + {} left out ({lost:?}) != {} records\nproblems: {:#?}",
            lost.len(),
            items.len(),
            problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
        check!(
            lost.iter().all(|&i| i < items.len()),
            "`{name}`: a problem points past the list: {lost:?}"
        );
        for (i, item) in items.iter().enumerate() {
            if !item.valid() {
                continue;
            }
            let id = item.id();
            let expected = match *name {
                "models" => unique(items, &id) && before_as_of(item, "released"),
                "benchmarks" => before_as_of(item, "released"),
                // A claim naming a model that was left out (for `as_of`) is refused with it.
                "claims" => {
                    unique(items, &id)
                        && item.text("reference_model").is_none_or(|r| {
                            let r = r.trim();
                            r.is_empty() || data.models.iter().any(|m| m.id == r)
                        })
                }
                _ => {
                    let date =
                        item.text("date").and_then(|d| PartialDate::parse_human(d.trim()).ok());
                    let in_span = match (data.event_span(), date) {
                        (Some((from, to)), Some(d)) => {
                            from.start() <= d.start() && d.start() <= to.start()
                        }
                        (None, Some(_)) => true,
                        (_, None) => false,
                    };
                    unique(items, &id) && before_as_of(item, "date") && in_span
                }
            };
            if !expected {
                continue;
            }
            check!(
                !lost.contains(&i),
                "`/{name}/{i}`, generated valid with a unique id, was left out: {:#?}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
            let found = match *name {
                "models" => data.models.iter().any(|m| Some(&m.id) == id.as_ref()),
                "claims" => data.claims.iter().any(|c| Some(&c.id) == id.as_ref()),
                "events" => data.events.iter().any(|e| Some(&e.id) == id.as_ref()),
                _ => true,
            };
            check!(
                found,
                "`/{name}/{i}` (id {id:?}), generated valid with a unique id, is not in the dataset"
            );
        }
    }
    round_trip(data)?;
    downstream(data, options, theme)
}

#[test]
fn json_documents() {
    run("json_documents", (document(), scene_options()), |(doc, (options, theme))| {
        json_document(&doc, &options, theme)
    });
}

// ---------------------------------------------------------------------------------------------
// Property 2: CSV tables for every table reader.

/// A field of a table, the headers exports write for it, and whether it is required.
type TableColumn = (&'static str, &'static [&'static str], bool);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Table {
    Models,
    Events,
    EpochModels,
    EpochBenchmarks,
}

impl Table {
    fn format(self) -> Format {
        match self {
            Table::Models => Format::Csv,
            Table::Events => Format::Events,
            Table::EpochModels => Format::EpochModels,
            Table::EpochBenchmarks => Format::EpochBenchmarks,
        }
    }

    /// Each field's headers as exports write them (the readers' aliases) and whether the
    /// field is required.
    fn columns(self) -> &'static [TableColumn] {
        match self {
            Table::Models | Table::EpochModels => &[
                ("id", &["id", "Model ID", "slug"], false),
                ("name", &["name", "Model", "System", "Model name"], true),
                (
                    "organization",
                    &["Organization", "organisation", "Org", "Developer", "Lab", "Company"],
                    false,
                ),
                (
                    "region",
                    &[
                        "region",
                        "Country",
                        "Country (from Organization)",
                        "Country (of organization)",
                        "Countries",
                    ],
                    true,
                ),
                ("modality", &["Modality", "Domain"], false),
                ("released", &["released", "Release date", "Date", "Publication date"], true),
                ("date_precision", &["date_precision", "Precision"], false),
                ("source_url", &["source_url", "Source", "URL", "Link"], true),
                ("notes", &["Notes", "note", "Comment", "comments"], false),
                ("key", &["key", "Key model", "Flagship", "prominent"], false),
                ("mmlu", &["MMLU", "mmlu"], false),
            ],
            Table::Events => &[
                ("id", &["id", "Event ID", "slug"], false),
                ("date", &["date", "When", "Event date"], true),
                ("date_precision", &["date_precision", "Precision"], false),
                ("region", &["region", "Country", "Acting region"], true),
                ("kind", &["kind", "Type", "Category"], true),
                ("title", &["title", "Event", "Name"], true),
                ("title_zh", &["title_zh", "Title (zh)", "Chinese title", "中文标题"], false),
                ("description", &["description", "Summary"], false),
                ("source_url", &["source_url", "Source", "URL", "Link"], true),
                ("notes", &["Notes", "note", "Comment"], false),
            ],
            Table::EpochBenchmarks => &[
                ("model_name", &["Model Name", "model", "System"], true),
                (
                    "released",
                    &[
                        "Version Release Date",
                        "Release date",
                        "released",
                        "Date",
                        "Publication date",
                    ],
                    true,
                ),
                ("benchmark", &["Benchmark", "Task"], true),
                ("score", &["Benchmark Score", "Score", "Best score"], true),
                ("organization", &["Organization", "organisation", "Org", "Developer"], false),
                (
                    "region",
                    &[
                        "Country",
                        "Country (from Organization)",
                        "Country (of organization)",
                        "region",
                    ],
                    true,
                ),
            ],
        }
    }
}

/// Columns no reader knows.
const UNKNOWN_COLUMNS: &[&str] = &[
    "Parameters",
    "Training compute (FLOP)",
    "Abstract",
    "备注",
    "Authors",
    "",
    "★",
    "Notability criteria",
];

/// A cell the reader accepts for `field`; `i` makes ids and names unique.
fn good_cell(table: Table, field: &str, i: usize) -> BoxedStrategy<String> {
    match (table, field) {
        (_, "id") => Just(format!("row-v{i}")).boxed(),
        (Table::Events, "title") => Just(format!("Valid Event {i}")).boxed(),
        (_, "name" | "model_name") => Just(format!("Valid Model {i}")).boxed(),
        (_, "region") => prop_oneof![
            pick(GOOD_REGIONS),
            pick(&["United States of America,China", "China, United States", "中国"]),
        ]
        .boxed(),
        (_, "released" | "date") => pick(GOOD_DATES),
        (_, "date_precision") => prop_oneof![pick(PRECISIONS), Just(String::new())].boxed(),
        (_, "source_url") => {
            prop_oneof![pick(GOOD_URLS), Just("https://a.example https://b.example".to_string())]
                .boxed()
        }
        (_, "kind") => pick(KINDS),
        (_, "key") => pick(&["true", "false", "yes", "no", "1", "0", "", "TRUE", "maybe"]),
        (_, "mmlu") => pick(&["86.4", "", "70", "n/a", "1e+25", "-5", "NaN", "★"]),
        (Table::EpochBenchmarks, "score") => pick(&["0.35", "86.4", "0", "100", "0.5"]),
        (_, "benchmark") => pick(BENCHMARKS),
        (_, "modality") => {
            pick(&["Language", "Language,Vision", "Video", "Image generation", "", "Multimodal"])
        }
        (_, "organization") => pick(ORGS),
        _ => prop_oneof![pick(PROSE), Just(String::new())].boxed(),
    }
}

/// A cell at random: plausible, empty, `n/a`, hostile, huge.
fn random_cell(table: Table, field: Option<&'static str>) -> BoxedStrategy<String> {
    let plausible = match field {
        Some("id") => pick(IDS),
        Some("name" | "model_name" | "title") => pick(NAMES),
        Some("released" | "date") => {
            prop_oneof![pick(GOOD_DATES), pick(BAD_DATES), pick(LATE_DATES)].boxed()
        }
        Some("region") => prop_oneof![pick(GOOD_REGIONS), pick(BAD_REGIONS)].boxed(),
        Some("source_url") => prop_oneof![pick(GOOD_URLS), pick(BAD_URLS)].boxed(),
        Some("kind") => prop_oneof![pick(KINDS), pick(BAD_KINDS)].boxed(),
        Some("date_precision") => prop_oneof![pick(PRECISIONS), pick(BAD_PRECISIONS)].boxed(),
        Some("score" | "mmlu") => pick(&[
            "0.35",
            "86.4",
            "250",
            "-1",
            "1e400",
            "NaN",
            "inf",
            "1,5",
            "99999999999999999999",
        ]),
        Some(f) => good_cell(table, f, 0),
        None => pick(PROSE),
    };
    prop_oneof![
        5 => plausible,
        1 => Just(String::new()),
        1 => pick(&["n/a", "N/A", "★", "-", "1e999", "99999999999999999999", " "]),
        2 => hostile_text(),
    ]
    .boxed()
}

#[derive(Debug, Clone)]
struct Column {
    field: Option<&'static str>,
    header: String,
}

#[derive(Debug, Clone)]
struct Row {
    cells: Vec<String>,
    valid: bool,
}

#[derive(Debug, Clone, Copy)]
enum CsvDamage {
    None,
    /// An opening quote that is never closed, in this row (thousandths of the rows).
    Unclosed(usize),
    /// A quote in the middle of an unquoted cell.
    Stray(usize),
}

#[derive(Debug, Clone)]
struct CsvCase {
    table: Table,
    columns: Vec<Column>,
    rows: Vec<Row>,
    delimiter: u8,
    crlf: bool,
    bom: bool,
    quote_all: bool,
    final_newline: bool,
    damage: CsvDamage,
}

/// A header as exports spell it: case, spaces and punctuation changed at random.
fn mangle(header: &str, bits: u64) -> String {
    let mut out = String::new();
    for (i, c) in header.chars().enumerate() {
        let b = bits.rotate_left(i as u32 * 3);
        out.push(match b & 3 {
            0 => c.to_ascii_uppercase(),
            1 => c.to_ascii_lowercase(),
            _ => c,
        });
        if b & 0b11100 == 0b11100 {
            out.push(['_', ' ', '-', '.'][(b >> 5) as usize & 3]);
        }
    }
    out
}

impl CsvCase {
    fn quote(&self, cell: &str) -> String {
        let needs = self.quote_all || cell.contains([',', ';', '\t', '"', '\n', '\r']);
        if needs { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.to_string() }
    }

    fn line(&self, cells: &[String]) -> String {
        let d = char::from(self.delimiter).to_string();
        cells.iter().map(|c| self.quote(c)).collect::<Vec<_>>().join(&d)
    }

    fn text(&self) -> String {
        let end = if self.crlf { "\r\n" } else { "\n" };
        let headers: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
        let mut lines = vec![self.line(&headers)];
        let damaged_row = |per_mille: usize| per_mille * self.rows.len() / 1000;
        for (i, row) in self.rows.iter().enumerate() {
            let mut line = self.line(&row.cells);
            match self.damage {
                CsvDamage::Unclosed(at) if i == damaged_row(at) => line.insert(0, '"'),
                CsvDamage::Stray(at) if i == damaged_row(at) => {
                    let mid =
                        line.char_indices().nth(line.chars().count() / 2).map_or(0, |(b, _)| b);
                    line.insert_str(mid, "x\"y")
                }
                _ => {}
            }
            lines.push(line);
        }
        let mut text = lines.join(end);
        if self.final_newline {
            text.push_str(end);
        }
        if self.bom { format!("\u{feff}{text}") } else { text }
    }

    /// The records the csv reader gives (an empty line is none).
    fn records(&self) -> Vec<&Row> {
        self.rows.iter().filter(|r| !self.line(&r.cells).is_empty()).collect()
    }

    /// The records a models or events reader reads (a row of blank cells is skipped).
    fn filled(&self) -> Vec<&Row> {
        self.records()
            .into_iter()
            .filter(|r| !r.cells.iter().all(|c| c.trim().is_empty()))
            .collect()
    }

    /// Whether the header has a column for every required field.
    fn complete(&self) -> bool {
        self.table
            .columns()
            .iter()
            .filter(|(_, _, required)| *required)
            .all(|(f, _, _)| self.columns.iter().any(|c| c.field == Some(*f)))
    }

    fn has(&self, field: &str) -> bool {
        self.columns.iter().any(|c| c.field == Some(field))
    }
}

fn csv_case() -> BoxedStrategy<CsvCase> {
    let table = prop::sample::select(
        &[Table::Models, Table::Events, Table::EpochModels, Table::EpochBenchmarks][..],
    );
    table
        .prop_flat_map(|table| {
            let fields = table.columns();
            // Each field: no column, one, or two (duplicated), in any spelling.
            let column_sets = fields
                .iter()
                .map(|&(field, spellings, required)| {
                    let count = if required {
                        prop_oneof![10 => Just(1usize), 1 => Just(0), 1 => Just(2)].boxed()
                    } else {
                        prop_oneof![2 => Just(0usize), 2 => Just(1), 1 => Just(2)].boxed()
                    };
                    (
                        count,
                        prop::collection::vec((prop::sample::select(spellings), any::<u64>()), 2),
                    )
                        .prop_map(move |(n, names)| {
                            names
                                .into_iter()
                                .take(n)
                                .map(|(h, bits)| Column {
                                    field: Some(field),
                                    header: mangle(h, bits),
                                })
                                .collect::<Vec<_>>()
                        })
                })
                .collect::<Vec<_>>();
            let unknown = prop::collection::vec(
                prop::sample::select(UNKNOWN_COLUMNS)
                    .prop_map(|h| Column { field: None, header: h.to_string() }),
                0..3,
            );
            (column_sets, unknown)
                .prop_flat_map(move |(sets, unknown)| {
                    let mut columns: Vec<Column> =
                        sets.into_iter().flatten().chain(unknown).collect();
                    if table == Table::EpochModels {
                        // What tells Epoch's export apart.
                        for h in ["Publication date", "Notability criteria"] {
                            if !columns.iter().any(|c| c.header.eq_ignore_ascii_case(h)) {
                                let field = (h == "Publication date").then_some("released");
                                columns.push(Column { field, header: h.to_string() });
                            }
                        }
                    }
                    if columns.iter().all(|c| c.header.trim().is_empty()) {
                        columns.push(Column { field: None, header: "Parameters".into() });
                    }
                    Just(columns).prop_shuffle()
                })
                .prop_flat_map(move |columns| {
                    let n = columns.len();
                    let row = |i: usize, columns: &[Column]| {
                        let valid = columns
                            .iter()
                            .map(|c| match c.field {
                                Some(f) => good_cell(table, f, i),
                                None => random_cell(table, None),
                            })
                            .collect::<Vec<_>>();
                        let random =
                            columns.iter().map(|c| random_cell(table, c.field)).collect::<Vec<_>>();
                        let extra = prop::collection::vec(hostile_text(), 0..2);
                        prop_oneof![
                            2 => (valid, extra.clone()).prop_map(|(mut cells, extra)| {
                                cells.extend(extra);
                                (cells, true)
                            }),
                            3 => (random, 0..n + 2, extra).prop_map(|(mut cells, keep, extra)| {
                                // Ragged: cut short, or longer.
                                cells.truncate(keep);
                                cells.extend(extra);
                                (cells, false)
                            }),
                        ]
                    };
                    let rows = (0..8usize).map(|i| row(i, &columns)).collect::<Vec<_>>();
                    (Just(columns), rows, 0..=8usize)
                })
                .prop_map(move |(columns, rows, n)| {
                    // Every column of a field holds the same value in a valid row.
                    let rows = rows
                        .into_iter()
                        .take(n)
                        .map(|(mut cells, valid)| {
                            if valid {
                                for f in columns.iter().filter_map(|c| c.field) {
                                    let first = columns.iter().position(|c| c.field == Some(f));
                                    if let Some(first) = first {
                                        let value = cells[first].clone();
                                        for (j, c) in columns.iter().enumerate() {
                                            if c.field == Some(f) {
                                                cells[j] = value.clone();
                                            }
                                        }
                                    }
                                }
                            }
                            Row { cells, valid }
                        })
                        .collect::<Vec<_>>();
                    (table, columns, rows)
                })
        })
        .prop_flat_map(|(table, columns, rows)| {
            let damage = prop_oneof![
                20 => Just(CsvDamage::None),
                1 => (0..1000usize).prop_map(CsvDamage::Unclosed),
                1 => (0..1000usize).prop_map(CsvDamage::Stray),
            ];
            (
                prop::sample::select(&[b',', b',', b';', b'\t'][..]),
                any::<bool>(),
                prop::bool::weighted(0.2),
                prop::bool::weighted(0.2),
                any::<bool>(),
                damage,
            )
                .prop_map(
                    move |(delimiter, crlf, bom, quote_all, final_newline, damage)| CsvCase {
                        table,
                        columns: columns.clone(),
                        rows: rows.clone(),
                        delimiter,
                        crlf,
                        bom,
                        quote_all,
                        final_newline,
                        damage,
                    },
                )
        })
        .boxed()
}

fn csv_table(
    case: &CsvCase,
    options: &SceneOptions,
    theme: Option<Theme>,
) -> Result<(), TestCaseError> {
    let text = case.text();
    let bytes = text.as_bytes();
    let auto = import(bytes, Format::Auto);
    check_problems(&auto.problems, &text)?;
    let resolved = Format::Auto.resolve(&text);
    check!(resolved != Format::Auto, "Format::Auto resolves to itself");
    if case.table == Table::EpochModels {
        check!(resolved == Format::EpochModels, "Epoch's models header resolves to {resolved:?}");
    }
    let loaded = import(bytes, case.table.format());
    check_problems(&loaded.problems, &text)?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let tabled = read_table(body, case.table.format());
    check!(
        tabled.problems == loaded.problems && tabled.dataset == loaded.dataset,
        "read_table and import read the table differently"
    );
    let kept = match case.table {
        Table::Models | Table::EpochModels => loaded.dataset.models.len(),
        Table::Events => loaded.dataset.events.len(),
        Table::EpochBenchmarks => loaded.dataset.benchmarks.len(),
    };
    let skipped = loaded.skipped();
    if matches!(case.damage, CsvDamage::None) {
        // Every row is kept or counted as left out; Epoch's models export merges rows of one
        // model, so there, at most.
        let (expected, exact) = match case.table {
            Table::Models => (case.filled().len(), true),
            Table::Events => (case.filled().len(), true),
            Table::EpochModels => (case.filled().len(), false),
            Table::EpochBenchmarks => (case.records().len(), true),
        };
        check!(
            if exact { kept + skipped == expected } else { kept + skipped <= expected },
            "{:?}: {kept} kept + {skipped} left out, for {expected} rows\n{text:?}\nproblems: {:#?}",
            case.table,
            loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
        // A row generated valid, with a column for every required field, is kept.
        if case.complete() {
            let valid = case.filled().iter().filter(|r| r.valid).count();
            let ids: BTreeSet<String> = match case.table {
                Table::Models | Table::EpochModels => {
                    loaded.dataset.models.iter().map(|m| m.id.clone()).collect()
                }
                Table::Events => loaded.dataset.events.iter().map(|e| e.id.clone()).collect(),
                Table::EpochBenchmarks => {
                    loaded.dataset.benchmarks.iter().map(|b| b.model.clone()).collect()
                }
            };
            let named = |prefix: &str| ids.iter().filter(|id| id.starts_with(prefix)).count();
            let found = match case.table {
                Table::Events if case.has("id") => named("row-v"),
                Table::Events => named("valid-event-"),
                _ if case.has("id") && case.table != Table::EpochBenchmarks => named("row-v"),
                _ => named("valid-model-"),
            };
            check!(
                found >= valid,
                "{:?}: {valid} rows generated valid, {found} kept\n{text:?}\nproblems: {:#?}",
                case.table,
                loaded.problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
        }
    }
    round_trip(&loaded.dataset)?;
    // `gapline merge`: the table merged after a curated dataset; an events table is added last,
    // checked against the merged models.
    let mut merged = zhou().clone();
    if case.table != Table::Events {
        merged = merge(merged, vec![loaded.dataset.clone()], &[]).0;
    } else {
        let before = merged.events.len();
        let problems = merged.add_events_csv(&text);
        check_problems(&problems, &text)?;
        if matches!(case.damage, CsvDamage::None) {
            let added = merged.events.len() - before;
            let lost = Problem::records(&problems);
            check!(
                added + lost == case.filled().len(),
                "events added to a dataset: {added} added + {lost} left out != {} rows",
                case.filled().len()
            );
        }
    }
    downstream(&merged, options, theme)
}

#[test]
fn csv_tables() {
    run("csv_tables", (csv_case(), scene_options()), |(case, (options, theme))| {
        csv_table(&case, &options, theme)
    });
}

// ---------------------------------------------------------------------------------------------
// Property 3: claim sentences through the parser, then drawn.

fn span_ok(span: Option<(usize, usize)>, len: usize) -> bool {
    span.is_none_or(|(a, b)| a <= b && b <= len)
}

fn parsed_ok(p: &ParsedClaim, text: &str) -> Result<(), TestCaseError> {
    let len = text.chars().count();
    for (what, span) in
        [("gap", p.gap_span), ("relation", p.relation_span), ("reference", p.reference_span)]
    {
        check!(
            span_ok(span, len),
            "the {what} span {span:?} is outside the {len} characters of {text:?}"
        );
    }
    if let Some((min, max)) = p.gap_months {
        check!(min.is_finite() && min >= 0.0, "gap minimum {min} in {text:?}");
        check!(max.is_none_or(|m| m.is_finite() && m >= min), "gap ({min}, {max:?}) in {text:?}");
    }
    check!(["text", "video", "chips", "general"].contains(&p.modality), "modality {}", p.modality);
    let html = highlight_html(text, p);
    let rest = html.replace("<mark ", "").replace("</mark>", "");
    check!(!rest.contains('<'), "the highlight of {text:?} has markup of its own: {html}");
    Ok(())
}

fn claim_sentence_case(
    text: &str,
    said_on: &str,
    names: &Resolver<'_>,
    options: &SceneOptions,
    theme: Option<Theme>,
) -> Result<(), TestCaseError> {
    let len = text.chars().count();
    let alone = parse_with(text, None);
    let first = parse_with(text, Some(names));
    let all = parse_all_with(text, Some(names));
    match (&first, &all) {
        (Ok(p), Ok(all)) => {
            check!(
                all.first() == Some(p),
                "parse_all's first reading is not parse_with's for {text:?}"
            );
            for p in all {
                parsed_ok(p, text)?;
            }
        }
        (Err(e), Err(f)) => {
            check!(e == f, "parse_all's error is not parse_with's for {text:?}");
            check!(!e.message.is_empty(), "an empty parse error for {text:?}");
            check!(e.span.0 <= e.span.1 && e.span.1 <= len, "error span {:?} of {text:?}", e.span);
        }
        _ => {
            return Err(TestCaseError::fail(format!(
                "parse_with and parse_all disagree on {text:?}"
            )));
        }
    }
    if let Ok(p) = &alone {
        parsed_ok(p, text)?;
        check!(p.reference.model_id.is_none(), "a model resolved without data in {text:?}");
    }
    // The sentence as a claim of a dataset, read, judged and drawn.
    let mut data = zhou().clone();
    let claim = RawClaim {
        id: Some("fuzz-claim".into()),
        speaker: Some("Zhou Hongyi".into()),
        said_on: Some(said_on.into()),
        source_url: Some("https://example.org/claim".into()),
        text: Some(text.into()),
        text_zh: Some(format!("{text}，差距两年")),
        reference_model: Some("gpt-4".into()),
        ..RawClaim::default()
    };
    let problems = data.add_claims(&[claim]);
    check_problems(&problems, "")?;
    let dated = PartialDate::parse_human(said_on).is_ok();
    check!(
        problems.is_empty() == (dated && !text.trim().is_empty()),
        "a claim with the text {text:?} said on {said_on:?} gives {problems:?}"
    );
    downstream(&data, options, theme)
}

#[test]
fn claim_sentences() {
    let names = Resolver::new(builtin());
    let said_on = prop_oneof![4 => pick(GOOD_DATES), 1 => pick(BAD_DATES), 1 => pick(LATE_DATES)];
    run(
        "claim_sentences",
        (claim_sentence(), said_on, scene_options()),
        |(text, said_on, (options, theme))| {
            claim_sentence_case(&text, &said_on, &names, &options, theme)
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Property 4: claim files, as `gapline render --claims` reads them.

/// A claims file: JSON lines (one claim a line; blank lines, broken lines, lines that are not
/// objects) or one document with a `claims` list.
#[derive(Debug, Clone)]
struct ClaimsFile {
    lines: Vec<Line>,
    document: bool,
    crlf: bool,
}

#[derive(Debug, Clone)]
enum Line {
    Claim(Item),
    Blank(&'static str),
    /// A claim cut short.
    Broken(Item, usize),
    NotAClaim(J),
}

/// A claim of a file: its reference is one of the fixture's models, or unknown.
fn file_claim(valid: bool) -> BoxedStrategy<Item> {
    let refs = prop_oneof![
        4 => pick(&["gpt-4", "chatgpt-gpt-3.5", "claude-3", "deepseek-r1"]).prop_map(|r| Some(J::Str(r))),
        2 => Just(None),
        1 => pick(&["gpt-5", "GPT-4", " gpt-4 ", ""]).prop_map(|r| Some(J::Str(r))),
    ];
    (record(CLAIM, valid), refs, 0..10usize)
        .prop_map(move |(item, reference, i)| {
            let Item::Record { mut fields, valid } = item else { return item };
            let known = ["gpt-4", "chatgpt-gpt-3.5", "claude-3", "deepseek-r1"];
            let bad_ref = matches!(
                &reference,
                Some(J::Str(r)) if !known.contains(&r.trim()) && !r.trim().is_empty()
            );
            for (key, value) in fields.iter_mut() {
                if matches!(value, J::Str(s) if s == VALID_ID) {
                    *value = J::Str(format!("file-claim-{i}"));
                }
                if key == "reference_model"
                    && let Some(r) = &reference
                {
                    *value = r.clone();
                }
            }
            fields.retain(|(_, v)| !matches!(v, J::Str(s) if s == VALID_REF));
            Item::Record { fields, valid: valid && !bad_ref }
        })
        .boxed()
}

fn claims_file() -> BoxedStrategy<ClaimsFile> {
    let line = prop_oneof![
        4 => file_claim(true).prop_map(Line::Claim),
        4 => file_claim(false).prop_map(Line::Claim),
        1 => prop::sample::select(&["", "   ", "\t"][..]).prop_map(Line::Blank),
        1 => (file_claim(true), 0..1000usize).prop_map(|(c, at)| Line::Broken(c, at)),
        1 => prop_oneof![
            Just(J::Null),
            Just(J::Num(1.0)),
            hostile_text().prop_map(J::Str),
            Just(J::List(vec![])),
        ]
        .prop_map(Line::NotAClaim),
    ];
    (prop::collection::vec(line, 0..8), prop::bool::weighted(0.3), any::<bool>())
        .prop_map(|(lines, document, crlf)| ClaimsFile { lines, document, crlf })
        .boxed()
}

impl ClaimsFile {
    fn text(&self) -> String {
        if self.document {
            let items: Vec<J> = self
                .lines
                .iter()
                .filter_map(|l| match l {
                    Line::Claim(c) | Line::Broken(c, _) => Some(c.json()),
                    Line::NotAClaim(j) => Some(j.clone()),
                    Line::Blank(_) => None,
                })
                .collect();
            return J::Obj(vec![("claims".into(), J::List(items))]).render(true);
        }
        let end = if self.crlf { "\r\n" } else { "\n" };
        self.lines
            .iter()
            .map(|l| match l {
                Line::Claim(c) => c.json().render(false),
                Line::Blank(b) => b.to_string(),
                Line::Broken(c, at) => {
                    let text = c.json().render(false);
                    let n = text.chars().count();
                    text.chars().take((n * at / 1000).clamp(1, n - 1)).collect()
                }
                Line::NotAClaim(j) => j.render(false),
            })
            .collect::<Vec<_>>()
            .join(end)
    }

    /// The claims the file holds, in order, each with whether it is generated valid; blank
    /// lines are none.
    fn claims(&self) -> Vec<(Option<&Item>, bool)> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                Line::Claim(c) => Some((Some(c), c.valid())),
                Line::Broken(c, _) if self.document => Some((Some(c), c.valid())),
                Line::Broken(..) | Line::NotAClaim(_) => Some((None, false)),
                Line::Blank(_) => None,
            })
            .collect()
    }
}

fn claims_file_case(
    file: &ClaimsFile,
    options: &SceneOptions,
    theme: Option<Theme>,
) -> Result<(), TestCaseError> {
    let text = file.text();
    let mut data = zhou().clone();
    let before = data.claims.len();
    let problems = data.add_claims_text(&text);
    check_problems(&problems, &text)?;
    let added = data.claims.len() - before;
    let claims = file.claims();
    // A JSON-lines file of one line that is a document with no `claims` is still lines.
    let lost = Problem::records(&problems);
    check!(
        added + lost == claims.len(),
        "{added} claims added + {lost} left out != {} claims in the file\n{text}\nproblems: {:#?}",
        claims.len(),
        problems.iter().map(ToString::to_string).collect::<Vec<_>>()
    );
    let taken: BTreeSet<String> = zhou().claims.iter().map(|c| c.id.clone()).collect();
    for (item, valid) in &claims {
        let (Some(item), true) = (item, valid) else { continue };
        let id = item.id();
        let unique = claims.iter().filter(|(other, _)| other.and_then(Item::id) == id).count() == 1;
        if unique && id.as_ref().is_some_and(|id| !taken.contains(id)) {
            check!(
                data.claims.iter().any(|c| Some(&c.id) == id.as_ref()),
                "the claim {id:?}, generated valid with a unique id, was not added\n{text}\nproblems: {:#?}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
        }
    }
    round_trip(&data)?;
    downstream(&data, options, theme)
}

#[test]
fn claims_files() {
    run("claims_files", (claims_file(), scene_options()), |(file, (options, theme))| {
        claims_file_case(&file, &options, theme)
    });
}

// ---------------------------------------------------------------------------------------------
// The generators' own promises: what they call valid is valid, one value at a time.

#[test]
fn the_pools_are_what_they_claim() {
    for d in GOOD_DATES.iter().chain(AS_OF) {
        assert!(PartialDate::parse_human(d.trim()).is_ok(), "good date {d:?}");
    }
    for d in BAD_DATES {
        assert!(
            PartialDate::parse_human(d.trim()).is_err() || d.trim().is_empty(),
            "bad date {d:?}"
        );
    }
    let model = |region: &str, url: &str, released: &str| {
        let json = serde_json::json!({"models": [{"id": "a", "name": "A", "region": region, "released": released, "source_url": url}]});
        import(json.to_string().as_bytes(), Format::Gapline)
    };
    for r in GOOD_REGIONS {
        assert_eq!(model(r, GOOD_URLS[0], "2023").problems, [], "good region {r:?}");
    }
    for r in BAD_REGIONS {
        assert_eq!(model(r, GOOD_URLS[0], "2023").dataset.models.len(), 0, "bad region {r:?}");
    }
    for u in GOOD_URLS {
        assert_eq!(model("US", u, "2023").problems, [], "good link {u:?}");
    }
    for u in BAD_URLS {
        assert_eq!(model("US", u, "2023").dataset.models.len(), 0, "bad link {u:?}");
    }
    let as_of = PartialDate::parse_human("2025").ok();
    for d in GOOD_DATES {
        let date = PartialDate::parse_human(d.trim()).ok();
        assert!(date.zip(as_of).is_some_and(|(d, a)| d.end() <= a.start()), "{d:?} is before 2025");
    }
    for k in KINDS {
        assert!(EventKind::parse(k).is_some(), "kind {k:?}");
    }
    for k in BAD_KINDS {
        assert!(EventKind::parse(k).is_none(), "bad kind {k:?}");
    }
    // The documents' generator: a list of records generated valid is kept whole.
    let mut runner =
        TestRunner::new(Config { cases: 64, failure_persistence: None, ..Config::default() });
    let result = runner.run(&prop::collection::vec(record(MODEL, true), 1..5), |items| {
        let doc = Doc {
            top: vec![],
            lists: fix_ids(vec![("models", List::Items(items))]),
            pretty: false,
            bom: false,
            damage: Damage::None,
        };
        let loaded: Loaded = import(doc.text().as_bytes(), Format::Gapline);
        check!(loaded.skipped() == 0, "{:?}", loaded.problems);
        Ok(())
    });
    assert!(result.is_ok(), "{result:?}");
}

// ---------------------------------------------------------------------------------------------
// Findings: the minimal inputs the properties shrank to, each a test of what should happen
// (each failed on the core before it was fixed; the properties check these cases too).

/// `gapline render --height inf` (clap reads any float): the scene of even an empty dataset
/// cannot be written.
#[test]
fn finding_an_infinite_height_panics() {
    let options = SceneOptions { height: f64::INFINITY, ..SceneOptions::default() };
    let scene = build_scene(&Dataset::default(), &options);
    let svg = svg::to_svg(&scene, svg::SvgOptions::default());
    assert!(svg.starts_with("<svg"));
}

/// `Location::Text` counts lines and columns from 1, columns in characters (as
/// `decode_utf8` does); a JSON document cut short after a line break, or broken after
/// non-ASCII text, is placed by serde_json's count: column 0, or a column in bytes.
#[test]
fn finding_a_json_syntax_error_is_placed_at_column_0_or_in_bytes() {
    let at = |text: &str| import(text.as_bytes(), Format::Gapline).problems[0].location.clone();
    // Cut short after a line break: the place is the end of the text, line 2, column 1.
    assert_eq!(at("{\n"), Location::Text { line: 2, column: 1 });
    // A stray `x` after `"中文"`: the 12th character (serde_json says 16, the byte).
    assert_eq!(at("{\"t\": \"中文\" x}"), Location::Text { line: 1, column: 12 });
}

/// A record left out for a date after `as_of` is pointed at by the index of another record:
/// a run by its index among the runs kept, a model by the first record with its id. The
/// problem then names a record that is not the late one, and `Loaded::skipped` (the CLI's "N
/// records left out") counts two records as one.
#[test]
fn finding_a_late_record_is_located_at_another_record() {
    let run = r#"{"benchmark": "MMLU", "model": "a", "region": "US", "released": "2023", "score": 50, "source_url": "https://a.example"}"#;
    let model = r#"{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://a.example"}"#;
    for (text, late) in [
        (format!(r#"{{"as_of": "2019", "benchmarks": [1, {run}]}}"#), "/benchmarks/1/released"),
        (
            format!(r#"{{"as_of": "2019", "models": [{{"id": "a"}}, {model}]}}"#),
            "/models/1/released",
        ),
    ] {
        let loaded = import(text.as_bytes(), Format::Gapline);
        let pointers: Vec<String> = loaded
            .problems
            .iter()
            .filter(|p| matches!(p.kind, ProblemKind::AfterAsOf { .. }))
            .filter_map(|p| match &p.location {
                Location::JsonAt { pointer, .. } | Location::Json { pointer } => {
                    Some(pointer.clone())
                }
                _ => None,
            })
            .collect();
        assert_eq!(pointers, [late], "{text}");
        assert_eq!(loaded.skipped(), 2, "{text}: both records are left out");
    }
}

/// Claims are checked against the models before the `as_of` check leaves late models out, so a
/// claim can keep a `reference_model` that is no model of the dataset; the JSON `gapline
/// import` writes of it then loses the claim when it is read.
#[test]
fn finding_a_claim_keeps_a_model_left_out_for_as_of() {
    let text = r#"{"as_of": "2019",
      "models": [{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://a.example"}],
      "claims": [{"id": "c", "speaker": "S", "said_on": "2024", "source_url": "https://s.example",
                  "text": "two years behind A", "reference_model": "a"}]}"#;
    let loaded = import(text.as_bytes(), Format::Gapline);
    let data = &loaded.dataset;
    for c in &data.claims {
        let r = c.reference_model.as_deref();
        let known = r.is_none_or(|r| data.models.iter().any(|m| m.id == r));
        assert!(known, "{c:?} names no model of {:?}", data.models);
    }
    let written = serde_json::to_string(data).unwrap_or_default();
    let again = import(written.as_bytes(), Format::Gapline);
    assert_eq!(again.dataset.claims.len(), data.claims.len(), "{:?}", again.problems);
}

/// Durations of a range are read in order ("3 to 1 years" is 1–3 years), and the format refuses
/// a hand-given gap whose maximum is below its minimum; the rule "a minimum and a maximum make
/// one range" (claims/candidates.rs, rule 2) keeps them as written.
#[test]
fn finding_a_minimum_above_the_maximum_is_read_as_the_gap() {
    let p = parse_with("a minimum of 2 years and a maximum of 1 year", None);
    let gap = p.map(|p| p.gap_months);
    assert!(
        matches!(gap, Ok(Some((min, Some(max)))) if min <= max),
        "{gap:?}: a range whose maximum is below its minimum"
    );
}
