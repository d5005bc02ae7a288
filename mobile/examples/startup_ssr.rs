//! The reference of `bench/startup.sh`: the same work as
//! `parcours-desktop --startup-probe` (the large benchmark dossier built in
//! memory, the whole app on Home, in French, at the demo's fixed time),
//! rendered to an HTML string with `dioxus-ssr` instead of a window. Prints
//! `drawn <bytes of HTML>` and waits to be stopped (end of its standard
//! input), so the script reads its memory at the same moment as the
//! desktop's.
//!
//! `cargo run --release -p parcours-mobile --example startup_ssr`

use std::io::{BufRead, Write};

use dioxus::prelude::*;
use parcours_core::demo::{self, Size};
use parcours_core::i18n::Lang;
use parcours_mobile::app::AppProps;
use parcours_mobile::{App, AppConfig, AppData, Clock};

fn main() {
    let now = demo::fixed_now();
    let data = AppData::in_memory(demo::large(now, Size::LARGE));
    let config = AppConfig::with_data(Lang::Fr, Clock::Fixed(now), data);
    let mut vdom = VirtualDom::new_with_props(App, AppProps { config });
    vdom.rebuild_in_place();
    let html = dioxus_ssr::render(&vdom);
    // Home, drawn: its title is there.
    assert!(html.contains("id=\"home-title\""), "Home was not rendered");
    let mut out = std::io::stdout();
    let _ = writeln!(out, "drawn {}", html.len());
    let _ = out.flush();
    // Until the script closes our standard input.
    let _ = std::io::stdin().lock().lines().count();
}
