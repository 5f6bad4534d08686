//! Ranked flows from origin to destination, with counts and kilograms; then the legs through a
//! place, travelled and planned apart.

use crate::app::use_ctx;
use crate::components::map::place_label;
use crate::i18n::{fmt, t, tf};
use leptos::prelude::*;
use portolan_engine::filter::Place;
use portolan_engine::query::{legs_through, Total};

const SHOWN: usize = 100;

/// Seizures and kilograms of a total, or a dash when there are none.
fn total_cell(t: Total) -> String {
    if t.count == 0 {
        "–".into()
    } else {
        format!("{} · {}", t.count, fmt::kg(t.kg()))
    }
}

/// The legs of the journeys in view that touch one place (or all), travelled and planned apart.
#[component]
fn Legs() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let through = RwSignal::new(None::<Place>);
    // Every place at an end of a leg in view, by name, for the select.
    let places = {
        let ctx = ctx.clone();
        Memo::new(move |_| {
            let mut places: Vec<(String, Place)> = summary
                .get()
                .map(|s| {
                    s.legs
                        .iter()
                        .flat_map(|l| [l.from, l.to])
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .map(|p| (place_label(&ctx, p), p))
                .collect();
            places.sort();
            places.dedup();
            places
        })
    };
    let pairs = Memo::new(move |_| {
        summary
            .get()
            .map(|s| legs_through(&s.legs, through.get()))
            .unwrap_or_default()
    });
    let on_change = move |ev: leptos::ev::Event| {
        through.set(Place::parse(&event_target_value(&ev)));
    };
    let rows = {
        let ctx = ctx.clone();
        move || {
            pairs
                .get()
                .into_iter()
                .take(SHOWN)
                .map(|p| {
                    view! {
                        <tr data-testid="leg-row" data-from=p.from.to_string() data-to=p.to.to_string()
                            data-travelled=p.travelled.count.to_string() data-planned=p.planned.count.to_string()>
                            <td>{place_label(&ctx, p.from)}</td>
                            <td>{place_label(&ctx, p.to)}</td>
                            <td class="num">{total_cell(p.travelled)}</td>
                            <td class="num">{total_cell(p.planned)}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class="legs" aria-labelledby="legs-title">
            <h3 id="legs-title">{t("Legs through a place")}</h3>
            <p class="hint">{t("A leg is one step of a journey. Travelled: made before the shipment was stopped. Planned: after the place where it was stopped, never made.")}</p>
            <label>{t("Through")} " "
                <select data-testid="legs-through" on:change=on_change>
                    <option value="">{t("any place")}</option>
                    {move || places.get().into_iter().map(|(name, p)| view! { <option value=p.to_string()>{name}</option> }).collect_view()}
                </select>
            </label>
            <p>{move || {
                let n = pairs.with(Vec::len);
                if n > SHOWN {
                    tf("{}; the {} heaviest are listed.", &[&fmt::count(n, "leg", "legs"), &SHOWN])
                } else {
                    fmt::count(n, "leg", "legs")
                }
            }}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t("Legs table (scrolls)")}>
                <table class="data-table">
                    <caption class="visually-hidden">{t("Legs ranked by kilograms, travelled and planned apart")}</caption>
                    <thead><tr><th scope="col">{t("From")}</th><th scope="col">{t("To")}</th><th scope="col">{t("Travelled")}</th><th scope="col">{t("Planned, never made")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn Routes() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let source = ctx.source;
    let all_flows = Memo::new(move |_| {
        let (Some(s), Some(src)) = (summary.get(), source.get()) else {
            return Vec::new();
        };
        src.with_engine(|e| e.flows(&s.selection))
    });
    // Seizures that name neither end say nothing about a route: counted, not ranked.
    let flows = Memo::new(move |_| {
        all_flows
            .get()
            .into_iter()
            .filter(|f| f.origin.is_some() || f.destination.is_some())
            .collect::<Vec<_>>()
    });
    let unrouted = move || {
        all_flows.with(|all| {
            all.iter()
                .filter(|f| f.origin.is_none() && f.destination.is_none())
                .map(|f| f.total.count as usize)
                .sum::<usize>()
        })
    };
    let rows = {
        let ctx = ctx.clone();
        move || {
            flows
                .get()
                .into_iter()
                .take(SHOWN)
                .enumerate()
                .map(|(rank, f)| {
                    let name = |p: Option<portolan_engine::filter::Place>| p.map_or({t("not reported")}.to_string(), |p| place_label(&ctx, p));
                    view! {
                        <tr data-testid="route-row"
                            data-origin=f.origin.map(|p| p.to_string()).unwrap_or_default()
                            data-dest=f.destination.map(|p| p.to_string()).unwrap_or_default()
                            data-count=f.total.count.to_string()>
                            <td class="num">{(rank + 1).to_string()}</td>
                            <td>{name(f.origin)}</td>
                            <td>{name(f.destination)}</td>
                            <td class="num">{f.total.count.to_string()}</td>
                            <td class="num">{fmt::kg(f.total.kg())}
                                {(f.total.without_quantity > 0).then(|| tf(" (+{} without quantity)", &[&f.total.without_quantity]))}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class={t("routes")} aria-labelledby="routes-title">
            <h2 id="routes-title">{t("Routes")}</h2>
            <p class="hint">
                {t("Each row is a route from where a shipment was loaded to where it was going, as the sources report them, ")}
                {t("heaviest first. Where a source names only a country, the route starts or ends at that country: ")}
                {t("the port is unknown, not absent. A route is what seizures reveal; it is not a measure of all that travels it.")}
            </p>
            <p>{move || tf("{} under the current filters. {} name neither an origin nor a destination and are not listed.", &[&fmt::count(flows.with(Vec::len), "route", "routes"), &fmt::count(unrouted(), "seizure", "seizures")])}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t("Routes table (scrolls)")}>
            <table class="data-table">
                <caption class="visually-hidden">{t("Routes ranked by kilograms seized")}</caption>
                <thead><tr><th scope="col">"#"</th><th scope="col">{t("Origin")}</th><th scope="col">{t("Destination")}</th><th scope="col">{t("Seizures")}</th><th scope="col">{t("Kilograms")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <Legs />
        </section>
    }
}
