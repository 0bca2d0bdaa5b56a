//! A scene as a standalone SVG file: the same markup the widget inserts ([`to_svg`]), with the
//! widget's own stylesheet (`www/gapline.css`) embedded and its colour variables resolved for
//! one theme, so the file looks like the widget in any viewer (browsers, Inkscape, librsvg),
//! including those without CSS custom properties. One stylesheet for both, so they cannot
//! drift apart.

use super::primitives::Scene;
use super::svg::{SvgOptions, escape, to_svg};

/// The widget's stylesheet.
const CSS: &str = include_str!("../../../../www/gapline.css");

/// Colours of a standalone picture. Default: light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// Reads `light` / `dark`.
    pub fn parse(word: &str) -> Option<Theme> {
        match word.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// `--gl-name: value;` definitions in a block of CSS.
fn variables(block: &str) -> Vec<(String, String)> {
    block
        .split(';')
        .filter_map(|decl| {
            let decl = decl.trim();
            let at = decl.find("--gl-")?;
            let (name, value) = decl[at..].split_once(':')?;
            let value = value.split("/*").next().unwrap_or(value).trim();
            Some((name.trim().to_string(), value.to_string()))
        })
        .collect()
}

/// The stylesheet for `theme` and its background colour: `@media` blocks removed (the dark one
/// supplies the dark values), every `var(--gl-…)` replaced by its value.
fn stylesheet(css: &str, theme: Theme) -> (String, String) {
    let mut rules = String::new();
    let mut dark = String::new();
    let mut rest = css;
    while let Some(at) = rest.find("@media") {
        rules.push_str(&rest[..at]);
        // The block ends where its braces balance.
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest[at..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = at + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        if rest[at..end].contains("prefers-color-scheme: dark") {
            dark.push_str(&rest[at..end]);
        }
        rest = &rest[end..];
    }
    rules.push_str(rest);
    let mut values = variables(rules.split('}').next().unwrap_or(""));
    if theme == Theme::Dark {
        for (name, value) in variables(&dark) {
            match values.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => values.push((name, value)),
            }
        }
    }
    // Longest names first, so --gl-lane-1 is not replaced inside --gl-lane-10.
    values.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    for (name, value) in &values {
        rules = rules.replace(&format!("var({name})"), value);
    }
    let background = values.iter().find(|(n, _)| n == "--gl-bg").map_or("#fff", |(_, v)| v);
    (lane_colours(&rules), background.to_string())
}

/// Resolves the per-lane colour `--gl-c` (set on `.gl-lane-N`, inherited below it): each rule
/// using it becomes one rule per lane, for the element with the lane's class and for its
/// descendants.
fn lane_colours(css: &str) -> String {
    let lanes: Vec<(String, String)> = css
        .split('}')
        .filter_map(|rule| {
            let (selector, body) = rule.split_once('{')?;
            let lane = selector.trim().strip_prefix(".gapline .")?.to_string();
            let colour = body.trim().strip_prefix("--gl-c:")?.trim().trim_end_matches(';').trim();
            (lane.starts_with("gl-lane-") || lane.starts_with("gl-ev-"))
                .then(|| (lane, colour.to_string()))
        })
        .collect();
    let mut out = String::new();
    for rule in css.split_inclusive('}') {
        let Some((selector, body)) = rule.split_once('{') else {
            out.push_str(rule);
            continue;
        };
        if body.trim_start().starts_with("--gl-c:") {
            continue;
        }
        if !body.contains("var(--gl-c)") {
            out.push_str(rule);
            continue;
        }
        // A comment before the rule is not part of its selector; a selector list is resolved
        // part by part.
        let selector = match selector.rfind("*/") {
            Some(end) => &selector[end + 2..],
            None => selector,
        };
        for (lane, colour) in &lanes {
            let parts: Vec<String> = selector
                .split(',')
                .map(|part| {
                    let part = part.trim();
                    let rest = part.strip_prefix(".gapline ").unwrap_or(part);
                    format!(".gapline .{lane} {rest}, .gapline {rest}.{lane}")
                })
                .collect();
            out.push_str(&format!(
                "\n{} {{{}",
                parts.join(", "),
                body.replace("var(--gl-c)", colour)
            ));
        }
    }
    out
}

/// `css` as the text of the file's `<style>` element. The stylesheet is the widget's file or the
/// rules a page loaded, not data, but a `&` (CSS nesting writes one) or a `<` in it would still
/// make the whole file malformed, as would `]]>` or a character XML forbids. So it goes through
/// [`escape`] (an XML reader gives the CSS back as it was), with quotes and `>` put back for a
/// readable file, except the `>` of a `]]>`. Exact: every `&` of the escaped text starts a
/// reference `escape` wrote, so `&quot;` there can only be a `"` of the CSS.
fn style_text(css: &str) -> String {
    escape(css)
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&gt;", ">")
        .replace("]]>", "]]&gt;")
}

/// The scene as a complete SVG file in `theme`: XML prolog, embedded style, background, and the
/// widget's markup with no tab stops.
pub fn standalone_svg(scene: &Scene, theme: Theme) -> String {
    standalone_svg_with(scene, theme, CSS)
}

/// [`standalone_svg`] with the widget's stylesheet given as text (`css`: `www/gapline.css`, or
/// the rules a page loaded from it). The widget passes the stylesheet its page has, so the
/// bundle does not carry a second copy of it; the command line uses the file's.
pub fn standalone_svg_with(scene: &Scene, theme: Theme, css: &str) -> String {
    let (css, background) = stylesheet(css, theme);
    let body = to_svg(scene, SvgOptions::default());
    // The root takes the widget's class, so the stylesheet's `.gapline …` rules apply inside.
    let body = body.replacen(r#"class="gl-svg""#, r#"class="gapline gl-svg""#, 1);
    let open_end = body.find('>').map_or(0, |i| i + 1);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}<style>{}</style><rect class=\"gl-background\" width=\"100%\" height=\"100%\" fill=\"{}\"/>{}\n",
        &body[..open_end],
        style_text(&css),
        escape(&background),
        &body[open_end..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::scene::{SceneOptions, build_scene};

    fn scene() -> Scene {
        let json = r#"{"title": "T", "models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "b", "name": "文心一言", "region": "CN", "released": "2023-03-16", "source_url": "https://b.example"}]}"#;
        let data = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        build_scene(&data, &SceneOptions::default())
    }

    /// `css` as a browser serialises a page's rules: no comments, one rule a line.
    fn as_a_page_serialises(css: &str) -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(a) = rest.find("/*") {
            out.push_str(&rest[..a]);
            rest = rest[a..].find("*/").map_or("", |b| &rest[a + b + 2..]);
        }
        out.push_str(rest);
        out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_stylesheet_a_page_loaded_resolves_as_the_file_does() {
        let s = scene();
        for theme in [Theme::Light, Theme::Dark] {
            let file = standalone_svg(&s, theme);
            let page = standalone_svg_with(&s, theme, &as_a_page_serialises(CSS));
            let background = |svg: &str| {
                let at = svg.find("gl-background").expect("a background");
                svg[at..at + 60].to_string()
            };
            assert_eq!(background(&page), background(&file), "{theme:?}");
            // Each lane's colour is resolved in both.
            for lane in ["#1f5fbf", "#c8362d"] {
                let lane = if theme == Theme::Dark { "" } else { lane };
                assert!(page.contains(lane) && file.contains(lane), "{theme:?} {lane}");
            }
            assert!(!page.contains("var(--gl-"), "{theme:?}: every variable resolved");
        }
    }

    #[test]
    fn the_stylesheet_is_xml_text_that_reads_back_as_it_was() {
        let css = "a > b { content: \"<&'\" } /* ]]> */ x\u{1}\u{FFFF}";
        assert_eq!(
            style_text(css),
            "a > b { content: \"&lt;&amp;'\" } /* ]]&gt; */ x\u{FFFD}\u{FFFD}"
        );
        // Literal references in the CSS stay literal.
        assert_eq!(style_text("&quot;&#39;&gt;"), "&amp;quot;&amp;#39;&amp;gt;");
        assert_eq!(style_text(CSS), CSS, "the widget's stylesheet is written as it is");
    }

    #[test]
    fn the_file_is_the_widget_markup_with_resolved_colours() {
        let s = scene();
        let light = standalone_svg(&s, Theme::Light);
        let dark = standalone_svg(&s, Theme::Dark);
        for file in [&light, &dark] {
            assert!(file.starts_with("<?xml"), "{file}");
            assert!(!file.contains("var(--gl"), "every colour resolved");
            assert!(!file.contains("@media"));
            // The same marks and labels as the widget draws: no drift.
            let widget = to_svg(&s, SvgOptions::default());
            let marks = |svg: &str| svg.matches("data-mark=").count();
            assert_eq!(marks(file), marks(&widget));
            assert!(file.contains(">文心一言</text>"));
            assert!(file.contains("Noto Sans CJK SC"), "CJK fallback fonts");
        }
        assert!(light.contains(r##"fill="#fff""##) && dark.contains(r##"fill="#16181c""##));
        assert!(light.contains("#1f5fbf") && dark.contains("#6ea8ff"), "lane colours per theme");
    }
}
