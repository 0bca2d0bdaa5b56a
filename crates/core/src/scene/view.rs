//! Which of a dataset's lanes a timeline draws: the model releases, or the chips.
//!
//! A dataset may hold both (the built-in one does): models of every modality, and accelerators
//! (modality `chips`, with their figures as measurements in a unit, see
//! [`epoch_hardware`](crate::data::epoch_hardware)). A timeline draws one of them:
//!
//! - **Models** (the default): every model that is not a chip, the runs without a unit, and the
//!   claims not about chips.
//! - **Chips**: the chips, their measurements, and the claims about chips; its default metric
//!   is dense FP16 throughput ([`DENSE_FP16`]).
//!
//! [`apply_view`] makes that choice on the data once, then chooses whose scores are used
//! ([`select_scores`]), so everything drawn rests on the same data.

use crate::claims::modality::Domain;
use crate::claims::reading::read_claim;
use crate::data::dataset::Dataset;
use crate::data::model::Modality;
use crate::data::region::Region;
use crate::gap::chip_metric::DENSE_FP16;
use crate::gap::evaluators::{EvaluatorChoice, select_scores};

/// What a timeline draws. Default: [`View::Models`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Model releases.
    #[default]
    Models,
    /// Chips (accelerators).
    Chips,
}

impl View {
    /// Reads `models` or `chips` (any case); `None` for anything else.
    pub fn parse(word: &str) -> Option<View> {
        match word.trim().to_ascii_lowercase().as_str() {
            "models" | "" => Some(View::Models),
            "chips" | "chip" | "hardware" => Some(View::Chips),
            _ => None,
        }
    }

    /// The benchmark drawn when none is asked for: `None` (chosen from the data) for models,
    /// dense FP16 throughput for chips.
    pub fn default_benchmark(self) -> Option<&'static str> {
        match self {
            View::Models => None,
            View::Chips => Some(DENSE_FP16),
        }
    }
}

/// Keeps what `view` draws of `data` (module docs), then chooses whose scores the lag and the
/// verdicts use between the lanes' leading and lagging regions (`lanes`: China lags, the
/// first other lane leads).
pub fn apply_view(data: &mut Dataset, view: View, lanes: &[Region], evaluator: EvaluatorChoice) {
    let chips = view == View::Chips;
    let about_chips: Vec<bool> =
        data.claims.iter().map(|c| read_claim(c, data, None).modality == Domain::Chips).collect();
    let mut about = about_chips.into_iter();
    data.claims.retain(|_| about.next() == Some(chips));
    data.models.retain(|m| (m.modality == Modality::Chips) == chips);
    data.benchmarks.retain(|r| r.unit.is_some() == chips);
    if let Some((lead, lag)) = super::prepared::lead_and_lag(lanes) {
        select_scores(data, lead, lag, evaluator);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    #[test]
    fn each_view_keeps_its_own_lanes_runs_and_claims() {
        let json = r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "nvidia-a100", "name": "NVIDIA A100", "organization": "NVIDIA", "modality": "chips", "region": "US", "released": "2020-05-14", "source_url": "https://a.example"}],
          "benchmarks": [
            {"benchmark": "GPQA diamond", "model": "gpt-4", "model_name": "GPT-4", "region": "US", "released": "2023-03-14", "score": 35, "source_url": "https://s.example", "evaluator": "Epoch AI"},
            {"benchmark": "Dense FP16 throughput", "model": "nvidia-a100", "model_name": "NVIDIA A100", "region": "US", "released": "2020-05-14", "score": 312, "unit": "TFLOP/s", "source_url": "https://s.example", "evaluator": "self"}],
          "claims": [
            {"id": "chips", "speaker": "S", "said_on": "2023-08", "source_url": "https://c.example", "text": "Huawei has matched Nvidia's A100 chips"},
            {"id": "models", "speaker": "S", "said_on": "2024-02", "source_url": "https://c.example", "text": "China is 1.5 years behind GPT-4"}]}"#;
        let data = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let lanes = [Region::US, Region::CN];
        let mut chips = data.clone();
        apply_view(&mut chips, View::Chips, &lanes, EvaluatorChoice::Auto);
        let ids = |d: &Dataset| {
            (
                d.models.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
                d.benchmarks.iter().map(|r| r.benchmark.clone()).collect::<Vec<_>>(),
                d.claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            ids(&chips),
            (
                vec!["nvidia-a100".into()],
                vec!["Dense FP16 throughput".into()],
                vec!["chips".into()]
            )
        );
        let mut models = data;
        apply_view(&mut models, View::Models, &lanes, EvaluatorChoice::Auto);
        assert_eq!(
            ids(&models),
            (vec!["gpt-4".into()], vec!["GPQA diamond".into()], vec!["models".into()])
        );
        assert_eq!(View::parse("Chips"), Some(View::Chips));
        assert_eq!(View::parse("gpus"), None);
        assert_eq!(View::Chips.default_benchmark(), Some(DENSE_FP16));
    }
}
