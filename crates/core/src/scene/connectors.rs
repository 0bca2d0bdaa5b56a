//! Observed-lag connectors: for each rise of the lagging region's best score on the benchmark,
//! a line from the leading region's first model with that score (on its lane) to the lagging
//! model (on its lane). Its horizontal length is the lag. Drawn when both regions have a lane
//! and both releases are inside the window.

use super::primitives::Connector;
use crate::data::dataset::Dataset;
use crate::data::date::{PartialDate, Precision};
use crate::data::region::Region;
use crate::gap::observed::observed_lag;
use crate::lang::Lang;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// The connectors of `benchmark` between the lanes at `lanes` (region, y of its marks): the
/// first lane's region leads, the lagging region is China when it has a lane (else the second).
pub fn connectors(
    data: &Dataset,
    benchmark: &str,
    lanes: &[(Region, f64)],
    scale: &TimeScale,
    window: (NaiveDate, NaiveDate),
    lang: Lang,
) -> Vec<Connector> {
    let Some(&(lead, lead_y)) = lanes.iter().find(|(r, _)| *r != Region::CN) else {
        return Vec::new();
    };
    let Some(&(lag, lag_y)) = lanes.iter().find(|(r, _)| *r == Region::CN) else {
        return Vec::new();
    };
    let inside = |d: NaiveDate| d >= window.0 && d <= window.1;
    let month = |d: NaiveDate| lang.date(PartialDate::containing(d, Precision::Month));
    let series = observed_lag(data, benchmark, lead, lag);
    series
        .points
        .iter()
        .filter_map(|p| {
            let leading = p.leading.as_ref()?;
            let months = p.lag_months?;
            if !inside(leading.date) || !inside(p.lagging.date) {
                return None;
            }
            let n = months.round().abs() as i64;
            let later = months >= 0.0;
            let description = match lang {
                Lang::En => format!(
                    "{} ({}) reached {}'s {} score ({}): {n} month{} {}",
                    p.lagging.model_name,
                    month(p.lagging.date),
                    leading.model_name,
                    series.benchmark,
                    month(leading.date),
                    if n == 1 { "" } else { "s" },
                    if later { "later" } else { "earlier" }
                ),
                Lang::Zh => format!(
                    "{}（{}）达到{}（{}）的{}分数：{}{n}个月",
                    p.lagging.model_name,
                    month(p.lagging.date),
                    leading.model_name,
                    month(leading.date),
                    series.benchmark,
                    if later { "晚" } else { "早" }
                ),
            };
            Some(Connector {
                from: (scale.x(leading.date), lead_y),
                // Just under the lagging lane's marks, so the run that is the lag stays visible.
                to: (scale.x(p.lagging.date), lag_y + 8.0),
                description,
            })
        })
        .collect()
}
