//! When something goes badly wrong, the reader sees a plain message instead of a frozen page.

use wasm_bindgen::JsCast;

/// Logs panics to the console and shows them on the page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(&info.to_string());
    }));
}

/// Removes the static "Loading…" text that index.html shows until the app starts.
pub fn clear_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Puts an alert at the top of the page. Text only: the message is never parsed as markup.
pub fn show_fatal(detail: &str) {
    let Some(doc) = document() else { return };
    let Some(body) = doc.body() else { return };
    let Ok(alert) = doc.create_element("div") else {
        return;
    };
    alert.set_id("fatal");
    let _ = alert.set_attribute("role", "alert");
    alert.set_text_content(Some(&format!(
        "Portolan stopped because of an internal error, so what you see may be out of date. \
         Reload the page to start again; if the same link fails again, please report it with \
         this message: {detail}"
    )));
    if let Some(el) = alert.dyn_ref::<web_sys::HtmlElement>() {
        el.set_tab_index(-1);
        let _ = body.prepend_with_node_1(el);
        let _ = el.focus();
    }
}
