//! The open record (`sel`): every field, the quantity as reported beside the kilograms, the date at
//! its precision, the journey with where it was stopped, groups, agencies, the caveat and the
//! cited source.

use crate::app::use_ctx;
use crate::components::map::place_label;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::journey::{Journey, Role, Stop};
use portolan_engine::load::is_web_url;

/// What a point was on the journey, in words ("stopped here, loaded here").
pub fn roles_label(stop: &Stop) -> String {
    let one = |role: Role| match role {
        Role::Origin => t("loaded here"),
        Role::Transit => t("transit"),
        Role::Seized => t("stopped here"),
        Role::Destination => t("destination"),
    };
    match stop.also {
        Some(also) => format!("{}, {}", one(stop.role), one(also)),
        None => one(stop.role).to_string(),
    }
}

/// The journey as an ordered list: each point by name, its role, and whether the leg into it
/// was travelled or only planned.
#[component]
fn JourneyList(journey: Journey) -> impl IntoView {
    let ctx = use_ctx();
    let seized = journey.seized_at().unwrap_or(0);
    let items = journey
        .stops
        .iter()
        .enumerate()
        .map(|(i, stop)| {
            let also = stop.also.map(|a| a.code());
            let roles = roles_label(stop);
            let planned = i > seized;
            view! {
                <li data-testid="journey-stop"
                    data-place=stop.place.to_string()
                    data-role=stop.role.code()
                    data-also=also
                    class:seized=stop.role == Role::Seized
                    class:planned=planned>
                    <span class="stop-name">{place_label(&ctx, stop.place)}</span>
                    " " <span class="stop-role">{format!("({roles})")}</span>
                    {planned.then(|| view! { <span class="visually-hidden">{t(", planned, never reached")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="journey" data-testid="journey" aria-label={t("Journey, in order")}>{items}</ol>
    }
}

#[component]
pub fn Detail() -> impl IntoView {
    let ctx = use_ctx();
    let link = ctx.link;
    let source = ctx.source;
    let record = Memo::new(move |_| {
        let id = link.get().sel?;
        let src = source.get()?;
        let i = src.store.find(&id)?;
        Some((src.store.record(i)?, src.store.journey(i)))
    });
    let close = move |_| {
        let mut l = ctx.link.get_untracked();
        l.sel = None;
        ctx.set_link(l, HistoryMode::Push);
    };
    move || {
        let close = close.clone();
        record.get().map(|(s, journey)| {
            let row = |label: &'static str, value: String| {
                (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd>{value}</dd> })
            };
            let quantity = match (s.quantity_kg, s.quantity_as_reported.is_empty()) {
                (Some(kg), false) => tf("{} — as reported: “{}”", &[&fmt::kg(kg), &s.quantity_as_reported]),
                (Some(kg), true) => fmt::kg(kg),
                (None, false) => tf("no figure in kilograms — as reported: “{}”", &[&s.quantity_as_reported]),
                (None, true) => {t("not reported")}.into(),
            };
            let date = match fmt::precision_note(s.date) {
                Some(n) => format!("{} ({n})", fmt::date(s.date)),
                None => fmt::date(s.date),
            };
            let port = s.port.map(|p| p.to_string()).unwrap_or_default();
            let as_reported = fmt::route(&s).unwrap_or_else(|| {t("not reported")}.into());
            let has_route = journey.stops.len() > 1;
            let href = is_web_url(&s.source.url).then(|| s.source.url.clone());
            view! {
                <section class="detail" data-testid="detail" aria-labelledby="detail-title" tabindex="-1">
                    <div class="detail-head">
                        <h2 id="detail-title">{format!("{} — {}", fmt::date(s.date), s.place)}</h2>
                        <button type="button" class="link-button" on:click=close>{t("Close")}</button>
                    </div>
                    {(!s.caveat.is_empty()).then(|| view! { <p class="caveat"><strong>{t("Caveat: ")}</strong>{s.caveat.clone()}</p> })}
                    <p class="summary">{fmt::text(&s.summary, &s.summary_es)}</p>
                    <dl>
                        {row({t("Record")}, s.id.clone())}
                        {row({t("Date")}, date)}
                        {row({t("Where")}, format!("{}, {} ({})", s.place, fmt::country(s.country), fmt::location_type(s.location_type)))}
                        {row({t("Port (UN/LOCODE)")}, port)}
                        {row({t("Quantity")}, quantity)}
                        {row({t("Drug")}, fmt::drug(s.drug).to_string())}
                        {row({t("Concealment")}, fmt::text(&s.concealment, &s.concealment_es))}
                        {row({t("Cargo")}, fmt::text(&s.cargo, &s.cargo_es))}
                        {row({t("Vessel")}, s.vessel.clone())}
                        {has_route.then(|| view! {
                            <dt>{t("Journey")}</dt>
                            <dd><JourneyList journey=journey.clone() />
                                <small class="hint">{t("Points in italics come after the place where it was stopped: the legs to them were planned and never made.")}</small></dd>
                        })}
                        {row({t("Route as reported")}, as_reported)}
                        {row({t("Origin countries")}, fmt::countries(&s.origin.countries))}
                        {row({t("Destination countries")}, fmt::countries(&s.destination.countries))}
                        {row({t("Groups named")}, s.groups.join("; "))}
                        {row({t("Agencies")}, s.agencies.join("; "))}
                    </dl>
                    <p class="source">
                        {t("Source: ")} {s.source.publisher.clone()} ", "
                        {match href {
                            Some(h) => view! { <a href=h target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">{s.source.label().to_string()}</a> }.into_any(),
                            None => view! { <span>{s.source.label().to_string()}</span> }.into_any(),
                        }}
                        {s.source.date.map(|d| format!(" ({})", fmt::date(d)))}
                    </p>
                </section>
            }
        })
    }
}
