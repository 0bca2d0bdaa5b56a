//! Which scores a benchmark's observed lag and verdicts rest on, as recorded on a dataset by
//! [`select_scores`](crate::gap::evaluators::select_scores) (the rules are there).

use crate::lang::Lang;

/// Which scores one benchmark's lag and verdicts use.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "scores", rename_all = "snake_case")]
pub enum ScoresUsed {
    /// Independent scores only, by these evaluators (in the order first met).
    Independent {
        /// The evaluators' names.
        evaluators: Vec<String>,
    },
    /// Every score, as asked.
    All,
    /// Every score, because the two sides do not both have independent ones (rule 2).
    AllNoIndependent,
}

impl ScoresUsed {
    /// The words a reader sees: "independent scores (Epoch AI)".
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            ScoresUsed::Independent { evaluators } => {
                let who = evaluators.join(", ");
                if zh {
                    format!("独立评测成绩（{who}）")
                } else {
                    format!("independent scores ({who})")
                }
            }
            ScoresUsed::All if zh => "实验室自报与独立评测成绩".into(),
            ScoresUsed::All => {
                "scores from the labs' own reports and independent evaluators".into()
            }
            ScoresUsed::AllNoIndependent if zh => "各方公布的成绩（双方没有都经独立评测）".into(),
            ScoresUsed::AllNoIndependent => {
                "scores as published: no independent scores on both sides".into()
            }
        }
    }
}
