//! `parcours-desktop`: the app in a desktop window (Dioxus desktop, GTK and
//! WebKit on Linux). Opens the encrypted safe in the user's data folder
//! (`$XDG_DATA_HOME/parcours`, else `~/.local/share/parcours`), filled with
//! the demo dossier the first time, and shows it in the person's language
//! at the real time. Changes are saved to the safe.
//! Build with `cargo run -p parcours-mobile --features desktop --bin parcours-desktop`.

use std::path::PathBuf;

use dioxus::desktop::{Config, WindowBuilder};
use dioxus::prelude::VirtualDom;
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

fn main() {
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
