//! gapline: capability-gap timelines as a WebAssembly widget.
//!
//! Rust users put [`GapTimeline`] in a Leptos view. Web pages need no Rust at all: loading the
//! built module mounts a timeline in every `<div data-gapline>` (see [`embed`]). All layout is
//! done by `gapline-core`; this crate turns signals into calls to it and its scene into SVG.

mod author;
mod controls;
mod element_width;
pub mod embed;
#[cfg(feature = "authoring")]
mod export;
#[cfg(feature = "authoring")]
mod export_view;
mod frame_height;
mod gap_timeline;
mod load;
mod scene_view;
#[cfg(feature = "site")]
mod site_api;
mod table_view;
mod zoom;

pub use element_width::use_element_width;
pub use gap_timeline::GapTimeline;
pub use gapline_core::{Dataset, Lang, Region, ThemeChoice};
