//! The geometry of the interactive charts, kept out of the components so that it is tested
//! natively: the map's viewport (zoom, pan, screen → frame) and the timeline's bar under a point.

use crate::geo::{HEIGHT, WIDTH};

/// The visible part of the map frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Centre in frame units.
    pub cx: f64,
    pub cy: f64,
    /// Magnification, 1 (whole world) to [`Viewport::MAX_ZOOM`].
    pub k: f64,
}

/// A rectangle on screen, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Viewport {
    pub const MAX_ZOOM: f64 = 40.0;

    pub const WORLD: Viewport = Viewport {
        cx: WIDTH / 2.0,
        cy: HEIGHT / 2.0,
        k: 1.0,
    };

    /// The SVG `viewBox` that shows this part of the frame.
    pub fn view_box(&self) -> String {
        let (w, h) = (WIDTH / self.k, HEIGHT / self.k);
        format!(
            "{:.2} {:.2} {:.2} {:.2}",
            self.cx - w / 2.0,
            self.cy - h / 2.0,
            w,
            h
        )
    }

    /// Zooms by `factor`, keeping the frame point `at` where it is on screen.
    pub fn zoom(self, factor: f64, at: (f64, f64)) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let k = (self.k * factor).clamp(1.0, Self::MAX_ZOOM);
        let f = self.k / k;
        Viewport {
            cx: at.0 + (self.cx - at.0) * f,
            cy: at.1 + (self.cy - at.1) * f,
            k,
        }
        .clamped()
    }

    /// Moves the centre by frame units.
    pub fn pan(self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            cx: self.cx + dx,
            cy: self.cy + dy,
            ..self
        }
        .clamped()
    }

    /// The frame point under a screen point, for an SVG drawn in `rect` that keeps its aspect
    /// ratio (`xMidYMid meet`). `None` when the SVG has no size.
    pub fn to_frame(&self, rect: ScreenRect, x: f64, y: f64) -> Option<(f64, f64)> {
        let (w, h) = (WIDTH / self.k, HEIGHT / self.k);
        let scale = (rect.width / w).min(rect.height / h);
        if !(scale.is_finite() && scale > 0.0) {
            return None;
        }
        let (ox, oy) = (
            (rect.width - w * scale) / 2.0,
            (rect.height - h * scale) / 2.0,
        );
        Some((
            self.cx - w / 2.0 + (x - rect.left - ox) / scale,
            self.cy - h / 2.0 + (y - rect.top - oy) / scale,
        ))
    }

    /// Keeps the centre over the world (and out of NaN).
    fn clamped(self) -> Viewport {
        if !(self.cx.is_finite() && self.cy.is_finite() && self.k.is_finite()) {
            return Viewport::WORLD;
        }
        Viewport {
            cx: self.cx.clamp(0.0, WIDTH),
            cy: self.cy.clamp(0.0, HEIGHT),
            k: self.k,
        }
    }
}

/// The index of the bar under `x` in a chart `width` wide holding `bars` equal bars, clamped to
/// the first and last bar; `None` when there is no bar (nothing matches).
pub fn bar_at(x: f64, width: f64, bars: usize) -> Option<usize> {
    if bars == 0 || width.is_nan() || width <= 0.0 {
        return None;
    }
    let i = (x / (width / bars as f64)).floor();
    Some(if i.is_nan() || i < 0.0 {
        0
    } else {
        (i as usize).min(bars - 1)
    })
}

/// The date a timeline bar stands for: a year, or a month counted as `year * 12 + month - 1`.
pub fn period_date(months: bool, period: i32) -> Option<crate::date::PartialDate> {
    let text = if months {
        format!(
            "{:04}-{:02}",
            period.div_euclid(12),
            period.rem_euclid(12) + 1
        )
    } else {
        format!("{period:04}")
    };
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brush_over_bars_becomes_dates_at_the_bars_precision() {
        assert_eq!(period_date(false, 2021).unwrap().to_string(), "2021");
        assert_eq!(period_date(true, 2021 * 12).unwrap().to_string(), "2021-01");
        assert_eq!(
            period_date(true, 2021 * 12 + 11).unwrap().to_string(),
            "2021-12"
        );
        // Outside the years a date may have: no date, never a wrong one.
        assert_eq!(period_date(false, 1850), None);
        assert_eq!(period_date(true, -5), None);
        // From x positions to bars to dates, as a drag does.
        let periods: Vec<i32> = (2010..=2020).collect();
        let (lo, hi) = (
            bar_at(120.0, 1000.0, periods.len()),
            bar_at(480.0, 1000.0, periods.len()),
        );
        let dates = (
            lo.and_then(|i| period_date(false, periods[i])),
            hi.and_then(|i| period_date(false, periods[i])),
        );
        assert_eq!(
            (dates.0.unwrap().to_string(), dates.1.unwrap().to_string()),
            ("2011".into(), "2015".into())
        );
    }

    #[test]
    fn no_bar_when_nothing_matches() {
        // Regression: dragging on an empty timeline clamped to (0, -1) and panicked.
        assert_eq!(bar_at(10.0, 1000.0, 0), None);
        assert_eq!(bar_at(10.0, 0.0, 5), None);
    }

    #[test]
    fn bars_are_found_and_clamped() {
        assert_eq!(bar_at(0.0, 1000.0, 10), Some(0));
        assert_eq!(bar_at(99.9, 1000.0, 10), Some(0));
        assert_eq!(bar_at(100.0, 1000.0, 10), Some(1));
        assert_eq!(bar_at(999.9, 1000.0, 10), Some(9));
        assert_eq!(bar_at(5000.0, 1000.0, 10), Some(9));
        assert_eq!(bar_at(-5.0, 1000.0, 10), Some(0));
        assert_eq!(bar_at(f64::NAN, 1000.0, 10), Some(0));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let at = (300.0, 200.0);
        let v = Viewport::WORLD.zoom(2.0, at);
        assert_eq!(v.k, 2.0);
        let rect = ScreenRect {
            left: 0.0,
            top: 0.0,
            width: WIDTH,
            height: HEIGHT,
        };
        // The screen point that showed `at` before still shows it.
        let screen = (at.0, at.1);
        let after = v.to_frame(rect, screen.0, screen.1).unwrap();
        assert!((after.0 - at.0).abs() < 1e-9 && (after.1 - at.1).abs() < 1e-9);
    }

    #[test]
    fn zoom_and_pan_stay_in_bounds() {
        let v = Viewport::WORLD.zoom(1e9, (0.0, 0.0));
        assert_eq!(v.k, Viewport::MAX_ZOOM);
        assert_eq!(Viewport::WORLD.zoom(0.01, (0.0, 0.0)).k, 1.0);
        assert_eq!(Viewport::WORLD.zoom(f64::NAN, (0.0, 0.0)), Viewport::WORLD);
        assert_eq!(Viewport::WORLD.zoom(-2.0, (0.0, 0.0)), Viewport::WORLD);
        let far = Viewport::WORLD.pan(1e9, -1e9);
        assert_eq!((far.cx, far.cy), (WIDTH, 0.0));
        assert_eq!(Viewport::WORLD.pan(f64::NAN, 0.0), Viewport::WORLD);
        assert_eq!(
            Viewport::WORLD.view_box(),
            format!("0.00 0.00 {WIDTH:.2} {HEIGHT:.2}")
        );
    }

    #[test]
    fn screen_points_map_into_the_drawn_area() {
        // A wide box: the world is drawn centred, with bands at the sides.
        let rect = ScreenRect {
            left: 10.0,
            top: 20.0,
            width: 2.0 * WIDTH,
            height: HEIGHT,
        };
        let v = Viewport::WORLD;
        let centre = v.to_frame(rect, 10.0 + WIDTH, 20.0 + HEIGHT / 2.0).unwrap();
        assert!((centre.0 - WIDTH / 2.0).abs() < 1e-9 && (centre.1 - HEIGHT / 2.0).abs() < 1e-9);
        let no_size = ScreenRect { width: 0.0, ..rect };
        assert_eq!(v.to_frame(no_size, 0.0, 0.0), None);
    }
}
