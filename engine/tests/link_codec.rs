//! The link codec: canonical, forgiving, and never panicking.

use portolan_engine::codes::Country;
use portolan_engine::dataset::Dataset;
use portolan_engine::filter::{select, Filter};
use portolan_engine::link::{decode, encode};
use proptest::prelude::*;

#[test]
fn one_view_has_one_url() {
    let a = decode("country=PE,EC&from=2020");
    let b = decode("?from=2020&country=ec&country=pe,PE");
    assert_eq!(a.filter, b.filter);
    assert_eq!(encode(&a.filter), "from=2020&country=EC,PE");
    assert!(a.ignored.is_empty() && b.ignored.is_empty());
    assert_eq!(encode(&Filter::default()), "");
}

#[test]
fn junk_is_ignored_with_a_reason() {
    let d = decode("country=PE,Peru,1&from=2020-13&to=soon&x=1&from=");
    assert_eq!(d.filter.countries, [Country::parse("PE").unwrap()]);
    assert_eq!(d.filter.from, None);
    let reasons: Vec<String> = d.ignored.iter().map(ToString::to_string).collect();
    assert_eq!(d.ignored.len(), 6, "{reasons:?}");
    assert!(reasons
        .iter()
        .any(|r| r.starts_with("x=1") && r.contains("unknown")));
    assert!(reasons.iter().any(|r| r.contains("2020-13")));
}

#[test]
fn a_to_before_from_is_left_out_and_said() {
    let d = decode("from=2021&to=2020");
    assert_eq!(d.filter.to, None);
    assert_eq!(d.ignored[0].param, "to");
}

#[test]
fn the_filter_selects_what_it_says() {
    let ds = Dataset::bundled();
    let f = decode("country=PE&from=2020").filter;
    let sel = select(&ds.seizures, &f);
    let by_hand = ds
        .seizures
        .iter()
        .filter(|s| s.country.as_str() == "PE" && s.date.year() >= 2020)
        .count();
    assert!(by_hand > 0);
    assert_eq!(sel.count(), by_hand);
}

#[test]
fn partial_dates_meet_bounds_by_overlap() {
    let f = decode("from=2021-06&to=2021-06").filter;
    for (date, inside) in [
        ("2021", true),
        ("2021-06", true),
        ("2021-06-30", true),
        ("2021-07-01", false),
        ("2021-05", false),
        ("2020", false),
    ] {
        assert_eq!(f.date_matches(date.parse().unwrap()), inside, "{date}");
    }
}

fn arb_filter() -> impl Strategy<Value = Filter> {
    let country = "[A-Z]{2}".prop_map(|s| Country::parse(&s).unwrap());
    let date = (1990i32..2030, 0u8..13, 0u8..29).prop_map(|(y, m, d)| {
        let text = match (m, d) {
            (0, _) => format!("{y}"),
            (m, 0) => format!("{y}-{m:02}"),
            (m, d) => format!("{y}-{m:02}-{d:02}"),
        };
        text.parse::<portolan_engine::date::PartialDate>().unwrap()
    });
    (
        proptest::collection::vec(country, 0..6),
        proptest::option::of(date.clone()),
        proptest::option::of(date),
    )
        .prop_map(|(countries, from, to)| {
            let to = match (from, to) {
                (Some(f), Some(t)) if t.last_day() < f.first_day() => None,
                (_, t) => t,
            };
            Filter {
                countries,
                from,
                to,
            }
            .normalised()
        })
}

proptest! {
    #[test]
    fn every_filter_round_trips(f in arb_filter()) {
        let url = encode(&f);
        let d = decode(&url);
        prop_assert!(d.ignored.is_empty(), "{:?}", d.ignored);
        prop_assert_eq!(&d.filter, &f);
        prop_assert_eq!(encode(&d.filter), url.clone());
        prop_assert!(url.len() <= 2000);
    }

    #[test]
    fn arbitrary_junk_never_panics(s in ".{0,300}") {
        let d = decode(&s);
        // Whatever was kept re-encodes to something that decodes cleanly to the same filter.
        let again = decode(&encode(&d.filter));
        prop_assert!(again.ignored.is_empty());
        prop_assert_eq!(again.filter, d.filter);
    }

    #[test]
    fn url_shaped_junk_never_panics(s in "([a-z]{1,8}=[-,%0-9A-Za-z+]{0,20}&?){0,10}") {
        let _ = decode(&s);
    }
}
