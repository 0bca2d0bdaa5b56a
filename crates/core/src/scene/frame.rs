//! The last phase of a scene: its frame. The title above the lanes, and under the axis the
//! notes (what is not drawn, and why) and the credit (source, data as of, export date).

use super::metrics::{MARGIN_X, NOTE_LINE, PAD, TICKS_BLOCK};
use super::primitives::{TextLine, fonts};
use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::layout::text_width::wrap;
use chrono::NaiveDate;

/// `text` wrapped to `width` at `size`, one line every `line_height` px from `first_baseline`.
pub(super) fn lines(
    text: &str,
    x: f64,
    first_baseline: f64,
    line_height: f64,
    width: f64,
    size: f64,
) -> Vec<TextLine> {
    wrap(text, width, size)
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine { x, y: first_baseline + line_height * i as f64, text })
        .collect()
}

/// The title's lines (the data's title, or the default), wrapped to `inner` px.
pub(super) fn title(data: &Dataset, lang: Lang, inner: f64) -> Vec<TextLine> {
    let text = data.title.clone().unwrap_or_else(|| lang.default_title().to_string());
    lines(&text, MARGIN_X, PAD + fonts::TITLE, fonts::TITLE * 1.3, inner, fonts::TITLE * 1.08)
}

/// The credit: "Source: …; data as of …; exported from gapline on …", whichever are known.
pub(super) fn credit(data: &Dataset, lang: Lang, exported: Option<NaiveDate>) -> Option<String> {
    let parts: Vec<String> = [
        data.source.as_ref().map(|s| format!("{}{s}", lang.source_prefix())),
        data.as_of.map(|d| lang.as_of(d)),
        exported.map(|day| lang.exported(day)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The notes and the credit under the axis, wrapped to `inner` px.
pub(super) struct Footer {
    notes: Option<String>,
    credit: Option<String>,
    inner: f64,
}

impl Footer {
    /// `notes` are joined with "; ".
    pub(super) fn new(notes: Vec<String>, credit: Option<String>, inner: f64) -> Footer {
        let notes = (!notes.is_empty()).then(|| notes.join("; "));
        Footer { notes, credit, inner }
    }

    fn line_count(&self, text: &Option<String>) -> usize {
        text.as_ref().map_or(0, |t| wrap(t, self.inner, fonts::SMALL).len())
    }

    /// Height from the axis line to the scene's bottom edge: tick labels, notes, credit, pad.
    pub(super) fn height(&self) -> f64 {
        let lines = self.line_count(&self.notes) + self.line_count(&self.credit);
        TICKS_BLOCK + lines as f64 * NOTE_LINE + PAD
    }

    /// The note and credit lines, the first under the tick labels of the axis at `axis_y`.
    pub(super) fn place(&self, axis_y: f64) -> (Vec<TextLine>, Vec<TextLine>) {
        let mut y = axis_y + TICKS_BLOCK + 12.0;
        let mut block = |text: &Option<String>| {
            let out = text.as_ref().map_or_else(Vec::new, |t| {
                lines(t, MARGIN_X, y, NOTE_LINE, self.inner, fonts::SMALL)
            });
            y += out.len() as f64 * NOTE_LINE;
            out
        };
        let notes = block(&self.notes);
        let credit = block(&self.credit);
        (notes, credit)
    }
}
