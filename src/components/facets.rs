//! Facets: for each dimension, its values with how many seizures each would have under the
//! other filters. Several values of one facet are OR-ed. Long facets can be searched.

use crate::app::{use_ctx, Ctx};
use crate::components::map::place_label;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::filter::Dim;
use portolan_engine::query::{toggled, FacetValue, FACET_DIMS};
use portolan_engine::text::fold;

/// Values shown before "Show all".
const SHORT: usize = 8;

fn title(dim: Dim) -> &'static str {
    match dim {
        Dim::Country => t("Country of seizure"),
        Dim::Port => t("Port of seizure"),
        Dim::Origin => t("Origin"),
        Dim::Dest => t("Destination"),
        Dim::Via => t("Transit port"),
        Dim::Drug => t("Drug form"),
        Dim::Cargo => t("Cargo"),
        Dim::Group => t("Criminal group named"),
        _ => "",
    }
}

pub fn value_label(ctx: &Ctx, value: &FacetValue) -> String {
    match value {
        FacetValue::Country(c) => fmt::country(*c),
        FacetValue::Place(p) => place_label(ctx, *p),
        FacetValue::Drug(d) => fmt::drug(*d).to_string(),
        FacetValue::Cargo(k) => fmt::cargo(*k).to_string(),
        FacetValue::Group(g) => g.clone(),
    }
}

#[component]
pub fn Facets() -> impl IntoView {
    FACET_DIMS
        .into_iter()
        .map(|dim| view! { <FacetBox dim=dim /> })
        .collect_view()
}

#[component]
fn FacetBox(dim: Dim) -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let filter = ctx.filter;
    let search = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    let param = dim.param();
    let heading_id = format!("facet-{param}-title");
    let search_id = format!("facet-{param}-search");
    let values = {
        let ctx = ctx.clone();
        Memo::new(move |_| {
            summary
                .get()
                .and_then(|s| s.facet(dim).cloned())
                .map(|f| {
                    f.values
                        .into_iter()
                        .map(|v| (value_label(&ctx, &v.value), v))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let shown = move || {
        let needle = fold(search.get().trim());
        let all: Vec<_> = values
            .get()
            .into_iter()
            .filter(|(label, v)| {
                needle.is_empty()
                    || fold(label).contains(&needle)
                    || fold(&v.value.link_value()).contains(&needle)
            })
            .collect();
        let limit = if expanded.get() || !needle.is_empty() {
            all.len()
        } else {
            SHORT
        };
        // Selected values always stay in view.
        all.into_iter()
            .enumerate()
            .filter(|(i, (_, v))| *i < limit || v.selected)
            .map(|(_, x)| x)
            .collect::<Vec<_>>()
    };
    let active = move || filter.get().is_active(dim);
    let clear = {
        let ctx = ctx.clone();
        move |_| ctx.set_filter(filter.get_untracked().without(dim), HistoryMode::Push)
    };
    let items = {
        let ctx = ctx.clone();
        move || {
            shown()
                .into_iter()
                .map(|(label, v)| {
                    let ctx = ctx.clone();
                    let value = v.value.clone();
                    let id = format!("facet-{param}-{}", fold(&v.value.link_value()).replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                    view! {
                        <li data-testid="facet-item" data-value=v.value.link_value() data-count=v.count.to_string()>
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=v.selected
                                on:change=move |_| {
                                    ctx.set_filter(toggled(&ctx.filter.get_untracked(), dim, &value), HistoryMode::Push)
                                }
                            />
                            <label for=id>
                                <span class="facet-label">{label}</span>
                                <span class="facet-count">{v.count.to_string()}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let total = move || values.with(Vec::len);
    view! {
        <section class="facet" data-testid=format!("facet-{param}") aria-labelledby=heading_id.clone()>
            <div class="facet-head">
                <h3 id=heading_id.clone()>{title(dim)}</h3>
                <Show when=active>
                    <button type="button" class="link-button" on:click=clear.clone()>
                        {t("Clear")}
                        <span class="visually-hidden">{format!(" {}", title(dim))}</span>
                    </button>
                </Show>
            </div>
            <Show when=move || { total() > SHORT }>
                <label for=search_id.clone() class="visually-hidden">{tf("Search {}", &[&title(dim)])}</label>
                <input
                    id=search_id.clone()
                    class="facet-search"
                    type="search"
                    placeholder={t("Search…")}
                    autocomplete="off"
                    prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </Show>
            <ul class="facet-values">{items}</ul>
            <Show when=move || values.with(|v| v.is_empty())>
                <p class="hint">{t("None under the current filters.")}</p>
            </Show>
            <Show when=move || { total() > SHORT && search.get().is_empty() }>
                <button type="button" class="link-button" on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { {t("Show fewer")}.to_string() } else { tf("Show all {}", &[&total()]) }}
                </button>
            </Show>
        </section>
    }
}
