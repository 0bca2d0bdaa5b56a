//! "How this is measured": the widget's explanation of the observed lag, the benchmark in use,
//! the chance rule, what a release date is, and why a measured lag is a lower bound.
//!
//! Written as escaped HTML (the widget inserts it with `inner_html`, like the cards' bodies):
//! one string costs far less code than a view per paragraph. The heading is the widget's, so
//! that its id is unique on a page with several timelines.

use super::svg::{escape, num};
use crate::gap::chance::{NEAR_CEILING, NEAR_CHANCE, chance_level};
use crate::lang::Lang;

/// The panel's body for the scene's `benchmark` (`Scene::benchmark`; `None` when the data has
/// no scores), in `lang`: sections of a `<h4>` and a `<p>` each. Every piece of data text (the
/// benchmark's name) is escaped.
pub fn method_html(benchmark: Option<&str>, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let t = |en: &'static str, cn: &'static str| if zh { cn } else { en };
    let mut out = String::new();
    let mut section = |title: &str, body: &str| {
        out.push_str("<h4>");
        out.push_str(title);
        out.push_str("</h4><p>");
        out.push_str(body);
        out.push_str("</p>");
    };
    section(
        t("Observed lag", "观测差距"),
        t(
            "For the chosen benchmark, a region's frontier is the best score among the models it has released so far. Each time the lagging region's frontier (China's, by default) rises, the observed lag is how long after the leading region's frontier (the United States', by default) first reached that score the lagging region reached it. A negative lag means the lagging region got there first.",
            "对所选基准，一个地区的前沿是它至今发布的模型中的最高分。每当落后地区（默认为中国）的前沿上升，观测差距就是：领先地区（默认为美国）的前沿首次达到这一分数之后，过了多久落后地区才达到。差距为负，表示落后地区先达到。",
        ),
    );
    let (bench, chance) = match benchmark {
        Some(b) => {
            let name = escape(b);
            let used = if zh {
                format!("当前使用的基准：<strong>{name}</strong>。可用“基准”控件换一个。")
            } else {
                format!("Measured now on <strong>{name}</strong>. The Benchmark control picks another.")
            };
            let level = chance_level(b);
            let c = level.unwrap_or(0.0);
            let (pct, low, high) =
                (num(c * 100.0), num((c + NEAR_CHANCE) * 100.0), num((1.0 - NEAR_CEILING) * 100.0));
            let known = match (level.is_some(), zh) {
                (true, false) => format!("Guessing scores {pct}\u{a0}% on {name} (its chance level)."),
                (true, true) => format!("在{name}上，随机猜测可得{pct}%（机会水平）。"),
                (false, false) => format!(
                    "The chance level of {name} (what guessing scores) is not known: it is treated as 0\u{a0}%."
                ),
                (false, true) => format!("{name}的机会水平（随机猜测的得分）未知，按0%处理。"),
            };
            let rule = if zh {
                format!(
                    "参照分数若在机会水平10分以内（此处为{low}%及以下），或在100%满分5分以内（{high}%及以上），就无法区分模型：依据这种分数的结论会如实说明，而不给出数字。"
                )
            } else {
                format!(
                    " A reference score within 10 points of chance ({low}\u{a0}% or less here) or within 5 points of the 100\u{a0}% ceiling ({high}\u{a0}% or more) cannot tell models apart: a verdict resting on one says so instead of giving a number."
                )
            };
            (used, known + &rule)
        }
        None => (
            t(
                "None: the data has no benchmark scores, so no lag is measured.",
                "无：数据中没有基准分数，因此不测量差距。",
            )
            .to_string(),
            t(
                "Guessing scores something on most benchmarks (25\u{a0}% on four-choice questions): its chance level, 0\u{a0}% when it is not known. A reference score within 10 points of chance or within 5 points of the 100\u{a0}% ceiling cannot tell models apart.",
                "多数基准上随机猜测也能得分（四选一题为25%），即机会水平；未知时按0%处理。参照分数若在机会水平10分以内，或在100%满分5分以内，就无法区分模型。",
            )
            .to_string(),
        ),
    };
    section(t("Benchmark", "基准"), &bench);
    section(t("Scores that cannot tell", "无法区分的分数"), &chance);
    section(
        t("Release dates", "发布日期"),
        t(
            "Dates are when a model was announced or released. Public availability can come later (a waitlist, a staged roll-out, the API before the app), and it differs by country: a Chinese model's availability abroad can differ from its availability in China, and some US services are not offered in China.",
            "日期是模型宣布或发布的时间。公众能用上可能更晚（候补名单、分批开放、先开放API），各国情况也不同：中国模型在海外能否使用、何时能用，可能与国内不同；部分美国服务也不在中国提供。",
        ),
    );
    section(
        t("A lower bound", "下限"),
        t(
            "Read a lag measured on public benchmarks as a lower bound: labs test their models privately before they release them, and benchmarks cover only part of what models can do.",
            "在公开基准上测得的差距应视为下限：实验室在发布前会先在内部测试模型，而基准只覆盖模型能力的一部分。",
        ),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_benchmark_and_its_chance_level_in_both_languages() {
        let en = method_html(Some("GPQA diamond"), Lang::En);
        for said in [
            "<strong>GPQA diamond</strong>",
            "Guessing scores 25\u{a0}% on GPQA diamond",
            "35\u{a0}% or less here",
            "95\u{a0}% or more",
            "lower bound",
            "announced or released",
            "leading region",
        ] {
            assert!(en.contains(said), "{said} in {en}");
        }
        let zh = method_html(Some("GPQA diamond"), Lang::Zh);
        for said in
            ["<strong>GPQA diamond</strong>", "随机猜测可得25%", "35%及以下", "下限", "发布日期"]
        {
            assert!(zh.contains(said), "{said} in {zh}");
        }
        assert!(!zh.contains("benchmark"), "{zh}");
        // Ten choices: 10 % by chance, 20 % or less cannot tell.
        let pro = method_html(Some("MMLU-Pro"), Lang::En);
        assert!(
            pro.contains("Guessing scores 10\u{a0}% on MMLU-Pro")
                && pro.contains("20\u{a0}% or less")
        );
        // Sections are balanced.
        assert_eq!(en.matches("<h4>").count(), 5);
        assert_eq!(en.matches("<p>").count(), en.matches("</p>").count());
    }

    #[test]
    fn an_unknown_benchmark_is_treated_as_zero_percent() {
        let en = method_html(Some("Some new test"), Lang::En);
        assert!(en.contains("is not known: it is treated as 0\u{a0}%"), "{en}");
        assert!(en.contains("10\u{a0}% or less here"), "{en}");
        let zh = method_html(Some("Some new test"), Lang::Zh);
        assert!(zh.contains("未知，按0%处理"), "{zh}");
        // A free-answer benchmark is known at 0 %, not unknown.
        let math = method_html(Some("MATH level 5"), Lang::En);
        assert!(
            math.contains("Guessing scores 0\u{a0}% on MATH level 5")
                && !math.contains("not known")
        );
        // No benchmark at all.
        let none = method_html(None, Lang::En);
        assert!(
            none.contains("no lag is measured") && none.contains("0\u{a0}% when it is not known")
        );
        assert!(method_html(None, Lang::Zh).contains("不测量差距"));
    }

    #[test]
    fn a_hostile_benchmark_name_is_text() {
        let name = "<script>alert(1)</script> & \"x\"";
        for lang in [Lang::En, Lang::Zh] {
            let html = method_html(Some(name), lang);
            assert!(!html.contains("<script"), "{html}");
            assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
        }
    }
}
