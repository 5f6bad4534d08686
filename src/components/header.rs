use crate::app::use_ctx;
use leptos::prelude::*;
use portolan_engine::display::date_en;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let meta = &ctx.data.meta;
    let as_of = date_en(meta.as_of);
    let version = meta.version.clone();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#results">"Skip to results"</a>
            <div class="brand">
                <h1>"Portolan"</h1>
                <p class="tagline">"Cocaine seizures at sea and in ports, from sourced public reporting"</p>
            </div>
            <p class="dataset" data-testid="dataset-version">
                "Data as of " <time datetime=meta.as_of.to_string()>{as_of}</time>
                " · version " {version}
            </p>
        </header>
    }
}
