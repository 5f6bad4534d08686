//! The page: loads the bundled data, derives the view from the address, lays out the parts.

use crate::components::{filters::Filters, header::Header, notice::Notice, results::Results};
use crate::url_state::{HistoryMode, UrlQuery};
use leptos::prelude::*;
use portolan_engine::dataset::Dataset;
use portolan_engine::filter::{self, Filter, Selection};
use portolan_engine::link::{self, Decoded};
use std::sync::Arc;

/// What every component may read: the data and the view derived from the address.
#[derive(Clone)]
pub struct Ctx {
    pub data: Arc<Dataset>,
    pub query: UrlQuery,
    /// The decoded address: the filter plus whatever was ignored.
    pub decoded: Memo<Decoded>,
    /// The single source of truth for what is shown.
    pub filter: Memo<Filter>,
    pub selection: Memo<Selection>,
}

impl Ctx {
    /// Replaces the filter, writing it to the address.
    pub fn set_filter(&self, next: Filter, mode: HistoryMode) {
        self.query.navigate(link::encode(&next.normalised()), mode);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[component]
pub fn App() -> impl IntoView {
    let data = Arc::new(Dataset::bundled());
    let query = UrlQuery::from_location();
    let decoded = Memo::new(move |_| link::decode(&query.0.get()));
    let filter = Memo::new(move |_| decoded.get().filter);
    let selection = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let f = filter.get();
            measured("portolan:update", || filter::select(&data.seizures, &f))
        })
    };
    provide_context(Ctx {
        data,
        query,
        decoded,
        filter,
        selection,
    });
    view! {
        <Header />
        <main id="main">
            <Notice />
            <div class="layout">
                <Filters />
                <Results />
            </div>
        </main>
    }
}

/// Runs `work` between two performance marks and records the span as a measure named `name`,
/// so that tests and benchmarks read it from the browser's performance timeline.
fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}
