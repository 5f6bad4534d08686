//! What the data is and is not, its sources, and how to cite it.

use crate::app::use_ctx;
use crate::i18n::{fmt, t, tf};
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let ctx = use_ctx();
    let data = ctx.data.clone();
    let meta = data.meta.clone();
    let coverage = data.coverage();
    let (years, publishers) = (coverage.years, coverage.publishers);
    let countries: Vec<(String, usize)> = coverage
        .countries
        .into_iter()
        .map(|(c, n)| (fmt::country(c), n))
        .collect();
    let citation = tf("Portolan, dataset version {} (as of {}): sourced records of maritime cocaine seizures. Cite the record's own source for any figure.", &[&meta.version, &fmt::date(meta.as_of)]);
    view! {
        <article class="about" aria-labelledby="about-title">
            <h2 id="about-title">{t("About the data and the method")}</h2>
            <h3>{t("What the data is")}</h3>
            <p>{tf("{} of cocaine seizures, at sea and in ports, in {} countries from {} to {}, each with the public report it comes from ({} publishers: news outlets, customs and police releases, port authorities, research centres). Summaries are Portolan's own words, in English and Spanish. {} and {} figures reported for ports or countries complete it.", &[&fmt::count(data.seizures.len(), "record", "records"), &countries.len(), &years.first().map_or(0, |y| y.0), &years.last().map_or(0, |y| y.0), &publishers, &fmt::count(data.ports.len(), "port with its position", "ports with their positions"), &data.port_stats.len()])}</p>
            <h3>{t("What the data is not")}</h3>
            <ul>
                <li><strong>{t("Seizures are not flows.")}</strong>{t(" A seizure shows where enforcement found cocaine. A port with few records may be a port with little trafficking, or little enforcement, or little reporting.")}</li>
                <li><strong>{t("Bulk weights, not purity.")}</strong>{t(" Quantities are as authorities reported them; they are not adjusted for purity, and a record without a figure has none — it is never counted as zero.")}</li>
                <li><strong>{t("Not complete.")}</strong>{t(" These are seizures that were reported publicly and found by the researchers. \"No record\" never means \"no trafficking\": see the coverage below.")}</li>
                <li><strong>{t("Dates at their precision.")}</strong>{t(" A date known only to the month or the year is shown that way and never given a day.")}</li>
                <li><strong>{t("Routes as journeys.")}</strong>{t(" A journey runs from where the shipment was loaded through every transit the source names to where it was going; the place where it was stopped is put on it, and legs after that place were planned, never made (pale dotted on the map). A leg between two named ports is drawn as reported; where a source names only a country, the line is approximate.")}</li>
                <li><strong>{t("Reported aggregates are separate.")}</strong>{t(" Annual figures published for ports count different things and are shown apart, never added to seizure totals.")}</li>
            </ul>
            <h3>{t("Coverage")}</h3>
            <p>{t("Records per year:")}</p>
            <ul class="coverage" data-testid="coverage-years">
                {years.into_iter().map(|(y, n)| view! { <li>{format!("{y}: {n}")}</li> }).collect_view()}
            </ul>
            <p>{t("Records per country of seizure:")}</p>
            <ul class="coverage">
                {countries.into_iter().map(|(c, n)| view! { <li>{format!("{c}: {n}")}</li> }).collect_view()}
            </ul>
            <h3>{t("Quality")}</h3>
            <p>{t("Four fact-checks of random samples against the cited pages: of 51 records, 44 fully correct, 1 minor date error (fixed) and 6 whose page could not be checked; of 36 more, 30 correct, 1 wrong origin (fixed, with a caveat) and 5 not checkable; of 60 more, 52 correct, 2 minor errors and 1 wrong date (fixed) and 5 not found again; of 24 more, 17 correct, 2 minor errors and 1 wrong year (fixed) and 4 not found again. Known problems are shown as caveats beside the record.")}</p>
            <h3>{t("How to cite")}</h3>
            <p class="citation">{citation}</p>
            <p>{t("Every record links to its source; cite the source for any figure you use, and link to the Portolan view you used.")}</p>
            <h3>{t("Privacy")}</h3>
            <p>{t("Portolan runs entirely in your browser. It contacts no one but the site that served it: no fonts, maps or analytics from elsewhere. Source links open without telling the source site where you came from.")}</p>
            <h3>{t("Licences")}</h3>
            <p>{t("Basemap: Natural Earth (public domain), via the world-atlas package (ISC licence, © Michael Bostock). The research data cites each record's source; the rights in the cited reports stay with their publishers.")}</p>
        </article>
    }
}
