//! "Delete everything", the person's right: close the account on the
//! server (dossier, mandates, devices, shares deleted; professionals
//! refused at once), then wipe this device (`safe::wipe`).
//!
//! Must never: leave the device readable because the server could not be
//! reached, when the person asked to wipe it anyway.

use std::path::Path;

use reqwest::Method;

use crate::keystore::Keystore;
use crate::safe::SafeError;
use crate::safe::wipe::{Wiped, wipe};

use super::client::{Client, SyncError};

/// What happened on the server's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerSide {
    /// The account was closed now.
    Closed,
    /// It was already closed (or this device already refused).
    AlreadyGone,
    /// Never enrolled: nothing on a server.
    NoServer,
    /// The server could not be reached; the device was wiped anyway, as
    /// asked. The referent can close the account (say so to the person).
    Unreachable(String),
}

/// What "delete everything" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub server: ServerSide,
    pub device: Wiped,
}

/// Why nothing was deleted.
#[derive(Debug, thiserror::Error)]
pub enum DeleteError {
    /// The server could not be reached and the person did not ask to wipe
    /// the device anyway: nothing was touched.
    #[error("the server cannot be reached: {0}")]
    Unreachable(String),
    #[error(transparent)]
    Sync(SyncError),
    #[error(transparent)]
    Safe(#[from] SafeError),
}

/// Closes the account (when `client` is given), then wipes the safe in
/// `dir` and its keys. The safe must be closed (dropped) first.
pub async fn delete_everything(
    client: Option<&mut Client>,
    dir: &Path,
    keystore: &Keystore,
    wipe_if_unreachable: bool,
) -> Result<Deleted, DeleteError> {
    let server = match client {
        None => ServerSide::NoServer,
        Some(client) => match client
            .authed(
                Method::POST,
                "/v1/account/close",
                Some(serde_json::json!({})),
                None,
            )
            .await
        {
            Ok(_) => ServerSide::Closed,
            Err(SyncError::Refused(401 | 403, _)) => ServerSide::AlreadyGone,
            Err(e) if e.is_temporary() => {
                if !wipe_if_unreachable {
                    return Err(DeleteError::Unreachable(e.to_string()));
                }
                ServerSide::Unreachable(e.to_string())
            }
            Err(e) => return Err(DeleteError::Sync(e)),
        },
    };
    let device = wipe(dir, keystore)?;
    Ok(Deleted { server, device })
}
