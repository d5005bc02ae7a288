//! Small helpers shared by the Parcours benchmarks: run a closure many
//! times, keep the median, and report it beside a reference measured in the
//! same run (targets are ratios, never absolute timings in tests).

use std::time::{Duration, Instant};

/// The median duration of `runs` calls of `f` (after one warm-up call).
pub fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Milliseconds with two decimals.
pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// One benchmark line: the measured case, its reference, the ratio and
/// whether it meets a ratio target and an absolute ceiling.
pub fn report(
    name: &str,
    measured: Duration,
    reference_name: &str,
    reference: Duration,
    max_ratio: f64,
    ceiling: Option<Duration>,
) -> bool {
    let ratio = measured.as_secs_f64() / reference.as_secs_f64();
    let ratio_ok = ratio <= max_ratio;
    let ceiling_ok = ceiling.is_none_or(|c| measured <= c);
    println!(
        "{name}: {} | {reference_name}: {} | ratio {ratio:.2} (target <= {max_ratio}) {}{}",
        ms(measured),
        ms(reference),
        if ratio_ok { "ok" } else { "MISSED" },
        match ceiling {
            Some(c) => format!(
                " | ceiling {} {}",
                ms(c),
                if ceiling_ok { "ok" } else { "MISSED" }
            ),
            None => String::new(),
        }
    );
    ratio_ok && ceiling_ok
}
