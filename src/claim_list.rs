//! The claims of a dataset as a list under the chart: who said what, when, and how gapline
//! reads it. Each claim's text is parsed here, in the browser, by the core's parser; fields
//! given in the data replace what was read (see `gapline_core::claims::reading`).

use gapline_core::claims::reading::read_claim;
use gapline_core::claims::resolve::Resolver;
use gapline_core::{Dataset, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The claims of `data`, each with its reading; nothing when there are none.
#[component]
pub fn ClaimList(data: Arc<Dataset>, lang: Lang) -> impl IntoView {
    (!data.claims.is_empty()).then(|| {
        // Indexed once for all the claims.
        let names = Resolver::new(&data);
        let zh = lang == Lang::Zh;
        let items = data
            .claims
            .iter()
            .map(|claim| {
                let reading = read_claim(claim, &data, Some(&names));
                let quote = match (zh, &claim.text_zh) {
                    (true, Some(original)) => original.clone(),
                    _ => claim.text.clone(),
                };
                // Plain text around the reading and one link: few nodes, little code.
                let by_hand = match (reading.overridden.is_empty(), zh) {
                    (true, _) => String::new(),
                    (false, true) => "（人工设定）".into(),
                    (false, false) => " (set by hand)".into(),
                };
                // A text that could not be read says why, so an editor can fix it or set the
                // fields by hand; the claim is still listed.
                let by_hand = match (&reading.error, reading.overridden.is_empty(), zh) {
                    (Some(e), true, false) => format!(" (could not be read: {})", e.message),
                    (Some(e), true, true) => format!("（无法解读：{}）", e.message),
                    _ => by_hand,
                };
                view! {
                    <li data-claim-id=claim.id.clone()>
                        {format!("{}, {}: ", claim.speaker, lang.date(claim.said_on))}
                        <strong class="gl-claim-reading">{reading.summary(lang)}</strong>
                        {format!("{by_hand} “{quote}” ")}
                        <a href=claim.source_url.as_str().to_string() target="_blank" rel="noopener noreferrer">
                            {if zh { "来源" } else { "source" }}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="gl-claims" aria-label=if zh { "说法" } else { "Claims" }>
                <ul>{items}</ul>
            </section>
        }
    })
}
