//! Ranked flows from origin to destination, with counts and kilograms.

use crate::app::use_ctx;
use crate::components::map::place_label;
use crate::i18n::{fmt, t, tf};
use leptos::prelude::*;

const SHOWN: usize = 100;

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
            <table class="data-table">
                <caption class="visually-hidden">{t("Routes ranked by kilograms seized")}</caption>
                <thead><tr><th scope="col">"#"</th><th scope="col">{t("Origin")}</th><th scope="col">{t("Destination")}</th><th scope="col">{t("Seizures")}</th><th scope="col">{t("Kilograms")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
