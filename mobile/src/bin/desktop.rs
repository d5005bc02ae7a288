//! `parcours-desktop`: the app in a desktop window (Dioxus desktop, GTK and
//! WebKit on Linux). Opens the encrypted safe in the user's data folder
//! (`$XDG_DATA_HOME/parcours`, else `~/.local/share/parcours`), filled with
//! the demo dossier the first time, and shows it in the person's language
//! at the real time. Changes are saved to the safe.
//! Build with `cargo run -p parcours-mobile --features desktop --bin parcours-desktop`.
//!
//! With `--startup-probe` (for `bench/startup.sh`): the large benchmark
//! dossier, built in memory at the demo's fixed time, in French; when Home
//! is drawn in the window (its title in the page, two animation frames
//! later) the binary prints `drawn` and waits to be stopped, so the script
//! can read its memory. Nothing is read from or written to the disk.

use std::path::PathBuf;

use dioxus::desktop::{Config, WindowBuilder};
use dioxus::prelude::*;
use parcours_core::i18n::{Lang, Localizer};
use parcours_mobile::i18n::I18n;
use parcours_mobile::page::html_page;
use parcours_mobile::{App, AppConfig, Clock, app::AppProps, data};

fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("parcours")
}

/// The probe's page script: answers once Home's title is in the page and
/// two frames were drawn after it.
const DRAWN_SCRIPT: &str = r#"
const drawn = () => requestAnimationFrame(() => requestAnimationFrame(() => dioxus.send(true)));
if (document.getElementById("home-title")) { drawn(); } else {
  const seen = new MutationObserver(() => {
    if (document.getElementById("home-title")) { seen.disconnect(); drawn(); }
  });
  seen.observe(document.documentElement, { childList: true, subtree: true });
}
"#;

/// The app, plus the line `drawn` on stdout once Home is on screen.
#[component]
fn Probe(config: AppConfig) -> Element {
    use_hook(|| {
        spawn(async {
            let mut answer = document::eval(DRAWN_SCRIPT);
            if answer.recv::<bool>().await.is_ok() {
                use std::io::Write;
                let mut out = std::io::stdout();
                let _ = writeln!(out, "drawn");
                let _ = out.flush();
            }
        });
    });
    rsx! {
        App { config }
    }
}

fn startup_probe() {
    let now = parcours_core::demo::fixed_now();
    let dossier = parcours_core::demo::large(now, parcours_core::demo::Size::LARGE);
    let data = parcours_mobile::AppData::in_memory(dossier);
    // A phone's size, no menu bar.
    let config = Config::new()
        .with_window(
            WindowBuilder::new()
                .with_title("Parcours")
                .with_inner_size(dioxus::desktop::LogicalSize::new(360.0, 780.0)),
        )
        .with_menu(None)
        .with_custom_index(html_page(Lang::Fr, ""));
    let vdom = VirtualDom::new_with_props(
        Probe,
        ProbeProps {
            config: AppConfig::with_data(Lang::Fr, Clock::Fixed(now), data),
        },
    );
    dioxus::desktop::launch::launch_virtual_dom(vdom, config)
}

fn main() {
    if std::env::args().any(|a| a == "--startup-probe") {
        return startup_probe();
    }
    let (keystore, persistent) = data::keystore("desktop");
    if !persistent {
        eprintln!("{}", Localizer::new(Lang::Fr).t("preview-no-keystore"));
    }
    let data = match data::open_or_create_demo(&data_dir(), keystore, Clock::System.now()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", Localizer::new(Lang::Fr).explain(&e));
            std::process::exit(1);
        }
    };
    let lang = data.dossier().person.language;
    let title = I18n::new(lang).t("page-title");
    let config = Config::new()
        .with_window(WindowBuilder::new().with_title(title))
        // Our own page: `lang`, `dir`, viewport and stylesheet; Dioxus adds its loader.
        .with_custom_index(html_page(lang, ""));
    let vdom = VirtualDom::new_with_props(
        App,
        AppProps {
            // No exit page of its own: quick exit shows the app's neutral page.
            config: AppConfig::with_data(lang, Clock::System, data),
        },
    );
    dioxus::desktop::launch::launch_virtual_dom(vdom, config)
}
