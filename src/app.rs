//! The page: loads the data, derives the whole view from the address, lays out the parts.
//!
//! One `Memo<Filter>` read from the address is the single source of truth. The engine turns it
//! into a [`Summary`] (recorded as `performance.measure('portolan:update')`), and components
//! render only what the summary and the engine give them.

use crate::components::{
    about::About, detail::Detail, filters::Filters, header::Header, map::Basemap, map::WorldMap,
    nav::ViewTabs, notice::Notice, port::PortProfile, results::ResultCount, results::Results,
    routes::Routes, share::ShareBar, table::SeizuresTable, timeline::Timeline,
};
use crate::i18n::{t, tf};
use crate::url_state::{HistoryMode, UrlQuery};
use leptos::prelude::*;
use portolan_engine::dataset::Dataset;
use portolan_engine::filter::Filter;
use portolan_engine::link::{self, Decoded, Link, SortColumn, View};
use portolan_engine::query::{Engine, Summary};
use portolan_engine::store::Store;
use portolan_engine::synthetic;
use std::sync::{Arc, Mutex};

/// The records being explored and the engine over them.
pub struct Source {
    pub engine: Mutex<Engine>,
    pub store: Arc<Store>,
}

impl Source {
    pub fn new(store: Store) -> Arc<Source> {
        let store = Arc::new(store);
        Arc::new(Source {
            engine: Mutex::new(Engine::new(Arc::clone(&store))),
            store,
        })
    }

    /// Runs `f` with the engine (the lock is never contended: the page has one thread).
    pub fn with_engine<T>(&self, f: impl FnOnce(&mut Engine) -> T) -> T {
        let mut engine = self
            .engine
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut engine)
    }
}

/// What every component may read.
#[derive(Clone)]
pub struct Ctx {
    /// The bundled dataset: its version, ports and the templates for generated data.
    pub data: Arc<Dataset>,
    pub query: UrlQuery,
    /// The decoded address: the view plus whatever was ignored.
    pub decoded: Memo<Decoded>,
    pub link: Memo<Link>,
    pub filter: Memo<Filter>,
    /// `None` while generated records are being made.
    pub source: RwSignal<Option<Arc<Source>>>,
    /// Records generated so far and asked for, while generating.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// Why the records could not be opened, when they could not.
    pub failure: RwSignal<Option<String>>,
    pub summary: Memo<Option<Arc<Summary>>>,
    /// The world map, once loaded.
    pub basemap: RwSignal<Option<Arc<Basemap>>>,
    /// The reader's own file, once loaded (shown while the address says `data=local`).
    pub local: RwSignal<Option<Arc<Source>>>,
    /// Bytes read and in all, while a reader's file loads.
    pub loading: RwSignal<Option<(usize, usize)>>,
    pub load_report: RwSignal<Option<crate::components::own_data::LoadReport>>,
    /// Whether the browser has a network (otherwise the page runs from the saved copy).
    pub online: RwSignal<bool>,
}

impl Ctx {
    /// Replaces the filter, keeping the rest of the view, and writes it to the address.
    pub fn set_filter(&self, next: Filter, mode: HistoryMode) {
        let mut link = self.link.get_untracked();
        link.filter = next.normalised();
        self.set_link(link, mode);
    }

    pub fn set_link(&self, link: Link, mode: HistoryMode) {
        self.query.navigate(link::encode(&link), mode);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[component]
pub fn App() -> impl IntoView {
    let data = Arc::new(Dataset::bundled());
    // The bundled data fits the store by construction (validated, a few thousand records); if it
    // ever does not, the page says so instead of loading forever.
    let bundled = Store::from_seizures(Arc::new(data.seizures.clone()), data.positions())
        .map(Source::new)
        .map_err(|e| e.to_string());
    view! { <Explorer data=data bundled=bundled /> }
}

/// The explorer over `data`, showing `bundled` unless the address asks for other records.
#[component]
pub fn Explorer(data: Arc<Dataset>, bundled: Result<Arc<Source>, String>) -> impl IntoView {
    let query = UrlQuery::from_location();
    let source = RwSignal::new(None::<Arc<Source>>);
    let decoded = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let mut d = link::decode(&query.0.get());
            // A country is known when it has a name, or when the records shown have it (a
            // reader's file may hold any country).
            let in_records = |c: portolan_engine::codes::Country| {
                source.with(|s| s.as_ref().is_some_and(|s| s.store.countries.contains(&c)))
            };
            d.drop_unknown_codes(
                |c| c.names().is_some() || in_records(c),
                |l| data.port(l).is_some(),
            );
            d
        })
    };
    let link = Memo::new(move |_| decoded.get().link);
    let filter = Memo::new(move |_| link.get().filter);
    let synthetic_count = Memo::new(move |_| link.get().synthetic);
    let progress = RwSignal::new(None);
    let failure = RwSignal::new(None::<String>);

    // (Re)load the records whenever the address asks for other ones.
    // The generator's templates are the bundled records.
    let templates = Arc::new(data.seizures.clone());
    // Where ports and countries are, to place each seizure on its journey.
    let positions = data.positions();
    let generation = StoredValue::new(0u32);
    let local = RwSignal::new(None::<Arc<Source>>);
    let wants_local = Memo::new(move |_| link.get().data_local);
    Effect::new(
        move |_| match (wants_local.get(), local.get(), synthetic_count.get()) {
            (true, Some(own), _) => {
                generation.update_value(|g| *g += 1);
                progress.set(None);
                source.set(Some(own));
            }
            (_, _, None) => {
                generation.update_value(|g| *g += 1);
                progress.set(None);
                match &bundled {
                    Ok(src) => source.set(Some(Arc::clone(src))),
                    Err(why) => failure.set(Some(why.clone())),
                }
            }
            (_, _, Some(n)) => {
                generation.update_value(|g| *g += 1);
                let ticket = generation.get_value();
                source.set(None);
                let templates = Arc::clone(&templates);
                let positions = positions.clone();
                leptos::task::spawn_local(async move {
                    let made =
                        generate(n, &templates, positions, ticket, generation, progress).await;
                    if let Some(store) = made {
                        let src = Source::new(store);
                        // Order the records for the list now, while the page is loading anyway.
                        src.with_engine(|e| e.warm_order(SortColumn::Date));
                        progress.set(None);
                        source.set(Some(src));
                    }
                });
            }
        },
    );

    let summary = Memo::new(move |_| {
        let f = filter.get();
        source.get().map(|src| {
            Arc::new(measured("portolan:update", || {
                src.with_engine(|e| e.summarise(&f))
            }))
        })
    });

    // Marks when the first view is ready: load-to-first-render, for benchmarks.
    let ready_marked = StoredValue::new(false);
    Effect::new(move |_| {
        if summary.with(Option::is_some) && !ready_marked.get_value() {
            ready_marked.set_value(true);
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("portolan:ready");
            }
        }
    });

    let basemap = RwSignal::new(None);
    crate::components::map::load_basemap(
        Arc::clone(&data),
        basemap,
        crate::components::map::BASEMAP_FIRST,
    );

    // Followed once for the page's life: the header is drawn again on a language change.
    let online = RwSignal::new(
        web_sys::window()
            .map(|w| w.navigator().on_line())
            .unwrap_or(true),
    );
    for (event, state) in [("online", true), ("offline", false)] {
        gloo::events::EventListener::new(&gloo::utils::window(), event, move |_| {
            online.try_set(state);
        })
        .forget();
    }

    provide_context(Ctx {
        online,
        local,
        loading: RwSignal::new(None),
        load_report: RwSignal::new(None),
        basemap,
        data,
        query,
        decoded,
        link,
        filter,
        source,
        progress,
        failure,
        summary,
    });
    let current_view = Memo::new(move |_| link.get().view);
    let body = move || match current_view.get() {
        View::Map => view! { <WorldMap /> <Timeline /> <Detail /> <Results /> }.into_any(),
        View::Table => view! { <Timeline /> <Detail /> <SeizuresTable /> }.into_any(),
        View::Routes => view! { <Routes /> }.into_any(),
        View::Port => view! { <PortProfile /> <Detail /> <Results /> }.into_any(),
        View::About => view! { <About /> }.into_any(),
    };
    let embedded = Memo::new(move |_| link.get().embed);
    // The language: as linked, else the browser's. Changing it draws the page again in it.
    let language = Memo::new(move |_| link.get().lang.unwrap_or_else(crate::i18n::browser_lang));
    move || {
        let lang = language.get();
        crate::i18n::set_lang(lang);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
        if embedded.get() {
            // One view for an article's iframe, with the way back to the full explorer.
            view! {
                <main id="main" class="embedded">
                    <EmbedBar />
                    <ResultCount />
                    {body}
                </main>
            }
            .into_any()
        } else {
            view! {
                <Header />
                <main id="main">
                    <Notice />
                    <div class="layout">
                        <Filters />
                        <div class="content" id="content" tabindex="-1">
                            <ViewTabs />
                            <ResultCount />
                            <ShareBar />
                            {body}
                        </div>
                    </div>
                </main>
            }
            .into_any()
        }
    }
}

/// The strip above an embedded view: what it is and a link to open it whole.
#[component]
fn EmbedBar() -> impl IntoView {
    let ctx = use_ctx();
    let full = move || {
        let mut l = ctx.link.get();
        l.embed = false;
        let query = link::encode(&l);
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    let version = ctx.data.meta.version.clone();
    view! {
        <p class="embed-bar">
            <strong>"Portolan"</strong>
            {tf(" · sourced cocaine seizures · data version {} · ", &[&version])}
            <a href=full target="_blank" rel="noopener" data-testid="embed-full-link">{t("Open the full view")}</a>
        </p>
    }
}

/// Makes `n` generated records in steps, yielding to the browser between them so the page keeps
/// answering; gives up (returns `None`) when the address has moved on to other data.
async fn generate(
    n: u32,
    templates: &[portolan_engine::model::Seizure],
    positions: portolan_engine::journey::Positions,
    ticket: u32,
    generation: StoredValue<u32>,
    progress: RwSignal<Option<(usize, usize)>>,
) -> Option<Store> {
    const STEP: usize = 25_000;
    let mut g = synthetic::Generator::new(n as usize, synthetic::DEFAULT_SEED, positions);
    while !g.is_finished() {
        progress.set(Some((g.done(), n as usize)));
        gloo::timers::future::TimeoutFuture::new(0).await;
        if generation.get_value() != ticket {
            return None;
        }
        g.step(templates, STEP);
    }
    Some(g.finish())
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
