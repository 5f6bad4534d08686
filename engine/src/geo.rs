//! Map geometry: the Equal Earth projection, the basemap from TopoJSON, and route arcs, all as
//! SVG coordinates in a fixed frame [`WIDTH`] × [`HEIGHT`].

use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write;

/// Width of the map frame in SVG units.
pub const WIDTH: f64 = 1000.0;
/// The x extent of Equal Earth for the whole world (longitude ±180°), in unit coordinates.
const X_MAX: f64 = 2.706_629_664_0;
/// The y extent (latitude ±90°).
const Y_MAX: f64 = 1.317_362_759_8;
const SCALE: f64 = WIDTH / (2.0 * X_MAX);
/// Height of the map frame in SVG units.
pub const HEIGHT: f64 = 2.0 * Y_MAX * SCALE;

/// Equal Earth (Šavrič, Patterson and Jenny, 2018): an equal-area projection for world maps, so
/// that no region looks bigger than it is. Returns SVG coordinates (y grows downwards).
///
/// ```
/// use portolan_engine::geo::{project, WIDTH, HEIGHT};
/// let (x, y) = project(0.0, 0.0);
/// assert!((x - WIDTH / 2.0).abs() < 1e-9 && (y - HEIGHT / 2.0).abs() < 1e-9);
/// ```
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340_264;
    const A2: f64 = -0.081_106;
    const A3: f64 = 0.000_893;
    const A4: f64 = 0.003_796;
    let m = 3f64.sqrt() / 2.0;
    let lambda = lon.clamp(-180.0, 180.0).to_radians();
    let phi = lat.clamp(-90.0, 90.0).to_radians();
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
    (WIDTH / 2.0 + x * SCALE, HEIGHT / 2.0 - y * SCALE)
}

/// One country of the basemap, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// Natural Earth's name (English).
    pub name: String,
    /// SVG path data.
    pub path: String,
    /// A point inside the country's largest part, to place a country-level marker.
    pub anchor: (f64, f64),
}

#[derive(Deserialize)]
struct Topology {
    transform: Option<Transform>,
    arcs: Vec<Vec<[f64; 2]>>,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: serde_json::Value,
    #[serde(default)]
    properties: HashMap<String, serde_json::Value>,
}

/// Reads the `countries` object of a TopoJSON file into projected SVG paths. Points closer than
/// `min_step` SVG units to the previous one are dropped, which keeps the page light without a
/// visible change at the zoom levels the map offers.
pub fn basemap(topojson: &str, min_step: f64) -> Result<Vec<Shape>, String> {
    let topo: Topology =
        serde_json::from_str(topojson).map_err(|e| format!("basemap unreadable: {e}"))?;
    // Arcs are delta-encoded integers when the topology is quantized.
    let arcs: Vec<Vec<(f64, f64)>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let mut out = Vec::with_capacity(arc.len());
            let (mut x, mut y) = (0.0, 0.0);
            for p in arc {
                let (lon, lat) = match &topo.transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        (
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        )
                    }
                    None => (p[0], p[1]),
                };
                out.push(project(lon, lat));
            }
            out
        })
        .collect();
    let countries = topo
        .objects
        .get("countries")
        .ok_or("basemap has no countries")?;
    let ring = |indices: &serde_json::Value| -> Vec<(f64, f64)> {
        let mut points = Vec::new();
        for index in indices
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(serde_json::Value::as_i64)
        {
            let (arc, reversed) = if index < 0 {
                ((!index) as usize, true)
            } else {
                (index as usize, false)
            };
            let Some(arc) = arcs.get(arc) else { continue };
            let mut pts: Vec<(f64, f64)> = arc.clone();
            if reversed {
                pts.reverse();
            }
            // Consecutive arcs share their end points.
            let skip = usize::from(!points.is_empty());
            points.extend(pts.into_iter().skip(skip));
        }
        points
    };
    let mut shapes = Vec::new();
    for g in &countries.geometries {
        let polygons: Vec<&serde_json::Value> = match g.kind.as_str() {
            "Polygon" => vec![&g.arcs],
            "MultiPolygon" => g
                .arcs
                .as_array()
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
            _ => continue,
        };
        let mut path = String::new();
        let mut largest = (0.0f64, (0.0, 0.0));
        for polygon in polygons {
            for (k, r) in polygon.as_array().into_iter().flatten().enumerate() {
                let points = ring(r);
                if points.len() < 3 {
                    continue;
                }
                write_ring(&mut path, &points, min_step);
                if k == 0 {
                    let (area, centre) = area_and_centroid(&points);
                    if area > largest.0 {
                        largest = (area, centre);
                    }
                }
            }
        }
        let name = g
            .properties
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        shapes.push(Shape {
            name,
            path,
            anchor: largest.1,
        });
    }
    Ok(shapes)
}

fn write_ring(path: &mut String, points: &[(f64, f64)], min_step: f64) {
    let mut last = points[0];
    let _ = write!(path, "M{:.1} {:.1}", last.0, last.1);
    for &p in &points[1..] {
        if (p.0 - last.0).abs() > WIDTH / 2.0 {
            // A ring crossing the antimeridian: lift the pen rather than draw across the world.
            let _ = write!(path, "M{:.1} {:.1}", p.0, p.1);
            last = p;
        } else if (p.0 - last.0).abs() + (p.1 - last.1).abs() >= min_step {
            let _ = write!(path, "L{:.1} {:.1}", p.0, p.1);
            last = p;
        }
    }
    path.push('Z');
}

/// Area and centroid of a ring (shoelace formula).
fn area_and_centroid(points: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in points.windows(2) {
        let cross = w[0].0 * w[1].1 - w[1].0 * w[0].1;
        a += cross;
        cx += (w[0].0 + w[1].0) * cross;
        cy += (w[0].1 + w[1].1) * cross;
    }
    if a.abs() < 1e-9 {
        return (0.0, points[0]);
    }
    (a.abs() / 2.0, (cx / (3.0 * a), cy / (3.0 * a)))
}

/// Natural Earth's names where they differ from Portolan's English country names.
const NATURAL_EARTH_NAMES: &[(&str, &str)] = &[
    ("BA", "Bosnia and Herz."),
    ("CK", "Cook Is."),
    ("DO", "Dominican Rep."),
    ("PF", "Fr. Polynesia"),
    ("SB", "Solomon Is."),
    ("TR", "Turkey"),
    ("US", "United States of America"),
    ("VC", "St. Vin. and Gren."),
    ("VG", "British Virgin Is."),
    ("VI", "U.S. Virgin Is."),
];

/// The basemap's name of a country's outline.
pub fn shape_name(country: crate::codes::Country) -> String {
    NATURAL_EARTH_NAMES
        .iter()
        .find(|(code, _)| *code == country.as_str())
        .map(|(_, n)| (*n).to_string())
        .unwrap_or_else(|| country.name_en())
}

/// Where to draw a seizure known only to a country: inside the country's largest outline, or,
/// for places Natural Earth draws as part of another country (Martinique, Réunion…), at the
/// country's representative position (the mean of its ports, else its centroid).
pub fn country_anchor(
    country: crate::codes::Country,
    shapes: &[Shape],
    positions: &crate::journey::Positions,
) -> Option<(f64, f64)> {
    let name = shape_name(country);
    if let Some(shape) = shapes.iter().find(|s| s.name == name && !s.path.is_empty()) {
        return Some(shape.anchor);
    }
    positions
        .of(crate::filter::Place::Country(country))
        .map(|(lat, lon)| project(lon, lat))
}

/// A gently curved arc from `a` to `b` (a quadratic Bézier bowed to the left of travel), as SVG
/// path data, so that legs in opposite directions do not overlap.
pub fn arc_path(a: (f64, f64), b: (f64, f64)) -> String {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let bow = 0.2;
    let control = ((a.0 + b.0) / 2.0 + dy * bow, (a.1 + b.1) / 2.0 - dx * bow);
    format!(
        "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
        a.0, a.1, control.0, control.1, b.0, b.1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projection_fills_the_frame() {
        let (x0, _) = project(-180.0, 0.0);
        let (x1, _) = project(180.0, 0.0);
        let (_, y0) = project(0.0, 90.0);
        let (_, y1) = project(0.0, -90.0);
        assert!(x0.abs() < 0.01 && (x1 - WIDTH).abs() < 0.01, "{x0} {x1}");
        assert!(y0.abs() < 0.01 && (y1 - HEIGHT).abs() < 0.01, "{y0} {y1}");
        // North is up, east is right.
        let (ax, ay) = project(4.4, 51.2); // Antwerp
        let (gx, gy) = project(-79.9, -2.2); // Guayaquil
        assert!(ax > gx && ay < gy);
    }

    #[test]
    fn the_bundled_basemap_reads_and_places_countries() {
        let text = include_str!("../../data/basemap/countries-50m.json");
        let shapes = basemap(text, 0.2).unwrap();
        assert!(shapes.len() > 200);
        let ecuador = shapes.iter().find(|s| s.name == "Ecuador").unwrap();
        let (x, y) = project(-78.5, -1.5);
        assert!(
            (ecuador.anchor.0 - x).abs() < 15.0 && (ecuador.anchor.1 - y).abs() < 15.0,
            "{:?} vs {x},{y}",
            ecuador.anchor
        );
        assert!(ecuador.path.starts_with('M') && ecuador.path.ends_with('Z'));
    }

    #[test]
    fn every_named_country_is_placed_on_the_map() {
        // Regression: Saint Vincent (VC) matched no outline by its English name, so its legs vanished.
        let text = include_str!("../../data/basemap/countries-50m.json");
        let shapes = basemap(text, 0.2).unwrap();
        let positions = crate::dataset::Dataset::bundled().positions();
        let mut without_outline = Vec::new();
        for c in crate::codes::Country::all_named() {
            let name = shape_name(c);
            if !shapes.iter().any(|s| s.name == name && !s.path.is_empty()) {
                without_outline.push(c.to_string());
            }
            assert!(
                country_anchor(c, &shapes, &positions).is_some(),
                "{c} is not placed"
            );
        }
        // Natural Earth draws these as part of France; they are placed at their own position.
        assert_eq!(without_outline, ["GF", "GP", "MQ", "RE"]);
        // The light outlines drawn first leave out small islands: those too are placed.
        let light = basemap(include_str!("../../data/basemap/countries-110m.json"), 0.2).unwrap();
        for c in crate::codes::Country::all_named() {
            assert!(
                country_anchor(c, &light, &positions).is_some(),
                "{c} is not placed at 1:110m"
            );
        }
    }

    #[test]
    fn bad_basemaps_are_errors_not_panics() {
        assert!(basemap("", 0.2).is_err());
        assert!(basemap("{}", 0.2).is_err());
        assert!(basemap(r#"{"arcs":[],"objects":{}}"#, 0.2).is_err());
        let shapes = basemap(r#"{"arcs":[[[0,0]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[5,-9]]}]}}}"#, 0.2).unwrap();
        assert!(shapes[0].path.is_empty());
    }
}
