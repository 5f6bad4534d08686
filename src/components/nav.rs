//! The views, as tabs that write `view` to the address.

use crate::app::use_ctx;
use crate::i18n::t;
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::link::View;

fn name(view: View) -> &'static str {
    match view {
        View::Map => t("Map"),
        View::Table => t("Table"),
        View::Routes => t("Routes"),
        View::Port => t("Port profile"),
        View::About => t("About the data"),
    }
}

#[component]
pub fn ViewTabs() -> impl IntoView {
    let ctx = use_ctx();
    let link = ctx.link;
    let tabs = move || {
        let current = link.get().view;
        let mut views = vec![View::Map, View::Table, View::Routes];
        if current == View::Port {
            views.push(View::Port);
        }
        views.push(View::About);
        let ctx = ctx.clone();
        views
            .into_iter()
            .map(|v| {
                let ctx = ctx.clone();
                let go = move |_| {
                    let mut l = ctx.link.get_untracked();
                    l.view = v;
                    ctx.set_link(l, HistoryMode::Push);
                };
                view! {
                    <li>
                        <button
                            type="button"
                            data-testid=format!("view-{}", v.code())
                            aria-current=move || (current == v).then_some("page")
                            on:click=go
                        >
                            {name(v)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="views" aria-label={t("Views")}>
            <ul>{tabs}</ul>
        </nav>
    }
}
