//! Observed-lag connectors: for each rise of the lagging region's best score on the benchmark,
//! a line from the leading region's first model with that score (on its lane) to the lagging
//! model (on its lane). Its horizontal length is the lag. Drawn when both regions have a lane
//! and both releases are inside the window.

use super::primitives::Connector;
use crate::data::date::{PartialDate, Precision};
use crate::data::region::Region;
use crate::gap::observed::LagSeries;
use crate::lang::Lang;
use crate::layout::time_scale::TimeScale;
use chrono::NaiveDate;

/// The connectors of an observed-lag `series` between the lanes at `lanes` (region, y of its
/// marks), for the series' leading and lagging regions (see `prepared::lead_and_lag`).
pub fn connectors(
    series: &LagSeries,
    lanes: &[(Region, f64)],
    scale: &TimeScale,
    window: (NaiveDate, NaiveDate),
    lang: Lang,
) -> Vec<Connector> {
    let y_of = |region: Region| lanes.iter().find(|(r, _)| *r == region).map(|&(_, y)| y);
    let (Some(lead_y), Some(lag_y)) = (y_of(series.lead), y_of(series.lag)) else {
        return Vec::new();
    };
    let inside = |d: NaiveDate| d >= window.0 && d <= window.1;
    let month = |d: NaiveDate| lang.date(PartialDate::containing(d, Precision::Month));
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
