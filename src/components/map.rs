//! The world map: Natural Earth outlines in the Equal Earth projection, seizure places as circles
//! sized by seized kilograms, route legs as arcs. Zoom and pan by wheel, drag, touch, keyboard
//! and buttons. Everything drawn comes from the engine's summary for the current filter.

use crate::app::{use_ctx, Ctx};
use crate::i18n::{fmt, t, tf};
use crate::url_state::HistoryMode;
use leptos::prelude::*;
use portolan_engine::filter::Place;
use portolan_engine::geo::{self, HEIGHT, WIDTH};
use portolan_engine::link::View;
use portolan_engine::query::{LegTotal, PlaceTotal};
use portolan_engine::view::{ScreenRect, Viewport};
use std::collections::HashMap;
use std::sync::Arc;

/// The outlines drawn first (1:110m, light) and once the reader zooms in (1:50m, detailed).
pub const BASEMAP_FIRST: &str = "./countries-110m.json";
pub const BASEMAP_DETAIL: &str = "./countries-50m.json";
/// From this magnification on, the detailed outlines are worth their bytes.
const DETAIL_FROM_ZOOM: f64 = 1.8;

/// The basemap and where each place of the data is drawn.
pub struct Basemap {
    pub shapes: Vec<geo::Shape>,
    pub positions: HashMap<Place, (f64, f64)>,
    /// Whether these are the detailed outlines.
    pub detailed: bool,
}

impl Basemap {
    pub fn new(
        shapes: Vec<geo::Shape>,
        data: &portolan_engine::dataset::Dataset,
        detailed: bool,
    ) -> Self {
        let mut positions = HashMap::new();
        for p in &data.ports {
            positions.insert(Place::Port(p.locode), geo::project(p.lon, p.lat));
        }
        let countries: Vec<_> = portolan_engine::codes::Country::all_named().collect();
        let where_countries_are = data.positions();
        for c in countries {
            if let Some(at) = geo::country_anchor(c, &shapes, &where_countries_are) {
                positions.insert(Place::Country(c), at);
            }
        }
        Basemap {
            shapes,
            positions,
            detailed,
        }
    }
}

/// How many legs are drawn at most: the heaviest, so the map stays legible.
const MAX_ARCS: usize = 150;

pub fn place_label(ctx: &Ctx, place: Place) -> String {
    match place {
        Place::Port(l) => match ctx.data.port(l) {
            Some(p) => format!("{} ({})", fmt::port_name(p), fmt::country(p.country)),
            None => l.to_string(),
        },
        Place::Country(c) => fmt::country(c),
    }
}

#[component]
pub fn WorldMap() -> impl IntoView {
    let ctx = use_ctx();
    let summary = ctx.summary;
    let basemap = ctx.basemap;
    let viewport = RwSignal::new(Viewport::WORLD);
    // The detailed outlines load once, when the reader first zooms in.
    let detail_asked = StoredValue::new(false);
    {
        let data = Arc::clone(&ctx.data);
        Effect::new(move |_| {
            if viewport.get().k >= DETAIL_FROM_ZOOM && !detail_asked.get_value() {
                detail_asked.set_value(true);
                load_basemap(Arc::clone(&data), basemap, BASEMAP_DETAIL);
            }
        });
    }
    let focused = RwSignal::new(None::<String>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    // Frame coordinates of a point on screen.
    let to_frame = move |client_x: f64, client_y: f64| -> Option<(f64, f64)> {
        let rect = svg_ref.get_untracked()?.get_bounding_client_rect();
        let rect = ScreenRect {
            left: rect.left(),
            top: rect.top(),
            width: rect.width(),
            height: rect.height(),
        };
        viewport.get_untracked().to_frame(rect, client_x, client_y)
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        if let Some(at) = to_frame(f64::from(ev.client_x()), f64::from(ev.client_y())) {
            let factor = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
            viewport.update(|v| *v = v.zoom(factor, at));
        }
    };
    // Pointers down, for drag (one) and pinch (two).
    let pointers = StoredValue::new(HashMap::<i32, (f64, f64)>::new());
    let on_down = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| {
            p.insert(
                ev.pointer_id(),
                (f64::from(ev.client_x()), f64::from(ev.client_y())),
            );
        });
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        let now = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let before = pointers.with_value(|p| p.clone());
        let Some(&last) = before.get(&id) else { return };
        match before.len() {
            1 => {
                // Capture only once it is a drag, so that a click on a place still reaches it.
                if let Some(svg) = svg_ref.get_untracked() {
                    if !svg.has_pointer_capture(id) {
                        let _ = svg.set_pointer_capture(id);
                    }
                }
                if let (Some(a), Some(b)) = (to_frame(last.0, last.1), to_frame(now.0, now.1)) {
                    viewport.update(|v| *v = v.pan(a.0 - b.0, a.1 - b.1));
                }
            }
            2 => {
                let other = before
                    .iter()
                    .find(|(k, _)| **k != id)
                    .map(|(_, p)| *p)
                    .unwrap_or(last);
                let dist = |a: (f64, f64)| {
                    ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2))
                        .sqrt()
                        .max(1.0)
                };
                let mid = ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
                if let Some(at) = to_frame(mid.0, mid.1) {
                    viewport.update(|v| *v = v.zoom(dist(now) / dist(last), at));
                }
            }
            _ => {}
        }
        pointers.update_value(|p| {
            p.insert(id, now);
        });
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let v = viewport.get_untracked();
        let step = 60.0 / v.k;
        let centre = (v.cx, v.cy);
        let next = match ev.key().as_str() {
            "+" | "=" => v.zoom(1.5, centre),
            "-" | "_" => v.zoom(1.0 / 1.5, centre),
            "ArrowLeft" => v.pan(-step, 0.0),
            "ArrowRight" => v.pan(step, 0.0),
            "ArrowUp" => v.pan(0.0, -step),
            "ArrowDown" => v.pan(0.0, step),
            "0" | "Home" => Viewport::WORLD,
            _ => return,
        };
        ev.prevent_default();
        viewport.set(next);
    };

    let land = move || {
        basemap.get().map(|b| {
            b.shapes
                .iter()
                .filter(|s| !s.path.is_empty())
                .map(|s| view! { <path class="land" d=s.path.clone()></path> })
                .collect_view()
        })
    };

    let arcs = {
        let ctx = ctx.clone();
        move || {
            let (Some(s), Some(b)) = (summary.get(), basemap.get()) else {
                return None;
            };
            let k = viewport.get().k;
            let legs: Vec<&LegTotal> = s.legs.iter().take(MAX_ARCS).collect();
            let max = legs.iter().map(|l| l.total.grams).max().unwrap_or(1).max(1) as f64;
            Some(
                legs.into_iter()
                    .filter_map(|leg| {
                        let (a, z) = (b.positions.get(&leg.from)?, b.positions.get(&leg.to)?);
                        let width = (0.6 + 5.0 * (leg.total.grams as f64 / max).sqrt()) / k.sqrt();
                        let exact = leg.is_port_to_port();
                        let label = format!(
                            "{} → {}: {}, {}{}{}",
                            place_label(&ctx, leg.from),
                            place_label(&ctx, leg.to),
                            fmt::count(leg.total.count as usize, "seizure", "seizures"),
                            fmt::kg(leg.total.kg()),
                            if leg.travelled {
                                ""
                            } else {
                                t(" (planned: never made, the shipment was stopped before)")
                            },
                            if exact {
                                ""
                            } else {
                                t(" (approximate: one end is known only as a country)")
                            }
                        );
                        let class = match (leg.travelled, exact) {
                            (false, _) => "arc planned",
                            (true, true) => "arc",
                            (true, false) => "arc approximate",
                        };
                        Some(view! {
                            <path
                                class=class
                                data-testid="route-arc"
                                data-leg=if leg.travelled { "travelled" } else { "planned" }
                                data-from=leg.from.to_string()
                                data-to=leg.to.to_string()
                                data-count=leg.total.count.to_string()
                                d=geo::arc_path(*a, *z)
                                stroke-width=format!("{width:.2}")
                            >
                                <title>{label}</title>
                            </path>
                        })
                    })
                    .collect_view(),
            )
        }
    };

    let markers = {
        let ctx = ctx.clone();
        move || {
            let (Some(s), Some(b)) = (summary.get(), basemap.get()) else {
                return None;
            };
            let k = viewport.get().k;
            let max = s
                .places
                .iter()
                .map(|p| p.total.grams)
                .max()
                .unwrap_or(1)
                .max(1) as f64;
            // Heaviest first in the data, so draw lightest last (on top) to keep small ones clickable.
            let places: Vec<&PlaceTotal> = s.places.iter().rev().collect();
            Some(
                places
                    .into_iter()
                    .filter_map(|p| {
                        let &(x, y) = b.positions.get(&p.place)?;
                        let r = (2.5 + 16.0 * (p.total.grams as f64 / max).sqrt()) / k.sqrt();
                        let label = format!(
                            "{}: {}, {}{}",
                            place_label(&ctx, p.place),
                            fmt::count(p.total.count as usize, "seizure", "seizures"),
                            fmt::kg(p.total.kg()),
                            match p.place {
                                Place::Port(_) => "",
                                Place::Country(_) => " (not in a named port: placed at the country, approximate)",
                            }
                        );
                        let ctx = ctx.clone();
                        let place = p.place;
                        let activate = move || match place {
                            Place::Port(l) => {
                                let mut link = ctx.link.get_untracked();
                                link.filter.ports = vec![l];
                                link.view = View::Port;
                                ctx.set_link(link, HistoryMode::Push);
                            }
                            Place::Country(c) => {
                                let mut f = ctx.filter.get_untracked();
                                if !f.countries.contains(&c) {
                                    f.countries.push(c);
                                }
                                ctx.set_filter(f, HistoryMode::Push);
                            }
                        };
                        let activate_key = activate.clone();
                        let (focus_label, hover_label) = (label.clone(), label.clone());
                        let common = view! {
                            <title>{label.clone()}</title>
                        };
                        // A port opens its profile; a country-level point filters to the country.
                        let (class, testid, locode, country, aria) = match place {
                            Place::Port(l) => ("marker", "port-marker", Some(l.to_string()), None, tf("{}. Open the port profile.", &[&label])),
                            Place::Country(c) => (
                                "marker approximate",
                                "country-marker",
                                None,
                                Some(c.to_string()),
                                tf("{}. Filter to this country.", &[&label]),
                            ),
                        };
                        Some(view! {
                            <circle
                                class=class
                                data-testid=testid
                                data-locode=locode
                                data-country=country
                                data-kg=format!("{:.3}", p.total.kg())
                                data-count=p.total.count.to_string()
                                cx=format!("{x:.1}")
                                cy=format!("{y:.1}")
                                r=format!("{r:.2}")
                                tabindex="0"
                                role="button"
                                aria-label=aria
                                on:click=move |_| activate()
                                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); activate_key() }
                                on:focus=move |_| focused.set(Some(focus_label.clone()))
                                on:mouseenter=move |_| focused.set(Some(hover_label.clone()))
                            >
                                {common}
                            </circle>
                        })
                    })
                    .collect_view(),
            )
        }
    };
    let unplaced = move || {
        let (Some(s), Some(b)) = (summary.get(), basemap.get()) else {
            return 0;
        };
        s.places
            .iter()
            .filter(|p| !b.positions.contains_key(&p.place))
            .map(|p| p.total.count as usize)
            .sum::<usize>()
    };
    let drawn_legs = move || summary.get().map_or(0, |s| s.legs.len().min(MAX_ARCS));
    let total_legs = move || summary.get().map_or(0, |s| s.legs.len());

    view! {
        <section class="map-panel" aria-labelledby="map-title">
            <h2 id="map-title" class="visually-hidden">{t("Map of seizure places and routes")}</h2>
            <div class="map-tools" role="group" aria-label={t("Map zoom")}>
                <button type="button" aria-label={t("Zoom in")} on:click=move |_| viewport.update(|v| *v = v.zoom(1.5, (v.cx, v.cy)))>"+"</button>
                <button type="button" aria-label={t("Zoom out")} on:click=move |_| viewport.update(|v| *v = v.zoom(1.0 / 1.5, (v.cx, v.cy)))>"−"</button>
                <button type="button" on:click=move |_| viewport.set(Viewport::WORLD)>{t("Whole world")}</button>
            </div>
            <svg
                node_ref=svg_ref
                class="map"
                data-testid="map"
                viewBox=move || viewport.get().view_box()
                preserveAspectRatio="xMidYMid meet"
                tabindex="0"
                role="group"
                aria-label={t("World map. Use plus and minus to zoom, arrow keys to move, 0 to show the whole world; Tab moves through the places.")}
                on:wheel=on_wheel
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
                on:pointerleave=on_up
                on:keydown=on_key
            >
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="arrow-head"></path>
                    </marker>
                </defs>
                <rect class="sea" x="0" y="0" width=WIDTH.to_string() height=HEIGHT.to_string()></rect>
                <g class="basemap">{land}</g>
                <g class="arcs">{arcs}</g>
                <g class="markers">{markers}</g>
            </svg>
            <p class="map-focus" aria-live="polite">
                {move || focused.get().unwrap_or_else(|| {t("Point at or tab to a place or route for its figures; select a port to open its profile.")}.into())}
            </p>
            <Show when=move || basemap.get().is_none()>
                <p class="hint">{t("Loading the world map…")}</p>
            </Show>
            <div class="legend" aria-label={t("Legend")}>
                <p><svg width="34" height="18" aria-hidden="true"><circle class="marker" cx="9" cy="9" r="4"></circle><circle class="marker" cx="24" cy="9" r="8"></circle></svg>
                    {t("Circle area: kilograms seized there under the current filters.")}</p>
                <p><svg width="34" height="18" aria-hidden="true"><circle class="marker approximate" cx="17" cy="9" r="6"></circle></svg>
                    {t("Dashed circle: seizures not in a named port, placed at the country (approximate).")}</p>
                <p><svg width="34" height="18" aria-hidden="true"><path class="arc" d="M2 14Q17 2 32 14" stroke-width="2.5"></path></svg>
                    {t("Arc width: kilograms moved along that leg. Solid: both ends named ports, as reported.")}</p>
                <p><svg width="34" height="18" aria-hidden="true"><path class="arc approximate" d="M2 14Q17 2 32 14" stroke-width="2.5"></path></svg>
                    {t("Dashed arc: an end known only as a country, so the line is approximate.")}</p>
                <p><svg width="34" height="18" aria-hidden="true"><path class="arc planned" d="M2 14Q17 2 32 14" stroke-width="2.5"></path></svg>
                    {t("Pale dotted arc: a leg planned after the place where the shipment was stopped, never made.")}</p>
                <p class="hint">
                    {move || tf("Showing the {} heaviest of {}. ", &[&drawn_legs(), &fmt::count(total_legs(), "route leg", "route legs")])}
                    {move || match unplaced() { 0 => String::new(), n => tf("{} cannot be placed on the map. ", &[&fmt::count(n, "seizure", "seizures")]) }}
                    {t("Seizures show where enforcement found cocaine, not where it flows unseen.")}
                </p>
            </div>
        </section>
    }
}

/// Loads and projects a basemap (`file`, from the same origin as the page) into `into`; the
/// detailed one never gives way to the light one.
pub fn load_basemap(
    ctx_data: Arc<portolan_engine::dataset::Dataset>,
    into: RwSignal<Option<Arc<Basemap>>>,
    file: &'static str,
) {
    let detailed = file == BASEMAP_DETAIL;
    leptos::task::spawn_local(async move {
        match fetch_text(file).await {
            Ok(text) => match geo::basemap(&text, 0.15) {
                Ok(shapes) => {
                    if !into.with_untracked(|b| b.as_ref().is_some_and(|b| b.detailed)) {
                        into.set(Some(Arc::new(Basemap::new(shapes, &ctx_data, detailed))));
                    }
                }
                Err(e) => leptos::logging::warn!("{e}"),
            },
            Err(e) => leptos::logging::warn!("basemap not loaded: {e}"),
        }
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".into())
}
