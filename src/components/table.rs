//! The seizures table: sortable (the order is in the address), virtualized so that a million
//! rows scroll smoothly: only the rows on screen are fetched from the engine and drawn.

use crate::app::use_ctx;
use crate::i18n::{fmt, t};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::link::{Sort, SortColumn};
use portolan_engine::model::{RouteEnd, Seizure};

const ROW: f64 = 44.0;
const VISIBLE: usize = 14;
const OVERSCAN: usize = 6;

fn column_name(c: SortColumn) -> &'static str {
    match c {
        SortColumn::Date => t("Date"),
        SortColumn::Place => t("Place"),
        SortColumn::Kg => t("Quantity"),
        SortColumn::Origin => t("Origin"),
        SortColumn::Destination => t("Destination"),
        SortColumn::Concealment => t("Concealment"),
    }
}

fn end_text(end: &RouteEnd) -> String {
    match (end.place.is_empty(), end.countries.is_empty()) {
        (true, true) => "—".into(),
        (false, _) => end.place.clone(),
        (true, false) => fmt::countries(&end.countries),
    }
}

#[component]
pub fn SeizuresTable() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let source = ctx.source;
    let link = ctx.link;
    let scroll_top = RwSignal::new(0.0f64);
    let count = move || summary.get().map_or(0, |s| s.total.count as usize);
    let first = move || ((scroll_top.get() / ROW) as usize).saturating_sub(OVERSCAN);
    let rows = Memo::new(move |_| {
        let (Some(s), Some(src)) = (summary.get(), source.get()) else {
            return Vec::new();
        };
        let start = first();
        let sort = link.get().sort;
        src.with_engine(|e| e.page(&s.selection, sort, start, VISIBLE + 2 * OVERSCAN))
            .into_iter()
            .enumerate()
            .filter_map(|(k, i)| src.store.record(i as usize).map(|r| (start + k, r)))
            .collect::<Vec<(usize, Seizure)>>()
    });
    let header = {
        let ctx = ctx.clone();
        move || {
            let sort = link.get().sort;
            SortColumn::ALL
                .into_iter()
                .map(|c| {
                    let ctx = ctx.clone();
                    let aria = if sort.column == c {
                        if sort.descending { "descending" } else { "ascending" }
                    } else {
                        "none"
                    };
                    let arrow = match aria {
                        "descending" => " ↓",
                        "ascending" => " ↑",
                        _ => "",
                    };
                    let go = move |_| {
                        let mut l = ctx.link.get_untracked();
                        l.sort = if l.sort.column == c {
                            Sort { column: c, descending: !l.sort.descending }
                        } else {
                            // Newest and heaviest first; names A to Z.
                            Sort { column: c, descending: matches!(c, SortColumn::Date | SortColumn::Kg) }
                        };
                        ctx.set_link(l, HistoryMode::Push);
                    };
                    view! {
                        <th scope="col" aria-sort=aria class=format!("col-{}", c.code())>
                            <button type="button" data-testid=format!("sort-{}", c.code()) on:click=go>
                                {column_name(c)}{arrow}
                            </button>
                        </th>
                    }
                })
                .collect_view()
        }
    };
    let body = {
        let ctx = ctx.clone();
        move || {
            let selected = link.get().sel;
            rows.get()
                .into_iter()
                .map(|(position, s)| {
                    let ctx = ctx.clone();
                    let id = s.id.clone();
                    let open = move || {
                        let mut l = ctx.link.get_untracked();
                        l.sel = Some(id.clone());
                        ctx.set_link(l, HistoryMode::Push);
                    };
                    let open_key = open.clone();
                    let quantity = match s.quantity_kg {
                        Some(kg) => fmt::kg(kg),
                        None => {t("not reported")}.into(),
                    };
                    let is_open = selected.as_deref() == Some(s.id.as_str());
                    view! {
                        <tr
                            data-testid="seizure-row"
                            data-id=s.id.clone()
                            data-row=position.to_string()
                            class=if is_open { "open" } else { "" }
                            tabindex="0"
                            aria-selected=is_open.to_string()
                            on:click=move |_| open()
                            on:keydown=move |ev| if ev.key() == "Enter" { open_key() }
                        >
                            <td>{fmt::date(s.date)}</td>
                            <td>{format!("{}, {}", s.place, fmt::country(s.country))}</td>
                            <td class="num">{quantity}</td>
                            <td>{end_text(&s.origin)}</td>
                            <td>{end_text(&s.destination)}</td>
                            <td>{if s.concealment.is_empty() { "—".to_string() } else { fmt::text(&s.concealment, &s.concealment_es) }}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let top_pad = move || format!("{}px", first() as f64 * ROW);
    let bottom_pad = move || {
        let shown = rows.with(Vec::len);
        format!(
            "{}px",
            (count().saturating_sub(first() + shown)) as f64 * ROW
        )
    };
    view! {
        <section class="table-panel" aria-labelledby="table-title">
            <h2 id="table-title">{t("Seizures")}</h2>
            <p class="hint">{t("Select a column to sort; select a row (or press Enter on it) to open the full record.")}</p>
            <div
                class="table-scroll"
                data-testid="table-scroll"
                tabindex="0"
                role="region"
                aria-label={t("Seizures table (scrolls)")}
                on:scroll=move |ev| {
                    let el: web_sys::Element = event_target(&ev);
                    scroll_top.set(f64::from(el.scroll_top()));
                }
            >
                <table class="seizure-table" aria-rowcount=move || (count() + 1).to_string()>
                    <thead><tr>{header}</tr></thead>
                    <tbody>
                        <tr class="spacer" aria-hidden="true"><td colspan="6" style:height=top_pad></td></tr>
                        {body}
                        <tr class="spacer" aria-hidden="true"><td colspan="6" style:height=bottom_pad></td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
