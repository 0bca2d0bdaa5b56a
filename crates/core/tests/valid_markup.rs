//! Every writer of markup, on data full of what breaks markup: the output is always valid, and
//! data is only ever text.
//!
//! Datasets with fuzzed names, labels, sources and claim texts (markup characters, control
//! characters, U+FFFE/U+FFFF, U+FFFD, Chinese, right-to-left text, emoji, combining marks,
//! `]]>`, `--`, `<script>`, very long strings, hostile links) go through the real importer, the
//! scene builder and every writer: the SVG ones (`svg::to_svg`, `svg::tooltip_svg`,
//! `standalone_svg`) are read back with a strict XML 1.0 parser (roxmltree), the HTML ones (the
//! claims list and index, the cards, the tables, "How this is measured", the claim highlight)
//! with a browser's HTML parser (html5ever). Each must parse, hold only the elements the writer
//! writes (never a `script`, never an `on…` attribute, links only to http(s) sources of the
//! data), and give back each piece of data text as it was, with the characters XML forbids as
//! U+FFFD.

use gapline_core::claims::highlight::highlight_html;
use gapline_core::claims::parse::parse_claim;
use gapline_core::gap::projection::ReadingKind;
use gapline_core::scene::{
    ModelFilter, Theme, claim_details, claim_index, claim_list_html, claims_table, event_details,
    events_table, method_html, model_details, models_table, standalone_svg, standalone_svg_with,
    svg,
};
use gapline_core::{Dataset, Format, Lang, Scene, SceneOptions, build_scene, import};
use html5ever::tendril::TendrilSink;
use html5ever::tokenizer::TokenizerOpts;
use html5ever::{ParseOpts, QualName, local_name, ns, parse_fragment};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use proptest::prelude::*;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// What the text should read as, written independently of the escaper.

/// `text` with every code point XML 1.0 does not allow (its `Char` production) as U+FFFD.
fn allowed(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Text content as a parser gives it back: XML and HTML both read `\r\n` and a lone `\r` as
/// `\n`.
fn as_text(text: &str) -> String {
    allowed(text).replace("\r\n", "\n").replace('\r', "\n")
}

/// An XML attribute value as a parser gives it back: line ends read as in text, then tab and
/// newline normalised to spaces (XML 1.0 §3.3.3).
fn as_xml_attribute(text: &str) -> String {
    as_text(text).replace(['\t', '\n'], " ")
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Characters and pieces that break markup or tell scripts, directions and fonts apart.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    // Markup.
    "<", ">", "&", "\"", "'", "]]>", "--", "<!--", "-->", "<![CDATA[", "</svg>", "</text>",
    "<script>", "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "<?xml version=\"1.0\"?>", "&amp;", "&#0;", "&#x1;", "&lt;", "&nbsp;",
    "\" onmouseover=\"alert(1)", "' onclick='alert(1)", "javascript:alert(1)",
    // White space and line ends.
    "\r\n", "\r", "\n", "\t", " ", "\u{A0}", "\u{2028}", "\u{FEFF}",
    // What XML forbids, and its neighbours that it allows.
    "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
    "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFD}", "\u{FDD0}", "\u{1FFFE}", "\u{10FFFF}",
    // Chinese, right-to-left text and direction controls, emoji, combining marks.
    "文心一言", "通义千问", "中国落后18个月", "שלום", "مرحبا", "\u{202E}", "\u{200F}", "\u{2066}",
    "👩\u{200D}💻", "🇨🇳", "🦀", "e\u{301}", "a\u{308}\u{323}", "\u{302}",
    // Other syntax: format strings, CSS, URLs.
    "GPT-4", "$", "{", "}", "{}", "\\", "%", "=",
];

fn nasty_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        2 => "[a-zA-Z0-9 ]{1,6}",
        1 => (0x4E00u32..0x9FFF)
            .prop_map(|c| char::from_u32(c).map(String::from).unwrap_or_default()),
    ]
}

/// Text made of [`nasty_piece`]s, now and then very long.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => proptest::collection::vec(nasty_piece(), 0..24).prop_map(|p| p.concat()),
        1 => (nasty_piece(), 200usize..3000).prop_map(|(p, n)| p.repeat(n / p.len().max(1) + 1)),
    ]
}

/// A name a model keeps: with a letter in front now and then, so most are drawn.
fn name() -> impl Strategy<Value = String> {
    (prop_oneof![Just(""), Just("M"), Just("模")], nasty_text())
        .prop_map(|(a, b)| a.to_string() + &b)
}

/// A source link: mostly an http(s) one with query characters, Chinese, quotes of the kind a
/// URL may hold, or characters XML forbids; sometimes one the data must refuse.
fn link() -> impl Strategy<Value = String> {
    const TAILS: &[&str] = &[
        "",
        "a?x=1&y=2",
        "p'q",
        "路径/中文",
        "%3Cscript%3E",
        "#frag&amp;",
        "x\u{FFFE}y",
        "?q=]]>",
        "--",
        "a;b=c",
        "~user/(1)",
        "e\u{301}",
    ];
    const HOSTILE: &[&str] = &[
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//example.org/protocol-relative",
        "/relative",
        "https://example.org/\"onmouseover=\"x",
        "https://example.org/<script>",
        "https://example.org/a b",
        "https://example.org/\u{1}",
        "ftp://example.org",
    ];
    prop_oneof![
        6 => (
            proptest::sample::select(&["https://", "http://", "HTTPS://"][..]),
            proptest::sample::select(TAILS),
        )
            .prop_map(|(scheme, tail)| format!("{scheme}example.org/{tail}")),
        1 => proptest::sample::select(HOSTILE).prop_map(String::from),
    ]
}

/// A claim's text: a readable gap statement in fuzz, or fuzz alone.
fn claim_text() -> impl Strategy<Value = String> {
    const READABLE: &[&str] = &[
        "China is 18 months behind GPT-4.",
        "Chinese models are 1.5 years behind GPT-4",
        "差距在2到3年",
        "与GPT-4还有1.5年的差距",
        "roughly at parity with GPT-4",
    ];
    prop_oneof![
        3 => (nasty_text(), proptest::sample::select(READABLE), nasty_text())
            .prop_map(|(a, r, b)| format!("{a} {r} {b}")),
        1 => nasty_text(),
    ]
}

/// One model, as gapline JSON.
fn model(i: usize) -> impl Strategy<Value = Value> {
    const DATES: &[&str] =
        &["2022-11-30", "2023-03-14", "2023-05", "2023-Q3", "2024", "2024-06-01"];
    (
        nasty_text(),
        name(),
        nasty_text(),
        proptest::sample::select(&["US", "CN", "FR", "GB"][..]),
        proptest::sample::select(DATES),
        link(),
        proptest::option::of(nasty_text()),
        0.0f64..100.0,
    )
        .prop_map(move |(id, name, organization, region, released, url, notes, score)| {
            json!({
                "id": format!("m{i}{id}"), "name": name, "organization": organization,
                "region": region, "released": released, "source_url": url, "notes": notes,
                "scores": {"Bench <&>\"'\u{1}\u{FFFF} 基准": score},
            })
        })
}

/// One claim, as gapline JSON.
fn claim(i: usize) -> impl Strategy<Value = Value> {
    (
        nasty_text(),
        name(),
        proptest::option::of(nasty_text()),
        proptest::option::of(nasty_text()),
        link(),
        claim_text(),
        proptest::option::of(claim_text()),
    )
        .prop_map(move |(id, speaker, affiliation, venue, url, text, text_zh)| {
            json!({
                "id": format!("c{i}{id}"), "speaker": speaker, "affiliation": affiliation,
                "venue": venue, "said_on": "2024-02", "source_url": url, "text": text,
                "text_zh": text_zh,
            })
        })
}

/// One event, as gapline JSON.
fn event(i: usize) -> impl Strategy<Value = Value> {
    (
        nasty_text(),
        proptest::sample::select(&["US", "CN", "NL"][..]),
        proptest::sample::select(&["export_control", "chip", "policy", "milestone"][..]),
        name(),
        proptest::option::of(name()),
        proptest::option::of(nasty_text()),
        link(),
        proptest::sample::select(&["2023-10-17", "2024-05"][..]),
    )
        .prop_map(move |(id, region, kind, title, title_zh, description, url, date)| {
            json!({
                "id": format!("e{i}{id}"), "region": region, "kind": kind, "title": title,
                "title_zh": title_zh, "description": description, "source_url": url,
                "date": date,
            })
        })
}

/// A whole dataset: a fuzzed title and credit, GPT-4 (which the readable claims name) and up
/// to five fuzzed models, claims and events.
fn dataset() -> impl Strategy<Value = Value> {
    let models = (0..5usize).map(model).collect::<Vec<_>>();
    let claims = (0..3usize).map(claim).collect::<Vec<_>>();
    let events = (0..3usize).map(event).collect::<Vec<_>>();
    (
        proptest::option::of(nasty_text()),
        proptest::option::of(nasty_text()),
        nasty_text(),
        models,
        1..=5usize,
        claims,
        0..=3usize,
        events,
        0..=3usize,
    )
        .prop_map(|(title, source, org, models, m, claims, c, events, e)| {
            let gpt4 = json!({
                "id": "gpt-4", "name": "GPT-4", "organization": org, "region": "US",
                "released": "2023-03-14", "source_url": "https://example.org/gpt-4",
                "scores": {"Bench <&>\"'\u{1}\u{FFFF} 基准": 86.4},
            });
            let models: Vec<Value> = [gpt4].into_iter().chain(models.into_iter().take(m)).collect();
            json!({
                "title": title, "source": source, "models": models,
                "claims": claims.into_iter().take(c).collect::<Vec<_>>(),
                "events": events.into_iter().take(e).collect::<Vec<_>>(),
            })
        })
}

/// The dataset as the importer reads the file.
fn load(json: &Value) -> Dataset {
    import(&serde_json::to_vec(json).expect("JSON"), Format::Gapline).dataset
}

// ---------------------------------------------------------------------------------------------
// Reading the SVG back.

/// The elements the SVG writers write: anything else came from data.
const SVG_ELEMENTS: [&str; 9] =
    ["svg", "g", "line", "text", "rect", "circle", "path", "title", "style"];

/// The text of an element (its text nodes, in order). roxmltree 0.21 keeps a `\r` that is
/// right before a reference (`\r&lt;`), which XML 1.0 (§2.11) reads as `\n`: read so here.
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    let text: String =
        node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Parses `svg` as XML 1.0 and checks that it is only the writer's markup.
fn parse_svg(svg: &str) -> roxmltree::Document<'_> {
    let doc = match roxmltree::Document::parse(svg) {
        Ok(doc) => doc,
        Err(e) => panic!("not well-formed XML: {e}\n{svg}"),
    };
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(SVG_ELEMENTS.contains(&name), "an element the writer does not write: <{name}>");
        assert!(name != "svg" || node == root, "a nested <svg>");
        for a in node.attributes() {
            let attr = a.name().to_ascii_lowercase();
            assert!(!attr.starts_with("on"), "an event handler: {attr}=\"{}\"", a.value());
            assert!(!attr.ends_with("href") && attr != "style", "{attr}=\"{}\"", a.value());
        }
    }
    doc
}

/// Every text and title of a parsed SVG.
fn svg_texts(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "text" | "title"))
        .map(text_of)
        .collect()
}

/// The SVG of `scene` read back: every piece of text and every label from data is there as
/// text, as the scene holds it (and so as the data holds it).
fn check_svg(scene: &Scene, svg: &str) {
    let doc = parse_svg(svg);
    let texts = svg_texts(&doc);
    let has = |what: &str, s: &str| {
        assert!(texts.contains(&as_text(s)), "{what} {s:?} is not a text of the SVG: {texts:?}")
    };
    let lines = scene.title.iter().chain(&scene.notes).chain(&scene.credit);
    let lines = lines.chain(scene.lanes.iter().map(|l| &l.name));
    let lines = lines.chain(scene.claims.iter().flat_map(|c| c.label.iter().chain(&c.verdict)));
    let lines = lines.chain(scene.claims.iter().flat_map(|c| &c.annotations));
    for line in lines {
        has("the line", &line.text);
    }
    for c in &scene.connectors {
        has("the connector", &c.description);
    }
    for t in scene.ticks.iter().filter_map(|t| t.label.as_ref()) {
        has("the tick", t);
    }
    let element = |attr: &str, value: &str| {
        doc.descendants().filter(|n| n.attribute(attr) == Some(value)).collect::<Vec<_>>()
    };
    for (i, m) in scene.marks.iter().enumerate() {
        let g = element("data-mark", &i.to_string());
        assert_eq!(g.len(), 1, "mark {i}");
        assert_eq!(g[0].attribute("aria-label"), Some(as_xml_attribute(&m.description).as_str()));
        if m.cluster.is_some() {
            continue;
        }
        assert_eq!(g[0].attribute("data-model-id"), Some(as_xml_attribute(&m.id).as_str()));
        if m.label.is_some() {
            let labels = element("data-label", &as_xml_attribute(&m.id));
            let label = labels.iter().find(|n| n.attribute("class") == Some("gl-label"));
            assert_eq!(label.map(|n| text_of(*n)), Some(as_text(&m.name)), "label of {:?}", m.id);
        }
    }
    for (i, c) in scene.claims.iter().enumerate() {
        let g = element("data-claim", &i.to_string());
        assert_eq!(g.len(), 1, "claim row {i}");
        assert_eq!(g[0].attribute("data-claim-id"), Some(as_xml_attribute(&c.id).as_str()));
        assert_eq!(g[0].attribute("aria-label"), Some(as_xml_attribute(&c.description).as_str()));
    }
    for e in &scene.events {
        let g = doc
            .descendants()
            .find(|n| {
                n.attribute("data-event-id") == Some(&as_xml_attribute(&e.id))
                    && n.attribute("class").is_some_and(|c| c.starts_with("gl-event "))
            })
            .unwrap_or_else(|| panic!("the event {:?}", e.id));
        let title = g.children().find(|n| n.has_tag_name("title")).map(text_of);
        assert_eq!(title, Some(as_text(&e.description)));
        if let Some((_, label)) = &e.label {
            has("the event label", label);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the HTML back.

/// The elements the HTML writers write: anything else came from data.
const HTML_ELEMENTS: [&str; 22] = [
    "html",
    "section",
    "ul",
    "li",
    "strong",
    "a",
    "article",
    "h3",
    "h4",
    "p",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "mark",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// An element of parsed HTML: its name, attributes and text (of all its descendants).
#[derive(Debug)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

fn text_below(node: &Handle) -> String {
    let mut out = String::new();
    if let NodeData::Text { contents } = &node.data {
        out.push_str(&contents.borrow());
    }
    for child in node.children.borrow().iter() {
        out.push_str(&text_below(child));
    }
    out
}

fn collect(node: &Handle, out: &mut Vec<El>) {
    if let NodeData::Element { name, attrs, .. } = &node.data {
        out.push(El {
            name: name.local.to_string(),
            attrs: attrs
                .borrow()
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect(),
            text: text_below(node),
        });
    }
    for child in node.children.borrow().iter() {
        collect(child, out);
    }
}

/// `html` parsed as the fragment a `<div>`'s `innerHTML` is set to.
fn html_dom(html: &str) -> RcDom {
    let context = QualName::new(None, ns!(html), local_name!("div"));
    // `innerHTML` is text already: a U+FEFF in front is a character of it, not a byte order mark.
    let tokenizer = TokenizerOpts { discard_bom: false, ..TokenizerOpts::default() };
    let opts = ParseOpts { tokenizer, ..ParseOpts::default() };
    parse_fragment(RcDom::default(), opts, context, vec![], false).one(html)
}

fn html_errors(dom: &RcDom) -> Vec<String> {
    dom.errors.borrow().iter().map(|e| e.to_string()).collect()
}

/// Parses `html` as a browser parses what is set as a `<div>`'s `innerHTML` (the widget and
/// the pages insert the writers' HTML so) and checks that it is only the writer's markup: the
/// elements, in document order, after the fragment's root (`html`, with all the text).
fn parse_html(html: &str, sources: &[String]) -> Vec<El> {
    let dom = html_dom(html);
    // No parse error either: nothing misnested, no stray end tag, no bad reference.
    assert_eq!(html_errors(&dom), Vec::<String>::new(), "{html}");
    let mut all = Vec::new();
    collect(&dom.document, &mut all);
    // The fragment's root holds it all: the writer's elements are below it.
    assert_eq!(all.first().map(|r| r.name.as_str()), Some("html"));
    for el in &all[1..] {
        assert!(HTML_ELEMENTS.contains(&el.name.as_str()), "<{}> in {html}", el.name);
        for (attr, value) in &el.attrs {
            assert!(!attr.to_ascii_lowercase().starts_with("on"), "{attr}=\"{value}\" in {html}");
            assert!(attr != "style" && attr != "src", "{attr}=\"{value}\" in {html}");
        }
        if el.name == "a" {
            let href = el.attr("href").unwrap_or_default();
            let lower = href.to_ascii_lowercase();
            assert!(lower.starts_with("https://") || lower.starts_with("http://"), "{href}");
            assert!(sources.iter().any(|s| as_text(s) == href), "{href} is no source of the data");
            assert_eq!(el.attr("rel"), Some("noopener noreferrer"));
        }
    }
    all
}

/// The texts of the elements named `name`.
fn texts<'a>(all: &'a [El], name: &str) -> Vec<&'a str> {
    all.iter().filter(|e| e.name == name).map(|e| e.text.as_str()).collect()
}

/// Every HTML writer on `data` and `scene`, read back.
fn check_html(data: &Dataset, scene: &Scene, lang: Lang) {
    let zh = lang == Lang::Zh;
    let quote = |c: &gapline_core::Claim| match (zh, &c.text_zh) {
        (true, Some(t)) => t.clone(),
        _ => c.text.clone(),
    };
    let sources: Vec<String> = data
        .models
        .iter()
        .map(|m| m.source_url.as_str().to_string())
        .chain(data.claims.iter().map(|c| c.source_url.as_str().to_string()))
        .chain(data.events.iter().map(|e| e.source_url.as_str().to_string()))
        .collect();

    // The claims list under the chart.
    let list = parse_html(&claim_list_html(data, lang), &sources);
    assert_eq!(texts(&list, "li").len(), data.claims.len());
    for (li, c) in list.iter().filter(|e| e.name == "li").zip(&data.claims) {
        assert_eq!(li.attr("data-claim-id"), Some(as_text(&c.id).as_str()));
        assert!(li.text.starts_with(&as_text(&c.speaker)), "{:?} {:?}", li.text, c.speaker);
        assert!(li.text.contains(&format!("“{}”", as_text(&quote(c)))), "{:?}", li.text);
    }
    // The claims page's entries.
    let benchmark = scene.benchmark.as_deref().unwrap_or("");
    for (entry, c) in claim_index(data, benchmark, ReadingKind::Lag, lang).iter().zip(&data.claims)
    {
        let all = parse_html(&entry.html, &sources);
        assert_eq!(texts(&all, "h3"), [as_text(&c.speaker)]);
        assert_eq!(texts(&all, "blockquote"), [as_text(&quote(c))]);
        assert_eq!(all.iter().filter(|e| e.name == "a").count(), 1);
    }
    // The cards.
    for row in &scene.claims {
        let Some(card) = claim_details(data, row, lang) else { continue };
        let all = parse_html(&card.body_html(), &sources);
        assert_eq!(texts(&all, "blockquote"), [as_text(&card.quote.concat())]);
        assert_eq!(texts(&all, "p")[0], as_text(&card.byline));
    }
    for i in 0..data.models.len() {
        let card = model_details(data, i, lang).expect("a card");
        assert_eq!(
            texts(&parse_html(&card.body_html(), &sources), "p"),
            [as_text(&card.lines.join("\n"))]
        );
    }
    for i in 0..data.events.len() {
        let card = event_details(data, i, lang).expect("a card");
        assert_eq!(
            texts(&parse_html(&card.body_html(), &sources), "p"),
            [as_text(&card.lines.join("\n"))]
        );
    }
    // The tables.
    for table in [
        models_table(data, scene, lang),
        claims_table(data, scene, lang),
        events_table(data, scene, lang),
    ] {
        let all = parse_html(&table.to_html(), &sources);
        if table.rows.is_empty() {
            assert_eq!(all.len(), 1, "nothing but the root");
            continue;
        }
        assert_eq!(texts(&all, "caption"), [as_text(&table.caption)]);
        let head: Vec<String> = table.head.iter().map(|h| as_text(h)).collect();
        assert_eq!(texts(&all, "th"), head);
        let cells: Vec<String> = table.rows.iter().flatten().map(|c| as_text(c)).collect();
        assert_eq!(texts(&all, "td"), cells);
    }
    // "How this is measured".
    let method = parse_html(&method_html(scene.benchmark.as_deref(), lang), &sources);
    if let Some(b) = &scene.benchmark {
        assert_eq!(texts(&method, "strong"), [as_text(b)]);
    }
    // The editor's highlight of what the parser read.
    for c in &data.claims {
        let text = quote(c);
        if let Ok(parsed) = parse_claim(&text, Some(data)) {
            let all = parse_html(&highlight_html(&text, &parsed), &sources);
            assert_eq!(all[0].text, as_text(&text), "the text, whole, around its marks");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The tests.

/// Cases per property: `PROPTEST_CASES` when set, 256 by default (a few seconds).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_svg_writers_write_valid_xml_with_data_as_text(
        json in dataset(),
        zh in any::<bool>(),
        narrow in any::<bool>(),
        all in any::<bool>(),
        css in nasty_text(),
    ) {
        let data = load(&json);
        let lang = if zh { Lang::Zh } else { Lang::En };
        let options = SceneOptions {
            lang,
            width: if narrow { 360.0 } else { 900.0 },
            models: all.then_some(ModelFilter::All),
            ..SceneOptions::default()
        };
        let scene = build_scene(&data, &options);
        // What the writers are given is what the file said (less the white space around it).
        for m in &scene.marks {
            if m.cluster.is_none() {
                let raw = json["models"].as_array().and_then(|all| {
                    all.iter().find(|r| r["id"].as_str().map(str::trim) == Some(m.id.as_str()))
                });
                let name = raw.and_then(|r| r["name"].as_str()).map(str::trim);
                prop_assert_eq!(name, Some(m.name.as_str()));
            }
        }
        check_svg(&scene, &svg::to_svg(&scene, svg::SvgOptions::default()));
        check_svg(&scene, &svg::to_svg(&scene, svg::SvgOptions { tab_stop: Some(0) }));
        for theme in [Theme::Light, Theme::Dark] {
            let file = standalone_svg(&scene, theme);
            prop_assert!(file.starts_with("<?xml"));
            check_svg(&scene, &file);
        }
        // A stylesheet with what breaks XML in it (`&` of CSS nesting, `<` in a string) still
        // makes a valid file, and is given back as it was. (No braces or `@media`: the
        // resolving of its rules would change it.)
        let css: String = css.replace(['{', '}'], "").replace("@media", "").replace("var(", "");
        let file = standalone_svg_with(&scene, Theme::Light, &css);
        check_svg(&scene, &file);
        let doc = parse_svg(&file);
        let style = doc.descendants().find(|n| n.has_tag_name("style")).map(text_of);
        prop_assert_eq!(style, Some(as_text(&css)));
        // The tooltips.
        for i in 0..scene.marks.len() {
            let tip = svg::tooltip_svg(&scene, i);
            if tip.is_empty() {
                continue;
            }
            let doc = parse_svg(&tip);
            let expected = scene.tooltip(i).map(|t| as_text(&t.text));
            prop_assert_eq!(svg_texts(&doc).into_iter().next(), expected);
        }
    }

    #[test]
    fn the_html_writers_write_html_with_data_as_text_and_only_http_links(
        json in dataset(),
        zh in any::<bool>(),
    ) {
        let data = load(&json);
        let lang = if zh { Lang::Zh } else { Lang::En };
        let scene = build_scene(&data, &SceneOptions { lang, ..SceneOptions::default() });
        check_html(&data, &scene, lang);
    }
}

#[test]
fn the_parsers_refuse_what_the_writers_must_not_write() {
    // The checks above mean something only if the parsers are strict.
    for bad in ["\u{1}", "\u{FFFF}", "\u{FFFE}", "&", "<", "]]>", "&#1;"] {
        let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><text>{bad}</text></svg>"#);
        assert!(roxmltree::Document::parse(&svg).is_err(), "{bad:?} parsed");
    }
    for bad in ["<p>a</b>", "<li>a</ul>", "a &#0; b", "<p a=1 a=2>", "</p>"] {
        assert!(!html_errors(&html_dom(bad)).is_empty(), "{bad:?} parsed without an error");
    }
}

#[test]
fn a_hostile_name_reaches_the_writers_and_is_drawn_as_text() {
    // The importer keeps it as written, so the fuzz above reaches the writers.
    let name = "<script>\u{1}\u{FFFF}]]>";
    let data = load(&json!({"models": [{
        "id": "x", "name": name, "region": "US", "released": "2023-03-14",
        "source_url": "https://example.org/?a=1&b='2'",
    }]}));
    assert_eq!(data.models[0].name, name);
    let scene = build_scene(&data, &SceneOptions::default());
    let svg = svg::to_svg(&scene, svg::SvgOptions::default());
    assert!(svg.contains(">&lt;script&gt;\u{FFFD}\u{FFFD}]]&gt;</text>"), "{svg}");
    check_svg(&scene, &svg);
    check_html(&data, &scene, Lang::En);
}
