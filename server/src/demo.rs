//! The demo (`serve --demo`): the foundation's demo dossier loaded on the
//! server, its device key enrolled, its mandates registered, a fixed
//! invitation code for a new phone, and demo professional accounts whose
//! passwords are printed in the README (demo only: never on a real server).
//!
//! Must never: run on a server holding real persons (it only adds the
//! fictional demo person, and does nothing if she is already there).

use parcours_core::sync::wire::Record;

use crate::api::invitation_hash;
use crate::pro_api::hash_password;
use crate::storage::{DeviceRow, ProRow, StatementRow, Storage, StorageError};

/// The demo's invitation code: a new phone enrolls with it.
pub const DEMO_INVITATION: &str = "DEMO-PARC-OURS";

/// The demo professionals: (contact id = login, password).
pub const DEMO_PROS: [(&str, &str); 4] = [
    ("referent", "demo-referent"),
    ("caf", "demo-caf"),
    ("chrs", "demo-chrs"),
    ("bailleur", "demo-bailleur"),
];

/// Loads the demo dossier as of `now`; does nothing when it is there.
pub async fn load(
    storage: &Storage,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StorageError> {
    let dossier = parcours_core::demo::dossier(now);
    let person = dossier.person.id.to_string();
    let referent = dossier
        .referent()
        .map(|c| c.id.to_string())
        .unwrap_or_else(|| "referent".into());
    match storage
        .create_person(&person, &referent, now.timestamp())
        .await
    {
        Ok(()) => {}
        Err(StorageError::Conflict) => return Ok(()),
        Err(e) => return Err(e),
    }
    storage
        .create_invitation(&invitation_hash(DEMO_INVITATION), &person, i64::MAX)
        .await?;
    if let Some(chain) = &dossier.key_chain {
        for c in &chain.certificates {
            storage
                .register_device(
                    &DeviceRow {
                        device_key: c.device_key.to_vec(),
                        person_id: person.clone(),
                        first_seq: c.first_seq as i64,
                        certificate: serde_json::to_string(c).expect("certificates serialise"),
                        revocation: None,
                    },
                    now.timestamp(),
                )
                .await?;
        }
    }
    for s in &dossier.mandate_statements {
        let seq = s.decode().map(|d| d.seq()).unwrap_or(0) as i64;
        storage
            .append_statement(
                &person,
                &StatementRow {
                    seq,
                    hash: s.hash().to_vec(),
                    bytes: s.bytes.clone(),
                    signature: s.signature.clone(),
                },
                now.timestamp(),
            )
            .await?;
    }
    let mut records = vec![Record::Person(dossier.person.clone())];
    records.extend(dossier.contacts.iter().cloned().map(Record::Contact));
    records.extend(dossier.objectives.iter().cloned().map(Record::Objective));
    records.extend(dossier.steps.iter().cloned().map(Record::Step));
    records.extend(
        dossier
            .appointments
            .iter()
            .cloned()
            .map(Record::Appointment),
    );
    records.extend(dossier.messages.iter().cloned().map(Record::Message));
    records.extend(
        dossier
            .mandate_statements
            .iter()
            .cloned()
            .map(Record::Statement),
    );
    records.extend(dossier.key_chain.iter().cloned().map(Record::KeyChain));
    let mut tx = storage
        .begin_person(&person)
        .await?
        .ok_or_else(|| StorageError::Other("the demo person vanished".into()))?;
    for r in &records {
        let (kind, id) = r.key();
        tx.put(
            kind,
            &id,
            &serde_json::to_string(r).expect("records serialise"),
        )
        .await?;
    }
    tx.commit().await?;
    for (id, password) in DEMO_PROS {
        let name = dossier
            .contacts
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| c.display_name().to_owned())
            .unwrap_or_else(|| id.to_owned());
        let pro = ProRow {
            id: id.to_owned(),
            login: id.to_owned(),
            display_name: name,
            password_hash: hash_password(password),
            share_key: None,
        };
        match storage.create_pro(&pro, now.timestamp()).await {
            Ok(()) | Err(StorageError::Conflict) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
