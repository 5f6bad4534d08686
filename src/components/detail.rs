//! The open record (`sel`): every field, the quantity as reported beside the kilograms, the date at
//! its precision, the route legs, groups, agencies, the caveat and the cited source.

use crate::app::use_ctx;
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::display::{countries_en, date_en, kg_en, precision_note_en, route_en};
use portolan_engine::load::is_web_url;

#[component]
pub fn Detail() -> impl IntoView {
    let ctx = use_ctx();
    let link = ctx.link;
    let source = ctx.source;
    let record = Memo::new(move |_| {
        let id = link.get().sel?;
        let src = source.get()?;
        src.store.find(&id).and_then(|i| src.store.record(i))
    });
    let close = move |_| {
        let mut l = ctx.link.get_untracked();
        l.sel = None;
        ctx.set_link(l, HistoryMode::Push);
    };
    move || {
        let close = close.clone();
        record.get().map(|s| {
            let row = |label: &'static str, value: String| {
                (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd>{value}</dd> })
            };
            let quantity = match (s.quantity_kg, s.quantity_as_reported.is_empty()) {
                (Some(kg), false) => format!("{} — as reported: “{}”", kg_en(kg), s.quantity_as_reported),
                (Some(kg), true) => kg_en(kg),
                (None, false) => format!("no figure in kilograms — as reported: “{}”", s.quantity_as_reported),
                (None, true) => "not reported".into(),
            };
            let date = match precision_note_en(s.date) {
                Some(n) => format!("{} ({n})", date_en(s.date)),
                None => date_en(s.date),
            };
            let port = s.port.map(|p| p.to_string()).unwrap_or_default();
            let legs = route_en(&s).unwrap_or_else(|| "not reported".into());
            let transit_ports: Vec<String> = s.transit_ports.iter().map(ToString::to_string).collect();
            let href = is_web_url(&s.source.url).then(|| s.source.url.clone());
            view! {
                <section class="detail" data-testid="detail" aria-labelledby="detail-title" tabindex="-1">
                    <div class="detail-head">
                        <h2 id="detail-title">{format!("{} — {}", date_en(s.date), s.place)}</h2>
                        <button type="button" class="link-button" on:click=close>"Close"</button>
                    </div>
                    {(!s.caveat.is_empty()).then(|| view! { <p class="caveat"><strong>"Caveat: "</strong>{s.caveat.clone()}</p> })}
                    <p class="summary">{s.summary.clone()}</p>
                    <dl>
                        {row("Record", s.id.clone())}
                        {row("Date", date)}
                        {row("Where", format!("{}, {} ({})", s.place, s.country.name_en(), s.location_type.code().replace('_', " ")))}
                        {row("Port (UN/LOCODE)", port)}
                        {row("Quantity", quantity)}
                        {row("Drug", s.drug.code().to_string())}
                        {row("Concealment", s.concealment.clone())}
                        {row("Cargo", s.cargo.clone())}
                        {row("Vessel", s.vessel.clone())}
                        {row("Route", legs)}
                        {row("Origin countries", countries_en(&s.origin.countries))}
                        {row("Transit ports", transit_ports.join(", "))}
                        {row("Destination countries", countries_en(&s.destination.countries))}
                        {row("Groups named", s.groups.join("; "))}
                        {row("Agencies", s.agencies.join("; "))}
                    </dl>
                    <p class="source">
                        "Source: " {s.source.publisher.clone()} ", "
                        {match href {
                            Some(h) => view! { <a href=h target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">{s.source.title.clone()}</a> }.into_any(),
                            None => view! { <span>{s.source.title.clone()}</span> }.into_any(),
                        }}
                        {s.source.date.map(|d| format!(" ({})", date_en(d)))}
                    </p>
                </section>
            }
        })
    }
}
