//! What the data shows: the observed lag between two regions on a benchmark, and how claims
//! compare with it.

pub mod chance;
pub mod chip_events;
pub mod chip_metric;
pub mod evaluators;
pub mod ledger;
pub mod observed;
pub mod projection;
pub mod verdict;
