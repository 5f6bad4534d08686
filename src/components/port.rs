//! A port's profile (`view=port&port=LOCODE`): its seizures over time, the routes through it, top
//! origins, destinations and cargo, and the aggregate figures reported for it — which are not
//! seizure events and are never added to seizure totals.

use crate::app::use_ctx;
use crate::components::facets::value_label;
use crate::components::map::place_label;
use crate::components::timeline::Timeline;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::filter::{Dim, Place};
use portolan_engine::link::View;
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
                Some(p) => format!("{} ({}), {}", p.name, l, fmt::country(p.country)),
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
    let legs = {
        let ctx = ctx.clone();
        move || {
            let here = locode().map(Place::Port);
            summary.get().map(|s| {
                s.legs
                    .iter()
                    .filter(|l| Some(l.from) == here || Some(l.to) == here)
                    .take(12)
                    .map(|l| view! { <li>{format!("{} → {}: {}, {}", place_label(&ctx, l.from), place_label(&ctx, l.to), fmt::count(l.total.count as usize, "seizure", "seizures"), fmt::kg(l.total.kg()))}</li> })
                    .collect_view()
            })
        }
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
                            <td>{format!("{} – {}", s.period_start, s.period_end)}</td>
                            <td class="num">{fmt::kg(s.quantity_kg)}<br/><small>{tf("as reported: “{}”", &[&s.quantity_as_reported])}</small></td>
                            <td>{s.metric.clone()}</td>
                            <td>{s.source.publisher.clone()} ", "
                                {match href {
                                    Some(h) => view! { <a href=h target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">{s.source.title.clone()}</a> }.into_any(),
                                    None => view! { <span>{s.source.title.clone()}</span> }.into_any(),
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
                " " <button type="button" class="link-button" on:click=on_map>"Show on the map"</button></p>
            <Timeline />
            <div class="profile-grid">
                <section><h3>{t("Routes through this port")}</h3><ul>{legs}</ul></section>
                <section><h3>{t("Top origins")}</h3><ul>{top(Dim::Origin)}</ul></section>
                <section><h3>{t("Top destinations")}</h3><ul>{top(Dim::Dest)}</ul></section>
                <section><h3>{t("Cargo used as cover")}</h3><ul>{top(Dim::Cargo)}</ul></section>
            </div>
            <section class="port-stats" aria-labelledby="stats-title">
                <h3 id="stats-title">{t("Figures reported for this port")}</h3>
                <p class="hint">{t("Totals published by authorities or the press for a period. They count different things (see each metric), are not seizure events, and are never added to the seizure totals above.")}</p>
                <table class="data-table">
                    <thead><tr><th scope="col">{t("Period")}</th><th scope="col">{t("Quantity")}</th><th scope="col">{t("What is counted")}</th><th scope="col">{t("Source")}</th></tr></thead>
                    <tbody>{stats}</tbody>
                </table>
            </section>
        </section>
    }
}
