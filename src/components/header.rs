use crate::app::use_ctx;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let meta = &ctx.data.meta;
    let as_of = fmt::date(meta.as_of);
    let version = meta.version.clone();
    // Said plainly when the page runs from the copy saved on this device.
    let online = ctx.online;
    let offline_version = version.clone();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#content">{t("Skip to the content")}</a>
            <div class="brand">
                <h1>"Portolan"</h1>
                <p class="tagline">{t("Cocaine seizures at sea and in ports, from sourced public reporting")}</p>
            </div>
            <LangSwitch />
            <p class="dataset" data-testid="dataset-version">
                {t("Data as of ")} <time datetime=meta.as_of.to_string()>{as_of}</time>
                {t(" · version ")} {version}
            </p>
            <Show when=move || !online.get()>
                <p class="offline" data-testid="offline" role="status">
                    {tf("Offline: showing the copy saved on this device, data version {}.", &[&offline_version])}
                </p>
            </Show>
        </header>
        <SyntheticBanner />
    }
}

/// Says plainly, on every screen, when the records are generated rather than real.
#[component]
fn SyntheticBanner() -> impl IntoView {
    let ctx = use_ctx();
    let link = ctx.link;
    let progress = ctx.progress;
    let back_to_real = {
        let ctx = ctx.clone();
        move |_| {
            let mut l = link.get_untracked();
            l.synthetic = None;
            ctx.set_link(l, HistoryMode::Push);
        }
    };
    view! {
        <Show when=move || link.get().synthetic.is_some()>
            <section class="synthetic-banner" aria-label={t("Generated data")} data-testid="synthetic-banner">
                <p>
                    <strong>{t("Generated data, not real seizures. ")}</strong>
                    {move || {
                        let n = link.get().synthetic.unwrap_or(0) as usize;
                        format!(
                            "You are looking at {} made up by Portolan from the patterns of the real data, \
                             for testing and demonstration. No number here describes real events.",
                            fmt::count(n, "synthetic record", "synthetic records"),
                        )
                    }}
                </p>
                {move || {
                    progress
                        .get()
                        .map(|(done, total)| {
                            view! {
                                <p class="progress">
                                    <label for="generation-progress">{t("Generating records… ")}</label>
                                    <progress id="generation-progress" max=total.to_string() value=done.to_string()></progress>
                                    {tf("{} of {}", &[&fmt::count(done, "", "").trim(), &fmt::count(total, "", "").trim()])}
                                </p>
                            }
                        })
                }}
                <button type="button" class="link-button" on:click=back_to_real.clone()>
                    {t("Back to the real data")}
                </button>
            </section>
        </Show>
    }
}

/// Switches between English and Spanish; the choice goes into the link (`lang`).
#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let current = crate::i18n::lang();
    let (other, name, label) = match current {
        portolan_engine::link::Lang::En => {
            (portolan_engine::link::Lang::Es, "Español", "Ver en español")
        }
        portolan_engine::link::Lang::Es => (
            portolan_engine::link::Lang::En,
            "English",
            "View in English",
        ),
    };
    let switch = move |_| {
        let mut l = ctx.link.get_untracked();
        l.lang = Some(other);
        ctx.set_link(l, HistoryMode::Push);
    };
    view! {
        <button type="button" class="lang-switch" data-testid="lang-switch" lang=other.code() aria-label=label on:click=switch>
            {name}
        </button>
    }
}
