//! gapline-core: everything about capability-gap timelines that needs no browser.
//!
//! Data flows one way: files are read into a checked [`Dataset`] (problems collected, valid
//! records kept), and [`build_scene`] lays a dataset out for a size and language as a [`Scene`]
//! of positioned marks, labels, lanes and ticks. The widget draws that scene in the browser; the
//! CLI writes it as a file. Nothing here reads the clock, the network or the DOM.

pub mod claims;
pub mod data;
pub mod embed;
pub mod gap;
pub mod lang;
pub mod layout;
pub mod scene;

pub use data::benchmark_run::BenchmarkRun;
pub use data::claim::Claim;
pub use data::dataset::{Dataset, Loaded, RawDataset};
pub use data::date::{PartialDate, Precision};
pub use data::epoch_models::{EPOCH_CREDIT, is_epoch_models_header, read_epoch_models};
pub use data::event::{Event, EventKind, RawEvent};
pub use data::events_csv::{is_events_header, read_events_csv};
pub use data::import::{Format, import, read_table};
pub use data::merge::{MergeReport, merge};
pub use data::model::{Modality, Model};
pub use data::models_csv::{Duplicates, read_models_csv, read_models_csv_with};
pub use data::problem::{Location, Problem, ProblemKind, decode_utf8};
pub use data::region::Region;
pub use data::source_url::SourceUrl;
pub use embed::{Settings, ThemeChoice};
pub use lang::Lang;
pub use scene::{Scene, SceneOptions, build_scene};
