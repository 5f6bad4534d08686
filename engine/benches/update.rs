//! How long one filter change takes to update every facet count and aggregate, on generated
//! data of 10k, 100k and 1M records, for the columnar engine and for the plain evaluation over a
//! `Vec` of records. Prints medians; run with:
//!
//!     cargo bench -p portolan-engine --bench update
//!
//! `PORTOLAN_BENCH_SIZES=10000,100000` picks the sizes; `PORTOLAN_BENCH_NAIVE_MAX` caps the size
//! at which the slow plain evaluation is also run (default 1,000,000).

use portolan_engine::dataset::Dataset;
use portolan_engine::link::decode;
use portolan_engine::model::Seizure;
use portolan_engine::naive;
use portolan_engine::query::Engine;
use portolan_engine::synthetic;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A reader's session: each step changes one filter of the previous one.
const STEPS: &[&str] = &[
    "",
    "country=NL",
    "country=BE,NL",
    "country=BE,NL&from=2018",
    "country=BE,NL&from=2018&to=2022",
    "country=BE,NL&from=2018&to=2022&drug=cocaine",
    "country=BE,NL&from=2018&to=2022&drug=cocaine&cargo=bananas",
    "country=BE,NL&from=2018&to=2022&drug=cocaine",
    "country=BE,NL&from=2018&to=2022&drug=cocaine&origin=EC",
    "country=BE,NL&from=2018&to=2022&drug=cocaine&origin=EC,CO",
    "country=BE,NL&from=2019&to=2022&drug=cocaine&origin=EC,CO",
    "country=BE,NL&from=2019&to=2021&drug=cocaine&origin=EC,CO",
    "from=2019&to=2021&drug=cocaine&origin=EC,CO",
    "from=2019&to=2021&drug=cocaine&origin=EC,CO&kg=1000-",
    "from=2019&to=2021&drug=cocaine&origin=EC,CO&kg=1000-&dest=ES",
    "from=2019&to=2021&origin=EC,CO&kg=1000-&dest=ES",
    "from=2019&to=2021&origin=EC,CO&kg=1000-",
    "from=2019&to=2021&origin=EC,CO&kg=1000-&q=banana",
    "from=2019&origin=EC,CO&kg=1000-&q=banana",
    "origin=EC,CO&kg=1000-&q=banana",
    "origin=EC,CO&kg=1000-",
    "kg=1000-",
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let sizes: Vec<usize> = std::env::var("PORTOLAN_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000, 1_000_000]);
    let naive_max: usize = std::env::var("PORTOLAN_BENCH_NAIVE_MAX")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let dataset = Dataset::bundled();
    let positions = dataset.positions();
    let templates = dataset.seizures;
    let filters: Vec<_> = STEPS.iter().map(|q| decode(q).link.filter).collect();
    println!(
        "one filter changed → all facet counts and aggregates updated ({} steps per round)",
        STEPS.len()
    );
    println!(
        "{:>9}  {:>8}  {:>11}  {:>11}  {:>11}  {:>8}",
        "records", "B/record", "engine ms", "p90 ms", "naive ms", "ratio"
    );
    let mut per_record = Vec::new();
    for &n in &sizes {
        let build = Instant::now();
        let store = Arc::new(synthetic::generate(
            n,
            synthetic::DEFAULT_SEED,
            &templates,
            positions.clone(),
        ));
        let built = build.elapsed();
        let mut engine = Engine::new(Arc::clone(&store));
        engine.summarise(&filters[0]);
        let rounds = if n <= 100_000 { 20 } else { 8 };
        let mut times = Vec::new();
        for _ in 0..rounds {
            for f in &filters[1..] {
                let t = Instant::now();
                black_box(engine.summarise(f));
                times.push(t.elapsed());
            }
            // Back to the start, so every round repeats the same changes.
            engine.summarise(&filters[0]);
        }
        let engine_median = median(times.clone());
        times.sort();
        let p90 = times[times.len() * 9 / 10];
        let naive_median = (n <= naive_max).then(|| {
            let records: Vec<Seizure> = (0..n).map(|i| store.record(i).unwrap()).collect();
            let mut t_naive = Vec::new();
            for f in filters
                .iter()
                .skip(1)
                .step_by(if n > 100_000 { 4 } else { 1 })
            {
                let t = Instant::now();
                black_box(naive::summarise(&records, f, &positions));
                t_naive.push(t.elapsed());
            }
            median(t_naive)
        });
        per_record.push((n, ms(engine_median) / n as f64));
        println!(
            "{:>9}  {:>8.1}  {:>11.3}  {:>11.3}  {:>11}  {:>8}",
            n,
            store.bytes_per_record(),
            ms(engine_median),
            ms(p90),
            naive_median.map_or("-".into(), |d| format!("{:.1}", ms(d))),
            naive_median.map_or("-".into(), |d| format!(
                "{:.0}×",
                d.as_secs_f64() / engine_median.as_secs_f64()
            )),
        );
        eprintln!("  (generated {n} records in {:.0} ms)", ms(built));
    }
    if let (Some(first), Some(last)) = (per_record.first(), per_record.last()) {
        println!(
            "scaling: {:.2} ns per record at {} records, {:.2} ns per record at {} (≤ 1 is linear or better: {:.2})",
            first.1 * 1e6,
            first.0,
            last.1 * 1e6,
            last.0,
            last.1 / first.1
        );
    }
}
