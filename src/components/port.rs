//! A port's profile (`view=port&port=LOCODE`): its seizures over time, the journeys through it
//! with the port's role on each, top origins, destinations and cargo, and the aggregate figures
//! reported for it — which are not seizure events and are never added to seizure totals.

use crate::app::use_ctx;
use crate::components::detail::roles_label;
use crate::components::facets::value_label;
use crate::components::map::place_label;
use crate::components::timeline::Timeline;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::filter::{Dim, Place};
use portolan_engine::link::View;
use portolan_engine::query::by_country;

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Journeys through the port listed at most.
const JOURNEYS_SHOWN: usize = 15;
use portolan_engine::load::is_web_url;

#[component]
pub fn PortProfile() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let filter = ctx.filter;
    let data = ctx.data.clone();
    let locode = move || filter.get().ports.first().copied();
    let heading = {
        let data = data.clone();
        move || {
            locode().map(|l| match data.port(l) {
                Some(p) => format!("{} ({}), {}", fmt::port_name(p), l, fmt::country(p.country)),
                None => l.to_string(),
            })
        }
    };
    let note = {
        let data = data.clone();
        move || {
            locode().and_then(|l| data.port(l)).map(|p| {
                tf(
                    "Position: {} — {}",
                    &[
                        &format!("{:.3}, {:.3}", p.lat, p.lon),
                        &if p.note.is_empty() {
                            p.coord_source.clone()
                        } else {
                            format!("{}. {}", p.coord_source, p.note)
                        },
                    ],
                )
            })
        }
    };
    // Origins and destinations by country, the country's ports beneath it.
    let top_places = {
        let ctx = ctx.clone();
        move |dim: Dim| {
            let ctx = ctx.clone();
            move || {
                summary.get().and_then(|s| s.facet(dim).cloned()).map(|f| {
                    by_country(&f.values)
                        .into_iter()
                        .take(8)
                        .map(|g| {
                            let ports = g
                                .ports
                                .iter()
                                // Within its country a port needs only its own name.
                                .map(|&(l, n)| {
                                    let name = ctx
                                        .data
                                        .port(l)
                                        .map_or_else(|| l.to_string(), fmt::port_name);
                                    format!("{name} {n}")
                                })
                                .collect::<Vec<_>>();
                            let label = if ports.is_empty() {
                                format!("{} — {}", fmt::country(g.country), g.count)
                            } else {
                                tf(
                                    "{} — {} (of which {})",
                                    &[&fmt::country(g.country), &g.count, &ports.join(", ")],
                                )
                            };
                            view! { <li>{label}</li> }
                        })
                        .collect_view()
                })
            }
        }
    };
    let top = {
        let ctx = ctx.clone();
        move |dim: Dim| {
            let ctx = ctx.clone();
            move || {
                summary.get().and_then(|s| s.facet(dim).cloned()).map(|f| {
                    f.values
                        .into_iter()
                        .filter(|v| v.count > 0)
                        .take(8)
                        .map(|v| view! { <li>{format!("{} — {}", value_label(&ctx, &v.value), v.count)}</li> })
                        .collect_view()
                })
            }
        }
    };
    // Every journey through the port under the current filters, wherever it was stopped.
    let journeys = {
        let source = ctx.source;
        Memo::new(move |_| {
            let (Some(l), Some(src)) = (locode(), source.get()) else {
                return Vec::new();
            };
            let f = filter.get().without(Dim::Port);
            src.with_engine(|e| {
                let selection = e.select(&f);
                e.journeys_through(&selection, Place::Port(l))
            })
        })
    };
    let journey_items = {
        let ctx = ctx.clone();
        move || {
            journeys
                .get()
                .into_iter()
                .take(JOURNEYS_SHOWN)
                .map(|j| {
                    let here = j.journey.stops[j.here];
                    let role = roles_label(&here);
                    let seized = j.journey.seized_at().unwrap_or(0);
                    let codes = j.journey.stops.iter().map(|st| st.place.to_string()).collect::<Vec<_>>().join(" ");
                    let points = j
                        .journey
                        .stops
                        .iter()
                        .enumerate()
                        .map(|(i, st)| {
                            let name = place_label(&ctx, st.place);
                            if i == seized { tf("{} (stopped here)", &[&name]) } else { name }
                        })
                        .collect::<Vec<_>>()
                        .join(" → ");
                    let points = if j.journey.stops.len() == 1 {
                        tf("{} — no route reported", &[&points])
                    } else {
                        points
                    };
                    view! {
                        <li data-testid="port-journey" data-role=here.role.code() data-places=codes>
                            <strong>{capitalised(&role)}</strong>": " {points}
                            <br/><small>{format!("{}, {}", fmt::count(j.total.count as usize, "seizure", "seizures"), fmt::kg(j.total.kg()))}</small>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let journeys_more = move || {
        let n = journeys.with(Vec::len);
        (n > JOURNEYS_SHOWN).then(|| {
            tf(
                "Showing the {} heaviest of {} journeys.",
                &[&JOURNEYS_SHOWN, &n],
            )
        })
    };
    let stats = {
        let data = data.clone();
        move || {
            let l = locode();
            data.port_stats
                .iter()
                .filter(|s| s.locode.is_some() && s.locode == l)
                .map(|s| {
                    let href = is_web_url(&s.source.url).then(|| s.source.url.clone());
                    view! {
                        <tr data-testid="port-stat">
                            <td>{match s.period_end {
                                Some(end) => format!("{} – {}", s.period_start, end),
                                None => tf("{} – the date of the source", &[&s.period_start]),
                            }}</td>
                            <td class="num">{fmt::kg(s.quantity_kg)}<br/><small>{tf("as reported: “{}”", &[&s.quantity_as_reported])}</small></td>
                            <td>{fmt::text(&s.metric, "")}</td>
                            <td>{s.source.publisher.clone()} ", "
                                {match href {
                                    Some(h) => view! { <a href=h target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">{s.source.label().to_string()}</a> }.into_any(),
                                    None => view! { <span>{s.source.label().to_string()}</span> }.into_any(),
                                }}
                                {s.source.date.map(|d| format!(" ({})", fmt::date(d)))}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let on_map = move |_| {
        let mut l = ctx.link.get_untracked();
        l.view = View::Map;
        ctx.set_link(l, HistoryMode::Push);
    };
    view! {
        <section class="port-profile" data-testid="port-profile" aria-labelledby="port-title">
            <h2 id="port-title">{heading}</h2>
            <p class="hint">{note}</p>
            <p>{move || summary.get().map(|s| tf("{} here under the current filters, {} in all.", &[&fmt::count(s.total.count as usize, "seizure", "seizures"), &fmt::kg(s.total.kg())]))}
                " " <button type="button" class="link-button" on:click=on_map>{t("Show on the map")}</button></p>
            <Timeline />
            <div class="profile-grid">
                <section class="port-journeys"><h3>{t("Journeys through this port")}</h3>
                    <p class="hint">{t("Every journey that passes this port under the current filters, wherever the shipment was stopped, with the port's role on it.")}</p>
                    <ul>{journey_items}</ul>
                    <p class="hint">{journeys_more}</p></section>
                <section><h3>{t("Top origins")}</h3><ul>{top_places(Dim::Origin)}</ul></section>
                <section><h3>{t("Top destinations")}</h3><ul>{top_places(Dim::Dest)}</ul></section>
                <section><h3>{t("Cargo used as cover")}</h3><ul>{top(Dim::Cargo)}</ul></section>
            </div>
            <section class="port-stats" aria-labelledby="stats-title">
                <h3 id="stats-title">{t("Figures reported for this port")}</h3>
                <p class="hint">{t("Totals published by authorities or the press for a period. They count different things (see each metric), are not seizure events, and are never added to the seizure totals above.")}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label={t("Figures table (scrolls)")}>
                <table class="data-table">
                    <thead><tr><th scope="col">{t("Period")}</th><th scope="col">{t("Quantity")}</th><th scope="col">{t("What is counted")}</th><th scope="col">{t("Source")}</th></tr></thead>
                    <tbody>{stats}</tbody>
                </table>
                </div>
            </section>
        </section>
    }
}
