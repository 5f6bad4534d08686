//! Tells the reader what part of the link or the data could not be used, and why.

use crate::app::use_ctx;
use crate::components::own_data::LoadReportView;
use crate::i18n::{t, tf};
use leptos::prelude::*;

#[component]
pub fn Notice() -> impl IntoView {
    let ctx = use_ctx();
    let data_problems: Vec<String> = ctx
        .data
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.file, p.problem.text(crate::i18n::lang())))
        .collect();
    let source = ctx.source;
    let link = ctx.link;
    let link_problems = Memo::new(move |_| {
        let mut problems: Vec<String> = ctx
            .decoded
            .get()
            .ignored
            .iter()
            .map(|p| p.text(crate::i18n::lang()))
            .collect();
        // A record id can only be checked against the records themselves.
        if link.get().data_local && ctx.local.get().is_none() && ctx.loading.get().is_none() {
            problems.push({t("data=local: this view was of a file on someone's own device, which cannot be opened from a link; showing the bundled data")}.into());
        }
        if let (Some(id), Some(src)) = (link.get().sel, source.get()) {
            if src.store.find(&id).is_none() {
                problems.push(tf(
                    "{}: no record with this id in the data shown",
                    &[&format!("sel={id}")],
                ));
            }
        }
        problems
    });
    let report = ctx.load_report;
    let has_any = {
        let none_in_data = data_problems.is_empty();
        move || {
            !none_in_data
                || !link_problems.get().is_empty()
                || report.with(|r| {
                    r.as_ref()
                        .is_some_and(|r| r.refused.is_some() || !r.problems.is_empty())
                })
        }
    };
    view! {
        <Show when=has_any>
            <section class="notice" data-testid="notice" role="status" aria-labelledby="notice-title">
                <h2 id="notice-title">{t("Not everything could be used")}</h2>
                <LoadReportView />
                <Show when=move || !link_problems.get().is_empty()>
                    <p>{t("These parts of the link were ignored; the rest of the view is as linked:")}</p>
                    <ul>
                        {move || {
                            link_problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()
                        }}
                    </ul>
                </Show>
                {(!data_problems.is_empty())
                    .then(|| {
                        let items = data_problems
                            .clone()
                            .into_iter()
                            .map(|p| view! { <li>{p}</li> })
                            .collect_view();
                        view! {
                            <p>{t("These data rows were left out:")}</p>
                            <ul>{items}</ul>
                        }
                    })}
            </section>
        </Show>
    }
}
