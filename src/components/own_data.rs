//! Exploring one's own file: CSV or JSON with the columns of `data/README.md`, read in this tab
//! and never sent anywhere. Bad rows are listed (row, column, reason) and the good ones load.

use crate::app::{use_ctx, Ctx, Source};
use crate::components::share::download;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::link::Link;
use portolan_engine::load::Problem;
use portolan_engine::load::{seizure_rows, SEIZURE_COLUMNS, SEIZURE_REQUIRED};
use portolan_engine::reason::Reason;
use portolan_engine::store::{Origin, StoreBuilder};
use portolan_engine::user_file::{prepare, template_csv};
use std::sync::Arc;

/// Rows read between two pauses that let the page draw the progress bar.
const STEP: usize = 2_500;
/// Problems listed in full; the rest are counted.
const LISTED: usize = 200;

/// What happened to the last file the reader loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadReport {
    pub file: String,
    pub rows: usize,
    pub loaded: usize,
    /// A reason the whole file was refused, if it was (shown in the reader's language).
    pub refused: Option<Reason>,
    pub problems: Vec<Problem>,
    pub more_problems: usize,
}

async fn read_file(ctx: Ctx, file: web_sys::File) {
    let name = file.name();
    let report = |refused: Option<Reason>,
                  rows: usize,
                  loaded: usize,
                  problems: Vec<Problem>,
                  more: usize| LoadReport {
        file: name.clone(),
        rows,
        loaded,
        refused,
        problems,
        more_problems: more,
    };
    ctx.loading.set(Some((0, file.size() as usize)));
    let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => {
            ctx.loading.set(None);
            ctx.load_report.set(Some(report(
                Some(Reason::BrowserCouldNotRead),
                0,
                0,
                vec![],
                0,
            )));
            return;
        }
    };
    mark("portolan:file-read");
    let csv = match prepare(&name, bytes) {
        Ok(csv) => csv,
        Err(reason) => {
            ctx.loading.set(None);
            ctx.load_report
                .set(Some(report(Some(reason), 0, 0, vec![], 0)));
            return;
        }
    };
    let mut rows = seizure_rows(csv, &ctx.data.ports);
    while !rows.step(STEP) {
        ctx.loading.set(Some(rows.progress()));
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    mark("portolan:file-parsed");
    let loaded = rows.finish();
    let problems: Vec<Problem> = loaded.problems.iter().take(LISTED).cloned().collect();
    let more = loaded.problems.len().saturating_sub(LISTED);
    let count = loaded.records.len();
    let rows_read = loaded.rows_read;
    if count == 0 {
        ctx.loading.set(None);
        // A problem with the whole file says why; otherwise no row was usable.
        let why = loaded
            .problems
            .first()
            .filter(|p| p.row == 0)
            .map(|p| p.reason.clone());
        ctx.load_report.set(Some(report(
            Some(why.unwrap_or(Reason::NoUsableRow)),
            rows_read,
            0,
            problems,
            more,
        )));
        return;
    }
    // The store is built in steps too, so the page keeps answering.
    let records = loaded.records;
    let mut builder = StoreBuilder::with_capacity(records.len(), ctx.data.positions());
    for (k, chunk) in records.chunks(STEP).enumerate() {
        for record in chunk {
            if let Err(e) = builder.push_seizure(record) {
                ctx.loading.set(None);
                ctx.load_report.set(Some(report(
                    Some(Reason::Capacity(e.to_string())),
                    rows_read,
                    0,
                    problems,
                    more,
                )));
                return;
            }
        }
        ctx.loading.set(Some(((k + 1) * STEP, records.len())));
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    let store = builder.finish(Origin::Loaded(Arc::new(records)));
    mark("portolan:file-stored");
    ctx.loading.set(None);
    ctx.local.set(Some(Source::new(store)));
    ctx.load_report
        .set(Some(report(None, rows_read, count, problems, more)));
    // A new file starts from an unfiltered view of it.
    let current = ctx.link.get_untracked();
    let next = Link {
        view: current.view,
        lang: current.lang,
        data_local: true,
        ..Link::default()
    };
    ctx.set_link(next, HistoryMode::Push);
}

#[component]
pub fn OwnData() -> impl IntoView {
    let ctx = use_ctx();
    let open = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    let start = {
        let ctx = ctx.clone();
        move |file: web_sys::File| leptos::task::spawn_local(read_file(ctx.clone(), file))
    };
    let on_pick = {
        let start = start.clone();
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                start(file);
            }
            // The same file can be picked again after changes.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            start(file);
        }
    };
    let back = {
        let ctx = ctx.clone();
        move |_| {
            let mut l = ctx.link.get_untracked();
            l.data_local = false;
            ctx.set_link(l, HistoryMode::Push);
        }
    };
    let loading = ctx.loading;
    let link = ctx.link;
    let required = SEIZURE_REQUIRED.join(", ");
    let optional: Vec<&str> = SEIZURE_COLUMNS
        .iter()
        .copied()
        .filter(|c| !SEIZURE_REQUIRED.contains(c))
        .collect();
    view! {
        <div class="own-data">
            <button type="button" class="fold-button" aria-expanded=move || open.get().to_string() aria-controls="own-data-panel" on:click=move |_| open.update(|o| *o = !*o)>
                {t("Explore your own file")}
            </button>
            <Show when=move || link.get().data_local>
                <button type="button" class="fold-button" data-testid="back-to-bundled" on:click=back.clone()>{t("Back to the bundled data")}</button>
            </Show>
                {move || loading.get().map(|(done, total)| view! {
                    <p class="progress" role="status">
                        <label for="load-progress">{t("Reading the file… ")}</label>
                        <progress id="load-progress" data-testid="load-progress" max=total.max(1).to_string() value=done.to_string()></progress>
                    </p>
                })}
            <div id="own-data-panel" class="own-data-panel" hidden=move || !open.get()>
                <p><strong>{t("Your file stays on this device.")}</strong>{t(" It is read in this browser tab and never sent anywhere; a link to its view cannot show it to anyone else.")}</p>
                <div
                    class=move || if dragging.get() { "drop-zone dragging" } else { "drop-zone" }
                    on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <label for="load-data">{t("Choose a CSV or JSON file, or drop it here")}</label>
                    <input id="load-data" type="file" data-testid="load-data" accept=".csv,.json,text/csv,application/json" on:change=on_pick />
                </div>
                <details>
                    <summary>{t("Which columns?")}</summary>
                    <p>{tf("Required: {}. ", &[&required])}{t("Dates are YYYY, YYYY-MM or YYYY-MM-DD; countries two-letter codes; ports UN/LOCODEs from Portolan's port list; sources http(s) links; lists separated by “;”.")}</p>
                    <p>{tf("Optional: {}.", &[&optional.join(", ")])}</p>
                    <p>{t("A JSON file is a list of objects with the same names. Rows with problems are listed and left out; the others load.")}</p>
                </details>
                <button type="button" class="link-button" on:click=move |_| { let _ = download("portolan-template.csv", "text/csv;charset=utf-8", &template_csv()); }>
                    {t("Download a template")}
                </button>
            </div>
        </div>
    }
}

/// What the last load did, for the notice.
#[component]
pub fn LoadReportView() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        ctx.load_report.get().map(|r| {
            let headline = match &r.refused {
                Some(reason) => tf("{} could not be used: {}.", &[&r.file, &reason.text(crate::i18n::lang())]),
                None => tf("{}: {} loaded of {} read{}.", &[&r.file, &fmt::count(r.loaded, "record", "records"), &fmt::count(r.rows, "row", "rows"), &if r.problems.is_empty() { String::new() } else { tf("; {} left out", &[&fmt::count(r.problems.len() + r.more_problems, "row problem", "row problems")]) }]),
            };
            view! {
                <div class="load-report" data-testid="load-report">
                    <p>{headline}</p>
                    <ul>{r.problems.iter().map(|p| view! { <li>{p.text(crate::i18n::lang())}</li> }).collect_view()}</ul>
                    {(r.more_problems > 0).then(|| view! { <p>{tf("…and {} more.", &[&r.more_problems])}</p> })}
                </div>
            }
        })
    }
}

/// A point on the browser's performance timeline, for the load benchmark.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
