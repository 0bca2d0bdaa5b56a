//! Two functions for pages that work with claims rather than draw a timeline: the site's claim
//! editor (`readClaim`) and claims page (`claimIndex`). They read against the built-in
//! dataset, fetched once per page. Results are plain objects; every piece of HTML in them was
//! escaped by the core.

use crate::load::{builtin_data_url, load_claims, load_dataset};
use gapline_core::claims::comparisons::parse_all;
use gapline_core::claims::highlight::highlight_html;
use gapline_core::claims::parse::ParsedClaim;
use gapline_core::claims::reading::Reading;
use gapline_core::data::claims_left_out::{LeftOutClaim, claims_left_out};
use gapline_core::gap::ledger::{Ledger, SpeakerRecord};
use gapline_core::gap::projection::ReadingKind;
use gapline_core::scene::{ClaimEntry, claim_index};
use gapline_core::{Dataset, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The built-in dataset, once loaded.
    static BUILTIN: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
}

/// The built-in dataset, fetched the first time.
async fn builtin() -> Result<Rc<Dataset>, String> {
    if let Some(d) = BUILTIN.with(|b| b.borrow().clone()) {
        return Ok(d);
    }
    let crate::load::Fetched::Dataset(loaded) = load_dataset(&builtin_data_url()).await? else {
        return Err("the built-in data is not a gapline dataset".into());
    };
    let data = Rc::new(loaded.dataset);
    BUILTIN.with(|b| *b.borrow_mut() = Some(data.clone()));
    Ok(data)
}

/// Sets `key` on `object` (which is always an object here, so this cannot fail).
fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value);
}

/// An object `{error}`.
fn failure(message: String) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "error", message.into());
    o.into()
}

/// Sets on `o` what a reading says: `relation`, `gapMin`, `gapMax`, `reference`,
/// `referenceModel`, `modality`, and `summary` ("behind GPT-4 by 1.5 years").
fn set_reading(o: &js_sys::Object, p: &ParsedClaim) {
    set(o, "relation", p.relation.name().into());
    let (min, max) = p.gap_months.map_or((None, None), |(a, b)| (Some(a), b));
    set(o, "gapMin", min.map_or(JsValue::NULL, JsValue::from));
    set(o, "gapMax", max.map_or(JsValue::NULL, JsValue::from));
    set(o, "reference", p.reference.text.as_str().into());
    set(o, "referenceModel", p.reference.model_id.as_deref().map_or(JsValue::NULL, JsValue::from));
    set(o, "modality", p.modality.into());
    set(o, "confidence", p.confidence.into());
    // The words each part came from, `[start, end]` in characters, for a stored reading.
    let span = |s: Option<(usize, usize)>| {
        s.map_or(JsValue::NULL, |(a, b)| {
            js_sys::Array::of2(&(a as u32).into(), &(b as u32).into()).into()
        })
    };
    set(o, "relationSpan", span(p.relation_span));
    set(o, "gapSpan", span(p.gap_span));
    set(o, "referenceSpan", span(p.reference_span));
    set(o, "summary", Reading::from_parsed(p, "text").summary(Lang::En).into());
}

/// Reads one claim's text (English or Chinese) against the built-in data. Resolves to
/// `{html, relation, gapMin, gapMax, reference, referenceModel, modality, confidence,
/// relationSpan, gapSpan, referenceSpan, summary, warnings, claims, parser}` where `html` is the text with the gap, relation and reference marked, the fields
/// are the first comparison's, and `claims` lists every comparison the text makes (the first
/// is the same), each `{relation, gapMin, gapMax, reference, referenceModel, modality,
/// summary}`; or `{error, html, choices}` when it cannot be read (`html` is then the escaped
/// text, unmarked), `choices` being the readings possible, `{relation, gapMin, gapMax}`, when
/// the parser is not sure which the text means (none when it found nothing to read).
#[wasm_bindgen(js_name = readClaim)]
pub async fn read_claim(text: String) -> JsValue {
    let data = match builtin().await {
        Ok(d) => d,
        Err(e) => return failure(format!("the built-in data could not be loaded: {e}")),
    };
    let o = js_sys::Object::new();
    match parse_all(&text, Some(&data)) {
        Ok(all) => {
            let p = &all[0];
            set(&o, "html", highlight_html(&text, p).into());
            set_reading(&o, p);
            let warnings: js_sys::Array =
                p.warnings.iter().map(|w| JsValue::from(w.as_str())).collect();
            set(&o, "warnings", warnings.into());
            let claims: js_sys::Array = all
                .iter()
                .map(|p| {
                    let c = js_sys::Object::new();
                    set_reading(&c, p);
                    JsValue::from(c)
                })
                .collect();
            set(&o, "claims", claims.into());
            set(&o, "parser", concat!("gapline ", env!("CARGO_PKG_VERSION")).into());
        }
        Err(e) => {
            // Not sure of the reading: the choices, for the author to pick one.
            let choices: js_sys::Array = e
                .choices
                .iter()
                .map(|c| {
                    let o = js_sys::Object::new();
                    set(&o, "relation", c.relation.name().into());
                    let (min, max) = c.gap_months.map_or((None, None), |(a, b)| (Some(a), b));
                    set(&o, "gapMin", min.map_or(JsValue::NULL, JsValue::from));
                    set(&o, "gapMax", max.map_or(JsValue::NULL, JsValue::from));
                    JsValue::from(o)
                })
                .collect();
            set(&o, "choices", choices.into());
            set(&o, "error", e.message.into());
            set(&o, "html", gapline_core::scene::svg::escape(&text).into());
        }
    }
    o.into()
}

/// The claims at `url` (a gapline claims file), each read and checked against the built-in
/// data on `benchmark` in the lag reading, in `lang` (`en` or `zh`). Resolves to `{entries,
/// speakers, leftOut, problems}`: entries `{id, speaker, modality, relation, html}` in the
/// file's order; each speaker's record from the same verdicts, `{speaker, claims, comparisons,
/// judged, mean_error_months, mean_abs_error_months, benchmarks}` (see [`Ledger::as_listed`]);
/// the claims left out, `{index, id, speaker, said_on, text, reasons}` (see
/// [`claims_left_out`]); and the file's other problems, as sentences. Or `{error}`.
#[wasm_bindgen(js_name = claimIndex)]
pub async fn claim_index_of(url: String, benchmark: String, lang: String) -> JsValue {
    let data = match builtin().await {
        Ok(d) => d,
        Err(e) => return failure(format!("the built-in data could not be loaded: {e}")),
    };
    let (raw, mut found) = match load_claims(&url).await {
        Ok(read) => read,
        Err(e) => return failure(format!("the claims could not be loaded from {url}: {e}")),
    };
    let mut data = (*data).clone();
    found.extend(data.add_claims(&raw));
    let lang = Lang::parse(&lang).unwrap_or_default();
    let (left_out, problems) = claims_left_out(&raw, &found);
    let reply = IndexReply {
        entries: claim_index(&data, &benchmark, ReadingKind::Lag, lang),
        speakers: Ledger::as_listed(&data, &benchmark, ReadingKind::Lag).speakers,
        left_out,
        problems,
    };
    serde_wasm_bindgen::to_value(&reply).unwrap_or_else(|e| failure(e.to_string()))
}

/// What `claimIndex` answers (see there).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct IndexReply {
    entries: Vec<ClaimEntry>,
    speakers: Vec<SpeakerRecord>,
    left_out: Vec<LeftOutClaim>,
    problems: Vec<String>,
}
