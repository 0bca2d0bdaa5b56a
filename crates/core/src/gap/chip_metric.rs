//! The chip metric a claim about chips is judged on.
//!
//! # Rules
//!
//! 1. **Named.** A claim that names a metric is judged on it: INT8 (`int8`, `TOPS`), memory
//!    bandwidth (`bandwidth`, `带宽`), memory size (`memory`, `HBM`, `显存`, `内存`), in that
//!    order of precedence; the words are looked for in the text and its Chinese original,
//!    ignoring case.
//! 2. **Default.** Otherwise dense FP16 tensor throughput ([`DENSE_FP16`]), the figure that
//!    training speed follows, and the verdict says no metric was named.
//!
//! The metrics are the benchmark names the hardware reader writes
//! ([`epoch_hardware`](crate::data::epoch_hardware)).

use crate::data::claim::Claim;

pub use crate::data::chip_metrics::{DENSE_FP16, INT8, MEMORY_BANDWIDTH, MEMORY_SIZE};

/// The metric `claim` is judged on, and whether the claim named it (module rules).
pub fn chip_metric(claim: &Claim) -> (&'static str, bool) {
    let text =
        format!("{} {}", claim.text, claim.text_zh.as_deref().unwrap_or("")).to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["int8", "tops"]) {
        (INT8, true)
    } else if has(&["bandwidth", "带宽"]) {
        (MEMORY_BANDWIDTH, true)
    } else if has(&["memory", "hbm", "显存", "内存"]) {
        (MEMORY_SIZE, true)
    } else {
        (DENSE_FP16, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;
    use crate::data::source_url::SourceUrl;

    fn claim(text: &str, zh: Option<&str>) -> Claim {
        Claim {
            id: "c".into(),
            speaker: "S".into(),
            affiliation: None,
            said_on: PartialDate::parse("2024").expect("date"),
            venue: None,
            source_url: SourceUrl::parse("https://c.example").expect("url"),
            text: text.into(),
            text_zh: zh.map(str::to_string),
            relation: None,
            gap_months: None,
            modality: None,
            reading: None,
            reference_model: None,
        }
    }

    #[test]
    fn a_named_metric_wins_and_dense_fp16_is_the_default() {
        let got = |t: &str, zh: Option<&str>| chip_metric(&claim(t, zh));
        assert_eq!(got("Huawei has matched Nvidia's A100", None), (DENSE_FP16, false));
        assert_eq!(got("The 910B trails the H100 in INT8 TOPS", None), (INT8, true));
        assert_eq!(got("Its HBM bandwidth is a generation behind", None), (MEMORY_BANDWIDTH, true));
        assert_eq!(got("less memory than the H20", None), (MEMORY_SIZE, true));
        assert_eq!(got("a chip claim", Some("国产芯片显存落后")), (MEMORY_SIZE, true));
    }
}
