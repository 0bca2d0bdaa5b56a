//! The scene as SVG markup: the one writer behind both the widget (which inserts it and adds
//! interaction with delegated events) and the command line (which writes it to a file), so the
//! two pictures cannot drift apart.
//!
//! Every piece of text from data goes through [`escape`], so a name such as
//! `<script>…</script>` is drawn as those characters, never parsed as markup.

use super::metrics::{BRACKET_HALF, POINT_RADIUS, TARGET};
use super::primitives::{ClaimMark, Scene, TextLine, fonts};
use crate::layout::text_width::text_width;

/// Half the height of a cluster's pill, px: a little larger than a point, so it reads as more.
const CLUSTER_RADIUS: f64 = 6.0;
use super::ModelFilter;
use std::fmt::Write;

/// Options of the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SvgOptions {
    /// The mark that is the timeline's single tab stop (`tabindex="0"`; the others get `-1`).
    /// Default: `None`, a static picture with no tab stops.
    pub tab_stop: Option<usize>,
}

/// Escapes text for use in SVG/XML/HTML text content and double- or single-quoted attributes:
/// `&`, `<`, `>`, `"` and `'` become references, and every code point XML 1.0 does not allow
/// (its `Char` production excludes U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE and
/// U+FFFF; a Rust `str` holds no lone surrogates) becomes U+FFFD.
///
/// Why replace rather than drop or pass through: a single such character in a label makes the
/// whole file malformed, so strict XML readers (Inkscape, librsvg, a browser opening the `.svg`)
/// refuse to draw any of it; not even a character reference (`&#1;`) is allowed. U+FFFD, one
/// for each, shows the reader that something was there (dropping it could join two words). Tab,
/// newline and carriage return are allowed and kept; so are DEL, the C1 controls and the other
/// noncharacters, which XML 1.0 allows.
///
/// It runs for every label of every scene (10,000 models at a time), so it scans bytes: every
/// character it changes is ASCII or U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF` in UTF-8, and `EF`
/// only ever starts a three-byte character), text with nothing to change is copied in one go,
/// and the rest is copied in runs between the changes. No tables, no dependencies: it is
/// compiled into the widget's size-budgeted wasm.
pub fn escape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::new();
    // `text[done..at]` is still to be copied; both are always on character boundaries.
    let mut done = 0;
    let mut at = 0;
    while at < bytes.len() {
        let (with, len) = match bytes[at] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            b'\t' | b'\n' | b'\r' => {
                at += 1;
                continue;
            }
            0..0x20 => ("\u{FFFD}", 1),
            0xEF if matches!(bytes.get(at + 1..at + 3), Some([0xBF, 0xBE | 0xBF])) => {
                ("\u{FFFD}", 3)
            }
            _ => {
                at += 1;
                continue;
            }
        };
        if done == 0 {
            // The first change: room for the text and a few references.
            out.reserve(text.len() + 16);
        }
        // `get`, never `None` (both ends are on character boundaries), has no panic path: a
        // slice's would bring its message formatting into the wasm.
        out.push_str(text.get(done..at).unwrap_or_default());
        out.push_str(with);
        at += len;
        done = at;
    }
    if done == 0 {
        // Nothing changed (the common case): one copy.
        return text.to_owned();
    }
    out.push_str(text.get(done..).unwrap_or_default());
    out
}

/// A coordinate with at most one decimal, written without float formatting (which would cost
/// the widget several KiB of code): `12.34` → `12.3`, `-0.04` → `0`.
pub fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (whole, frac) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && whole == 0 { "-" } else { "" };
    if frac == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{frac}") }
}

/// A day-precision mark at (`x`, `y`) in the shape of its lane, so colour is never the only
/// cue: a circle, a square, a triangle, a diamond, then again.
fn point(out: &mut String, lane: usize, x: f64, y: f64) {
    let r = POINT_RADIUS;
    let _ = match lane % 4 {
        0 => write!(out, r#"<circle cx="{}" cy="{}" r="{}"/>"#, num(x), num(y), num(r)),
        1 => write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}"/>"#,
            num(x - r * 0.9),
            num(y - r * 0.9),
            num(r * 1.8),
            num(r * 1.8)
        ),
        2 => write!(
            out,
            r#"<path d="M{} {}L{} {}L{} {}Z"/>"#,
            num(x),
            num(y - r * 1.2),
            num(x + r * 1.2),
            num(y + r),
            num(x - r * 1.2),
            num(y + r)
        ),
        _ => write!(
            out,
            r#"<path d="M{} {}L{} {}L{} {}L{} {}Z"/>"#,
            num(x),
            num(y - r * 1.2),
            num(x + r * 1.2),
            num(y),
            num(x),
            num(y + r * 1.2),
            num(x - r * 1.2),
            num(y)
        ),
    };
}

/// The events track: its line and name, then each event's marker (its kind's colour, its
/// acting region's shape, a ring for a region without a lane; a bar for a month), leaders and
/// labels.
fn events(out: &mut String, scene: &Scene, options: SvgOptions) {
    let Some(track) = &scene.event_track else { return };
    let (left, right, y) = (num(scene.plot.0), num(scene.plot.1), num(track.marks_y));
    let _ = write!(
        out,
        r#"<g class="gl-events"><line class="gl-lane-axis" x1="{left}" x2="{right}" y1="{y}" y2="{y}"/>"#
    );
    text_lines(out, std::slice::from_ref(&track.name), "gl-lane-name", fonts::LANE);
    for e in &scene.events {
        if let Some((x, y1, y2)) = e.label.as_ref().and_then(|(l, _)| l.leader) {
            let x = num(x);
            let _ = write!(
                out,
                r#"<line class="gl-leader gl-ev-{}" x1="{x}" x2="{x}" y1="{}" y2="{}"/>"#,
                e.kind.name(),
                num(y1),
                num(y2)
            );
        }
    }
    // Focus indices after the marks and the claim rows (see `Scene::next_focus`).
    let first = scene.marks.len() + scene.claims.len();
    for (k, e) in scene.events.iter().enumerate() {
        let focus = first + k;
        let tab = match options.tab_stop {
            Some(stop) if stop == focus => r#" tabindex="0""#,
            Some(_) => r#" tabindex="-1""#,
            None => "",
        };
        let _ = write!(
            out,
            r#"<g class="gl-event gl-ev-{}" data-mark="{focus}" data-event-id="{}" role="img" aria-label="{}"{tab}><title>{}</title>"#,
            e.kind.name(),
            escape(&e.id),
            escape(&e.description),
            escape(&e.description)
        );
        if e.span {
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="6" rx="1"/>"#,
                num(e.x0),
                num(e.y - 3.0),
                num((e.x1 - e.x0).max(3.0))
            );
        }
        match e.lane {
            Some(lane) => point(out, lane, e.x0, e.y),
            None => {
                let _ = write!(
                    out,
                    r#"<circle class="gl-ring" cx="{}" cy="{}" r="{}"/>"#,
                    num(e.x0),
                    num(e.y),
                    num(POINT_RADIUS - 1.0)
                );
            }
        }
        out.push_str("</g>");
    }
    for e in &scene.events {
        if let Some((l, text)) = &e.label {
            let _ = write!(
                out,
                r#"<text class="gl-label gl-event-label" data-label="{}" x="{}" y="{}" font-size="{}" aria-hidden="true">{}</text>"#,
                escape(&e.id),
                num(l.x),
                num(l.y),
                num(super::events::FONT),
                escape(text)
            );
        }
    }
    out.push_str("</g>");
}

/// One claim row: label, the date said (a diamond), the bracket from where the gap is counted
/// to the projected parity (a band for a range; open ends fade), the observed parity (a
/// triangle) and the verdict.
fn claim(out: &mut String, index: usize, focus: usize, tab: &str, c: &ClaimMark) {
    let y = c.y;
    // `data-mark` is its focus index: claim rows come after the marks in the keyboard path.
    let _ = write!(
        out,
        r#"<g class="gl-claim" data-claim="{index}" data-mark="{focus}" data-claim-id="{}" role="img" aria-label="{}"{tab}>"#,
        escape(&c.id),
        escape(&c.description)
    );
    text_lines(out, &c.label, "gl-claim-label", fonts::LABEL);
    text_lines(out, &c.annotations, "gl-annotation", fonts::SMALL);
    if let Some(x) = c.ring_x {
        // The model a bracket-less reading compares with ("near the level of GPT-3.5").
        let _ = write!(
            out,
            r#"<circle class="gl-ring gl-reference" cx="{}" cy="{}" r="{}"/>"#,
            num(x),
            num(y),
            num(BRACKET_HALF)
        );
    }
    if let (Some(anchor), Some(from), Some(to)) = (c.anchor_x, c.from_x, c.to_x) {
        let _ = write!(
            out,
            r#"<line class="gl-bracket" x1="{}" x2="{}" y1="{}" y2="{}"/><line class="gl-bracket" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            num(anchor),
            num(from),
            num(y),
            num(y),
            num(anchor),
            num(anchor),
            num(y - 5.0),
            num(y + 5.0)
        );
        let class = if c.open { "gl-band gl-open" } else { "gl-band" };
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{}" y="{}" width="{}" height="10" rx="2"/>"#,
            num(from),
            num(y - 5.0),
            num((to - from).max(3.0))
        );
    }
    let (x, s) = (c.said_x, 5.0);
    if c.said_inside {
        let _ = write!(
            out,
            r#"<path class="gl-said" d="M{} {}L{} {}L{} {}L{} {}Z"/>"#,
            num(x),
            num(y - s),
            num(x + s),
            num(y),
            num(x),
            num(y + s),
            num(x - s),
            num(y)
        );
    }
    if let Some(x) = c.observed_x {
        let _ = write!(
            out,
            r#"<path class="gl-observed" d="M{} {}L{} {}L{} {}Z"/>"#,
            num(x),
            num(y - 6.0),
            num(x + 6.0),
            num(y + 6.0),
            num(x - 6.0),
            num(y + 6.0)
        );
    }
    text_lines(out, &c.verdict, "gl-verdict", fonts::SMALL);
    out.push_str("</g>");
}

fn text_lines(out: &mut String, lines: &[TextLine], class: &str, size: f64) {
    for t in lines {
        let _ = write!(
            out,
            r#"<text class="{class}" x="{}" y="{}" font-size="{}">{}</text>"#,
            num(t.x),
            num(t.y),
            num(size),
            escape(&t.text)
        );
    }
}

/// The floating label of mark `index` as an overlay `<svg>` the size of the scene (the widget
/// lays it over the chart); empty when the index has none.
pub fn tooltip_svg(scene: &Scene, index: usize) -> String {
    let Some(t) = scene.tooltip(index) else { return String::new() };
    let (w, h) = (num(scene.width), num(scene.height));
    format!(
        r#"<svg class="gl-overlay" width="{w}" height="{h}" aria-hidden="true"><g class="gl-tooltip"><rect x="{}" y="{}" width="{}" height="{}" rx="4"/><text x="{}" y="{}" font-size="{}">{}</text></g></svg>"#,
        num(t.x),
        num(t.y),
        num(t.width),
        num(t.height),
        num(t.x + 6.0),
        num(t.baseline),
        num(fonts::LABEL),
        escape(&t.text)
    )
}

/// Writes the whole scene as one `<svg>` element (no XML prolog; the CLI adds what a file needs).
pub fn to_svg(scene: &Scene, options: SvgOptions) -> String {
    let mut out = String::with_capacity(256 + scene.marks.len() * 300);
    let (w, h) = (num(scene.width), num(scene.height));
    let title: Vec<&str> = scene.title.iter().map(|t| t.text.as_str()).collect();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="gl-svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="group" aria-label="{}">"#,
        escape(&title.join(" "))
    );
    text_lines(&mut out, &scene.title, "gl-title", fonts::TITLE);
    let (left, right) = (num(scene.plot.0), num(scene.plot.1));
    for lane in &scene.lanes {
        let y = num(lane.marks_y);
        let _ = write!(
            out,
            r#"<g class="gl-lane gl-lane-{}" data-lane="{}"><line class="gl-lane-axis" x1="{left}" x2="{right}" y1="{y}" y2="{y}"/>"#,
            lane.index,
            lane.region.code()
        );
        // The lane's shape before its name: the key to the marks, for readers who do not see
        // the colours apart.
        out.push_str(r#"<g class="gl-key">"#);
        point(&mut out, lane.index, lane.name.x + POINT_RADIUS, lane.name.y - 4.5);
        out.push_str("</g>");
        let name = TextLine { x: lane.name.x + 2.0 * POINT_RADIUS + 5.0, ..lane.name.clone() };
        text_lines(&mut out, std::slice::from_ref(&name), "gl-lane-name", fonts::LANE);
        out.push_str("</g>");
    }
    events(&mut out, scene, options);
    let axis = num(scene.axis_y);
    let _ =
        write!(out, r#"<line class="gl-axis" x1="{left}" x2="{right}" y1="{axis}" y2="{axis}"/>"#);
    let (tick_end, tick_text) = (num(scene.axis_y + 5.0), num(scene.axis_y + 18.0));
    for t in &scene.ticks {
        let x = num(t.x);
        let class = if t.major { "gl-tick gl-major" } else { "gl-tick" };
        let _ =
            write!(out, r#"<line class="{class}" x1="{x}" x2="{x}" y1="{axis}" y2="{tick_end}"/>"#);
        if let Some(label) = &t.label {
            let _ = write!(
                out,
                r#"<text class="gl-tick-label" x="{x}" y="{tick_text}" font-size="{}" text-anchor="middle">{}</text>"#,
                num(fonts::TICK),
                escape(label)
            );
        }
    }
    // Observed-lag connectors under the marks: down from the leading model's lane, then along
    // the lagging lane to the model that matched it (the horizontal run is the lag).
    if !scene.connectors.is_empty() {
        out.push_str(r#"<g class="gl-connectors">"#);
        for c in &scene.connectors {
            let _ = write!(
                out,
                r#"<path class="gl-connector" d="M{} {}V{}H{}"><title>{}</title></path>"#,
                num(c.from.0),
                num(c.from.1),
                num(c.to.1),
                num(c.to.0),
                escape(&c.description)
            );
        }
        out.push_str("</g>");
    }
    // Guides from the models a claim names down to its row, under the marks and labels.
    for g in &scene.guides {
        let x = num(g.x);
        let _ = write!(
            out,
            r#"<line class="gl-guide" x1="{x}" x2="{x}" y1="{}" y2="{}"/>"#,
            num(g.y1),
            num(g.y2)
        );
    }
    // Leaders first, so labels (with their halo) are drawn over them.
    for m in &scene.marks {
        if let Some((x, y1, y2)) = m.label.as_ref().and_then(|l| l.leader) {
            let x = num(x);
            let _ = write!(
                out,
                r#"<line class="gl-leader gl-lane-{}" x1="{x}" x2="{x}" y1="{}" y2="{}"/>"#,
                m.lane,
                num(y1),
                num(y2)
            );
        }
    }
    // Under the marks, the 24 × 24 px target each model answers to (WCAG 2.5.8), so a finger
    // near a small mark reaches it; drawn first, so a neighbour's own shape still wins.
    for (i, m) in scene.marks.iter().enumerate().filter(|(_, m)| m.cluster.is_none()) {
        let half = TARGET / 2.0;
        let _ = write!(
            out,
            r#"<rect class="gl-hit" data-hit="{i}" opacity="0" aria-hidden="true" x="{}" y="{}" width="{}" height="{}"/>"#,
            num(m.x0 - half),
            num(m.y - half),
            num((m.x1 - m.x0) + TARGET),
            num(TARGET)
        );
    }
    for (i, m) in scene.marks.iter().enumerate() {
        let tab = match options.tab_stop {
            Some(stop) if stop == i => r#" tabindex="0""#,
            Some(_) => r#" tabindex="-1""#,
            None => "",
        };
        if let Some(c) = &m.cluster {
            // A pill from the first to the last model, wide enough for its count; a button that
            // zooms to its dates (`data-window`, an ISO 8601 interval of days).
            let at = m.at();
            let half = (m.x1 - m.x0) / 2.0 + CLUSTER_RADIUS;
            let half = if c.count_shown {
                half.max(text_width(&c.count.to_string(), fonts::COUNT, false) / 2.0 + 3.0)
            } else {
                half
            };
            let _ = write!(
                out,
                r#"<g class="gl-mark gl-cluster gl-lane-{}" data-mark="{i}" data-cluster="{}" data-window="{}/{}" role="button" aria-label="{}"{tab}><rect x="{}" y="{}" width="{}" height="{}" rx="{}"/></g>"#,
                m.lane,
                c.count,
                c.first,
                c.last,
                escape(&m.description),
                num(at - half),
                num(m.y - CLUSTER_RADIUS),
                num(2.0 * half),
                num(2.0 * CLUSTER_RADIUS),
                num(CLUSTER_RADIUS)
            );
            continue;
        }
        // Light: a model that is not prominent, when only key models are labelled.
        let class = match (m.featured, m.prominent || scene.models == ModelFilter::All) {
            (true, _) => " gl-featured",
            (false, true) => "",
            (false, false) => " gl-light",
        };
        let restricted = if m.restricted { " gl-restricted" } else { "" };
        let _ = write!(
            out,
            r#"<g class="gl-mark gl-lane-{}{class}{restricted}" data-mark="{i}" data-model-id="{}" role="img" aria-label="{}"{tab}>"#,
            m.lane,
            escape(&m.id),
            escape(&m.description)
        );
        if m.span {
            // Rounded ends in the first lane, square in the others: a cue besides colour.
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="10" rx="{}"/>"#,
                num(m.x0),
                num(m.y - 5.0),
                num((m.x1 - m.x0).max(4.0)),
                if m.lane == 0 { 3 } else { 0 }
            );
        } else {
            point(&mut out, m.lane, m.x0, m.y);
        }
        out.push_str("</g>");
    }
    // Counts over every mark, so a neighbouring pill never covers one; the hover goes through
    // them to the cluster (CSS `pointer-events: none`).
    for m in &scene.marks {
        if let Some(c) = m.cluster.as_ref().filter(|c| c.count_shown) {
            let _ = write!(
                out,
                r#"<text class="gl-count" x="{}" y="{}" font-size="{}" text-anchor="middle" aria-hidden="true">{}</text>"#,
                num(m.at()),
                num(m.y + fonts::COUNT * 0.35),
                num(fonts::COUNT),
                c.count
            );
        }
    }
    for m in &scene.marks {
        if let Some(l) = &m.label {
            let _ = write!(
                out,
                r#"<text class="gl-label" data-label="{}" x="{}" y="{}" font-size="{}" aria-hidden="true">{}</text>"#,
                escape(&m.id),
                num(l.x),
                num(l.y),
                num(scene.label_size),
                escape(&m.name)
            );
        }
    }
    for (i, c) in scene.claims.iter().enumerate() {
        let focus = scene.marks.len() + i;
        let tab = match options.tab_stop {
            Some(stop) if stop == focus => r#" tabindex="0""#,
            Some(_) => r#" tabindex="-1""#,
            None => "",
        };
        claim(&mut out, i, focus, tab, c);
    }
    text_lines(&mut out, &scene.notes, "gl-note", fonts::SMALL);
    text_lines(&mut out, &scene.credit, "gl-credit", fonts::SMALL);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::scene::{SceneOptions, build_scene};

    #[test]
    fn a_tooltip_is_an_escaped_overlay_the_size_of_the_scene() {
        let json = r#"{"models": [{"id": "x", "name": "<img src=x onerror=alert(1)>", "organization": "Lab", "region": "US", "released": "2023-03-14", "source_url": "https://example.org"}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let s = build_scene(&d, &SceneOptions::default());
        let svg = tooltip_svg(&s, 0);
        assert!(svg.starts_with(r#"<svg class="gl-overlay" width="800""#), "{svg}");
        assert!(svg.contains("&lt;img src=x") && !svg.contains("<img"));
        assert_eq!(tooltip_svg(&s, 99), "");
    }

    #[test]
    fn numbers_have_at_most_one_decimal() {
        let cases = [
            (12.34, "12.3"),
            (12.0, "12"),
            (-3.25, "-3.3"),
            (-0.04, "0"),
            (-0.06, "-0.1"),
            (0.95, "1"),
            (1600.0, "1600"),
        ];
        for (v, expected) in cases {
            assert_eq!(num(v), expected, "{v}");
        }
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<b a="1">'&'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn characters_xml_forbids_become_the_replacement_character() {
        let r = '\u{FFFD}';
        let cases = [
            ("a\u{0}b\u{7}c\nd", format!("a{r}b{r}c\nd")),
            ("\u{1}\u{8}\u{B}\u{C}\u{E}\u{1F}", r.to_string().repeat(6)),
            ("x\u{FFFE}y\u{FFFF}", format!("x{r}y{r}")),
            ("\u{FFFF}<", format!("{r}&lt;")),
            (" \u{1}", format!(" {r}")),
            // Allowed by XML 1.0: kept as they are.
            ("tab\tnl\ncr\r", "tab\tnl\ncr\r".to_string()),
            ("\u{7F}\u{80}\u{9F}", "\u{7F}\u{80}\u{9F}".to_string()),
            (
                "\u{FDD0}\u{FFFD}\u{FFFC}\u{FFEF}\u{EFBF}\u{1FFFE}",
                "\u{FDD0}\u{FFFD}\u{FFFC}\u{FFEF}\u{EFBF}\u{1FFFE}".to_string(),
            ),
            (
                "文心一言 \u{5d0}\u{5d1} 🦀 e\u{301}",
                "文心一言 \u{5d0}\u{5d1} 🦀 e\u{301}".to_string(),
            ),
            ("]]> -- <!-- x -->", "]]&gt; -- &lt;!-- x --&gt;".to_string()),
            ("", String::new()),
        ];
        for (text, expected) in cases {
            assert_eq!(escape(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_escaper_agrees_with_a_char_by_char_rule() {
        // The byte scan against the plain rule, on every code point that matters and a few
        // thousand around them, each alone and between neighbours.
        let rule = |text: &str| -> String {
            text.chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&#39;".to_string(),
                    '\t' | '\n' | '\r' => c.to_string(),
                    '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => "\u{FFFD}".to_string(),
                    c => c.to_string(),
                })
                .collect()
        };
        let points = (0..0x300)
            .chain(0xD7F0..0xD800)
            .chain(0xE000..0xE010)
            .chain(0xFF00..=0x10FFF)
            .chain([0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF]);
        for c in points.filter_map(char::from_u32) {
            for text in [c.to_string(), format!("a{c}é{c}{c}z")] {
                assert_eq!(escape(&text), rule(&text), "{:?}", c);
            }
        }
    }

    fn scene_of(json: &str) -> Scene {
        let data = serde_json::from_str::<RawDataset>(json).expect("test JSON").check().dataset;
        build_scene(&data, &SceneOptions::default())
    }

    #[test]
    fn data_text_is_never_markup() {
        let scene = scene_of(
            r#"{"title": "</svg><script>alert(1)</script>", "source": "a & b", "models": [
            {"id": "x\"onclick=\"y", "name": "<img src=x onerror=alert(1)>", "region": "US",
             "released": "2023-03-14", "source_url": "https://x.example"}]}"#,
        );
        let svg = to_svg(&scene, SvgOptions { tab_stop: Some(0) });
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(!svg.contains("\"onclick"), "{svg}");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(svg.contains("Source: a &amp; b"));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert_eq!(svg.matches("</svg>").count(), 1);
    }

    #[test]
    fn one_tab_stop_when_asked_and_none_for_a_static_picture() {
        let json = r#"{"models": [
            {"id": "a", "name": "A", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "b", "name": "B", "region": "CN", "released": "2023-05", "source_url": "https://b.example"}]}"#;
        let scene = scene_of(json);
        let interactive = to_svg(&scene, SvgOptions { tab_stop: Some(1) });
        assert_eq!(interactive.matches(r#"tabindex="0""#).count(), 1);
        assert!(interactive.contains(
            r#"data-mark="1" data-model-id="b" role="img" aria-label="B, May 2023" tabindex="0""#
        ));
        assert!(!to_svg(&scene, SvgOptions::default()).contains("tabindex"));
    }
}
