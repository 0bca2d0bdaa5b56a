//! Metamorphic tests of the claim grammar: sentences made from templates across its
//! constructions, checked by how their readings must relate, not against labels.
//!
//! - Swapping the two sides of a direction flips behind and ahead.
//! - A negation turns "behind" into parity and a level into behind, and never leaves the
//!   reading it negates.
//! - A hedge on the duration changes the range, never the relation.
//! - A passive reads as its active ("China is trailed by the US" = "the US trails China").
//! - An English sentence and its Chinese counterpart read the same relation and gap.
//! - A question asserts nothing.
//!
//! Several hundred sentences in all; each failure names its sentence.

use gapline_core::claims::parse::parse_claim;

type Months = Option<(f64, Option<f64>)>;

fn read(text: &str) -> (&'static str, Months) {
    match parse_claim(text, None) {
        Ok(p) => (p.relation.name(), p.gap_months),
        Err(e) => panic!("{text}: {}", e.message),
    }
}

/// The grammar's reading of a text: the relation given, or the first of the choices when the
/// text also allows another ("may lag …, but leads …" is withheld as not sure, and the reading
/// after "but" comes first).
fn chosen(text: &str) -> &'static str {
    match parse_claim(text, None) {
        Ok(p) => p.relation.name(),
        Err(e) => {
            e.choices.first().map_or_else(|| panic!("{text}: {}", e.message), |c| c.relation.name())
        }
    }
}

const CHINA: &[&str] = &["China", "Chinese AI", "China's best models", "Chinese labs"];
const US: &[&str] = &["the US", "America", "US labs", "American AI", "the United States"];
/// Durations as written, and in months.
const DURATIONS: &[(&str, f64, f64)] = &[
    ("six months", 6.0, 6.0),
    ("a year", 12.0, 12.0),
    ("18 months", 18.0, 18.0),
    ("two years", 24.0, 24.0),
    ("1.5 years", 18.0, 18.0),
    ("three to five years", 36.0, 60.0),
];

/// Directional templates: `{a}` leads or trails `{b}` by `{d}`, with the relation said of
/// `{a}`.
const DIRECTIONS: &[(&str, &str)] = &[
    ("{a} leads {b} by {d}", "ahead"),
    ("{a} is {d} ahead of {b}", "ahead"),
    ("{a} has a lead of {d} over {b}", "ahead"),
    ("{a} is {d} behind {b}", "behind"),
    ("{a} trails {b} by {d}", "behind"),
    ("{a} lags {b} by {d}", "behind"),
    ("{a} lags behind {b} by about {d}", "behind"),
    ("{a} remains {d} behind {b}", "behind"),
    ("{a} has outpaced {b} by {d}", "ahead"),
    ("{a} is now {d} ahead of {b}", "ahead"),
];

fn fill(template: &str, a: &str, b: &str, d: &str) -> String {
    let s = template.replace("{a}", a).replace("{b}", b).replace("{d}", d);
    // Sentence case, as written.
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn opposite(relation: &str) -> &str {
    match relation {
        "ahead" => "behind",
        "behind" => "ahead",
        r => r,
    }
}

#[test]
fn swapping_the_sides_flips_behind_and_ahead() {
    let mut checked = 0;
    for (template, said_of_a) in DIRECTIONS {
        for (china, us) in CHINA.iter().zip(US.iter().cycle()) {
            for &(d, min, max) in DURATIONS {
                let china_first = fill(template, china, us, d);
                let us_first = fill(template, us, china, d);
                let gap = Some((min, Some(max)));
                assert_eq!(read(&china_first), (*said_of_a, gap), "{china_first}");
                assert_eq!(read(&us_first), (opposite(said_of_a), gap), "{us_first}");
                checked += 2;
            }
        }
    }
    assert!(checked >= 400, "{checked} sentences");
}

#[test]
fn a_negation_neutralises_or_flips_and_never_keeps_the_reading() {
    let cases = [
        // (affirmative, negated, the negated reading)
        ("{a} is behind {b}", "{a} is not behind {b}", "unspecified"),
        ("{a} is behind {b}", "{a} isn't behind {b}", "unspecified"),
        ("{a} is behind {b}", "{a} is no longer behind {b}", "parity"),
        ("{a} trails {b}", "{a} does not trail {b}", "unspecified"),
        ("{a} trails {b}", "{a} no longer trails {b}", "parity"),
        ("{a} is on par with {b}", "{a} is not on par with {b}", "behind"),
        ("{a} has matched {b}", "{a} has not matched {b}", "behind"),
        ("{a} is comparable to {b}", "{a} is not yet comparable to {b}", "behind"),
        ("{a} is close to {b}", "{a} is not close to {b}", "behind"),
        ("{a} is ahead of {b}", "{a} is not ahead of {b}", "unspecified"),
    ];
    for (yes, no, expected) in cases {
        for (china, us) in CHINA.iter().zip(US.iter()) {
            let (yes, no) = (fill(yes, china, us, ""), fill(no, china, us, ""));
            let (affirmed, negated) = (read(&yes).0, read(&no).0);
            assert_ne!(affirmed, negated, "{yes} / {no}");
            assert_eq!(negated, expected, "{no}");
        }
    }
    // The US side as the subject: "the US is no longer ahead of China" = China not behind.
    for us in US {
        let text = fill("{a} is no longer ahead of {b}", us, "China", "");
        assert_eq!(read(&text).0, "parity", "{text}");
    }
    for (yes, no) in [
        ("中国落后美国", "中国并不落后美国"),
        ("中国落后美国", "中国不再落后美国"),
        ("中美之间存在差距", "中美之间没有差距"),
        ("中国已经追平美国", "中国尚未追平美国"),
    ] {
        assert_ne!(read(yes).0, read(no).0, "{yes} / {no}");
    }
    // A catch-up still to come is behind, negated or not.
    assert_eq!(read("China has not caught up with the US yet").0, "behind");
    assert_eq!(read("中国还没有赶上美国").0, "behind");
}

#[test]
fn a_hedge_changes_the_range_not_the_relation() {
    type Range = fn(f64) -> (f64, Option<f64>);
    let hedges: &[(&str, Range)] = &[
        ("about", |m| (m, Some(m))),
        ("roughly", |m| (m, Some(m))),
        ("nearly", |m| (m, Some(m))),
        ("more than", |m| (m, None)),
        ("at least", |m| (m, None)),
        ("over", |m| (m, None)),
        ("less than", |m| (0.0, Some(m))),
        ("within", |m| (0.0, Some(m))),
    ];
    for (template, said) in [("{a} is {d} behind {b}", "behind"), ("{a} leads {b} by {d}", "ahead")]
    {
        for (hedge, range) in hedges {
            for (d, months) in [("two years", 24.0), ("six months", 6.0), ("a year", 12.0)] {
                let plain = fill(template, "China", "the US", d);
                let hedged = fill(template, "China", "the US", &format!("{hedge} {d}"));
                assert_eq!(read(&plain).0, read(&hedged).0, "{hedged}");
                assert_eq!(read(&hedged), (said, Some(range(months))), "{hedged}");
            }
        }
    }
    // 超过 before a duration is "more than", not "ahead".
    for (zh, months) in [("两年", 24.0), ("一年", 12.0), ("半年", 6.0), ("3个月", 3.0)] {
        let text = format!("国产大模型落后超过{zh}");
        assert_eq!(read(&text), ("behind", Some((months, None))), "{text}");
        let text = format!("中国落后美国约{zh}");
        assert_eq!(read(&text), ("behind", Some((months, Some(months)))), "{text}");
        // A hedge before the verb of the gap hedges its duration too.
        let text = format!("国产GPU与英伟达相比，至少落后{zh}");
        assert_eq!(read(&text), ("behind", Some((months, None))), "{text}");
        let text = format!("中国大约领先美国{zh}");
        assert_eq!(read(&text), ("ahead", Some((months, Some(months)))), "{text}");
    }
}

#[test]
fn a_passive_reads_as_its_active() {
    for (passive, active) in [
        ("China is trailed by the US by a year", "The US trails China by a year"),
        ("The US has been overtaken by China", "China has overtaken the US"),
        ("China is outpaced by the US", "The US outpaces China"),
        ("美国被中国超越", "中国超越美国"),
    ] {
        assert_eq!(read(passive), read(active), "{passive} / {active}");
    }
}

#[test]
fn english_and_chinese_counterparts_read_the_same() {
    for (en, zh) in [
        ("China is two years behind the US", "中国落后美国两年"),
        ("China lags the US by about six months", "中国落后美国约半年"),
        ("China leads the US by six months", "中国领先美国半年"),
        ("The US leads China by a year", "美国领先中国一年"),
        ("China has surpassed the US", "中国已经超越美国"),
        ("China is on par with the US", "中国与美国持平"),
        ("China is close to the US", "中国接近美国"),
        ("China is not behind the US", "中国并不落后于美国"),
        ("There is no gap between China and the US", "中美之间没有差距"),
        ("China is three to five years behind the US", "中国落后美国三到五年"),
        ("The gap between China and the US is about half a year", "中国与美国相差约半年"),
        ("China trails the US by more than two years", "中国落后美国超过两年"),
        ("China is one year behind the US", "中国比美国落后一年"),
    ] {
        assert_eq!(read(en), read(zh), "{en} / {zh}");
    }
}

#[test]
fn a_question_asserts_nothing() {
    for (template, _) in DIRECTIONS.iter().take(4) {
        let text = format!("{}?", fill(template, "China", "the US", "two years"));
        let question = format!("Is it true that {}", text.to_lowercase());
        assert_eq!(read(&question).0, "unspecified", "{question}");
    }
    assert_eq!(read("中国落后美国两年吗？").0, "unspecified");
}

/// `template` reads `said_of_a` with China as `{a}`, and the opposite with the sides swapped,
/// for every pairing of the sides.
fn assert_turns(template: &str, said_of_a: &str) {
    for (china_first, us_first) in each_pair(template) {
        assert_eq!(read(&china_first).0, said_of_a, "{china_first}");
        assert_eq!(read(&us_first).0, opposite(said_of_a), "{us_first}");
    }
}

/// `template` (Chinese, `{a}` and `{b}`) reads `said_of_a` for each pair of sides (China's,
/// the US's), and the opposite with the sides swapped.
fn assert_turns_zh(template: &str, said_of_a: &str, pairs: &[(&str, &str)]) {
    let zh = |a: &str, b: &str| template.replace("{a}", a).replace("{b}", b);
    for &(china, us) in pairs {
        assert_eq!(read(&zh(china, us)).0, said_of_a, "{}", zh(china, us));
        assert_eq!(read(&zh(us, china)).0, opposite(said_of_a), "{}", zh(us, china));
    }
}

/// A level: `template` reads `level` whichever side is `{a}` (English sides, every pairing).
fn assert_level(template: &str, level: &str) {
    for (china_first, us_first) in each_pair(template) {
        assert_eq!(read(&china_first).0, level, "{china_first}");
        assert_eq!(read(&us_first).0, level, "{us_first}");
    }
}

/// Each text reads as its relation.
fn assert_reads(cases: &[(&str, &str)]) {
    for &(text, expected) in cases {
        assert_eq!(read(text).0, expected, "{text}");
    }
}

/// Every pairing of a Chinese and a US side, for templates with `{a}` (China) and `{b}` (US).
fn each_pair(template: &str) -> Vec<(String, String)> {
    CHINA
        .iter()
        .zip(US.iter().cycle())
        .map(|(china, us)| (fill(template, china, us, ""), fill(template, us, china, "")))
        .collect()
}

#[test]
fn after_a_contrast_the_second_clause_decides_and_its_sides_still_turn() {
    for template in [
        "{a} may lag {b} in enterprise software, but {a} leads {b} in consumer apps",
        "{a} was catching up with {b}. However, {a} is now ahead of {b}",
        "{a} trailed {b} for years, yet {a} has overtaken {b}",
        "{a} has launched new open models, and surpassed {b} on key benchmarks",
    ] {
        for (china_first, us_first) in each_pair(template) {
            assert_eq!(chosen(&china_first), "ahead", "{china_first}");
            assert_eq!(chosen(&us_first), "behind", "{us_first}");
        }
    }
    for (en, zh) in [
        (
            "China may lag in adoption, but it leads the US in apps",
            "中国在应用上可能落后，但大幅领先美国",
        ),
        (
            "The gap was obvious; but the gap has narrowed since",
            "当时差距肉眼可见；但中美差距已经缩小",
        ),
    ] {
        assert_eq!(chosen(en), chosen(zh), "{en} / {zh}");
    }
}

#[test]
fn a_negation_of_the_future_an_ability_or_a_verb_of_thinking_acts_by_its_kind() {
    let cases = [
        // A forecast that it will not fall behind says nothing of now.
        ("{a} will not fall behind {b}", "unspecified"),
        ("{a} won't fall behind {b}", "unspecified"),
        // Unable to overtake or to match: behind.
        ("{a} cannot surpass {b}", "behind"),
        ("{a} can't overtake {b}", "behind"),
        ("{a} will find it hard to overtake {b}", "behind"),
        ("{a} is unable to match {b}", "behind"),
        // A negation raised to "think" negates the cue; one on "say" or "mean" asserts nothing.
        ("We do not think {a} will be able to keep up with {b}", "behind"),
        ("I don't think {a} is behind {b}", "unspecified"),
        ("I don't think {a} is behind {b} any more. {a} is close to {b}", "near"),
        ("I'm not saying {a} is ahead of {b}", "unspecified"),
        ("This does not mean {a} is behind {b}", "unspecified"),
        ("There is no evidence that {a} is ahead of {b}", "unspecified"),
        ("There is no sign that {a} is behind {b}", "unspecified"),
    ];
    for (template, expected) in cases {
        for (china_first, _) in each_pair(template) {
            assert_eq!(read(&china_first).0, expected, "{china_first}");
        }
    }
    for (zh, expected) in [
        ("中国不会落后", "unspecified"),
        ("中国不会落后于美国", "unspecified"),
        ("中国难以超越美国", "behind"),
        ("中国无法超越美国", "behind"),
        ("中国不能超越美国", "behind"),
        ("华为在两年内难以推出性能超越英伟达的产品", "behind"),
        ("我们不认为中国已经超越美国", "unspecified"),
        ("这并不意味着中国领先美国", "unspecified"),
    ] {
        assert_eq!(read(zh).0, expected, "{zh}");
    }
}

#[test]
fn a_figure_with_no_duration_places_the_claim_and_leaves_the_gap_unstated() {
    for template in [
        "{a} is only a few months behind {b}",
        "{a} is a matter of months behind {b}",
        "{a} trails {b} by just 2.7%",
        "{a} is several generations behind {b}",
        "{b} is many years ahead of {a}",
    ] {
        let said_of_a = if template.starts_with("{b}") { "ahead" } else { "behind" };
        for (china_first, us_first) in each_pair(template) {
            let flipped = opposite(said_of_a);
            let want = if template.starts_with("{b}") { flipped } else { said_of_a };
            assert_eq!(read(&china_first), (want, None), "{china_first}");
            assert_eq!(read(&us_first), (opposite(want), None), "{us_first}");
        }
    }
    // The figure, not the first cue, decides: "traded the lead … with the US model ahead by 2.7%".
    let text =
        "Models from both countries have traded the lead, with the top US model ahead by 2.7%";
    assert_eq!(read(text), ("behind", None), "{text}");
    assert_eq!(read("中国大模型落后美国百分之十"), ("behind", None));
}

#[test]
fn a_gap_said_to_narrow_is_near_unless_negated_or_still_large() {
    for template in [
        "The gap between {a} and {b} has narrowed",
        "{a} narrowed its gap with {b}",
        "{a} has largely closed the gap with {b}",
        "{a} has significantly closed the gap with {b}",
    ] {
        for (china_first, us_first) in each_pair(template) {
            assert_eq!(read(&china_first).0, "near", "{china_first}");
            assert_eq!(read(&us_first).0, "near", "{us_first}");
        }
    }
    for (template, expected) in [
        ("The gap between {a} and {b} may not have narrowed", "unspecified"),
        ("The gap between {a} and {b} has not narrowed", "behind"),
        ("The gap between {a} and {b} is narrowing but remains large", "behind"),
        ("{a} has closed the gap with {b}", "parity"),
    ] {
        for (china_first, _) in each_pair(template) {
            assert_eq!(read(&china_first).0, expected, "{china_first}");
        }
    }
    for (zh, expected) in [
        ("中国缩小了与美国在人工智能领域的差距", "near"),
        ("中美差距在缩小", "near"),
        // Denied outright, the gap stands; said perhaps not to narrow, nothing is said.
        ("中美差距没有缩小", "behind"),
        ("中美差距逐步缩小、但仍然较大", "behind"),
    ] {
        assert_eq!(read(zh).0, expected, "{zh}");
    }
}

#[test]
fn leading_everyone_but_the_us_is_behind_the_us() {
    for template in [
        "{a} leads every country except {b}",
        "{a} has an advantage over countries other than {b}",
        "{a} is ahead of all nations apart from {b}",
    ] {
        for (china_first, _) in each_pair(template) {
            assert_eq!(read(&china_first).0, "behind", "{china_first}");
        }
    }
    assert_eq!(read("中国相较除美国以外的其他国家积累起一定的优势").0, "behind");
}

#[test]
fn an_indirect_question_or_a_race_without_a_winner() {
    for (template, expected) in [
        ("Nobody knows who is ahead, {a} or {b}", "unspecified"),
        ("It is unclear whether {a} is ahead of {b}", "unspecified"),
        ("The race between {a} and {b} does not yet have a clear winner", "parity"),
        ("There is no clear winner between {a} and {b}", "parity"),
        ("{a} and {b} have traded the lead several times", "parity"),
    ] {
        for (china_first, us_first) in each_pair(template) {
            assert_eq!(read(&china_first).0, expected, "{china_first}");
            assert_eq!(read(&us_first).0, expected, "{us_first}");
        }
    }
}

#[test]
fn more_ways_of_saying_a_duration() {
    for (text, gap) in [
        ("China is a year or two behind the US", Some((12.0, Some(24.0)))),
        ("China trails the US by a month or two", Some((1.0, Some(2.0)))),
        ("华为在至少两年内难以超越英伟达", Some((24.0, None))),
        ("大陆光刻设备落后荷兰廿年", Some((240.0, Some(240.0)))),
        ("国产芯片只有H100的四分之一，落后", None),
        ("The chip reaches only a quarter of the H100, behind", None),
        ("2025年一年时间，中国缩小了与美国的差距", None),
    ] {
        assert_eq!(read(text).1, gap, "{text}");
    }
}

#[test]
fn a_share_or_a_multiple_of_the_other_side_turns_with_the_sides() {
    for (template, said_of_a) in [
        ("{a}'s best chip delivers about 60% of the performance of {b}'s", "behind"),
        ("{a} has only a quarter of the compute of {b}", "behind"),
        ("{a} has three times the compute of {b}", "ahead"),
        ("{a}'s models reach roughly two-thirds of {b}'s scores", "behind"),
    ] {
        assert_turns(template, said_of_a);
    }
    for (zh, en) in [
        ("中国的算力只有美国的三分之一", "China has only a third of the compute of the US"),
        (
            "华为芯片的性能约为英伟达的60%",
            "Huawei's chip delivers about 60% of Nvidia's performance",
        ),
        ("美国的算力是中国的三倍", "The US has three times the compute of China"),
    ] {
        assert_eq!(read(zh).0, read(en).0, "{zh} / {en}");
    }
}

#[test]
fn a_side_that_qualifies_a_policy_or_compares_with_itself_is_not_the_gap() {
    for (text, expected) in [
        // "US export controls" is who acts, not a contender: the subject stays China.
        ("Despite US export controls, Chinese labs trail by only three months", "behind"),
        ("Under US sanctions, China has caught up", "parity"),
        ("在美国制裁下，中国大模型仍然落后", "behind"),
        ("US officials say China leads in open models", "ahead"),
        // A cue within one side says nothing of the gap; the next one decides.
        (
            "OpenAI leads, trailed closely by Google and Anthropic. China lags only modestly",
            "behind",
        ),
        ("Google trails OpenAI, and Chinese labs are ahead of both", "ahead"),
        ("OpenAI leads Google", "unspecified"),
    ] {
        assert_eq!(chosen(text), expected, "{text}");
    }
    // A passive participle after a comma reads as its active, and "by" before a measure is
    // the gap, not an agent.
    for (passive, active) in [
        ("China leads, followed closely by the US", "China leads the US"),
        ("The US leads, trailed by China", "China trails the US"),
        ("China is behind by six months", "China trails by six months"),
        ("China is behind by a wide margin", "China trails by a wide margin"),
    ] {
        assert_eq!(read(passive).0, read(active).0, "{passive} / {active}");
    }
}

#[test]
fn a_forecast_of_a_lead_or_a_level_says_nothing_of_today_but_a_catch_up_does() {
    for (template, expected) in [
        ("{a} is going to win the AI race against {b}", "unspecified"),
        ("{a} will soon overtake {b}", "unspecified"),
        ("{a} is poised to surpass {b}", "unspecified"),
        ("{a} will be on par with {b} by 2030", "unspecified"),
        // Still behind today: a catch-up to come, or a state said to last.
        ("{a} will catch up with {b}", "behind"),
        ("{a} will remain behind {b}", "behind"),
        // "May", "likely" hedge today's state: no forecast.
        ("{a} may lag {b} by about 15 months", "behind"),
        ("{a} is very likely twenty years behind {b}", "behind"),
        // "Could", "might" before a lead or a level: a possible event; before "be", today.
        ("{a} could overtake {b} within a decade", "unspecified"),
        ("{a} might eventually surpass {b}", "unspecified"),
        ("{a} could be ahead of {b}", "ahead"),
        ("{a} could lag {b} by a year", "behind"),
    ] {
        for (china_first, _) in each_pair(template) {
            assert_eq!(chosen(&china_first), expected, "{china_first}");
        }
    }
    for (en, zh) in [
        ("China will lead the US", "中国将领先美国"),
        ("China will surpass the US", "中国将大幅超越美国"),
        ("China is expected to overtake the US", "中国有望超越美国"),
    ] {
        assert_eq!((read(en).0, read(zh).0), ("unspecified", "unspecified"), "{en} / {zh}");
    }
}

#[test]
fn a_first_person_with_no_side_named_is_the_speaker_side_by_the_language() {
    // An English "we" is the US, a Chinese 我们 China, when the text names no side; with a
    // side named, "we" is the other one.
    assert_reads(&[
        ("We are substantially ahead of them in AI", "behind"),
        ("We're clearly, I think, ahead", "behind"),
        ("我们还处于追赶阶段", "behind"),
        ("我们已经领先了", "ahead"),
        ("We have a three-month lead on China", "behind"),
        ("我们落后美国两年", "behind"),
    ]);
}

#[test]
fn an_editors_note_in_brackets_is_not_the_speakers_first_person() {
    // "[our translation]" and "[we]" are the editor's words: appended to any sentence of the
    // templates, or written inside it, they leave its reading as it was.
    for &(template, _) in DIRECTIONS {
        for (china, us) in CHINA.iter().zip(US.iter().cycle()) {
            for text in
                [fill(template, china, us, "two years"), fill(template, us, china, "a year")]
            {
                let plain = read(&text);
                for noted in
                    [format!("{text} [our translation]"), format!("{text}. [our translation]")]
                {
                    assert_eq!(read(&noted), plain, "{noted}");
                }
            }
        }
    }
    assert_reads(&[
        ("They are two years ahead of the top models [our translation]", "ahead"),
        ("They are far ahead [of us, the editors]", "ahead"),
    ]);
}

#[test]
fn model_families_and_possessives_name_their_side() {
    for (text, expected) in [
        ("GPT-4 outperforms Ernie on most benchmarks", "behind"),
        ("Qwen beats Llama on coding", "ahead"),
        ("与OpenAI的GPT-4.0相比，仍存在一年半的技术差距", "behind"),
        ("Claude outperforms GPT-5 on coding, and DeepSeek trails both", "behind"),
        ("The best open models now come from China", "ahead"),
        ("The most capable models still come from the US", "behind"),
    ] {
        assert_eq!(chosen(text), expected, "{text}");
    }
}

#[test]
fn a_level_of_the_past_is_a_lag_and_turns_with_the_sides() {
    for (template, said_of_a) in [
        ("{a} is roughly where {b} was six months ago", "behind"),
        ("{a}'s best model is comparable to what {b} released six months ago", "behind"),
        ("{a} has caught up to where {b} was six months ago", "behind"),
    ] {
        for (china_first, us_first) in each_pair(template) {
            assert_eq!(read(&china_first), (said_of_a, Some((6.0, Some(6.0)))), "{china_first}");
            assert_eq!(read(&us_first).0, opposite(said_of_a), "{us_first}");
        }
    }
    // An offset in time is still no gap.
    assert_eq!(read("Two years ago, China was far behind the US").1, None);
}

#[test]
fn a_gap_said_to_be_gone_is_parity_and_almost_gone_near() {
    assert_reads(&[
        ("The gap between Chinese and US models has effectively closed", "parity"),
        ("The performance gap between the two countries has disappeared", "parity"),
        ("中美大模型的差距已经消失", "parity"),
        ("The gap between Chinese and US models has almost disappeared", "near"),
        ("The gap between Chinese and US models has not closed", "behind"),
        // A gap said not to be large or far is small: near, with or without a duration.
        ("The gap of domestic large models is actually not that far", "near"),
        ("國產大模型的差距其實並沒有多遠", "near"),
        ("The gap may be around one to two months; the gap is not large", "near"),
        ("文心一言和ChatGPT的差距可能在一到两个月左右,差距不大", "near"),
        ("The gap is about two years and it is large", "behind"),
        // "All but" is "almost", not a contrast (a level is said of both sides).
        ("China has all but closed the gap with the US", "near"),
        ("The US has all but caught up with China", "near"),
    ]);
}

#[test]
fn a_small_gap_is_near_and_a_chinese_comparative_turns_with_the_sides() {
    assert_reads(&[
        ("中美之间的差距已经非常小了", "near"),
        ("The gap between the two is now small", "near"),
        // Denied outright, the gap stands; said perhaps not to narrow, nothing is said.
        ("中美差距没有缩小", "behind"),
        ("中国AI的应用场景比美国更丰富", "ahead"),
        ("美国的芯片比中国更先进", "behind"),
        ("通义千问在多项基准测试中与GPT-4o不分上下", "parity"),
        ("美国仍是全球人工智能的领头羊", "behind"),
    ]);
}

#[test]
fn relative_clauses_nouns_and_comparatives_with_words_between() {
    for (template, said_of_a) in [
        ("{a}, which had long trailed {b}, now leads in several benchmarks", "ahead"),
        ("{a}, which has improved rapidly, still trails its rivals in {b} by six months", "behind"),
        ("{a} publishes more AI papers than {b}", "ahead"),
        ("{a} has fewer advanced chips than {b}", "behind"),
        ("{a}'s models are nipping at the heels of {b}'s best", "near"),
    ] {
        assert_turns(template, said_of_a);
    }
    // "we" is never the cue's own object, whatever else the text names.
    assert_eq!(
        read("\"We are six to nine months behind the US,\" said the founder of a Chinese startup"),
        ("behind", Some((6.0, Some(9.0))))
    );
}

#[test]
fn holding_the_lead_a_horizon_to_match_and_a_level_of_a_calendar_year() {
    for (template, said_of_a) in [
        ("For now, the edge belongs to {a}", "ahead"),
        ("It will take {a} years to match {b}", "behind"),
        ("{a}'s best chips are about where {b} was in 2020", "behind"),
    ] {
        assert_turns(template, said_of_a);
    }
    assert_eq!(read("The distance between the two countries' best models is now small").0, "near");
}

#[test]
fn chinese_idioms_of_standing() {
    assert_reads(&[
        ("国产大模型已跻身全球第一梯队", "parity"),
        ("在高端GPU领域，英伟达依然一家独大", "behind"),
        ("我国在基础算法和框架方面仍受制于人", "behind"),
        ("国内企业与OpenAI相比仍存在明显短板", "behind"),
    ]);
}

#[test]
fn losing_to_equal_to_slightly_behind_and_a_share_of_a_named_model() {
    // 输给 (lost to) turns with the sides, and negated (不输) is a level; "equal" is a level;
    // "slightly behind" is near whichever side is named first; a share of a model whose name
    // has a hyphen (GPT-4的九成) is a share.
    assert_turns("{a}的模型输给了{b}的模型", "behind");
    assert_turns("{a}模型的性价比远高于{b}模型", "ahead");
    assert_turns("{a}芯片的能效低于{b}芯片", "behind");
    for (template, expected) in [
        ("{a}的模型不输{b}的模型", "parity"),
        ("{a} and {b} are now roughly equal", "parity"),
        ("{a} is slightly behind {b}", "near"),
        ("{a} is only a whisker behind {b}", "near"),
        ("{a}的模型略逊于{b}", "near"),
    ] {
        for (china_first, us_first) in each_pair(template) {
            assert_eq!(read(&china_first).0, expected, "{china_first}");
            assert_eq!(read(&us_first).0, expected, "{us_first}");
        }
    }
    assert_reads(&[
        ("国内模型整体水平大约相当于GPT-4的九成", "behind"),
        ("国产芯片的性能只有H100的60%", "behind"),
        ("China is just six months behind the US", "behind"),
        // A rank below the first, a way still to go, a level a side sold in the past.
        ("Chinese AI remains second-tier", "behind"),
        ("国产大模型仍处于第二梯队", "behind"),
        ("与世界领先水平相比，我们还有很长的路要走", "behind"),
        ("China still has a long way to go in chips", "behind"),
        ("Huawei's best chip is comparable to what Nvidia sold three years ago", "behind"),
        ("在多项评测中，国产模型已与GPT-4o打成平手", "parity"),
        ("国产模型跻身世界一流行列", "parity"),
        ("中国AI在原创性基础研究上仍不及美国", "behind"),
        ("国产模型的推理能力仍逊色于OpenAI的o1", "behind"),
        ("DeepSeek的成绩与美国顶尖模型处于同一水准", "parity"),
        ("国产大模型与GPT-4处在同一起跑线上", "parity"),
        ("美国仍然是人工智能领域的绝对霸主", "behind"),
        ("中国AI技术的整体水平距离世界先进水平还有不小距离", "behind"),
        ("中国AI产业大而不强的问题依然突出", "behind"),
        ("中国在人工智能专利申请量上位居全球首位", "ahead"),
        ("英伟达的GPU依然是行业标杆，国产芯片难以望其项背", "behind"),
        ("中国AI何时能赶上美国，目前还很难说", "unspecified"),
        ("Overseas closed-source models still hold a technical advantage", "behind"),
        // A lead said to narrow is near, as a gap is; widened, still behind.
        ("The US lead over China has narrowed sharply", "near"),
        ("美国的领先优势正在缩小", "near"),
        // Narrowed to a share it is near; narrowed to a duration, still a lag of that long.
        ("The gap between Chinese and US models shrank to 2% on MMLU", "near"),
        ("The US lead over China has narrowed to 1.7 points", "near"),
        ("The gap between Chinese and US models has narrowed to three months", "behind"),
        ("中美模型的差距已缩小到5%", "near"),
        // A lead eaten away or weakened is a lead said to narrow.
        ("美国的AI优势正在被中国蚕食", "near"),
        ("美国的领先优势被削弱", "near"),
        ("The US has widened its lead over China", "behind"),
        ("Neither country has a decisive lead", "parity"),
        // A chance asked of a lead is a forecast; "almost" anywhere before a Chinese level.
        ("未来3到5年，中国企业有多大机率超越OpenAI", "unspecified"),
        ("其性能幾乎與Google、OpenAI和Anthropic等公司的頂級模型不相上下", "near"),
        ("They have brought out models analogous or similar to the best models in America", "near"),
    ]);
}

#[test]
fn yet_to_a_no_subject_ground_lost_and_multiples_as_many_as() {
    // "Has yet to" and a "no" that opens the clause negate a level: still behind.
    for template in [
        "{a} has yet to match {b}",
        "{a} is yet to catch up with {b}",
        "No model from {a} has yet matched {b}",
        "None of the labs in {a} has caught up with {b}",
    ] {
        for (china_first, _) in each_pair(template) {
            assert_eq!(read(&china_first).0, "behind", "{china_first}");
        }
    }
    // "No doubt" is no negation.
    assert_eq!(read("No doubt China has caught up with the US").0, "parity");
    // Nor is a "no" of the clause that reports it.
    assert_eq!(read("No one doubts that America leads in AI").0, "behind");
    assert_eq!(read("It's not clear that America is still ahead").0, "unspecified");
    assert_eq!(read("The race is closer than many in Washington assume").0, "near");
    assert_turns("{a} is losing ground to {b}", "behind");
    assert_turns("{a} has twice as many AI researchers as {b}", "ahead");
    assert_turns("{a} has roughly ten times as much AI compute as {b}", "ahead");
    assert_turns("{a} has half as many data centers as {b}", "behind");
    assert_reads(&[
        ("China and the US are now in a dead heat in AI", "parity"),
        ("China is closer than ever to catching the US", "near"),
        ("In AI, the US is still the undisputed leader", "behind"),
        // Ground gained is a gap narrowed, as "gaining on" is.
        ("China is gaining ground on the US", "near"),
        ("China is gaining ground", "near"),
    ]);
}

#[test]
fn a_first_person_in_a_quote_is_the_side_its_attribution_names() {
    // The side named only in the words around a quotation is the speaker's; one named in the
    // quotation is the other party.
    assert_reads(&[
        (
            "\"We are still about six months behind,\" the founder of a Chinese AI startup said.",
            "behind",
        ),
        ("\"We are still about six months behind,\" an American executive said.", "ahead"),
        ("“We have a lead of about a year,” said a senior US official.", "behind"),
        ("“We have a lead of about a year,” said the head of a Chinese lab.", "ahead"),
        ("\"We are six months behind the US,\" said the founder of a Chinese startup.", "behind"),
        ("“我们落后了大约半年，”一位中国创业公司的创始人说。", "behind"),
        ("“我们领先大约一年，”一位美国官员说。", "behind"),
    ]);
    // Measured against a point within reach, or outdone at a verb of "out-".
    assert_turns("{a} is out-innovating {b} in open-source AI", "ahead");
    assert_turns("{a} has outcompeted {b} in AI video", "ahead");
    assert_eq!(
        read("China's top models are within a few percentage points of America's best").0,
        "near"
    );
    assert_turns("{a} is running circles around {b} in robotics", "ahead");
    assert_turns("{a} has surged past {b} in AI adoption", "ahead");
    assert_turns("{a} is leaving behind {b} in video generation", "ahead");
    assert_turns("{a}'s models top the leaderboards, ahead of {b}'s", "ahead");
    assert_reads(&[
        ("China is an also-ran in frontier AI", "behind"),
        ("China has a lot of ground to make up", "behind"),
        ("Qwen and Llama perform about the same on standard benchmarks", "parity"),
        ("On Arena, the best Chinese and US models are statistically tied", "parity"),
        ("DeepSeek came within a hair of o1's scores", "near"),
        ("Frankly, they're not as far along as we are", "behind"),
        ("They're basically right on our heels", "near"),
        ("We still have the best models in the world", "behind"),
        ("China doesn't have anything as good as GPT-5 yet", "behind"),
        ("China is a long way from matching American chip technology", "behind"),
        ("The Chinese models are good, but they're still not at the frontier", "behind"),
    ]);
    // A lead noun whose holder follows it: "the biggest advantage the U.S. has".
    assert_turns("Chips are the biggest advantage {a} has over {b}", "ahead");
    assert_turns("The lead that {a} still enjoys over {b} is large", "ahead");
    // 把, 将 put the object before the verb: 华为将英伟达甩在身后 is Huawei ahead.
    assert_reads(&[
        ("华为将英伟达甩在身后", "ahead"),
        ("英伟达把华为甩在身后", "behind"),
        ("国产视频模型纷纷将去年先声夺人的Sora甩在身后", "ahead"),
        // A clause with no side shares the subject before it, not another cue's object.
        ("通义千问的衍生模型数量已突破13万个,超过美国Llama系列,稳居全球第一", "ahead"),
    ]);
    assert_turns("{a}'s AI capabilities pale in comparison to {b}'s", "behind");
    assert_reads(&[
        ("America remains the world's AI superpower", "behind"),
        ("China remains a follower rather than a leader in AI", "behind"),
        ("When it comes to deploying AI at scale, China is miles ahead", "ahead"),
    ]);
}

#[test]
fn a_chinese_level_of_the_past_is_a_lag_and_turns_with_the_sides() {
    for (china, us) in [("国产大模型", "美国"), ("华为", "英伟达"), ("国产模型", "GPT-4")]
    {
        let a_first = format!("{china}的水平相当于{us}一年前的水平");
        let b_first = format!("{us}的水平相当于{china}两年前的水平");
        assert_eq!(read(&a_first), ("behind", Some((12.0, Some(12.0)))), "{a_first}");
        assert_eq!(read(&b_first), ("ahead", Some((24.0, Some(24.0)))), "{b_first}");
    }
    // Without a level after it, 前 is a time: "two years ago, China was far behind".
    assert_eq!(read("两年前，中国远远落后").1, None);
}

#[test]
fn a_change_from_one_duration_to_another_claims_the_second() {
    for (text, months) in [
        ("The gap has shrunk from two years to about six months", 6.0),
        ("差距已经从两三年缩短到半年", 6.0),
        ("China went from 18 months behind to a year behind", 12.0),
    ] {
        assert_eq!(read(text).1.map(|g| g.0), Some(months), "{text}");
    }
}

#[test]
fn an_aim_or_a_capacity_asserts_nothing_and_another_cue_decides() {
    for (template, expected) in [
        ("{a} is working hard to beat {b}", "unspecified"),
        ("{a} has the ambition to surpass {b} in the next decade", "unspecified"),
        ("{a} is behind {b}, but it is working to overtake {b}", "behind"),
        ("{a} is trying to catch up with {b}", "behind"),
        ("{a} keeps failing to keep up with {b}", "behind"),
    ] {
        for (china_first, _) in each_pair(template) {
            assert_eq!(chosen(&china_first), expected, "{china_first}");
        }
    }
    assert_reads(&[
        ("The balance of power may be determined by who leads in AI", "unspecified"),
        ("China is a near-peer competitor of the US in AI", "near"),
        ("China is an AI peer of the US in many areas", "parity"),
    ]);
}

#[test]
fn a_chinese_place_in_front_or_behind_turns_with_the_sides() {
    for (template, said_of_a) in [
        ("{a}在AI应用上走在了{b}前面", "ahead"),
        ("{a}跑在{b}的前头", "ahead"),
        ("{a}在芯片上落在{b}后面", "behind"),
    ] {
        for (china, us) in [("中国", "美国"), ("国产模型", "美国模型"), ("华为", "英伟达")]
        {
            let (a_first, b_first) = (fill(template, china, us, ""), fill(template, us, china, ""));
            assert_eq!(read(&a_first).0, said_of_a, "{a_first}");
            assert_eq!(read(&b_first).0, opposite(said_of_a), "{b_first}");
        }
    }
    // With no side inside, the place is said of the subject alone.
    assert_eq!(read("在AI应用方面，中国已经跑在了前面").0, "ahead");
}

#[test]
fn negations_of_levels_leads_and_beliefs() {
    assert_reads(&[
        ("China isn't far behind the US", "near"),
        ("Chinese chips are not as advanced as Nvidia's", "behind"),
        ("Chinese models are not quite at the level of GPT-5", "behind"),
        ("China still can't make chips as good as TSMC's", "behind"),
        ("The US lead is not very large", "near"),
        ("America's edge over China is slim", "near"),
        ("Nobody thinks China has caught up", "behind"),
        ("China is not yet a peer of the US in AI", "behind"),
        ("There is no longer any meaningful gap between the two", "parity"),
        ("It's not true that China has caught up", "behind"),
    ]);
}

#[test]
fn the_words_of_comparison_in_each_of_their_forms() {
    // Verbs and phrases of leading and trailing, in the forms they are written in, turn
    // with the sides.
    for (template, said_of_a) in [
        ("{a} outstripped {b} last year", "ahead"),
        ("{a} is outstripping {b}", "ahead"),
        ("{a} eclipses {b} on reasoning benchmarks", "ahead"),
        ("{a} has edged out {b}", "ahead"),
        ("{a} is a cut above {b}", "ahead"),
        ("{a} has bested {b}", "ahead"),
        ("{a} outranks {b} on the leaderboard", "ahead"),
        ("{a} now outdoes {b}", "ahead"),
        ("{a} trounced {b} on math benchmarks", "ahead"),
        ("{a} ranks above {b}", "ahead"),
        ("{a} is further along than {b}", "ahead"),
        ("{a} sets the pace, ahead of {b}", "ahead"),
        ("{a} is outmatched by {b}", "behind"),
        ("{a} underperforms {b}", "behind"),
        ("{a} is losing the AI race to {b}", "behind"),
        ("{a} ranks below {b} in capability", "behind"),
        ("{a} pales beside {b}", "behind"),
        // A level negated says its subject is behind, and turns with the sides; so does a
        // one-sided level.
        ("{a} cannot match {b}", "behind"),
        ("{a} is not on par with {b}", "behind"),
        ("{a} is nowhere near {b}", "behind"),
        ("{a} is still a long way from {b}", "behind"),
        ("{a} is far in front of {b}", "ahead"),
        ("{a} outnumbers {b} in AI researchers", "ahead"),
        ("{a} has a decisive edge over {b}", "ahead"),
        ("{a} falls well short of {b}", "behind"),
        ("{a}击败了{b}", "ahead"),
        ("{a}的模型力压{b}", "ahead"),
        ("{a}在应用上胜过{b}", "ahead"),
        ("{a}弯道超车{b}", "ahead"),
        ("{a}还达不到{b}的水平", "behind"),
        ("{a}已经把{b}甩在后面", "ahead"),
        ("{a}的性能比{b}高出一截", "ahead"),
        ("{a}在中文能力上略胜{b}一筹", "ahead"),
        ("{a}还无法与{b}相提并论", "behind"),
        ("{a} is rivaling {b}", "parity"),
        ("{a} has approached {b}", "near"),
    ] {
        if template.is_ascii() {
            assert_turns(template, said_of_a);
        } else {
            assert_turns_zh(
                template,
                said_of_a,
                &[("中国", "美国"), ("国产模型", "美国模型"), ("华为", "英伟达")],
            );
        }
    }
    // Levels are said of both sides: swapping them changes nothing.
    for (template, level) in [
        ("{a} has drawn even with {b}", "parity"),
        ("{a} has pulled level with {b}", "parity"),
        ("{a} holds its own against {b}", "parity"),
        ("{a} is in the same league as {b}", "parity"),
        ("{a} performs as well as {b}", "parity"),
        ("{a} is keeping pace with {b}", "parity"),
        ("{a} is gaining on {b}", "near"),
        ("{a} is within reach of {b}", "near"),
        ("{a} is only marginally worse than {b}", "near"),
        ("{a} is breathing down the neck of {b}", "near"),
        ("{a} and {b} are essentially tied", "parity"),
        ("{a} is a close competitor to {b}", "near"),
        ("{a} is within touching distance of {b}", "near"),
    ] {
        assert_level(template, level);
    }
    // Keeping pace that is a struggle is behind; a lead or a gap wiped out is parity, one
    // said to dwindle near.
    assert_reads(&[
        ("China is struggling to keep up with the US", "behind"),
        ("China cannot keep pace with the US", "behind"),
        ("China has erased the US lead", "parity"),
        ("China has wiped out America's lead", "parity"),
        ("China has eliminated the gap with the US", "parity"),
        ("中国已经消除了与美国的差距", "parity"),
        ("The US lead over China is dwindling", "near"),
        ("America's edge over China is slipping", "near"),
        ("国产模型与GPT-4难分高下", "parity"),
        ("国产模型与GPT-4只有一步之遥", "near"),
        ("国产模型已经可以和GPT-4掰手腕", "near"),
        ("国产模型离GPT-4已经不远了", "near"),
        ("国产模型离GPT-4仅剩临门一脚", "near"),
        ("中美之间的差距越来越小", "near"),
        ("国产模型与GPT-4可以分庭抗礼", "parity"),
        // A time between a forecast's word and its cue still makes it a forecast.
        ("中国有望在2030年超越美国", "unspecified"),
        ("中国将于2030年前领先美国", "unspecified"),
        // A lead said possible is a forecast; a lag said possible is still a lag.
        ("China may surpass the US by 2030", "unspecified"),
        ("China may lag the US by about 15 months", "behind"),
        ("China may be ahead of the US in some areas", "ahead"),
    ]);
}

#[test]
fn a_superlative_of_one_side_and_a_lead_of_a_small_degree() {
    // The best are one side's: that side leads, whichever it is.
    for (us, china) in [("American", "Chinese"), ("made in the US", "made in China")] {
        for template in [
            "The most capable models are still {s}",
            "The best AI models in the world are {s}",
            "Today the strongest open-weight models are mostly {s}",
        ] {
            let us_text = template.replace("{s}", us);
            let china_text = template.replace("{s}", china);
            assert_eq!(read(&us_text).0, "behind", "{us_text}");
            assert_eq!(read(&china_text).0, "ahead", "{china_text}");
        }
    }
    // A lead of a small degree is near, said of either side.
    for template in [
        "{a} has a slim lead over {b}",
        "{a} is slightly ahead of {b}",
        "{a} is a hair ahead of {b}",
        "{a} holds a narrow advantage over {b}",
        "{a} still leads {b}, but only narrowly",
        "{a} is marginally behind {b}",
    ] {
        assert_level(template, "near");
    }
    // Places in a ranking turn with the sides.
    assert_turns("{a} holds first place, ahead of {b}", "ahead");
    assert_turns("{a} is the runner-up to {b}", "behind");
    assert_turns("{a} ranks second after {b}", "behind");
    assert_level("{a} and {b} perform similarly on benchmarks", "parity");
}

#[test]
fn idioms_of_the_race_turn_with_the_sides_and_levels_do_not() {
    for (template, said_of_a) in [
        ("{a}在这一领域领先{b}一个身位", "ahead"),
        ("{a}在AI领域占据上风，{b}处于守势", "ahead"),
        ("{a}比{b}慢半拍", "behind"),
        ("{a}已经后来居上，超过{b}", "ahead"),
        ("{a}与{b}相比仍处于下风", "behind"),
        ("{a}与{b}还不在一个量级", "behind"),
        ("{a}在这一领域一骑绝尘，{b}望尘莫及", "ahead"),
        ("{a}在AI论文引用上排名第二，仅次于{b}", "behind"),
    ] {
        assert_turns_zh(
            template,
            said_of_a,
            &[("中国", "美国"), ("国产模型", "美国模型"), ("华为", "英伟达")],
        );
    }
    assert_turns("{a} has a moat that {b} cannot cross", "ahead");
    assert_turns("{a} is at the front of the pack, ahead of {b}", "ahead");
    for (template, level) in [
        ("{a}与{b}处于同一量级", "parity"),
        ("{a}和{b}打了个平手", "parity"),
        ("{a}离{b}只差一口气", "near"),
        ("{a}与{b}的表现已经相差无几", "near"),
        ("{a}和{b}各有所长", "parity"),
        ("{a}已经具备与{b}同台竞技的实力", "parity"),
    ] {
        let zh = |a: &str, b: &str| template.replace("{a}", a).replace("{b}", b);
        for (china, us) in [("中国", "美国"), ("国产模型", "美国模型")] {
            assert_eq!(read(&zh(china, us)).0, level, "{}", zh(china, us));
            assert_eq!(read(&zh(us, china)).0, level, "{}", zh(us, china));
        }
    }
    assert_reads(&[
        ("China has closed much of the gap with the US", "near"),
        ("国产芯片还有很长一段路要走", "behind"),
        // 领先 before a noun is an attribute of a name ("leading overseas models"), not a claim.
        ("国产大模型相比海外领先模型仍有差距", "behind"),
        ("国产芯片与领先企业相比还有差距", "behind"),
    ]);
}

#[test]
fn owners_of_a_lead_aims_predictions_and_levels_named_after_a_model() {
    // The side before a lead noun holds it, even under a preposition, and turns.
    assert_turns("This is a response to the {a} advantage in computing power", "ahead");
    assert_turns("Investors worry about {a}'s lead over {b}", "ahead");
    // An aim asserts nothing of today, also before "be the" and after a noun of means: the
    // other cue decides.
    assert_reads(&[
        ("Both are racing to be the global leader. The US is ahead on cutting-edge LLMs", "behind"),
        ("Both are racing to be the global leader. China is ahead on cutting-edge LLMs", "ahead"),
        ("The firm will concentrate resources to surpass Sora", "unspecified"),
        ("Beijing has the means and the opportunity to pull ahead", "unspecified"),
        // A verb of predicting makes every cue it governs a forecast.
        (
            "He predicted that China may lag in adoption, but it will lead the US in apps",
            "unspecified",
        ),
        ("她预测中国将在应用上领先美国", "unspecified"),
        // 有希望 is a forecast, past a place phrase too; the fact before the contrast decides.
        ("虽然我们暂时落后于美国，但我国更有希望在人工智能领域引领世界", "behind"),
        // "X or better", "near parity".
        (
            "Chinese labs release open models at or beyond the capabilities of the best US model",
            "parity",
        ),
        ("Open models are now as good or even stronger than closed ones", "parity"),
        ("GLM reached near parity with Claude", "near"),
        ("China is a close follower of the US", "near"),
    ]);
    assert_turns("{a}'s new model unseated {b} at the top of the leaderboard", "ahead");
    // A level named after a model is parity with it.
    for text in [
        "Shengshu launched the first Sora-level video model",
        "Moonshot's Kimi is a GPT-4-class model",
        "国产视频模型已达到Sora级别",
    ] {
        assert_eq!(read(text).0, "parity", "{text}");
    }
    // A relative clause's subject is its antecedent, under a preposition too.
    assert_turns("Firms still rely on {b} chips, which remain inferior to {a} chips", "ahead");
    // A level with a past generation is a lag, and turns.
    assert_turns("{a}'s chips are roughly comparable to {b}'s previous generation", "behind");
    assert_eq!(read("国产芯片的性能只相当于英伟达上一代产品").0, "behind");
    // A later clause with 还 or 仍 ("still") sets an earlier level aside, as "but" does.
    assert_eq!(read("国产大模型的能力已经达到GPT-3.5的水平，与GPT-4相比还有差距").0, "behind");
    assert_eq!(read("国产模型已接近GPT-3.5，距离GPT-4仍有一段距离").0, "behind");
    // A Chinese level of a calendar year is a lag with no gap stated.
    assert_eq!(read("中国的大模型技术水平大约相当于美国2023年的水平"), ("behind", None));
    // 不光 is "not only", an addition, not a negation.
    assert_eq!(read("不光是我们落后于美国，很多国家都落后").0, "behind");
    // Nouns of supremacy are leads, and turn; a prize raced for and a purpose are not.
    assert_turns("{a}'s supremacy over {b} in drones is undisputed", "ahead");
    assert_turns("{a} retains its leadership in AI, ahead of {b}", "ahead");
    assert_reads(&[
        ("US hegemony in AI is intact", "behind"),
        ("美国在AI领域的领导地位无可撼动", "behind"),
        ("In the race for AI supremacy, China is behind the US", "behind"),
        (
            "China is behind us, but it is working so that it will have superiority over us",
            "behind",
        ),
        ("China is on the brink of parity with the US", "near"),
    ]);
    // Places in a ranking, said of a side; "the number one factor" is no place.
    assert_turns("{a} is still number one in AI, ahead of {b}", "ahead");
    assert_turns("{a} is a strong number two, after {b}", "behind");
    assert_eq!(read("中国AI整体实力位居世界第二，仅次于美国").0, "behind");
    // "while" or "whereas" before a side starts its clause: that side is the next cue's subject.
    assert_turns("{a} leads in apps while {b} trails", "ahead");
    assert_turns("{a} leads in apps, whereas {b} trails", "ahead");
    // Not anywhere near, nowhere close, not even close: behind; a negated verb of arguing
    // negates what it governs.
    assert_turns("{a} is nowhere close to {b} in chips", "behind");
    assert_turns("{a} isn't anywhere near {b}", "behind");
    assert_reads(&[
        ("China is not even close", "behind"),
        ("Nobody would argue that China has caught up", "behind"),
    ]);
    // 谁 before a cue is an indirect question: nothing is asserted.
    assert_reads(&[
        ("很难说谁领先", "unspecified"),
        ("谁领先还不好说", "unspecified"),
        ("国产芯片跟英伟达完全不是一个级别", "behind"),
        ("国产模型与GPT-4处于同一级别", "parity"),
    ]);
    // A third country's place is not the gap between China and the US.
    assert_reads(&[
        ("毕竟美国是世界中心，不光是我们落后，欧洲落后更多，日本更加落后", "behind"),
        ("China trails the US, and Europe lags even further", "behind"),
    ]);
    // Idioms of the race in English turn with the sides.
    assert_turns("{a} is in the driver's seat, ahead of {b}", "ahead");
    assert_turns("{a} stands head and shoulders above {b}", "ahead");
    assert_turns("{a} is playing second fiddle to {b}", "behind");
    assert_turns("{a} is running away with the race, leaving {b} behind", "ahead");
    // The Chinese 比 comparative turns with the sides; 不比…差 is not behind.
    for (template, said_of_a) in [
        ("{a}比{b}更强", "ahead"),
        ("{a}的模型比{b}的模型弱一些", "behind"),
        ("{a}的芯片比{b}慢", "behind"),
        ("{a}的算力比{b}少得多", "behind"),
        ("{a}的得分比{b}高", "ahead"),
    ] {
        assert_turns_zh(template, said_of_a, &[("中国", "美国"), ("华为", "英伟达")]);
    }
    assert_eq!(read("国产模型不比GPT-4差").0, "parity");
    // "the leader" said of a side, and "a distant second".
    assert_turns("{a} remains the leader, with {b} a distant second", "ahead");
    assert_turns("{a} is a distant second to {b}", "behind");
}

#[test]
fn how_near_said_after_a_catching_up_is_the_reading() {
    // Catching up says who is behind; a nearness said after it, in its sentence, says how far.
    assert_level("{a} has been catching up with {b} and is now very close to {b}", "near");
    // An ellipsis before "and", "to", "that" … leaves words out; it does not end a sentence.
    assert_level("{a} can catch up ... and be very close to {b}", "near");
    // Not when the nearness is denied or is in another sentence.
    assert_reads(&[
        ("China is catching up with the US but is not close to it yet", "behind"),
        ("China is catching up with the US. Nothing else comes close to GPT-4.", "behind"),
    ]);
}

#[test]
fn abilities_to_compete_levels_reached_and_disparities() {
    // Able to compete is near, unable is behind; both turn with the sides.
    assert_level("{a} can compete with {b}", "near");
    assert_level("{a} competes directly with {b}", "near");
    assert_turns("{a} cannot compete with {b}", "behind");
    assert_turns("{a} can't compete with {b}", "behind");
    // Competing, as rivalry, says nothing of the gap.
    assert!(parse_claim("China is competing with the US for talent", None).is_err());
    // A level reached, a rank shared, a match: parity.
    assert_level("{a} reaches the level of {b}", "parity");
    assert_level("{a} is as performant as {b}", "parity");
    assert_level("{a} compares favourably with {b}", "parity");
    assert_reads(&[
        ("国产模型与美国基本处于一个段位", "parity"),
        ("DeepSeek hardly compares with US AI platforms", "behind"),
        ("国产芯片无法与英伟达匹敌", "behind"),
        ("The disparity between Chinese and US chips is still large", "behind"),
        ("There is no disparity between Chinese and US models", "parity"),
    ]);
}

#[test]
fn a_lead_or_a_gap_of_a_small_degree_in_either_language_is_near() {
    assert_level("{a} falls short of {b} by a little", "near");
    assert_level("{a} trails {b} by a hair", "near");
    assert_reads(&[
        ("美国取得微幅领先", "near"),
        ("国产模型小幅落后于GPT-4", "near"),
        ("中国模型与美国还差一点", "near"),
        ("中国模型与美国还差「一点」", "near"),
        ("There is a slight gap between Chinese and US models", "near"),
        // Not a small degree: a plain lag, and 一点也不 ("not at all").
        ("国产模型落后于GPT-4", "behind"),
    ]);
}

#[test]
fn a_lead_of_both_sides_together_is_over_third_countries() {
    for text in [
        "中美两国遥遥领先世界各国",
        "中美都领先于欧洲",
        "The US and China are far ahead of the rest of the world",
        "Both countries are ahead of Europe",
    ] {
        assert!(parse_claim(text, None).is_err(), "{text}");
    }
    // The gap between them is still read after it.
    assert_reads(&[
        ("China and the US are ahead of Europe, but China trails the US by a year", "behind"),
        ("中美两国遥遥领先世界各国，中美在大模型上算是打平了", "parity"),
        ("中国远远领先美国", "ahead"),
    ]);
}

#[test]
fn a_world_that_is_not_and_a_possible_lead_assert_nothing_of_today() {
    assert_reads(&[
        (
            "If the US had not imposed export controls, the best AI models would come from China",
            "unspecified",
        ),
        ("Without Nvidia's chips, China would be far behind the US", "unspecified"),
        ("China would be ahead of the US if it had more chips", "unspecified"),
        // "would" with no condition, or on a verb of saying, is no counterfactual.
        ("I would say China is behind the US", "behind"),
        ("中国可能在三年内超越美国", "unspecified"),
        ("国产芯片有可能弯道超车", "unspecified"),
        // A lag said possible is still a lag; a lead said possibly reached already, a hedge.
        ("中国可能落后美国两年", "behind"),
        ("中国大模型可能已经领先美国", "ahead"),
    ]);
}

#[test]
fn a_level_reached_in_chinese_is_parity_and_one_to_come_is_not() {
    assert_reads(&[
        ("DeepSeek-V3.2在推理基准测试中达到GPT-5水平", "parity"),
        ("国产模型达到了GPT-4的级别", "parity"),
        // Still to come (能, 将, 要 before it): the subject is behind today.
        ("生数科技今年年内能达到Sora目前版本的效果", "behind"),
        ("国产模型将达到GPT-4的水平", "behind"),
    ]);
}

#[test]
fn leading_as_an_attribute_of_what_is_compared_with_is_no_claim() {
    assert_reads(&[
        ("V3.2的世界知识广度仍落后于领先的专有模型", "behind"),
        ("国产模型与领先的闭源模型相比还有差距", "behind"),
        ("与领先模型相比,国产模型还有差距", "behind"),
        // Said of the subject, 领先 is still a lead.
        ("中国在AI领域是领先的", "ahead"),
    ]);
}

#[test]
fn a_participle_of_leading_and_the_us_platforms_as_sides() {
    // "leading their …" is a verb with its object, said of the side before it.
    assert_reads(&[
        ("with top US models leading their Chinese counterparts by 8 to 15 months", "behind"),
        ("Chinese labs, leading their American rivals in downloads", "ahead"),
        // Nvidia's platform and chips stand for the US side.
        ("CUDA's maturity gives a 3-5 year lead in software", "behind"),
        ("The H100 outperforms the Ascend 910B", "behind"),
    ]);
}

#[test]
fn xiangdang_as_quite_is_no_level() {
    assert_reads(&[
        // 相当 before an adjective is "quite".
        ("中国与美国还有相当大的差距", "behind"),
        ("国产模型的能力已经相当不错，但距离GPT-4还有距离", "behind"),
        // As a level: at the end of its clause, or before 于.
        ("国产模型与GPT-4相当", "parity"),
        ("国产模型的水平相当于GPT-4", "parity"),
        ("国产模型与GPT-4水平相当，价格更低", "parity"),
    ]);
}

#[test]
fn a_chinese_side_is_named_by_whole_words() {
    let reference = |text: &str| parse_claim(text, None).expect("reads").reference.text;
    assert_eq!(reference("国内模型和国外顶尖模型相比仍有差距"), "国外");
    assert_eq!(reference("中国落后美国两年"), "美国");
    assert_eq!(reference("国产芯片与英伟达相比差距相当明显"), "英伟达");
    let subject = |text: &str| parse_claim(text, None).expect("reads").subject.text;
    assert_eq!(subject("中国大模型已经接近GPT-4"), "中国大模型");
}

#[test]
fn passing_a_side_is_a_lead_and_passing_anything_else_is_not() {
    assert_turns("{a} passed {b} in open model downloads", "ahead");
    assert_reads(&[("The bill passed the Senate, and China still trails the US", "behind")]);
    assert!(parse_claim("Time has passed since the launch", None).is_err());
}

#[test]
fn a_claim_called_premature_asserts_nothing() {
    assert_reads(&[
        ("说中国AI已经超过美国，为时尚早", "unspecified"),
        ("It is too early to say China has caught up with the US", "unspecified"),
        ("It is premature to declare that China leads the US", "unspecified"),
        // Said of another clause or sentence, it leaves the claim standing.
        ("目前中国的相关技术水平距离GPT-4还有两年差距,现在担心风险为时尚早。", "behind"),
        ("China is behind the US. It is too early to say how this ends.", "behind"),
    ]);
}

#[test]
fn the_thesaurus_turns_with_the_sides_in_either_language() {
    // Verbs and nouns of leading and trailing, each in the forms it is written in.
    for (template, said_of_a) in [
        ("{a} outshines {b}", "ahead"),
        ("{a} outclasses {b} on coding", "ahead"),
        ("{a} is dwarfed by {b}", "behind"),
        ("{a} is losing out to {b}", "behind"),
        ("{a} can't hold a candle to {b}", "behind"),
    ] {
        assert_turns(template, said_of_a);
    }
    assert_level("{a} closely trails {b}", "near");
    assert_level("{a} is trailing closely behind {b}", "near");
    assert_level("{a} is on equal terms with {b}", "parity");
    assert_reads(&[("China is a laggard in AI chips", "behind")]);
    let pairs = [("中国AI", "美国"), ("国产模型", "GPT-4"), ("华为", "英伟达")];
    for (template, said_of_a) in [
        ("{a}追不上{b}", "behind"),
        ("{a}跟不上{b}", "behind"),
        ("{a}好于{b}", "ahead"),
        ("{a}压倒了{b}", "ahead"),
        ("{a}劣于{b}", "behind"),
    ] {
        assert_turns_zh(template, said_of_a, &pairs);
    }
    assert_reads(&[
        ("华为在芯片上处于劣势", "behind"),
        ("中国在AI应用上占优", "ahead"),
        ("中国大模型整体落伍", "behind"),
        ("国产模型已经与GPT-4并肩", "parity"),
        ("中国AI和美国齐平", "parity"),
        ("国产模型丝毫不落下风", "parity"),
        ("国产大模型与GPT-4还差一大截", "behind"),
        // Pulled in, made smaller: the gap narrows.
        ("国产模型拉近了与GPT-4的差距", "near"),
        ("国产芯片与英伟达的差距正在减小", "near"),
    ]);
}

#[test]
fn a_case_granted_and_a_danger_assert_nothing_of_today() {
    assert_reads(&[
        // "Even if", 即使: granted for the argument; the main clause decides.
        ("Even if China matches GPT-5, the US still leads by a year", "behind"),
        ("即使国产模型追平了GPT-4，美国仍然领先一年", "behind"),
        ("Even if Chinese chips are on par with the H100, supply is short", "unspecified"),
        // A danger of what may come.
        ("China risks falling further behind the US", "unspecified"),
        ("If they rely on closed models, US firms risk losing out to China", "unspecified"),
        ("US labs are at risk of losing their lead. China trails the US by a year", "behind"),
        // "Even though" grants a fact: it stands.
        ("Even though China trails the US by a year, its models are cheaper", "behind"),
    ]);
}

#[test]
fn the_state_a_change_starts_from_is_past() {
    assert_reads(&[
        // The state changed into decides.
        ("我国AI已经从跟跑转向并跑", "parity"),
        ("中国AI从落后到并跑再到领跑", "ahead"),
        ("China went from far behind to near parity with the US", "near"),
        ("China came from behind to overtake the US", "ahead"),
        ("Chinese AI went from a year behind to six months behind", "behind"),
        // With nothing read in the state changed into, the text says nothing of today.
        ("China moved from catching up to leading in some areas", "unspecified"),
        // 从 as "from the point of view of" is no change.
        ("从整体来看中国落后于美国两年", "behind"),
        // A gap or a lead said to be no more (不复存在) is gone.
        ("DeepSeek的出现，让美国的领先优势不复存在", "parity"),
        ("中美差距不复存在", "parity"),
    ]);
    assert_turns_zh("{a}是AI领域的领导者，{b}不是", "ahead", &[("中国", "美国")]);
}

#[test]
fn a_doubt_and_few_who_would_argue_negate_the_claim_after_them() {
    assert_reads(&[
        ("Few would argue China is ahead", "unspecified"),
        ("I doubt China is behind", "unspecified"),
        // "a few" is some; "no doubt", "little doubt" and "nobody doubts" affirm.
        ("A few analysts argue China is ahead", "ahead"),
        ("There is no doubt China is behind", "behind"),
        ("I have little doubt that China is behind the US", "behind"),
        ("Nobody doubts that the US leads", "behind"),
    ]);
}

#[test]
fn what_is_said_of_a_part_gives_way_to_what_is_said_of_the_whole() {
    assert_reads(&[
        ("China trails the US overall, but leads in some areas", "behind"),
        ("中国AI已实现并跑，部分领域甚至实现反超", "parity"),
        ("以美国为对标,中国在多数领域跟跑,少数领域并跑,极少数领域领跑", "behind"),
        // Said of a part only, it is still the reading.
        ("China leads the US in some areas", "ahead"),
    ]);
    assert_level("{a} is running side by side with {b}", "parity");
    assert_level("{a} continues to closely compete with {b}", "near");
    // "a side-by-side comparison" compares; it is no level.
    assert_reads(&[("A side-by-side comparison shows China trails the US", "behind")]);
}

#[test]
fn no_longer_a_chaser_is_level_and_a_finding_reported_is_not_said_of_we() {
    assert_reads(&[
        ("中国AI技术已不再是“追赶者”", "parity"),
        ("China is no longer catching up with the US", "parity"),
        // Not yet caught up: still behind.
        ("China has not caught up with the US yet", "behind"),
        // "We find that …": the finding's subject, not "we", is compared.
        ("We find that open models are 8 months behind the closed frontier", "behind"),
        ("We found that, as of today, Chinese models are a year behind", "behind"),
    ]);
}

#[test]
fn what_not_only_says_is_outdone_by_what_follows() {
    assert_reads(&[
        ("Chinese AI companies aren't just catching up. They are leapfrogging.", "ahead"),
        ("中国不仅追上了美国，而且实现了超越", "ahead"),
        // With nothing after it, it is the reading.
        ("China isn't just catching up", "behind"),
    ]);
}

#[test]
fn a_duration_said_of_a_year_ago_is_not_the_gap_of_now() {
    for (text, months) in [
        (
            "One year ago, China was behind the US by 7 to 10 years, but now the gap is about six months",
            6.0,
        ),
        ("一年前,中国落后美国7至10年,但现在差距已经缩短至大约六个月", 6.0),
        ("Two years ago China was three years behind; it is now one year behind", 12.0),
    ] {
        let (relation, gap) = read(text);
        assert_eq!(relation, "behind", "{text}");
        assert_eq!(gap, Some((months, Some(months))), "{text}");
    }
}

#[test]
fn more_levels_and_a_half_step_behind() {
    assert_level("{a} is a match for {b}", "parity");
    assert_level("{a} trades blows with {b}", "parity");
    assert_level("{a} holds up well against {b}", "parity");
    assert_level("{a} is in the same ballpark as {b}", "near");
    assert_reads(&[
        ("国产模型比得上GPT-4", "parity"),
        ("DeepSeek的性能堪比OpenAI o1", "parity"),
        ("国产芯片比得上英伟达吗？", "unspecified"),
        ("中国只慢了半步", "behind"),
        // "no match for" is no level: behind.
        ("DeepSeek is no match for GPT-5", "behind"),
    ]);
}

#[test]
fn a_belief_the_text_disputes_asserts_nothing() {
    // Whichever way the belief goes, and whichever side it names first.
    for (template, said_of_a) in [
        ("The assumption that {a} is two years behind {b} is wrong", "behind"),
        ("The idea that {a} leads {b} is a myth", "ahead"),
        ("Many people assume {a} trails {b}. That is a mistake", "behind"),
        ("He said {a} is far ahead of {b}. Is that really the case?", "ahead"),
    ] {
        for a in CHINA {
            for b in US {
                let text = template.replace("{a}", a).replace("{b}", b);
                assert_eq!(chosen(&text), "unspecified", "{text}");
                let swapped = template.replace("{a}", b).replace("{b}", a);
                assert_eq!(chosen(&swapped), "unspecified", "{swapped}");
            }
        }
        // The same sentence with the belief held is the claim.
        let held = template
            .replace("The assumption that ", "")
            .replace("The idea that ", "")
            .replace("Many people assume ", "")
            .replace(" is wrong", "")
            .replace(" is a myth", "")
            .replace(". That is a mistake", "")
            .replace("He said ", "")
            .replace(". Is that really the case?", "")
            .replace("{a}", "China")
            .replace("{b}", "the US");
        assert_eq!(chosen(&held), said_of_a, "{held}");
    }
    assert_reads(&[
        ("很多人误以为中国落后美国两年", "unspecified"),
        ("特朗普表示，美国远远领先中国。答案真的是这样吗？", "unspecified"),
        ("有人认为中国AI已经超越美国，这是一种误解", "unspecified"),
        // Held, or said of nothing disputed, the claim stands.
        ("他认为中国落后美国两年", "behind"),
        ("China trails the US by a year. Is the race over?", "behind"),
        ("People assume China is behind, and they are right: it trails the US by a year", "behind"),
    ]);
}

#[test]
fn gaining_ground_is_near_and_who_leads_after_a_word_of_doubt_is_a_question() {
    assert_level("{a} is gaining ground on {b}", "near");
    assert_level("{a} has gained ground on {b}", "near");
    assert_reads(&[
        ("It is unclear who is ahead in AI", "unspecified"),
        ("Nobody is sure who leads the race between China and the US", "unspecified"),
        // A relative "who" after a side is said of that side.
        ("OpenAI, who leads the field, is ahead of DeepSeek", "behind"),
    ]);
}

#[test]
fn a_chinese_contest_of_ability_is_near_and_its_negation_a_lag() {
    let pairs = [("中国AI", "美国"), ("国产芯片", "英伟达"), ("华为", "OpenAI")];
    // Level: the same reading whichever side comes first.
    for template in ["{a}已能与{b}抗衡", "{a}足以与{b}竞争", "{a}可以和{b}一较高下"]
    {
        for (a, b) in pairs {
            for text in [
                template.replace("{a}", a).replace("{b}", b),
                template.replace("{a}", b).replace("{b}", a),
            ] {
                assert_eq!(read(&text).0, "near", "{text}");
            }
        }
    }
    // Negated, the subject is behind: turned with the sides.
    assert_turns_zh("{a}无法与{b}竞争", "behind", &pairs);
    assert_turns_zh("{a}难以与{b}抗衡", "behind", &pairs);
    assert_reads(&[
        ("中國的可靈、即夢也能與之一戰", "near"),
        // Without a word of ability, a rivalry: no level.
        ("在全球AI竞争中，中国与美国竞争激烈。中国落后美国一年", "behind"),
        ("华为能否与英伟达竞争", "unspecified"),
    ]);
}
