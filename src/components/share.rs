//! Taking the view away: its link, a citation, the records as CSV or JSON, the map as SVG.
//! Everything is made in the page; nothing is sent anywhere.

use crate::app::{use_ctx, Ctx};
use crate::components::own_data::OwnData;
use crate::i18n::{t, tf};
use leptos::prelude::*;
use portolan_engine::cite::{citation, ViewCitation};
use portolan_engine::export::{to_csv, to_json};
use portolan_engine::model::Seizure;
use wasm_bindgen::JsCast;

/// The address of the current view, as the reader would share it.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The selected records in the table's order.
fn records_in_view(ctx: &Ctx) -> Vec<Seizure> {
    let (Some(s), Some(src)) = (ctx.summary.get_untracked(), ctx.source.get_untracked()) else {
        return Vec::new();
    };
    let sort = ctx.link.get_untracked().sort;
    let n = s.total.count as usize;
    src.with_engine(|e| e.page(&s.selection, sort, 0, n))
        .into_iter()
        .filter_map(|i| src.store.record(i as usize))
        .collect()
}

/// Offers `content` as a file download, from memory.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

fn copy_to_clipboard(text: String, status: RwSignal<String>, done: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => status.set(done.to_string()),
            Err(_) => status.set(
                { t("The browser did not allow copying: select the text and copy it yourself.") }
                    .into(),
            ),
        }
    });
}

fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The styles the map needs when it stands alone as a file.
const MAP_FILE_STYLE: &str = ".sea{fill:#dfe9f1}.land{fill:#f4f1ea;stroke:#b9b2a3;stroke-width:.3}\
.arc{fill:none;stroke:#0072b2;stroke-opacity:.7;stroke-linecap:round}.arc.approximate{stroke-dasharray:4 3}\
.arrow-head{fill:#0072b2}.marker{fill:#d55e00;fill-opacity:.75;stroke:#5a2100;stroke-width:.5}\
.marker.approximate{fill:#fff;stroke:#8a3b00;stroke-dasharray:3 2}";

fn map_as_svg(caption: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let map = document.query_selector("[data-testid=map]").ok()??;
    let copy: web_sys::Element = map.clone_node_with_deep(true).ok()?.unchecked_into();
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    let style = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "style")
        .ok()?;
    style.set_text_content(Some(MAP_FILE_STYLE));
    copy.prepend_with_node_1(&style).ok()?;
    let title = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "title")
        .ok()?;
    title.set_text_content(Some(caption));
    copy.prepend_with_node_1(&title).ok()?;
    web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let ctx = use_ctx();
    let status = RwSignal::new(String::new());
    let citing = RwSignal::new(false);
    let link = ctx.link;
    let citation = {
        let ctx = ctx.clone();
        move || {
            let s = ctx.summary.get()?;
            let records = records_in_view(&ctx);
            let data = ctx.data.clone();
            let filter = link.get().filter;
            let (url, today) = (current_url(), today());
            let view = ViewCitation {
                meta: &data.meta,
                filter: &filter,
                url: &url,
                count: s.total.count as usize,
                kg: s.total.kg(),
                records: &records,
                today: &today,
            };
            Some(citation(&view, crate::i18n::lang(), &|l| {
                data.port(l)
                    .map_or(l.to_string(), crate::i18n::fmt::port_name)
            }))
        }
    };
    let export = {
        let ctx = ctx.clone();
        move |json: bool| {
            let records = records_in_view(&ctx);
            let result = if json {
                download(
                    "portolan-seizures.json",
                    "application/json",
                    &to_json(&records),
                )
            } else {
                download(
                    "portolan-seizures.csv",
                    "text/csv;charset=utf-8",
                    &to_csv(&records),
                )
            };
            status.set(match result {
                Ok(()) => tf(
                    "{} records exported, with their sources.",
                    &[&records.len()],
                ),
                Err(e) => tf("The export failed: {}", &[&e]),
            });
        }
    };
    let export_csv = export.clone();
    let copy_citation = citation.clone();
    let local = move || ctx.link.get().data_local;
    view! {
        <div class="share-bar" role="group" aria-label={t("Share, cite and export")}>
            <button type="button" data-testid="copy-link" disabled=local on:click=move |_| copy_to_clipboard(current_url(), status, {t("Link copied: it opens exactly this view.")})>
                {t("Copy link")}
            </button>
            <button type="button" data-testid="cite" aria-expanded=move || citing.get().to_string() on:click=move |_| citing.update(|c| *c = !*c)>
                {t("Cite this view")}
            </button>
            <button type="button" data-testid="export-csv" on:click=move |_| export_csv(false)>{t("Export CSV")}</button>
            <button type="button" data-testid="export-json" on:click=move |_| export(true)>{t("Export JSON")}</button>
            <Show when=move || link.get().view == portolan_engine::link::View::Map>
                <button type="button" data-testid="export-svg" on:click=move |_| {
                    let caption = tf("Portolan map: {}", &[&current_url()]);
                    status.set(match map_as_svg(&caption).map(|svg| download("portolan-map.svg", "image/svg+xml", &svg)) {
                        Some(Ok(())) => {t("Map saved as SVG.")}.into(),
                        _ => {t("The map could not be saved.")}.into(),
                    });
                }>{t("Map as SVG")}</button>
            </Show>
            <OwnData />
            <p class="status" role="status" data-testid="share-status">{move || status.get()}</p>
            {move || {
                let n = portolan_engine::link::encode(&link.get()).len();
                (n > portolan_engine::link::MAX_LINK_CHARS).then(|| view! {
                    <p class="hint" data-testid="long-link">{tf("This link is {} characters long: some mail and chat programs cut links over 2,000 characters. Fewer filter values make it shorter.", &[&n])}</p>
                })
            }}
            <Show when=move || local()>
                <p class="hint">{t("This view is of a file on your computer: the link cannot show it to anyone else.")}</p>
            </Show>
            <Show when=move || citing.get()>
                <div class="citation-box" data-testid="citation">
                    <p class="citation">{citation.clone()}</p>
                    <button type="button" on:click={
                        let copy_citation = copy_citation.clone();
                        move |_| { if let Some(c) = copy_citation() { copy_to_clipboard(c, status, {t("Citation copied.")}) } }
                    }>{t("Copy citation")}</button>
                </div>
            </Show>
        </div>
    }
}
