//! `parcours`: the command-line tool. The safe on a computer (the safe
//! issue) and the professional's client (the server issue) come here.
//! For now it shows the demo dossier's "what's next" in plain words, through
//! the same core code as the app.
//!
//! Must never: print a secret, or anything personal unless asked to.

use clap::{Parser, Subcommand};
use parcours_core::demo;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::whats_next::whats_next;

#[derive(Parser)]
#[command(name = "parcours", version, about = "Parcours on a computer")]
struct Cli {
    /// Language of the output (fr or en).
    #[arg(long, default_value = "fr", global = true)]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show "what's next" for the demo dossier.
    Demo {
        /// The moment to compute for (RFC 3339); the clock by default.
        #[arg(long)]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let Some(lang) = Lang::from_code(&cli.lang) else {
        eprintln!("unknown language: {} (fr, en)", cli.lang);
        return std::process::ExitCode::from(2);
    };
    let loc = Localizer::new(lang);
    match cli.command {
        Command::Demo { now } => {
            let now = now.unwrap_or_else(chrono::Utc::now);
            let dossier = demo::dossier(now);
            print!(
                "{}",
                render(&loc, &whats_next(&dossier, now, demo::TIME_ZONE), now)
            );
        }
    }
    std::process::ExitCode::SUCCESS
}

fn render(
    loc: &Localizer,
    w: &parcours_core::whats_next::WhatsNext<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    use chrono::Datelike;
    let mut out = String::new();
    let year = now.with_timezone(&demo::TIME_ZONE).year();
    for s in &w.steps {
        out.push_str(&format!("- {}\n", s.step.what()));
    }
    if let Some(a) = w.next_appointment {
        out.push_str(&format!(
            "- {} : {}\n",
            loc.date_time(&a.local_start(), year),
            a.purpose()
        ));
    }
    for d in &w.documents {
        if let Some(e) = d.document.expires() {
            out.push_str(&format!(
                "- {} : {}\n",
                d.document.title(),
                loc.date_full(e)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_output_names_the_next_things() {
        let now = demo::fixed_now();
        let d = demo::dossier(now);
        let out = render(
            &Localizer::new(Lang::Fr),
            &whats_next(&d, now, demo::TIME_ZONE),
            now,
        );
        assert!(
            out.contains("Donner mes 3 dernières fiches de paie au bailleur"),
            "{out}"
        );
        assert!(
            out.contains("mardi 3 mars à 14 h : Faire le bilan de mon contrat RSA"),
            "{out}"
        );
        assert!(
            out.contains("Titre de séjour : dimanche 31 mai 2026"),
            "{out}"
        );
    }
}
