//! In-browser component tests (wasm-bindgen-test in headless Chromium): mount the app, act on it
//! as a reader would, and check the page against what the engine computes for the same filter.
#![cfg(target_arch = "wasm32")]

use portolan::App;
use portolan_engine::dataset::Dataset;
use portolan_engine::filter::select;
use portolan_engine::link::decode;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_address(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// Waits for the browser (timers, popstate) and then for Leptos to flush its effects.
async fn settle(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Mounts the app into a fresh container; dropping the handle unmounts it.
fn mount() -> (web_sys::HtmlElement, impl Drop) {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    (container, handle)
}

fn count_shown(root: &web_sys::HtmlElement) -> (usize, f64) {
    let el = root
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .expect("result count");
    let count = el.get_attribute("data-count").unwrap().parse().unwrap();
    let kg = el.get_attribute("data-kg").unwrap().parse().unwrap();
    (count, kg)
}

fn expected(query: &str) -> (usize, f64) {
    let data = Dataset::bundled();
    let sel = select(&data.seizures, &decode(query).link.filter);
    (sel.count(), sel.kg)
}

fn type_into(root: &web_sys::HtmlElement, testid: &str, text: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(&format!("[data-testid={testid}]"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_page_shows_what_the_link_asks_for() {
    set_address("?country=PE&from=2020");
    let (root, handle) = mount();
    settle(0).await;
    let (count, kg) = count_shown(&root);
    let (want_count, want_kg) = expected("country=PE&from=2020");
    assert!(want_count > 0);
    assert_eq!(count, want_count);
    assert!((kg - want_kg).abs() < 0.01);
    let rows = root
        .query_selector_all("[data-testid=seizure-row]")
        .unwrap()
        .length() as usize;
    assert_eq!(rows, want_count.min(50));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_filter_change_goes_into_the_address_and_back_undoes_it() {
    set_address("?country=PE");
    let (root, handle) = mount();
    settle(0).await;
    assert_eq!(count_shown(&root).0, expected("country=PE").0);

    type_into(&root, "filter-from", "2022-06");
    settle(0).await;
    assert_eq!(search(), "?from=2022-06&country=PE");
    assert_eq!(count_shown(&root).0, expected("from=2022-06&country=PE").0);

    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    settle(100).await;
    assert_eq!(search(), "?country=PE");
    assert_eq!(count_shown(&root).0, expected("country=PE").0);
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_date_that_cannot_be_read_is_explained_and_not_applied() {
    set_address("?country=BR");
    let (root, handle) = mount();
    settle(0).await;
    type_into(&root, "filter-to", "2021-13");
    settle(0).await;
    assert_eq!(search(), "?country=BR");
    let input = root
        .query_selector("[data-testid=filter-to]")
        .unwrap()
        .unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(root.text_content().unwrap().contains("2021-13"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn junk_in_the_link_is_reported_and_the_rest_still_applies() {
    set_address("?country=PE,Peru&from=20x0&colour=red");
    let (root, handle) = mount();
    settle(0).await;
    let notice = root
        .query_selector("[data-testid=notice]")
        .unwrap()
        .expect("a notice");
    let text = notice.text_content().unwrap();
    assert!(
        text.contains("colour") && text.contains("Peru") && text.contains("20x0"),
        "{text}"
    );
    assert_eq!(count_shown(&root).0, expected("country=PE").0);
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn source_links_do_not_leak_the_view() {
    set_address("");
    let (root, handle) = mount();
    settle(0).await;
    let links = root.query_selector_all(".source a").unwrap();
    assert!(links.length() > 0);
    for i in 0..links.length() {
        let a: web_sys::Element = links.item(i).unwrap().unchecked_into();
        let href = a.get_attribute("href").unwrap();
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "{href}"
        );
        assert_eq!(
            a.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
    }
    drop(handle);
    root.remove();
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn a_facet_click_filters_and_counts_follow() {
    set_address("");
    let (root, handle) = mount();
    settle(0).await;
    click(
        &root,
        "[data-testid=facet-country] [data-testid=facet-item][data-value=BR] input",
    );
    settle(0).await;
    assert_eq!(search(), "?country=BR");
    assert_eq!(count_shown(&root).0, expected("country=BR").0);
    // The drug facet now counts Brazil's seizures only.
    let drug_total: usize = (0..root
        .query_selector_all("[data-testid=facet-drug] [data-testid=facet-item]")
        .unwrap()
        .length())
        .map(|i| {
            let el: web_sys::Element = root
                .query_selector_all("[data-testid=facet-drug] [data-testid=facet-item]")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into();
            el.get_attribute("data-count")
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(drug_total, expected("country=BR").0);
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_redraws_the_page_in_spanish() {
    set_address("?country=PE");
    let (root, handle) = mount();
    settle(0).await;
    assert!(root.text_content().unwrap().contains("Filters"));
    click(&root, "[data-testid=lang-switch]");
    settle(0).await;
    assert_eq!(search(), "?country=PE&lang=es");
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Filtros") && text.contains("incautaciones"),
        "{}",
        &text[..200.min(text.len())]
    );
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_row_of_the_table_opens_its_record() {
    set_address("?view=table&country=EC");
    let (root, handle) = mount();
    settle(0).await;
    let row = root
        .query_selector("[data-testid=seizure-row]")
        .unwrap()
        .expect("a row");
    let id = row.get_attribute("data-id").unwrap();
    row.unchecked_ref::<web_sys::HtmlElement>().click();
    settle(0).await;
    assert!(search().contains(&format!("sel={id}")));
    let detail = root
        .query_selector("[data-testid=detail]")
        .unwrap()
        .expect("the detail");
    assert!(detail.text_content().unwrap().contains("Source"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn records_that_cannot_be_opened_are_reported_not_loading_forever() {
    // Regression: when the bundled store could not be built the page said "Loading…" forever.
    use leptos::prelude::*;
    use portolan::Explorer;
    use std::sync::Arc;
    set_address("");
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let data = Arc::new(Dataset::bundled());
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <Explorer data=data bundled=Err("more than 255 distinct countries".to_string()) /> }
    });
    settle(50).await;
    let text = container
        .query_selector("[data-testid=result-count]")
        .unwrap()
        .expect("result count")
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("could not be opened"), "{text}");
    assert!(text.contains("more than 255 distinct countries"), "{text}");
    assert!(!text.contains("Loading"), "{text}");
    drop(handle);
    container.remove();
}
