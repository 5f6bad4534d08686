//! Seizures per year or month, as counts or kilograms, under every filter but the dates.
//! Dragging across the bars sets `from`/`to`; the date fields do the same by keyboard.

use crate::app::use_ctx;
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::date::PartialDate;
use portolan_engine::query::Total;
use portolan_engine::view::{bar_at, period_date};

const W: f64 = 1000.0;
const H: f64 = 160.0;
const AXIS: f64 = 2.0;

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Year,
    Month,
}

#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let filter = ctx.filter;
    let step = RwSignal::new(Step::Year);
    let by_kg = RwSignal::new(false);
    let drag = RwSignal::new(None::<(f64, f64)>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    // The bars: (period, label, total). A period is a year, or a month as year * 12 + month - 1.
    let bars = Memo::new(move |_| {
        let Some(s) = summary.get() else {
            return Vec::new();
        };
        let years: Vec<i32> = s.years.iter().map(|(y, _)| *y).collect();
        let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
            return Vec::new();
        };
        match step.get() {
            Step::Year => (first..=last)
                .map(|y| {
                    (
                        y,
                        y.to_string(),
                        s.years
                            .iter()
                            .find(|(k, _)| *k == y)
                            .map(|(_, t)| *t)
                            .unwrap_or_default(),
                    )
                })
                .collect(),
            Step::Month => (first * 12..=last * 12 + 11)
                .map(|m| {
                    let label = format!("{:04}-{:02}", m / 12, m % 12 + 1);
                    (
                        m,
                        label,
                        s.months
                            .iter()
                            .find(|(k, _)| *k == m)
                            .map(|(_, t)| *t)
                            .unwrap_or_default(),
                    )
                })
                .collect::<Vec<(i32, String, Total)>>(),
        }
    });
    let value = move |t: &Total| {
        if by_kg.get() {
            t.kg()
        } else {
            f64::from(t.count)
        }
    };
    let width = move || W / bars.with(|b| b.len().max(1)) as f64;
    let period_at = move |x: f64| -> Option<i32> {
        bars.with_untracked(|b| {
            let i = bar_at(x, W, b.len())?;
            b.get(i).map(|(p, _, _)| *p)
        })
    };
    let frame_x = move |client_x: i32| -> Option<f64> {
        let svg = svg_ref.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        Some((f64::from(client_x) - rect.left()) / rect.width() * W)
    };
    let as_date = move |period: i32| period_date(step.get_untracked() == Step::Month, period);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if let (Some(x), Some(svg)) = (frame_x(ev.client_x()), svg_ref.get_untracked()) {
            let _ = svg.set_pointer_capture(ev.pointer_id());
            drag.set(Some((x, x)));
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let (Some((a, _)), Some(x)) = (drag.get_untracked(), frame_x(ev.client_x())) {
            drag.set(Some((a, x.clamp(0.0, W))));
        }
    };
    let on_up = {
        let ctx = ctx.clone();
        move |_| {
            let Some((a, b)) = drag.get_untracked() else {
                return;
            };
            drag.set(None);
            let (lo, hi) = (a.min(b), a.max(b));
            if let (Some(p0), Some(p1)) = (period_at(lo), period_at(hi)) {
                let mut f = filter.get_untracked();
                f.from = as_date(p0);
                f.to = as_date(p1);
                ctx.set_filter(f, HistoryMode::Push);
            }
        }
    };
    let in_range = move |period: i32| -> bool {
        let f = filter.get();
        let date = match step.get() {
            Step::Year => PartialDate::year_only(period),
            Step::Month => format!("{:04}-{:02}", period / 12, period % 12 + 1)
                .parse()
                .unwrap_or(PartialDate::year_only(period / 12)),
        };
        f.date_matches(date)
    };
    let rects = move || {
        let b = bars.get();
        let max = b
            .iter()
            .map(|(_, _, t)| value(t))
            .fold(0.0, f64::max)
            .max(1e-9);
        let w = width();
        b.into_iter()
            .enumerate()
            .map(|(i, (period, label, t))| {
                let h = value(&t) / max * (H - AXIS - 6.0);
                let title = format!(
                    "{label}: {}, {}",
                    fmt::count(t.count as usize, "seizure", "seizures"),
                    fmt::kg(t.kg())
                );
                view! {
                    <rect
                        class=move || if in_range(period) { "bar in-range" } else { "bar" }
                        x=format!("{:.2}", i as f64 * w + w * 0.1)
                        y=format!("{:.2}", H - AXIS - h)
                        width=format!("{:.2}", (w * 0.8).max(0.5))
                        height=format!("{:.2}", h.max(if t.count > 0 { 1.0 } else { 0.0 }))
                    >
                        <title>{title}</title>
                    </rect>
                }
            })
            .collect_view()
    };
    // Axis labels in HTML under the chart, so they keep their size at any width.
    let ticks = move || {
        let b = bars.get();
        let n = b.len();
        let picks: Vec<usize> = match n {
            0 => vec![],
            1 => vec![0],
            _ => (0..5).map(|k| k * (n - 1) / 4).collect::<Vec<_>>(),
        };
        let mut labels: Vec<String> = picks.into_iter().map(|i| b[i].1.clone()).collect();
        labels.dedup();
        labels
            .into_iter()
            .map(|l| view! { <span>{l}</span> })
            .collect_view()
    };
    let brush = move || {
        drag.get().map(|(a, b)| {
            view! { <rect class="brush" x=format!("{:.1}", a.min(b)) y="0" width=format!("{:.1}", (a - b).abs().max(1.0)) height=format!("{}", H - AXIS)></rect> }
        })
    };
    let year_only = move || {
        summary.get().map_or(0, |s| {
            let years: u32 = s.years.iter().map(|(_, t)| t.count).sum();
            let months: u32 = s.months.iter().map(|(_, t)| t.count).sum();
            years - months
        })
    };
    let description = move || {
        let b = bars.get();
        let busiest = b.iter().max_by(|x, y| value(&x.2).total_cmp(&value(&y.2)));
        match busiest {
            Some((_, label, total)) => tf(
                "Seizures per {} from {} to {}; the highest is {} with {}.",
                &[
                    &if step.get() == Step::Year {
                        t("year")
                    } else {
                        t("month")
                    },
                    &b.first().map(|x| x.1.clone()).unwrap_or_default(),
                    &b.last().map(|x| x.1.clone()).unwrap_or_default(),
                    label,
                    &if by_kg.get() {
                        fmt::kg(total.kg())
                    } else {
                        fmt::count(total.count as usize, "seizure", "seizures")
                    },
                ],
            ),
            None => t("No dated seizures under these filters.").into(),
        }
    };
    view! {
        <section class="timeline" data-testid="timeline" aria-labelledby="timeline-title">
            <div class="timeline-head">
                <h2 id="timeline-title">{t("Over time")}</h2>
                <div role="group" aria-label={t("Timeline options")} class="toggles">
                    <button type="button" aria-pressed=move || (step.get() == Step::Year).to_string() on:click=move |_| step.set(Step::Year)>{t("Years")}</button>
                    <button type="button" data-testid="timeline-months" aria-pressed=move || (step.get() == Step::Month).to_string() on:click=move |_| step.set(Step::Month)>{t("Months")}</button>
                    <button type="button" aria-pressed=move || (!by_kg.get()).to_string() on:click=move |_| by_kg.set(false)>{t("Count")}</button>
                    <button type="button" aria-pressed=move || by_kg.get().to_string() on:click=move |_| by_kg.set(true)>{t("Kilograms")}</button>
                </div>
            </div>
            <svg
                node_ref=svg_ref
                class="timeline-chart"
                data-testid="timeline-chart"
                viewBox=format!("0 0 {W} {H}")
                preserveAspectRatio="none"
                role="img"
                aria-label=description
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
            >
                {rects}
                {brush}
                <line class="axis" x1="0" x2=W.to_string() y1=format!("{}", H - AXIS) y2=format!("{}", H - AXIS)></line>
            </svg>
            <div class="ticks" aria-hidden="true">{ticks}</div>
            <p class="hint">
                {t("Drag across the bars to set the dates (or type them in the filters). Bars count the seizures under every other filter; those inside the dates are dark. ")}
                {move || match (step.get(), year_only()) {
                    (Step::Month, n) if n > 0 => tf("{} known only to the year are not in the monthly bars.", &[&fmt::count(n as usize, "record", "records")]),
                    _ => String::new(),
                }}
            </p>
        </section>
    }
}
