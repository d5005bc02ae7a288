//! `parcours-desktop`: the app in a desktop window (Dioxus desktop, GTK and
//! WebKit on Linux). Opens the encrypted safe in the user's data folder
//! (`$XDG_DATA_HOME/parcours`, else `~/.local/share/parcours`), filled with
//! the demo dossier the first time, and shows it in French at the real time.
//! Build with `cargo run -p parcours-mobile --features desktop --bin parcours-desktop`.

use std::path::PathBuf;

use dioxus::desktop::{Config, WindowBuilder};
use dioxus::prelude::VirtualDom;
use parcours_core::i18n::{Lang, Localizer};
use parcours_mobile::i18n::I18n;
use parcours_mobile::page::html_page;
use parcours_mobile::{App, AppConfig, Clock, Shared, app::AppProps, data};

fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("parcours")
}

fn main() {
    let lang = Lang::Fr;
    let (keystore, persistent) = data::keystore("desktop");
    if !persistent {
        eprintln!("{}", Localizer::new(lang).t("preview-no-keystore"));
    }
    let dossier = match data::open_or_create_demo(&data_dir(), keystore, Clock::System.now()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", Localizer::new(lang).explain(&e));
            std::process::exit(1);
        }
    };
    let title = I18n::new(lang).t("page-title");
    let config = Config::new()
        .with_window(WindowBuilder::new().with_title(title))
        // Our own page: `lang`, `dir`, viewport and stylesheet; Dioxus adds its loader.
        .with_custom_index(html_page(lang, ""));
    let vdom = VirtualDom::new_with_props(
        App,
        AppProps {
            config: AppConfig::with_dossier(lang, Clock::System, Shared::new(dossier)),
        },
    );
    dioxus::desktop::launch::launch_virtual_dom(vdom, config)
}
