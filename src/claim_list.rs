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
                let by_hand = (!reading.overridden.is_empty()).then(|| {
                    let note = if zh { "（人工设定）" } else { " (set by hand)" };
                    view! { <span class="gl-claim-by-hand" title=reading.overridden.join(", ")>{note}</span> }
                });
                view! {
                    <li data-claim-id=claim.id.clone()>
                        <span class="gl-claim-who">{format!("{}, {}: ", claim.speaker, lang.date(claim.said_on))}</span>
                        <strong class="gl-claim-reading">{reading.summary(lang)}</strong>
                        {by_hand}
                        " "
                        <q class="gl-claim-quote">{quote}</q>
                        " "
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
