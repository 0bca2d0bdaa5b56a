//! The scene: everything a timeline shows, positioned, with no knowledge of how it is drawn.
//! The widget draws it through Leptos; the CLI will write it as a static SVG.
//!
//! Conventions: px, origin at the top left, y grows downwards; text positions are baselines.

mod build;
mod claim_details;
mod claim_index;
mod claim_list;
mod claims;
pub mod clusters;
mod connectors;
mod details;
pub mod events;
mod export;
mod frame;
mod keyboard;
mod mark_labels;
mod method;
pub mod metrics;
mod model_filter;
mod model_marks;
mod prepared;
mod primitives;
pub mod prominence;
mod standalone;
mod summary;
pub mod svg;
mod table;
pub mod view;
mod window;

pub use build::{POINT_RADIUS, SceneOptions, build_scene, build_scene_with, full_window};
pub use claim_details::{ClaimCard, claim_details};
pub use claim_index::{ClaimEntry, claim_index};
pub use claim_list::claim_list_html;
pub use details::{Details, event_details, model_details};
pub use export::{export_filename, view_csv};
pub use method::method_html;
pub use model_filter::ModelFilter;
pub use prepared::Prepared;
pub use primitives::{
    ClaimMark, Cluster, Connector, Guide, LaneBand, Mark, MarkLabel, Scene, TextLine, Tooltip,
    fonts,
};
pub use standalone::{Theme, standalone_svg, standalone_svg_with};
pub use summary::summary_sentence;
pub use table::{Table, claims_table, events_table, models_table};
pub use view::{View, apply_view};
