//! Whose scores the observed lag and the verdicts rest on: the labs' own reports, independent
//! evaluators', or both.
//!
//! # Rules
//!
//! 1. **Independent.** A score is independent when its run names an evaluator other than
//!    `self` (Epoch AI's runs, an evaluator named in a curated table). A lab's own report
//!    (`self`), a run that does not say, and a model's own `scores` are not.
//! 2. **Auto** (the default). On each benchmark, when both the leading and the lagging region
//!    have an independent score, only independent scores are used: a lab's own number is
//!    measured with its own prompts and settings, so mixing them compares unlike things.
//!    Otherwise every score is used, and the text says that no independent scores exist on both
//!    sides.
//! 3. **Independent** (asked for). Only independent scores, on every benchmark; a benchmark
//!    without them has no scores, so "not enough data".
//! 4. **All** (asked for). Every score.
//!
//! [`select_scores`] applies the choice to a dataset once (the scores not used are taken out)
//! and records on it which was used for each benchmark, so everything drawn from the data (the
//! summary sentence, the connectors, each verdict) rests on the same scores and says which.

use super::observed::key;
use crate::data::dataset::Dataset;
use crate::data::region::Region;
pub use crate::data::scores_used::ScoresUsed;

/// Which scores to use. Default: [`EvaluatorChoice::Auto`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EvaluatorChoice {
    /// Independent scores where both sides have them, else all (rule 2).
    #[default]
    Auto,
    /// Independent scores only (rule 3).
    Independent,
    /// Every score (rule 4).
    All,
}

impl EvaluatorChoice {
    /// Reads `auto`, `independent` or `all` (any case); `None` for anything else.
    pub fn from_word(word: &str) -> Option<EvaluatorChoice> {
        match word.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(EvaluatorChoice::Auto),
            "independent" => Some(EvaluatorChoice::Independent),
            "all" => Some(EvaluatorChoice::All),
            _ => None,
        }
    }
}

/// Which scores `benchmark` uses in `data`, once [`select_scores`] has run on it; `None`
/// before, or for a benchmark the data has no scores for.
pub fn scores_used<'a>(data: &'a Dataset, benchmark: &str) -> Option<&'a ScoresUsed> {
    let wanted = key(benchmark);
    data.scores_used.iter().find(|(k, _)| *k == wanted).map(|(_, used)| used)
}

/// Applies `choice` to every benchmark of `data` (module rules), with `lead` and `lag` the two
/// sides compared: takes out the scores not used and records which were used.
pub fn select_scores(data: &mut Dataset, lead: Region, lag: Region, choice: EvaluatorChoice) {
    let mut names: Vec<String> = Vec::new();
    let runs = data.benchmarks.iter().map(|r| r.benchmark.as_str());
    let own = data.models.iter().flat_map(|m| m.scores.keys().map(String::as_str));
    for name in runs.chain(own) {
        let k = key(name);
        if !names.contains(&k) {
            names.push(k);
        }
    }
    let mut used = Vec::with_capacity(names.len());
    for k in names {
        let independent_in = |region: Region| {
            data.benchmarks
                .iter()
                .any(|r| r.region == region && r.independent() && key(&r.benchmark) == k)
        };
        let only_independent = match choice {
            EvaluatorChoice::All => false,
            EvaluatorChoice::Independent => true,
            EvaluatorChoice::Auto => independent_in(lead) && independent_in(lag),
        };
        if !only_independent {
            let why = if choice == EvaluatorChoice::All {
                ScoresUsed::All
            } else {
                ScoresUsed::AllNoIndependent
            };
            used.push((k, why));
            continue;
        }
        let mut evaluators: Vec<String> = Vec::new();
        data.benchmarks.retain(|r| {
            if key(&r.benchmark) != k {
                return true;
            }
            match r.evaluator.as_deref().filter(|_| r.independent()) {
                Some(e) => {
                    if !evaluators.iter().any(|x| x == e) {
                        evaluators.push(e.to_string());
                    }
                    true
                }
                None => false,
            }
        });
        // Rebuilt rather than `retain`ed: BTreeMap's retain costs the widget 2 KB of code.
        for m in data.models.iter_mut().filter(|m| m.scores.keys().any(|n| key(n) == k)) {
            let mut kept = std::collections::BTreeMap::new();
            for (name, score) in std::mem::take(&mut m.scores) {
                if key(&name) != k {
                    kept.insert(name, score);
                }
            }
            m.scores = kept;
        }
        used.push((k, ScoresUsed::Independent { evaluators }));
    }
    data.scores_used = used;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::lang::Lang;

    fn run(model: &str, region: &str, date: &str, score: f64, evaluator: Option<&str>) -> String {
        let evaluator = evaluator.map(|e| format!(r#", "evaluator": "{e}""#)).unwrap_or_default();
        format!(
            r#"{{"benchmark": "GPQA diamond", "model": "{model}", "model_name": "{model}", "region": "{region}", "released": "{date}", "score": {score}, "source_url": "https://s.example"{evaluator}}}"#
        )
    }

    fn data(runs: &[String]) -> Dataset {
        let json = format!(
            r#"{{"models": [{{"id": "m", "name": "M", "region": "US", "released": "2024-01-01", "scores": {{"gpqa diamond": 50}}, "source_url": "https://m.example"}}], "benchmarks": [{}]}}"#,
            runs.join(",")
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, []);
        loaded.dataset
    }

    fn ids(d: &Dataset) -> Vec<&str> {
        d.benchmarks.iter().map(|r| r.model.as_str()).collect()
    }

    #[test]
    fn auto_uses_independent_scores_only_when_both_sides_have_them() {
        let runs = [
            run("us-self", "US", "2025-01-01", 80.0, Some("self")),
            run("us-epoch", "US", "2025-02-01", 75.0, Some("Epoch AI")),
            run("cn-self", "CN", "2025-03-01", 78.0, Some("Self")),
            run("cn-aa", "CN", "2025-04-01", 70.0, Some("Artificial Analysis")),
            run("cn-unsaid", "CN", "2025-05-01", 71.0, None),
        ];
        let mut d = data(&runs);
        select_scores(&mut d, Region::US, Region::CN, EvaluatorChoice::Auto);
        assert_eq!(ids(&d), ["us-epoch", "cn-aa"]);
        assert!(d.models[0].scores.is_empty(), "a model's own score is not independent");
        let used = scores_used(&d, "GPQA Diamond").expect("recorded");
        assert_eq!(
            used,
            &ScoresUsed::Independent {
                evaluators: vec!["Epoch AI".to_string(), "Artificial Analysis".to_string()]
            }
        );
        assert_eq!(used.text(Lang::En), "independent scores (Epoch AI, Artificial Analysis)");

        // Only one side measured independently: everything is kept, and the text says why.
        let mut d = data(&runs[..3]);
        select_scores(&mut d, Region::US, Region::CN, EvaluatorChoice::Auto);
        assert_eq!(ids(&d), ["us-self", "us-epoch", "cn-self"]);
        assert_eq!(d.models[0].scores.len(), 1);
        assert_eq!(scores_used(&d, "gpqa-diamond"), Some(&ScoresUsed::AllNoIndependent));
    }

    #[test]
    fn asking_for_independent_or_all_overrides_the_default() {
        let runs = [
            run("us-self", "US", "2025-01-01", 80.0, Some("self")),
            run("cn-epoch", "CN", "2025-02-01", 75.0, Some("Epoch AI")),
        ];
        let mut d = data(&runs);
        select_scores(&mut d, Region::US, Region::CN, EvaluatorChoice::Independent);
        assert_eq!(ids(&d), ["cn-epoch"], "the US has no independent score: not enough data");
        let mut d = data(&runs);
        select_scores(&mut d, Region::US, Region::CN, EvaluatorChoice::All);
        assert_eq!(ids(&d), ["us-self", "cn-epoch"]);
        assert_eq!(scores_used(&d, "GPQA diamond"), Some(&ScoresUsed::All));
        assert_eq!(scores_used(&d, "MMLU"), None);
        assert_eq!(EvaluatorChoice::from_word(" Independent "), Some(EvaluatorChoice::Independent));
        assert_eq!(EvaluatorChoice::from_word("self"), None);
    }
}
