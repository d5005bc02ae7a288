//! The commands, on top of `parcours_core::safe`. Each prints translated
//! messages and maps failures to the documented exit codes.

use std::io::{BufReader, IsTerminal, Write};
use std::path::Path;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use parcours_core::demo;
use parcours_core::device_key::DeviceKey;
use parcours_core::document::Category;
use parcours_core::i18n::Localizer;
use parcours_core::keystore::Keystore;
use parcours_core::safe::backup::{self, BackupCheck};
use parcours_core::safe::documents::{NewDocument, PageSource, media_type_of};
use parcours_core::safe::export::verify_export;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};
use parcours_core::store::StoreError;
use parcours_core::whats_next::whats_next;

use crate::{BackupCommand, ExportCommand, SafeCommand};

pub const EXIT_USAGE: u8 = 2;
pub const EXIT_WRONG_CODE: u8 = 3;
pub const EXIT_CORRUPT: u8 = 4;
pub const EXIT_IO: u8 = 5;

/// What a command needs from its edge.
pub struct Context<'a> {
    pub loc: &'a Localizer,
    pub code_file: Option<&'a Path>,
    pub now: DateTime<Utc>,
}

/// A failed command: its exit code and its translated message.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

fn fail(ctx: &Context<'_>, e: SafeError) -> Failure {
    Failure {
        code: exit_code(&e),
        message: ctx.loc.explain(&e),
    }
}

fn usage(message: String) -> Failure {
    Failure {
        code: EXIT_USAGE,
        message,
    }
}

/// The documented exit code of a failure.
pub fn exit_code(e: &SafeError) -> u8 {
    match e {
        SafeError::Pin(parcours_core::safe::pin::PinError::Format) => EXIT_USAGE,
        SafeError::WrongCode
        | SafeError::Code(_)
        | SafeError::PinRequired
        | SafeError::Pin(_)
        | SafeError::Store(StoreError::WrongKey | StoreError::KeyMissing) => EXIT_WRONG_CODE,
        SafeError::KeyFile(_)
        | SafeError::DocumentFile(_)
        | SafeError::Fingerprint
        | SafeError::Export(_)
        | SafeError::UnreadablePhoto
        | SafeError::Store(
            StoreError::Corrupt(_)
            | StoreError::RecordTampered { .. }
            | StoreError::Audit(_)
            | StoreError::NewerSchema(_),
        ) => EXIT_CORRUPT,
        SafeError::NotASafe
        | SafeError::Mandate(_)
        | SafeError::OutputNotEmpty
        | SafeError::NoSuchDocument
        | SafeError::PhotoTooLarge
        | SafeError::Store(StoreError::AlreadyExists | StoreError::NotFound) => EXIT_USAGE,
        SafeError::DiskFull | SafeError::Io(_) | SafeError::Store(_) => EXIT_IO,
    }
}

/// The keystore entries of one safe folder: a profile per folder.
fn keystore_for(dir: &Path) -> Keystore {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    let digest = ring::digest::digest(
        &ring::digest::SHA256,
        canonical.to_string_lossy().as_bytes(),
    );
    let profile = format!("cli-{}", parcours_core::crypto::hex(&digest.as_ref()[..8]));
    #[cfg(target_os = "linux")]
    let joined = parcours_core::keystore::join_session_keyring().is_ok();
    #[cfg(not(target_os = "linux"))]
    let joined = true;
    match Keystore::platform(&profile) {
        Ok(k) if joined => k,
        // No keystore: the code is asked for every time.
        _ => Keystore::mock(&profile),
    }
}

fn read_code(ctx: &Context<'_>) -> Result<RecoveryCode, Failure> {
    let typed = match ctx.code_file {
        Some(f) => std::fs::read_to_string(f).map_err(|e| fail(ctx, e.into()))?,
        None if std::io::stdin().is_terminal() => {
            rpassword::prompt_password(format!("{} ", ctx.loc.t("cli-enter-code")))
                .map_err(|_| usage(ctx.loc.t("cli-no-code")))?
        }
        None => return Err(usage(ctx.loc.t("cli-no-code"))),
    };
    RecoveryCode::parse(typed.trim()).map_err(|e| fail(ctx, e.into()))
}

/// Opens a safe with the keystore's cached key, or with the recovery code.
fn unlock(ctx: &Context<'_>, dir: &Path) -> Result<Safe, Failure> {
    let ks = keystore_for(dir);
    if ctx.code_file.is_none() {
        match Safe::open(dir, ks.clone()) {
            Ok(s) => return Ok(s),
            Err(
                SafeError::PinRequired
                | SafeError::Store(
                    StoreError::KeyMissing | StoreError::Keystore(_) | StoreError::WrongKey,
                ),
            ) => {}
            Err(e) => return Err(fail(ctx, e)),
        }
    } else if !dir.join(parcours_core::safe::KEY_FILE).exists() {
        return Err(fail(ctx, SafeError::NotASafe));
    }
    let code = read_code(ctx)?;
    Safe::unlock_with_code(dir, ks, &code, ctx.now).map_err(|e| fail(ctx, e))
}

fn spinner(ctx: &Context<'_>) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_message(ctx.loc.t("cli-working"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

fn parse_date(ctx: &Context<'_>, s: Option<&str>) -> Result<Option<NaiveDate>, Failure> {
    s.map(|s| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| usage(ctx.loc.t_args("cli-bad-date", &[("date", s.into())])))
    })
    .transpose()
}

pub fn safe(ctx: &Context<'_>, command: SafeCommand) -> Result<(), Failure> {
    match command {
        SafeCommand::Init { dir } => {
            let (_safe, code) = Safe::init(&dir, keystore_for(&dir), KdfParams::DEFAULT, ctx.now)
                .map_err(|e| fail(ctx, e))?;
            match ctx.code_file {
                Some(file) => {
                    write_private(file, format!("{}\n", code.display()).as_bytes())
                        .map_err(|e| fail(ctx, e.into()))?;
                    println!(
                        "{}",
                        ctx.loc.t_args(
                            "cli-code-written",
                            &[("file", file.display().to_string().into())]
                        )
                    );
                }
                None => {
                    println!("{}", ctx.loc.t("cli-code-intro"));
                    println!();
                    println!("    {}", code.display());
                    println!();
                }
            }
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-safe-created",
                    &[("dir", dir.display().to_string().into())]
                )
            );
            Ok(())
        }
        SafeCommand::Add {
            dir,
            files,
            title,
            category,
            issued,
            expires,
        } => {
            let category = Category::from_key(&category).ok_or_else(|| {
                let list = Category::ALL.map(Category::key).join(", ");
                usage(ctx.loc.t_args(
                    "cli-bad-category",
                    &[("category", category.clone().into()), ("list", list.into())],
                ))
            })?;
            let issued = parse_date(ctx, issued.as_deref())?;
            let expires = parse_date(ctx, expires.as_deref())?;
            let mut safe = unlock(ctx, &dir)?;
            let total: u64 = files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok())
                .map(|m| m.len())
                .sum();
            let bar = ProgressBar::new(total);
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes}")
                    .expect("valid template"),
            );
            let mut pages = Vec::new();
            for f in &files {
                let file = std::fs::File::open(f).map_err(|e| fail(ctx, e.into()))?;
                pages.push(PageSource {
                    media_type: media_type_of(f).to_owned(),
                    content: Box::new(bar.wrap_read(BufReader::new(file))),
                });
            }
            let new = NewDocument {
                title,
                category,
                issued,
                expires,
            };
            let meta = safe
                .add_document(new, pages, ctx.now)
                .map_err(|e| fail(ctx, e))?;
            bar.finish_and_clear();
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-added",
                    &[
                        ("title", meta.title().to_owned().into()),
                        ("pages", meta.pages.len().into())
                    ]
                )
            );
            Ok(())
        }
        SafeCommand::List { dir, json } => {
            let safe = unlock(ctx, &dir)?;
            let docs = safe.documents().map_err(|e| fail(ctx, e))?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&docs).expect("metadata serialises")
                );
            } else if docs.is_empty() {
                println!("{}", ctx.loc.t("cli-list-empty"));
            } else {
                for d in &docs {
                    let category = ctx.loc.t(&format!("category-{}", d.category.key()));
                    let mut line = ctx.loc.t_args(
                        "cli-list-line",
                        &[
                            ("title", d.title().to_owned().into()),
                            ("category", category.into()),
                            ("pages", d.pages.len().into()),
                        ],
                    );
                    if let Some(e) = d.expires() {
                        line.push_str(
                            &ctx.loc.t_args(
                                "cli-list-expires",
                                &[("date", ctx.loc.date_full(e).into())],
                            ),
                        );
                    }
                    println!("{line}");
                }
            }
            Ok(())
        }
        SafeCommand::Export { dir, zip } => {
            let mut safe = unlock(ctx, &dir)?;
            let device = DeviceKey::load_or_create(safe.store().keystore())
                .map_err(|e| fail(ctx, StoreError::from(e).into()))?;
            let bar = spinner(ctx);
            let check = safe
                .export(&zip, &device, ctx.loc, demo::TIME_ZONE, ctx.now)
                .map_err(|e| fail(ctx, e))?;
            bar.finish_and_clear();
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-exported",
                    &[
                        ("documents", check.documents.into()),
                        ("files", check.files.into()),
                        ("file", zip.display().to_string().into())
                    ]
                )
            );
            Ok(())
        }
    }
}

pub fn backup(ctx: &Context<'_>, command: BackupCommand) -> Result<(), Failure> {
    match command {
        BackupCommand::Create { dir, file } => {
            // Needs the key from the keystore, never asks for nor prints a code.
            let mut safe = Safe::open(&dir, keystore_for(&dir)).map_err(|e| fail(ctx, e))?;
            let bar = spinner(ctx);
            safe.create_backup(&file, ctx.now)
                .map_err(|e| fail(ctx, e))?;
            bar.finish_and_clear();
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-backup-created",
                    &[("file", file.display().to_string().into())]
                )
            );
            Ok(())
        }
        BackupCommand::Verify { file } => {
            let code = match ctx.code_file {
                Some(_) => Some(read_code(ctx)?),
                None => None,
            };
            let bar = spinner(ctx);
            let check = backup::verify_backup(&file, code.as_ref()).map_err(|e| fail(ctx, e))?;
            bar.finish_and_clear();
            match check {
                BackupCheck::StructureOnly { .. } => {
                    println!("{}", ctx.loc.t("cli-backup-structure"))
                }
                BackupCheck::Authentic { documents, pages } => println!(
                    "{}",
                    ctx.loc.t_args(
                        "cli-backup-authentic",
                        &[("documents", documents.into()), ("pages", pages.into())]
                    )
                ),
            }
            Ok(())
        }
        BackupCommand::Open { file, out } => {
            if out.exists()
                && std::fs::read_dir(&out)
                    .map(|mut d| d.next().is_some())
                    .unwrap_or(true)
            {
                return Err(fail(ctx, SafeError::OutputNotEmpty));
            }
            let code = read_code(ctx)?;
            let bar = spinner(ctx);
            std::fs::create_dir_all(&out).map_err(|e| fail(ctx, e.into()))?;
            let safe = backup::restore_backup(&file, &out, keystore_for(&out), &code, ctx.now)
                .map_err(|e| fail(ctx, e))?;
            bar.finish_and_clear();
            let documents = safe.documents().map_err(|e| fail(ctx, e))?.len();
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-restored",
                    &[
                        ("dir", out.display().to_string().into()),
                        ("documents", documents.into())
                    ]
                )
            );
            Ok(())
        }
    }
}

pub fn export(ctx: &Context<'_>, command: ExportCommand) -> Result<(), Failure> {
    match command {
        ExportCommand::Verify { zip } => {
            let check = verify_export(&zip).map_err(|e| fail(ctx, e))?;
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-export-verified",
                    &[
                        ("documents", check.documents.into()),
                        ("files", check.files.into()),
                        ("key", check.device_key.into())
                    ]
                )
            );
            Ok(())
        }
    }
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// "What's next" of the demo dossier, in plain text.
pub fn demo(loc: &Localizer, now: DateTime<Utc>) -> String {
    let dossier = demo::dossier(now);
    let w = whats_next(&dossier, now, demo::TIME_ZONE);
    let year = now.with_timezone(&demo::TIME_ZONE).year();
    let mut out = String::new();
    for s in &w.steps {
        out.push_str(&loc.t_args(
            "cli-demo-step",
            &[("what", s.step.what().to_owned().into())],
        ));
        out.push('\n');
    }
    if let Some(a) = w.next_appointment {
        let when = loc.date_time(&a.local_start(), year);
        out.push_str(&loc.t_args(
            "cli-demo-appointment",
            &[
                ("when", when.into()),
                ("purpose", a.purpose().to_owned().into()),
            ],
        ));
        out.push('\n');
    }
    for d in &w.documents {
        if let Some(e) = d.document.expires() {
            out.push_str(&loc.t_args(
                "cli-demo-document",
                &[
                    ("title", d.document.title().to_owned().into()),
                    ("date", loc.date_full(e).into()),
                ],
            ));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parcours_core::i18n::Lang;

    #[test]
    fn the_demo_output_names_the_next_things() {
        let out = demo(&Localizer::new(Lang::Fr), demo::fixed_now());
        assert!(
            out.contains("Donner mes 3 dernières fiches de paie au bailleur"),
            "{out}"
        );
        assert!(
            out.contains("mardi 3 mars à 14 h\u{a0}: Faire le bilan de mon contrat RSA"),
            "{out}"
        );
        assert!(
            out.contains("Titre de séjour\u{a0}: expire le dimanche 31 mai 2026"),
            "{out}"
        );
    }
}
