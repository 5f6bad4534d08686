//! Filters for where and when. Each change is written to the address; Back undoes it.

use crate::app::use_ctx;
use crate::components::facets::Facets;
use crate::i18n::{t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::date::PartialDate;
use portolan_engine::filter::Filter;

#[component]
pub fn Filters() -> impl IntoView {
    let ctx = use_ctx();
    let filter = ctx.filter;
    let clear = {
        let ctx = ctx.clone();
        move |_| ctx.set_filter(Filter::default(), HistoryMode::Push)
    };
    // On a phone the filters fold away under a button, so the data comes first.
    let open = RwSignal::new(false);
    let active = move || {
        let f = filter.get();
        portolan_engine::filter::Dim::ALL
            .iter()
            .filter(|d| f.is_active(**d))
            .count()
    };
    view! {
        <section class=move || if open.get() { "filters" } else { "filters folded" } aria-labelledby="filters-title">
            <div class="filters-head">
                <h2 id="filters-title">{t("Filters")}</h2>
                <button
                    type="button"
                    class="fold-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="filters-body"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || match (open.get(), active()) {
                        (true, _) => {t("Hide filters")}.to_string(),
                        (false, 0) => {t("Show filters")}.to_string(),
                        (false, n) => tf("Show filters ({} active)", &[&n]),
                    }}
                </button>
                <button type="button" class="clear" on:click=clear disabled=move || filter.get().is_empty()>
                    {t("Clear all")}
                </button>
            </div>
            <div id="filters-body" class="filters-body">
            <TextSearch />
            <div class="date-fields">
                <DateField label={t("From")} bound=Bound::From />
                <DateField label={t("To")} bound=Bound::To />
            </div>
            <KgRangeField />
            <Facets />
            </div>
        </section>
    }
}

/// Free-text search, applied when the field is left or Enter is pressed.
#[component]
fn TextSearch() -> impl IntoView {
    let ctx = use_ctx();
    let filter = ctx.filter;
    let apply = move |ev: leptos::ev::Event| {
        let mut f = filter.get_untracked();
        let text = event_target_value(&ev);
        f.q = Some(
            text.chars()
                .take(portolan_engine::link::MAX_TEXT_CHARS)
                .collect(),
        );
        ctx.set_filter(f, HistoryMode::Push);
    };
    view! {
        <div class="field">
            <label for="text-search">{t("Search the records")}</label>
            <input
                id="text-search"
                type="search"
                data-testid="filter-q"
                autocomplete="off"
                maxlength=portolan_engine::link::MAX_TEXT_CHARS.to_string()
                aria-describedby="text-search-hint"
                prop:value=move || filter.get().q.unwrap_or_default()
                on:change=apply
            />
            <small id="text-search-hint" class="hint">{t("Place, cargo, concealment, vessel or summary, in English or Spanish")}</small>
        </div>
    }
}

/// Minimum and maximum kilograms; records without a quantity never match a range.
#[component]
fn KgRangeField() -> impl IntoView {
    let ctx = use_ctx();
    let filter = ctx.filter;
    let error = RwSignal::new(None::<String>);
    let read = |id: &str| -> Result<Option<f64>, String> {
        let input: Option<web_sys::HtmlInputElement> = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into(e).ok());
        let text = input.map(|i| i.value()).unwrap_or_default();
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        text.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(Some)
            .ok_or_else(|| tf("\"{}\" is not a number of kilograms", &[&text]))
    };
    let apply = move |_| match (read("kg-min"), read("kg-max")) {
        (Ok(min), Ok(max)) => {
            if let (Some(a), Some(b)) = (min, max) {
                if a > b {
                    error.set(Some({ t("The minimum is above the maximum.") }.into()));
                    return;
                }
            }
            error.set(None);
            let mut f = filter.get_untracked();
            f.kg = Some(portolan_engine::filter::KgRange { min, max });
            ctx.set_filter(f, HistoryMode::Push);
        }
        (Err(e), _) | (_, Err(e)) => error.set(Some(e)),
    };
    let shown = move |pick: fn(&portolan_engine::filter::KgRange) -> Option<f64>| {
        move || {
            filter
                .get()
                .kg
                .as_ref()
                .and_then(pick)
                .map(|v| v.to_string())
                .unwrap_or_default()
        }
    };
    view! {
        <fieldset class="field kg-range" aria-describedby="kg-hint kg-error">
            <legend>{t("Quantity (kg)")}</legend>
            <div class="pair">
                <label for="kg-min">{t("at least")}</label>
                <input id="kg-min" data-testid="filter-kg-min" type="text" inputmode="decimal" autocomplete="off"
                    prop:value=shown(|r| r.min) on:change=apply.clone() />
                <label for="kg-max">{t("at most")}</label>
                <input id="kg-max" data-testid="filter-kg-max" type="text" inputmode="decimal" autocomplete="off"
                    prop:value=shown(|r| r.max) on:change=apply />
            </div>
            <small id="kg-hint" class="hint">{t("Records without a reported quantity are left out of a range.")}</small>
            <small id="kg-error" class="error" role="alert">{move || error.get()}</small>
        </fieldset>
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
                placeholder={t("YYYY-MM-DD")}
                data-testid=format!("filter-{}", bound.key())
                aria-describedby=described
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || bound.get(&filter.get()).map(|d| d.to_string()).unwrap_or_default()
                on:change=apply
            />
            <small id=hint_id class="hint">{t("A year, a month (2021-06) or a day (2021-06-14)")}</small>
            <small id=error_id class="error" role="alert">{move || error.get()}</small>
        </div>
    }
}
