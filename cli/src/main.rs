//! `parcours`: the command-line tool. The safe on a computer, for instance
//! at a digital-inclusion desk helping a person recover their papers: the
//! same core code as the app, no second implementation; and the
//! professional's client (`parcours pro …`, `src/pro.rs`).
//!
//! On a computer the keystore is only a cache (kernel keys vanish at
//! logout): commands that unlock read `--recovery-code-file` or ask for the
//! code on the terminal when the keystore does not have the key.
//! Exit codes (`docs/cli.md`): 0 ok, 2 usage, 3 wrong code or PIN,
//! 4 corrupt or tampered input, 5 input/output error or disk full.
//!
//! Must never: print a secret except the recovery code, once, at `init`.

mod commands;
mod pro;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parcours_core::i18n::{Lang, Localizer};

#[derive(Parser)]
#[command(
    name = "parcours",
    version,
    about = "Parcours on a computer: the document safe, backups, exports"
)]
struct Cli {
    /// Language of the messages: fr, en, ar (Arabic) or uk (Ukrainian).
    #[arg(long, default_value = "fr", global = true)]
    lang: String,
    /// Read the recovery code from this file instead of asking for it.
    #[arg(long, global = true, value_name = "FILE")]
    recovery_code_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The document safe.
    #[command(subcommand)]
    Safe(SafeCommand),
    /// Encrypted backups of a safe.
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Exports (a ZIP of everything in clear, signed).
    #[command(subcommand)]
    Export(ExportCommand),
    /// The professional's client: log in, persons, dossiers, steps,
    /// appointments, replies (through the server's mandate checks).
    #[command(subcommand)]
    Pro(pro::ProCommand),
    /// Show "what's next" for the demo dossier.
    Demo {
        /// The moment to compute for (RFC 3339); the clock by default.
        #[arg(long)]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
}

#[derive(Subcommand)]
pub enum SafeCommand {
    /// Make a new safe in DIR and show its recovery code once (or write it
    /// to --recovery-code-file).
    Init { dir: PathBuf },
    /// Add FILE to the safe (photos lose their EXIF/GPS data).
    Add {
        dir: PathBuf,
        /// One or more files: several pages make one document.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        title: String,
        /// One of: identity, residence-permit, caf, tax, payslip,
        /// rent-receipt, health-insurance, medical-certificate, justice, bank, other.
        #[arg(long, default_value = "other")]
        category: String,
        /// Date of issue, YYYY-MM-DD.
        #[arg(long)]
        issued: Option<String>,
        /// Expiry date, YYYY-MM-DD.
        #[arg(long)]
        expires: Option<String>,
    },
    /// List the documents.
    List {
        dir: PathBuf,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Export everything to a ZIP, in clear, with a signed manifest.
    Export { dir: PathBuf, zip: PathBuf },
}

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Write an encrypted backup of the safe in DIR to FILE (needs no code).
    Create { dir: PathBuf, file: PathBuf },
    /// Check a backup: its structure, or everything with the recovery code.
    Verify { file: PathBuf },
    /// Restore a backup into an empty folder, with the recovery code.
    Open {
        file: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Check an export: the manifest's signature and every file's fingerprint.
    Verify { zip: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(lang) = Lang::from_tag(&cli.lang) else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        eprintln!("--lang: {}", codes.join(", "));
        return ExitCode::from(commands::EXIT_USAGE);
    };
    let loc = Localizer::new(lang);
    let ctx = commands::Context {
        loc: &loc,
        code_file: cli.recovery_code_file.as_deref(),
        now: chrono::Utc::now(),
    };
    let result = match cli.command {
        Command::Safe(c) => commands::safe(&ctx, c),
        Command::Backup(c) => commands::backup(&ctx, c),
        Command::Export(c) => commands::export(&ctx, c),
        Command::Pro(c) => pro::run(&ctx, c),
        Command::Demo { now } => {
            print!("{}", commands::demo(&loc, now.unwrap_or(ctx.now)));
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
