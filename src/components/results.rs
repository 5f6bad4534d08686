//! The count of matching seizures and the list of them, in the table order, each with its source.

use crate::app::use_ctx;
use crate::i18n::{fmt, t, tf};
use leptos::prelude::*;
use portolan_engine::load::is_web_url;
use portolan_engine::model::Seizure;

/// How many records are rendered at first and per "Show more".
const PAGE: usize = 50;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let source = ctx.source;
    let shown = RwSignal::new(PAGE);
    // A new filter starts from the top of the list.
    Effect::new(move |_| {
        summary.track();
        shown.set(PAGE);
    });
    let count = move || summary.get().map_or(0, |s| s.total.count as usize);
    // Only the rows on screen are fetched from the engine, never the whole selection.
    let records = Memo::new(move |_| {
        let (Some(s), Some(src)) = (summary.get(), source.get()) else {
            return Vec::new();
        };
        // This list is always newest first; the table is where the order can be changed.
        let indices = src.with_engine(|e| {
            e.page(
                &s.selection,
                portolan_engine::link::Sort::default(),
                0,
                shown.get(),
            )
        });
        indices
            .into_iter()
            .filter_map(|i| src.store.record(i as usize))
            .collect::<Vec<Seizure>>()
    });
    let remaining = move || count().saturating_sub(shown.get());
    view! {
        <section class="results" id="results" aria-labelledby="results-title" tabindex="-1">
            <h2 id="results-title">{t("Matching seizures, newest first")}</h2>
            <Show when=move || summary.get().is_some() && count() == 0>
                <p class="empty">
                    {t("No seizure in the data matches these filters. That is not evidence that none happened: ")}
                    {t("the data holds reported seizures only.")}
                </p>
            </Show>
            <ol class={t("seizures")}>
                {move || records.get().into_iter().map(|s| view! { <SeizureItem seizure=s /> }).collect_view()}
            </ol>
            <Show when=move || { remaining() > 0 }>
                <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || tf("Show {} more of {}", &[&remaining().min(PAGE), &remaining()])}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn SeizureItem(seizure: Seizure) -> impl IntoView {
    let s = seizure;
    let place = format!("{}, {}", s.place, fmt::country(s.country));
    let quantity = match (s.quantity_as_reported.is_empty(), s.quantity_kg) {
        (false, Some(kg)) => format!("{} ({})", s.quantity_as_reported, fmt::kg(kg)),
        (false, None) => s.quantity_as_reported.clone(),
        (true, Some(kg)) => fmt::kg(kg),
        (true, None) => { t("quantity not reported") }.into(),
    };
    let route = fmt::route(&s);
    let note = fmt::precision_note(s.date);
    let source_date = s.source.date.map(fmt::date);
    let link = is_web_url(&s.source.url).then(|| s.source.url.clone());
    view! {
        <li class={t("seizure")} data-testid="seizure-row" data-id=s.id.clone()>
            <p class="when-where">
                <time datetime=s.date.to_string()>{fmt::date(s.date)}</time>
                {note.map(|n| view! { <span class="precision">{format!(" ({n})")}</span> })}
                " · "
                <span class="place">{place}</span>
            </p>
            <p class="quantity">{quantity}</p>
            {route.map(|r| view! { <p class={t("route")}><span class="label">{t("Route: ")}</span>{r}</p> })}
            <p class="summary">{fmt::text(&s.summary, &s.summary_es)}</p>
            {(!s.caveat.is_empty())
                .then(|| view! { <p class="caveat"><strong>{t("Caveat: ")}</strong>{s.caveat.clone()}</p> })}
            <p class="source">
                {t("Source: ")} {s.source.publisher.clone()} ", "
                {match link {
                    Some(href) => {
                        view! {
                            <a href=href target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                                {s.source.label().to_string()}
                            </a>
                        }
                            .into_any()
                    }
                    None => view! { <span>{s.source.label().to_string()}</span> }.into_any(),
                }}
                {source_date.map(|d| format!(" ({d})"))}
            </p>
        </li>
    }
}

/// How many seizures match, and their kilograms: the figure every view shares.
#[component]
pub fn ResultCount() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let failure = ctx.failure;
    let text = move || {
        match summary.get() {
        None => match failure.get() {
            Some(why) => tf("The records could not be opened ({}). Reload the page; if this happens again, please report it.", &[&why]),
            None => { t("Loading records…") }.to_string(),
        },
        Some(s) => {
            let mut text = tf(
                "{} · {} seized",
                &[
                    &fmt::count(s.total.count as usize, "seizure", "seizures"),
                    &fmt::kg(s.total.kg()),
                ],
            );
            if s.total.without_quantity > 0 {
                text.push_str(&tf(
                    " ({} without a reported quantity)",
                    &[&fmt::count(
                        s.total.without_quantity as usize,
                        "record",
                        "records",
                    )],
                ));
            }
            text
        }
    }
    };
    view! {
        <p
            class="result-count"
            data-testid="result-count"
            aria-live="polite"
            aria-busy=move || summary.get().is_none().to_string()
            data-count=move || summary.get().map(|s| s.total.count.to_string())
            data-kg=move || summary.get().map(|s| format!("{:.3}", s.total.kg()))
        >
            {text}
        </p>
    }
}
