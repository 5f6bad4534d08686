//! Filters for where and when. Each change is written to the address; Back undoes it.

use crate::app::use_ctx;
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::codes::Country;
use portolan_engine::date::PartialDate;
use portolan_engine::filter::{Dim, Filter};
use portolan_engine::query::FacetValue;

#[component]
pub fn Filters() -> impl IntoView {
    let ctx = use_ctx();
    let filter = ctx.filter;
    let summary = ctx.summary;
    // Countries with their counts under the other filters, alphabetical for a drop-down.
    let countries = Memo::new(move |_| {
        let mut counts: Vec<(Country, u32)> = summary
            .get()
            .and_then(|s| {
                s.facet(Dim::Country).map(|f| {
                    f.values
                        .iter()
                        .filter_map(|v| match v.value {
                            FacetValue::Country(c) => Some((c, v.count)),
                            _ => None,
                        })
                        .collect()
                })
            })
            .unwrap_or_default();
        counts.sort_by_key(|(c, _)| c.name_en());
        counts
    });
    let add_country = {
        let ctx = ctx.clone();
        move |ev: leptos::ev::Event| {
            if let Some(c) = Country::parse(&event_target_value(&ev)) {
                let mut f = filter.get_untracked();
                if !f.countries.contains(&c) {
                    f.countries.push(c);
                    ctx.set_filter(f, HistoryMode::Push);
                }
            }
        }
    };
    let clear = {
        let ctx = ctx.clone();
        move |_| ctx.set_filter(Filter::default(), HistoryMode::Push)
    };
    let chips = {
        let ctx = ctx.clone();
        move || {
            filter
                .get()
                .countries
                .into_iter()
                .map(|c| {
                    let ctx = ctx.clone();
                    let name = c.name_en();
                    let label = format!("Remove {name}");
                    view! {
                        <li class="chip">
                            <span>{name}</span>
                            <button
                                type="button"
                                aria-label=label
                                on:click=move |_| {
                                    let mut f = filter.get_untracked();
                                    f.countries.retain(|x| *x != c);
                                    ctx.set_filter(f, HistoryMode::Push)
                                }
                            >
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">"Filters"</h2>
            <div class="field">
                <label for="country-select">"Country of seizure"</label>
                <ul class="chips" aria-label="Selected countries">{chips}</ul>
                <select id="country-select" data-testid="country-select" on:change=add_country prop:value="">
                    <option value="">
                        {move || {
                            if filter.get().countries.is_empty() { "All countries" } else { "Add a country…" }
                        }}
                    </option>
                    {move || {
                        let selected = filter.get();
                        countries
                            .get()
                            .into_iter()
                            .filter(|(c, _)| !selected.countries.contains(c))
                            .map(|(c, n)| {
                                view! { <option value=c.to_string()>{format!("{} ({n})", c.name_en())}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <DateField label="From" bound=Bound::From />
            <DateField label="To" bound=Bound::To />
            <button type="button" class="clear" on:click=clear disabled=move || filter.get().is_empty()>
                "Clear all filters"
            </button>
        </section>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    From,
    To,
}

impl Bound {
    fn key(self) -> &'static str {
        match self {
            Bound::From => "from",
            Bound::To => "to",
        }
    }

    fn get(self, f: &Filter) -> Option<PartialDate> {
        match self {
            Bound::From => f.from,
            Bound::To => f.to,
        }
    }

    fn set(self, f: &mut Filter, d: Option<PartialDate>) {
        match self {
            Bound::From => f.from = d,
            Bound::To => f.to = d,
        }
    }
}

/// A date bound typed as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, applied when the field is left or
/// Enter is pressed. A date that cannot be read is explained next to the field and not applied.
#[component]
fn DateField(label: &'static str, bound: Bound) -> impl IntoView {
    let ctx = use_ctx();
    let filter = ctx.filter;
    let error = RwSignal::new(None::<String>);
    let id = format!("date-{}", bound.key());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let apply = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev).trim().to_string();
        let parsed = if text.is_empty() {
            Ok(None)
        } else {
            text.parse::<PartialDate>()
                .map(Some)
                .map_err(|e| e.to_string())
        };
        match parsed {
            Ok(d) => {
                error.set(None);
                let mut next = filter.get_untracked();
                bound.set(&mut next, d);
                ctx.set_filter(next, HistoryMode::Push);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                placeholder="YYYY-MM-DD"
                data-testid=format!("filter-{}", bound.key())
                aria-describedby=described
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || bound.get(&filter.get()).map(|d| d.to_string()).unwrap_or_default()
                on:change=apply
            />
            <small id=hint_id class="hint">"A year, a month (2021-06) or a day (2021-06-14)"</small>
            <small id=error_id class="error" role="alert">{move || error.get()}</small>
        </div>
    }
}
