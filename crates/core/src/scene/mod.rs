//! The scene: everything a timeline shows, positioned, with no knowledge of how it is drawn.
//! The widget draws it through Leptos; the CLI will write it as a static SVG.
//!
//! Conventions: px, origin at the top left, y grows downwards; text positions are baselines.

mod build;
mod claims;
pub mod clusters;
mod connectors;
mod details;
mod keyboard;
mod prepared;
mod primitives;
mod standalone;
pub mod svg;

pub use build::{POINT_RADIUS, SceneOptions, build_scene, build_scene_with, full_window};
pub use details::{Details, model_details};
pub use keyboard::next_mark;
pub use prepared::Prepared;
pub use primitives::{
    ClaimMark, Cluster, Connector, LaneBand, Mark, MarkLabel, Scene, TextLine, Tooltip, fonts,
};
pub use standalone::{Theme, standalone_svg};
