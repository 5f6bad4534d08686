//! The query string is the whole view. This module keeps a signal in step with it: it reads the
//! address on load and on Back/Forward, and writes it when the reader changes something.

use leptos::prelude::*;

/// The current query string, without its `?`.
#[derive(Clone, Copy)]
pub struct UrlQuery(pub RwSignal<String>);

/// How a change enters the browser's history.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HistoryMode {
    /// A discrete change: Back undoes it.
    Push,
    /// Typing or dragging: the entry is updated in place.
    Replace,
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

impl UrlQuery {
    /// Reads the address now and follows Back/Forward for the lifetime of the page.
    pub fn from_location() -> Self {
        let query = RwSignal::new(current_search());
        // The app lives as long as the page, so the listener does too.
        gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            query.try_set(current_search());
        })
        .forget();
        UrlQuery(query)
    }

    /// Writes a new query string into the address (keeping the path, so sub-path hosting works).
    pub fn navigate(&self, next: String, mode: HistoryMode) {
        if self.0.get_untracked() == next {
            return;
        }
        if let Some(window) = web_sys::window() {
            let path = window.location().pathname().unwrap_or_default();
            let url = if next.is_empty() {
                path
            } else {
                format!("{path}?{next}")
            };
            if let Ok(history) = window.history() {
                let result = match mode {
                    HistoryMode::Push => {
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                    }
                    HistoryMode::Replace => {
                        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                    }
                };
                if let Err(e) = result {
                    leptos::logging::warn!("could not update the address: {e:?}");
                }
            }
        }
        self.0.set(next);
    }
}
