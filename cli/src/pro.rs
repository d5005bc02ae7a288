//! `parcours pro …`: the professional's client. It talks to the server
//! over HTTP like any client, so the server's mandate checks are exercised
//! end to end. The session token is kept in the platform keystore (never
//! in a file) and lasts 15 minutes.
//!
//! Must never: print a password or a token.

use chrono::{DateTime, NaiveDate, Utc};
use clap::Subcommand;

use parcours_core::id::{AppointmentId, ContactId, MessageId, ObjectiveId, StepId};
use parcours_core::keystore::Keystore;
use parcours_core::step::Actor;
use parcours_core::sync::client::{SyncError, call, http_client, parse};
use parcours_core::sync::wire::{
    Change, ProAppointment, ProLogin, ProMessage, ProPerson, ProStep, Pull, Record, Token, Written,
};
use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::commands::{Context, EXIT_IO, EXIT_USAGE, Failure};

/// The server refused (no mandate, revoked, bad input): exit code 6.
pub const EXIT_REFUSED: u8 = 6;

#[derive(Subcommand)]
pub enum ProCommand {
    /// Log in (the password is read from PARCOURS_PRO_PASSWORD or asked for).
    Login {
        /// The server, https://… (http:// only to this machine).
        #[arg(long, env = "PARCOURS_SERVER")]
        server: String,
        #[arg(long)]
        login: String,
    },
    /// The persons who gave you a mandate in force.
    Persons {
        #[arg(long)]
        json: bool,
    },
    /// A person's dossier, as far as your mandates allow.
    Dossier {
        person: String,
        #[arg(long)]
        json: bool,
    },
    /// Write a step of the plan (or take a proposed step into the plan).
    AddStep {
        person: String,
        #[arg(long)]
        objective: String,
        #[arg(long)]
        what: String,
        /// me (the person), referent, or partner:CONTACT_ID.
        #[arg(long, default_value = "me")]
        actor: String,
        /// Due date, YYYY-MM-DD.
        #[arg(long)]
        due: Option<NaiveDate>,
        /// The step's id (to reword an existing step); new by default.
        #[arg(long)]
        id: Option<String>,
    },
    /// Book an appointment with the person.
    AddAppointment {
        person: String,
        /// Start, RFC 3339 (2026-03-10T14:00:00+01:00).
        #[arg(long)]
        start: DateTime<Utc>,
        #[arg(long)]
        end: DateTime<Utc>,
        #[arg(long)]
        place: String,
        #[arg(long)]
        purpose: String,
        #[arg(long, default_value = "Europe/Paris")]
        time_zone: chrono_tz::Tz,
        /// Missing it can cost a benefit (the app warns before cancelling).
        #[arg(long)]
        compulsory: bool,
    },
    /// Make your key pair for receiving documents (the private half stays
    /// in this computer's keystore) and publish the public half.
    Keygen,
    /// The documents shared with you, until their end.
    Shares {
        #[arg(long)]
        json: bool,
    },
    /// Open a shared document: its pages are written to DIR.
    OpenShare {
        id: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Reply to the person.
    Reply {
        person: String,
        #[arg(long)]
        text: String,
    },
}

#[derive(Serialize, Deserialize)]
struct Session {
    server: String,
    token: String,
    expires_at: i64,
}

const SESSION: &str = "session";
const SHARE_KEY: &str = "share-key";

fn keystore() -> Keystore {
    #[cfg(target_os = "linux")]
    let joined = parcours_core::keystore::join_session_keyring().is_ok();
    #[cfg(not(target_os = "linux"))]
    let joined = true;
    // One profile per professional account on a shared computer can be
    // chosen with PARCOURS_PRO_PROFILE.
    let profile = std::env::var("PARCOURS_PRO_PROFILE").unwrap_or_else(|_| "pro".into());
    match Keystore::platform(&profile) {
        Ok(k) if joined => k,
        _ => Keystore::mock(&profile),
    }
}

fn refused(ctx: &Context<'_>, e: SyncError) -> Failure {
    let code = match e {
        SyncError::Refused(..) => EXIT_REFUSED,
        SyncError::Url(_) => EXIT_USAGE,
        _ => EXIT_IO,
    };
    let detail = match &e {
        SyncError::Refused(_, body) => format!(" ({}: {})", body.error, body.message),
        _ => String::new(),
    };
    Failure {
        code,
        message: format!("{}{detail}", ctx.loc.explain(&e)),
    }
}

fn session(ctx: &Context<'_>) -> Result<Session, Failure> {
    keystore()
        .get(SESSION)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice::<Session>(&b).ok())
        .filter(|s| s.expires_at > ctx.now.timestamp())
        .ok_or(Failure {
            code: EXIT_REFUSED,
            message: ctx.loc.t("cli-pro-login-first"),
        })
}

/// One call with the session; a write is retried with the same
/// idempotency key when the server could not be reached.
async fn authed(
    ctx: &Context<'_>,
    method: Method,
    path: &str,
    body: Option<serde_json::Value>,
) -> Result<String, Failure> {
    let s = session(ctx)?;
    let http = http_client();
    let key = (method == Method::POST).then(parcours_core::id::random_id);
    let mut tries = 0;
    loop {
        let result = call(
            &http,
            &s.server,
            method.clone(),
            path,
            body.clone(),
            key.as_deref(),
            Some(&s.token),
        )
        .await;
        match result {
            Err(e) if e.is_temporary() && tries < 3 => {
                tries += 1;
                tokio::time::sleep(std::time::Duration::from_millis(500 << tries)).await;
            }
            other => return other.map_err(|e| refused(ctx, e)),
        }
    }
}

fn print_written(ctx: &Context<'_>, body: &str) -> Result<(), Failure> {
    let written: Written = parse(body).map_err(|e| refused(ctx, e))?;
    for Change { seq, record } in written.changes {
        let (kind, id) = record.key();
        if kind != "access" {
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-pro-written",
                    &[
                        ("kind", kind.into()),
                        ("id", id.into()),
                        ("seq", seq.into())
                    ]
                )
            );
        }
    }
    Ok(())
}

fn parse_actor(s: &str) -> Option<Actor> {
    match s {
        "me" => Some(Actor::Me),
        "referent" => Some(Actor::MyReferent),
        other => other
            .strip_prefix("partner:")
            .and_then(|c| ContactId::parse(c.to_owned()).ok())
            .map(Actor::Partner),
    }
}

/// Runs a `pro` command.
pub fn run(ctx: &Context<'_>, command: ProCommand) -> Result<(), Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure {
            code: EXIT_IO,
            message: e.to_string(),
        })?;
    runtime.block_on(run_async(ctx, command))
}

async fn run_async(ctx: &Context<'_>, command: ProCommand) -> Result<(), Failure> {
    match command {
        ProCommand::Login { server, login } => {
            parcours_core::net::check_server_url(&server)
                .map_err(|e| refused(ctx, SyncError::Url(e)))?;
            let password = match std::env::var("PARCOURS_PRO_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    rpassword::prompt_password(ctx.loc.t("cli-pro-password")).map_err(|e| {
                        Failure {
                            code: EXIT_IO,
                            message: e.to_string(),
                        }
                    })?
                }
            };
            let server = server.trim_end_matches('/').to_owned();
            let body = serde_json::to_value(ProLogin { login, password }).expect("serialises");
            let answer = call(
                &http_client(),
                &server,
                Method::POST,
                "/v1/pro/login",
                Some(body),
                None,
                None,
            )
            .await
            .map_err(|e| refused(ctx, e))?;
            let token: Token = parse(&answer).map_err(|e| refused(ctx, e))?;
            let session = Session {
                server,
                token: token.token,
                expires_at: token.expires_at,
            };
            keystore()
                .set(SESSION, &serde_json::to_vec(&session).expect("serialises"))
                .map_err(|e| Failure {
                    code: EXIT_IO,
                    message: e.to_string(),
                })?;
            println!("{}", ctx.loc.t("cli-pro-logged-in"));
            Ok(())
        }
        ProCommand::Persons { json } => {
            let body = authed(ctx, Method::GET, "/v1/pro/persons", None).await?;
            let persons: Vec<ProPerson> = parse(&body).map_err(|e| refused(ctx, e))?;
            if json {
                println!("{body}");
            } else if persons.is_empty() {
                println!("{}", ctx.loc.t("cli-pro-no-persons"));
            } else {
                for p in persons {
                    let name = format!(
                        "{} {}",
                        p.first_name.unwrap_or_default(),
                        p.last_name.unwrap_or_default()
                    );
                    println!(
                        "{}",
                        ctx.loc.t_args(
                            "cli-pro-person-line",
                            &[
                                ("id", p.person_id.to_string().into()),
                                ("name", name.trim().to_owned().into()),
                                ("mandates", p.mandates.join(", ").into()),
                            ]
                        )
                    );
                }
            }
            Ok(())
        }
        ProCommand::Dossier { person, json } => {
            let path = format!("/v1/pro/persons/{}/dossier", urlencode(&person));
            let body = authed(ctx, Method::GET, &path, None).await?;
            if json {
                println!("{body}");
                return Ok(());
            }
            let pull: Pull = parse(&body).map_err(|e| refused(ctx, e))?;
            // A paper joined to a message opens through its share: the
            // live shares for this professional, by document.
            let live: Vec<parcours_core::sync::wire::ProShare> =
                parse(&authed(ctx, Method::GET, "/v1/pro/shares", None).await?)
                    .map_err(|e| refused(ctx, e))?;
            for c in pull.changes {
                match c.record {
                    Record::Objective(o) => println!("# {} [{}]", o.title(), o.id),
                    Record::Step(s) => println!("  - {} [{}] ({:?})", s.what(), s.id, s.status()),
                    Record::Appointment(a) => println!(
                        "{} {} — {} [{}]",
                        ctx.loc.t("cli-pro-appointment"),
                        a.local_start().format("%Y-%m-%d %H:%M"),
                        a.purpose(),
                        a.id
                    ),
                    Record::Message(m) => {
                        println!(
                            "{} {}: {}",
                            ctx.loc.t("cli-pro-message"),
                            m.written_at.format("%Y-%m-%d %H:%M"),
                            m.text()
                        );
                        for document in &m.attachments {
                            let share = live.iter().find(|sh| {
                                &sh.document == document && sh.person_id.as_str() == person
                            });
                            let line = match share {
                                Some(sh) => ctx.loc.t_args(
                                    "cli-pro-attachment",
                                    &[
                                        ("document", document.to_string().into()),
                                        ("share", sh.id.clone().into()),
                                    ],
                                ),
                                None => ctx.loc.t_args(
                                    "cli-pro-attachment-not-shared",
                                    &[("document", document.to_string().into())],
                                ),
                            };
                            println!("  {line}");
                        }
                    }
                    _ => {}
                }
            }
            Ok(())
        }
        ProCommand::AddStep {
            person,
            objective,
            what,
            actor,
            due,
            id,
        } => {
            let bad = |what: &str| Failure {
                code: EXIT_USAGE,
                message: ctx
                    .loc
                    .t_args("cli-pro-bad-argument", &[("what", what.to_owned().into())]),
            };
            let step = ProStep {
                id: match id {
                    Some(id) => StepId::parse(id).map_err(|_| bad("--id"))?,
                    None => StepId::random(),
                },
                objective: ObjectiveId::parse(objective).map_err(|_| bad("--objective"))?,
                what,
                actor: parse_actor(&actor).ok_or_else(|| bad("--actor"))?,
                due,
            };
            let path = format!("/v1/pro/persons/{}/steps", urlencode(&person));
            let body = authed(
                ctx,
                Method::POST,
                &path,
                Some(serde_json::to_value(step).expect("serialises")),
            )
            .await?;
            print_written(ctx, &body)
        }
        ProCommand::AddAppointment {
            person,
            start,
            end,
            place,
            purpose,
            time_zone,
            compulsory,
        } => {
            let a = ProAppointment {
                id: AppointmentId::random(),
                start,
                end,
                time_zone,
                place,
                purpose,
                what_to_bring: vec![],
                compulsory,
                private: false,
            };
            let path = format!("/v1/pro/persons/{}/appointments", urlencode(&person));
            let body = authed(
                ctx,
                Method::POST,
                &path,
                Some(serde_json::to_value(a).expect("serialises")),
            )
            .await?;
            print_written(ctx, &body)
        }
        ProCommand::Keygen => {
            let keys = parcours_core::share::ShareKeyPair::generate();
            keystore()
                .set(SHARE_KEY, &keys.private_bytes())
                .map_err(|e| Failure {
                    code: EXIT_IO,
                    message: e.to_string(),
                })?;
            let body =
                serde_json::json!({ "public_key": parcours_core::crypto::hex(&keys.public) });
            let s = session(ctx)?;
            call(
                &http_client(),
                &s.server,
                Method::PUT,
                "/v1/pro/key",
                Some(body),
                None,
                Some(&s.token),
            )
            .await
            .map_err(|e| refused(ctx, e))?;
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-pro-key-made",
                    &[(
                        "fingerprint",
                        parcours_core::share::fingerprint(&keys.public).into()
                    )]
                )
            );
            Ok(())
        }
        ProCommand::Shares { json } => {
            let body = authed(ctx, Method::GET, "/v1/pro/shares", None).await?;
            let shares: Vec<parcours_core::sync::wire::ProShare> =
                parse(&body).map_err(|e| refused(ctx, e))?;
            if json {
                println!("{body}");
            } else if shares.is_empty() {
                println!("{}", ctx.loc.t("cli-pro-no-shares"));
            } else {
                for sh in shares {
                    println!(
                        "{}",
                        ctx.loc.t_args(
                            "cli-pro-share-line",
                            &[
                                ("id", sh.id.into()),
                                ("person", sh.person_id.to_string().into()),
                                (
                                    "until",
                                    sh.expires_at
                                        .format("%Y-%m-%d %H:%M UTC")
                                        .to_string()
                                        .into()
                                ),
                            ]
                        )
                    );
                }
            }
            Ok(())
        }
        ProCommand::OpenShare { id, out } => {
            let private = keystore().get(SHARE_KEY).ok().flatten().ok_or(Failure {
                code: EXIT_REFUSED,
                message: ctx.loc.t("cli-pro-no-key"),
            })?;
            let keys = parcours_core::share::ShareKeyPair::from_private(&private).map_err(|e| {
                Failure {
                    code: crate::commands::EXIT_CORRUPT,
                    message: ctx.loc.explain(&e),
                }
            })?;
            let path = format!("/v1/pro/shares/{}", urlencode(&id));
            let offer: parcours_core::sync::wire::ShareOffer =
                parse(&authed(ctx, Method::GET, &path, None).await?)
                    .map_err(|e| refused(ctx, e))?;
            let s = session(ctx)?;
            let body = parcours_core::sync::client::get_bytes(
                &http_client(),
                &s.server,
                &format!("{path}/body"),
                &s.token,
                parcours_core::share::MAX_BODY,
            )
            .await
            .map_err(|e| refused(ctx, e))?;
            let bad = |e: parcours_core::share::ShareError| Failure {
                code: crate::commands::EXIT_CORRUPT,
                message: ctx.loc.explain(&e),
            };
            let enc = parcours_core::crypto::unhex(&offer.enc).unwrap_or_default();
            let sealed = parcours_core::crypto::unhex(&offer.sealed).unwrap_or_default();
            let opened =
                parcours_core::share::open(&keys, &offer.id, &offer.document, &enc, &sealed, &body)
                    .map_err(bad)?;
            std::fs::create_dir_all(&out).map_err(|e| Failure {
                code: EXIT_IO,
                message: e.to_string(),
            })?;
            for (i, (media, content)) in opened.pages.iter().enumerate() {
                let ext = parcours_core::safe::documents::extension_of(media);
                let file = out.join(format!("{}-{}.{ext}", offer.document, i + 1));
                std::fs::write(&file, content).map_err(|e| Failure {
                    code: EXIT_IO,
                    message: e.to_string(),
                })?;
            }
            println!(
                "{}",
                ctx.loc.t_args(
                    "cli-pro-share-opened",
                    &[
                        ("title", opened.title.into()),
                        ("pages", (opened.pages.len() as i64).into()),
                        ("dir", out.display().to_string().into()),
                    ]
                )
            );
            Ok(())
        }
        ProCommand::Reply { person, text } => {
            let m = ProMessage {
                id: MessageId::random(),
                text,
            };
            let path = format!("/v1/pro/persons/{}/messages", urlencode(&person));
            let body = authed(
                ctx,
                Method::POST,
                &path,
                Some(serde_json::to_value(m).expect("serialises")),
            )
            .await?;
            print_written(ctx, &body)
        }
    }
}

/// Person ids are plain ids; anything else is percent-encoded.
fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
