//! Geometry that needs no browser: the time scale and its ticks, lanes, text widths and label
//! placement.

pub mod labels;
pub mod lanes;
pub mod text_width;
pub mod time_scale;
pub mod viewport;
