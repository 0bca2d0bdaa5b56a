//! The data model (models, events, dates with precision, regions, source links), the readers that turn
//! files into it, and the problems they report.

pub mod benchmark_run;
pub mod chip_metrics;
pub mod claim;
pub mod claims_file;
pub mod claims_left_out;
pub mod country;
pub mod dataset;
pub mod date;
pub mod epoch_benchmarks;
#[cfg(feature = "hardware")]
pub mod epoch_hardware;
pub mod epoch_models;
pub mod event;
pub mod events_csv;
pub mod flag;
pub mod import;
pub mod json_position;
pub mod merge;
pub mod model;
pub mod models_csv;
pub mod problem;
pub mod raw_score;
pub mod records;
pub mod region;
pub mod score_columns;
pub mod scores_used;
pub mod source_url;
pub mod stored_reading;
