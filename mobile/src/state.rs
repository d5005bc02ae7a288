//! The app's mutable data: what the person changes on screen (a step done,
//! an appointment answered, a message written, their settings) goes
//! through the core's rules, is saved to the encrypted store, and the
//! dossier is read back from it.
//!
//! [`AppData`] is opened at the edge (a binary, a test) and handed to the
//! app in [`crate::AppConfig`]; the app shell keeps the current dossier in a
//! signal and calls [`AppData::apply`] for every [`Action`]. Screens never
//! see the store: they get a snapshot of the dossier and send actions.
//!
//! What the server must learn is queued in the outbox
//! ([`parcours_core::sync::outbox`]) in the same store write as the change
//! and its audit entry; [`crate::sync`] sends it when the server can be
//! reached, and calls [`AppData::reload`] after each sync so every open
//! screen is drawn again ([`AppData::subscribe`]).
//!
//! Must never: change a record without the core's rule for it, keep the
//! dossier anywhere but the encrypted store (the in-memory backend is for
//! component tests and previews only), or change something the server must
//! learn without queuing it in the same write.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use parcours_core::appointment::AppointmentError;
use parcours_core::audit::{Answer, AuditEntry, AuditEvent};
use parcours_core::device_key::DeviceKey;
use parcours_core::document::{Category, DocumentError, DocumentMeta};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::id::ContactId;
use parcours_core::id::PersonId;
use parcours_core::id::{AppointmentId, DocumentId, MandateId, MessageId, ObjectiveId, StepId};
use parcours_core::mandate::{Mandate, MandateError, MandateKind};
use parcours_core::message::{Delivery, Message, MessageError, Participant};
use parcours_core::person::{Person, PersonError, SpeechRate};
use parcours_core::safe::documents::{NewDocument, PageSource, extension_of};
use parcours_core::safe::pin::Pin;
use parcours_core::safe::{Safe, SafeError};
use parcours_core::step::{Actor, ChangedBy, Step, StepError, StepStatus};
use parcours_core::store::{Store, StoreError};
use parcours_core::sync::engine::{self, SyncState};
use parcours_core::sync::outbox::{ItemState, OutboxItem, Request};
use parcours_core::sync::wire::{
    AccessEntry, AnswerAppointment, AppointmentAnswer, ChangeStep, ErrorBody, NewMessage,
    ProposeStep,
};
use tokio::sync::{Notify, watch};

use crate::app::Shared;
use crate::platform::FileBytes;
use crate::safety::Deletion;

/// What the person can change from the screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// One of the person's own open steps is done.
    StepDone(StepId),
    /// "I will come."
    ConfirmAppointment(AppointmentId),
    /// "I need another date."
    AskNewDate(AppointmentId),
    /// Cancel on the person's side. For a compulsory appointment,
    /// `understood_consequences` is true only after the app said plainly
    /// what may happen and the person confirmed again.
    CancelAppointment {
        id: AppointmentId,
        understood_consequences: bool,
    },
    SetLanguage(Lang),
    /// Text size in percent (100, 150 or 200 on screen).
    SetTextScale(u16),
    SetHighContrast(bool),
    /// Discreet mode: the window's title is neutral and reminders say no
    /// time (for a phone someone else may look at).
    SetDiscreet(bool),
    /// Whether each screen shows its "Read aloud" button.
    SetReadAloudButton(bool),
    /// How fast the screens are read aloud.
    SetSpeechRate(SpeechRate),
    /// Stop a mandate in force, after the app said plainly what happens
    /// and the person confirmed with a second tap; with a PIN set, the PIN
    /// is asked again before signing (`pin`).
    RevokeMandate {
        id: MandateId,
        pin: Option<Pin>,
    },
    /// Renew a mandate in force: the same person and scope, from now, for
    /// the kind's default duration (also confirmed with a second tap, and
    /// the PIN when one is set).
    RenewMandate {
        id: MandateId,
        pin: Option<Pin>,
    },
    /// Grant a new mandate to one of the person's contacts, after the app
    /// said the whole sentence and the person confirmed it; with a PIN
    /// set, the PIN is asked again before signing (`pin`). It ends at
    /// `ends`, never later than the kind's default duration from now.
    GrantMandate {
        grantee: ContactId,
        kind: MandateKind,
        ends: DateTime<Utc>,
        pin: Option<Pin>,
    },
    /// Put a new document in the safe: one page per file, in order (photos
    /// lose their hidden metadata in the core).
    AddDocument(NewDocumentRequest),
    RenameDocument {
        id: DocumentId,
        title: String,
    },
    /// Delete a document from the safe, after the app said plainly that it
    /// cannot be undone and the person tapped a second time.
    DeleteDocument(DocumentId),
    /// Write to the referent. The message waits to be sent until the
    /// server has it. `attachments` are papers of the safe already shared
    /// with the referent ([`AppData::send_with_paper`] shares, then sends
    /// this); each must be in the safe.
    SendMessage {
        text: String,
        attachments: Vec<DocumentId>,
    },
    /// A message the person received is read (the thread was shown).
    MarkRead(MessageId),
    /// Propose a step under one of the objectives; the referent takes it
    /// into the plan.
    ProposeStep {
        objective: ObjectiveId,
        what: String,
        due: Option<NaiveDate>,
    },
}

/// A new document, as the person describes it, with its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocumentRequest {
    pub title: String,
    pub category: Category,
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
    /// One page per file, in order.
    pub pages: Vec<FileBytes>,
}

/// What the safe screen asks that changes no record: each read writes its
/// own entry in the person's trail (in the core).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafeRequest {
    /// Page `page` (from 1) of a document, to show it.
    OpenPage { id: DocumentId, page: usize },
    /// Page `page` of a document, to send it outside Parcours.
    SendPage { id: DocumentId, page: usize },
    /// Everything in clear, in one ZIP (the export).
    Export,
    /// The whole safe, encrypted, in one file (the backup).
    Backup,
    /// What happened to the person's documents, newest first.
    Trail,
}

/// The safe's answer to a [`SafeRequest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafeAnswer {
    File(FileBytes),
    Trail(Vec<AuditEntry>),
}

/// Why an action was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("no such step, appointment, message or objective")]
    NotFound,
    #[error("only the person's own steps can be marked done from the app")]
    NotMine,
    #[error("there is no referent to write to")]
    NoReferent,
    /// The paper joined to a message is not (or no longer) in the safe, or
    /// has no page to share.
    #[error("no such paper in the safe")]
    NoSuchPaper,
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error(transparent)]
    Step(#[from] StepError),
    #[error(transparent)]
    Appointment(#[from] AppointmentError),
    #[error(transparent)]
    Person(#[from] PersonError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Safe(#[from] SafeError),
    /// Mandates are signed and kept in the safe: the in-memory data cannot
    /// change them (nor hold documents).
    #[error("mandates and documents can only be changed in a safe")]
    NoSafe,
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// A new document needs at least one file.
    #[error("a document needs at least one file")]
    NoFile,
    /// Only photos whose hidden data the core can remove (JPEG, PNG, WebP)
    /// and PDFs go into the safe. The file's name, for the person.
    #[error("this kind of file is not accepted")]
    FileType(String),
}

impl ActionError {
    /// What the person reads: that nothing changed, and for a store error,
    /// its own explanation.
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            ActionError::Store(e) => loc.explain(e),
            ActionError::Safe(SafeError::PinRequired) => loc.t("mandate-pin-required"),
            ActionError::Safe(e) => loc.explain(e),
            ActionError::Appointment(AppointmentError::CompulsoryNeedsConfirmation) => {
                loc.t("appointment-cancel-needs-confirmation")
            }
            ActionError::Document(DocumentError::EmptyTitle) => loc.t("safe-error-title"),
            ActionError::Document(DocumentError::ExpiresBeforeIssued) => loc.t("safe-error-dates"),
            ActionError::NoFile => loc.t("safe-error-no-file"),
            ActionError::FileType(name) => {
                loc.t_args("safe-error-file-type", &[("name", name.as_str().into())])
            }
            ActionError::Message(MessageError::Empty) => loc.t("messages-error-empty"),
            ActionError::Message(MessageError::TooLong) => loc.t("messages-error-too-long"),
            ActionError::NoReferent => loc.t("messages-no-referent"),
            ActionError::NoSuchPaper => loc.t("messages-paper-gone"),
            _ => loc.t("action-failed"),
        }
    }
}

/// Where the dossier lives.
enum Backend {
    /// The person's encrypted safe: every change is written to its store.
    Safe(Box<Safe>),
    /// Memory only, for component tests and previews: nothing is saved.
    Memory,
    /// Everything was deleted ([`AppData::delete_everything`]): nothing of
    /// the person is left, on disk or here.
    Deleted(Deletion),
    /// The safe was closed and could not be opened again (a deletion that
    /// failed half-way): nothing can be changed until the app starts again.
    Closed,
}

struct Inner {
    backend: Backend,
    /// The dossier as last read from the store.
    dossier: Shared<Dossier>,
    /// The outbox, the access log and the last sync, as last read.
    status: Shared<SyncStatus>,
    /// The key that signs the person's mandates (chosen at the edge:
    /// see [`crate::data::device_key`]). `None` in memory.
    device: Option<DeviceKey>,
    /// Woken after each saved change, so the sync sends it at once.
    wake_sync: Option<Arc<Notify>>,
    /// The server and the key that signs in to it, for what needs the
    /// network at once (sharing a paper: [`crate::sharing`]).
    server: Option<(String, Arc<DeviceKey>)>,
}

/// What the app knows of its exchanges with the server, as last saved:
/// what waits in the outbox (or was refused), who opened the dossier, when
/// the last sync succeeded. Empty in memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    /// In the order the person did things.
    pub outbox: Vec<OutboxItem>,
    /// Newest first.
    pub access_log: Vec<AccessEntry>,
    /// When the server last answered a pull; `None` before the first.
    pub last_sync: Option<DateTime<Utc>>,
}

impl SyncStatus {
    /// Reads it from the store.
    pub fn read(store: &Store) -> Result<Self, StoreError> {
        Ok(Self {
            outbox: engine::outbox(store)?,
            access_log: engine::access_log(store)?,
            last_sync: store
                .all::<SyncState>()?
                .into_iter()
                .filter_map(|s| s.last_success)
                .max(),
        })
    }

    /// Items not yet accepted by the server (refused ones are not counted).
    pub fn waiting(&self) -> usize {
        self.outbox
            .iter()
            .filter(|i| i.state == ItemState::Waiting)
            .count()
    }

    /// Why the server refused to take the message `id`, when it did.
    pub fn refusal(&self, id: &MessageId) -> Option<&ErrorBody> {
        self.outbox
            .iter()
            .find_map(|i| match (&i.request, &i.state) {
                (Request::SendMessage(m), ItemState::Refused(body)) if &m.id == id => Some(body),
                _ => None,
            })
    }
}

/// The person's data, shared by every session of the app (cheap to clone;
/// two values are equal when they are the same data).
#[derive(Clone)]
pub struct AppData {
    inner: Arc<Mutex<Inner>>,
    /// Moves forward each time the data changed (an action, a sync).
    version: Arc<watch::Sender<u64>>,
}

impl std::fmt::Debug for AppData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        let backend = match &inner.backend {
            Backend::Safe(_) => "safe",
            Backend::Memory => "memory",
            Backend::Deleted(_) => "deleted",
            Backend::Closed => "closed",
        };
        f.debug_struct("AppData")
            .field("backend", &backend)
            .finish()
    }
}

impl PartialEq for AppData {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl AppData {
    fn new(inner: Inner) -> Self {
        Self {
            inner: Arc::new(Mutex::new(inner)),
            version: Arc::new(watch::Sender::new(0)),
        }
    }

    /// The data of an open safe, read from its store, with the device key
    /// that signs the person's mandates. `Ok(None)` when the safe holds no
    /// dossier yet.
    pub fn from_safe(safe: Safe, device: DeviceKey) -> Result<Option<Self>, StoreError> {
        let Some(dossier) = safe.store().load_dossier()? else {
            return Ok(None);
        };
        remove_outgoing_leftovers(safe.dir());
        let status = SyncStatus::read(safe.store())?;
        Ok(Some(Self::new(Inner {
            backend: Backend::Safe(Box::new(safe)),
            dossier: Shared::new(dossier),
            status: Shared::new(status),
            device: Some(device),
            wake_sync: None,
            server: None,
        })))
    }

    /// A dossier kept in memory only (component tests, previews).
    pub fn in_memory(dossier: Dossier) -> Self {
        Self::new(Inner {
            backend: Backend::Memory,
            dossier: Shared::new(dossier),
            status: Shared::new(SyncStatus::default()),
            device: None,
            wake_sync: None,
            server: None,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock left the data as last saved.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The dossier as last saved.
    pub fn dossier(&self) -> Shared<Dossier> {
        self.lock().dossier.clone()
    }

    /// The outbox, the access log and the last sync, as last saved.
    pub fn sync_status(&self) -> Shared<SyncStatus> {
        self.lock().status.clone()
    }

    /// Whether changes are written to an encrypted store.
    pub fn is_saved(&self) -> bool {
        matches!(self.lock().backend, Backend::Safe(_))
    }

    /// A receiver that sees a new value each time the data changed (an
    /// action in any session, a sync): open screens draw themselves again.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.version.subscribe()
    }

    fn changed(&self) {
        self.version.send_modify(|v| *v = v.wrapping_add(1));
    }

    /// `wake` is notified after each saved change (the sync sends it).
    pub fn set_sync_wake(&self, wake: Option<Arc<Notify>>) {
        self.lock().wake_sync = wake;
    }

    /// Where the server is (the sync sets it: [`crate::sync::Syncer::new`]).
    pub fn set_server(&self, server: Option<(String, Arc<DeviceKey>)>) {
        self.lock().server = server;
    }

    /// The server, when the app has one.
    pub fn server(&self) -> Option<(String, Arc<DeviceKey>)> {
        self.lock().server.clone()
    }

    /// Asks the sync to run now (after a change queued outside [`Self::apply`]).
    pub fn wake_sync(&self) {
        if let Some(wake) = &self.lock().wake_sync {
            wake.notify_one();
        }
    }

    /// Whether the safe has a PIN (then it is asked again before a mandate
    /// is signed). `false` in memory.
    pub fn has_pin(&self) -> bool {
        match &self.lock().backend {
            Backend::Safe(safe) => parcours_core::safe::pin::has_pin(safe.dir()),
            Backend::Memory | Backend::Deleted(_) | Backend::Closed => false,
        }
    }

    /// The safe's folder; `None` in memory or once deleted.
    pub fn safe_dir(&self) -> Option<std::path::PathBuf> {
        match &self.lock().backend {
            Backend::Safe(safe) => Some(safe.dir().to_owned()),
            Backend::Memory | Backend::Deleted(_) | Backend::Closed => None,
        }
    }

    /// Runs `f` on the safe, holding the data for that time; `None` in
    /// memory. Then reads the data back as [`Self::with_store`] does.
    pub fn with_safe<T>(&self, f: impl FnOnce(&mut Safe) -> T) -> Result<Option<T>, StoreError> {
        let mut inner = self.lock();
        let Backend::Safe(safe) = &mut inner.backend else {
            return Ok(None);
        };
        let out = f(safe);
        let changed = Self::read_back(&mut inner)?;
        drop(inner);
        if changed {
            self.changed();
        }
        Ok(Some(out))
    }

    /// Runs `f` on the store, holding the data for that time; `None` in
    /// memory. Then reads the dossier and the sync status back, and tells
    /// the open screens when they changed. For [`crate::sync`]: nothing
    /// else may change the store under the app's feet.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> T) -> Result<Option<T>, StoreError> {
        let mut inner = self.lock();
        let Backend::Safe(safe) = &mut inner.backend else {
            return Ok(None);
        };
        let out = f(safe.store_mut());
        let changed = Self::read_back(&mut inner)?;
        drop(inner);
        if changed {
            self.changed();
        }
        Ok(Some(out))
    }

    /// What "delete everything" did, once it was done.
    pub fn deletion(&self) -> Option<Deletion> {
        match &self.lock().backend {
            Backend::Deleted(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// For "delete everything" ([`crate::safety`]): takes the safe out of
    /// the data, holding the data meanwhile, and gives it to `f`, which
    /// closes it. `f` gives the safe back when it is still there (opened
    /// again), or says what was deleted: then the data forgets the person
    /// (an empty dossier in the person's language and display settings)
    /// and every open screen learns it. `None` when there is no safe.
    pub(crate) fn without_safe<E>(
        &self,
        f: impl FnOnce(Safe) -> (Option<Safe>, Result<Deletion, E>),
    ) -> Option<Result<Deletion, E>> {
        let mut inner = self.lock();
        let Backend::Safe(safe) = std::mem::replace(&mut inner.backend, Backend::Closed) else {
            return None;
        };
        let (back, outcome) = f(*safe);
        if let Some(safe) = back {
            inner.backend = Backend::Safe(Box::new(safe));
            return Some(outcome);
        }
        if let Ok(deletion) = &outcome {
            inner.backend = Backend::Deleted(deletion.clone());
        }
        let old = &inner.dossier.person;
        let nobody = Person::new(PersonId::random(), "-", "", old.language).map(|mut p| {
            p.accessibility = old.accessibility.clone();
            Dossier::new(p)
        });
        if let Ok(nobody) = nobody {
            inner.dossier = Shared::new(nobody);
        }
        inner.status = Shared::new(SyncStatus::default());
        inner.device = None;
        inner.server = None;
        drop(inner);
        self.changed();
        Some(outcome)
    }

    /// Reads the dossier and the sync status from the store again (after a
    /// sync); `true` when something changed.
    pub fn reload(&self) -> Result<bool, StoreError> {
        let changed = Self::read_back(&mut self.lock())?;
        if changed {
            self.changed();
        }
        Ok(changed)
    }

    fn read_back(inner: &mut Inner) -> Result<bool, StoreError> {
        let Backend::Safe(safe) = &inner.backend else {
            return Ok(false);
        };
        let store = safe.store();
        let dossier = store.load_dossier()?.ok_or(StoreError::NotFound)?;
        let status = SyncStatus::read(store)?;
        let mut changed = false;
        if dossier != *inner.dossier {
            inner.dossier = Shared::new(dossier);
            changed = true;
        }
        if status != *inner.status {
            inner.status = Shared::new(status);
            changed = true;
        }
        Ok(changed)
    }

    /// Applies `action` at `now` through the core's rule, saves the changed
    /// record with its audit entry and, when the server must learn it, the
    /// request in the outbox, in one store write; returns the dossier read
    /// back from the store. On error nothing is changed.
    pub fn apply(
        &self,
        action: &Action,
        now: DateTime<Utc>,
    ) -> Result<Shared<Dossier>, ActionError> {
        let saved = self.apply_locked(action, now)?;
        self.changed();
        Ok(saved)
    }

    fn apply_locked(
        &self,
        action: &Action,
        now: DateTime<Utc>,
    ) -> Result<Shared<Dossier>, ActionError> {
        let mut inner = self.lock();
        if let Action::GrantMandate { .. } = action {
            let saved = grant_change(&mut inner, action, now)?;
            inner.dossier = Shared::new(saved);
            Self::after_write(&mut inner)?;
            return Ok(inner.dossier.clone());
        }
        if let Action::RevokeMandate { id, pin } | Action::RenewMandate { id, pin } = action {
            let saved = mandate_change(&mut inner, action, id, pin.as_ref(), now)?;
            inner.dossier = Shared::new(saved);
            Self::after_write(&mut inner)?;
            return Ok(inner.dossier.clone());
        }
        if let Action::AddDocument(_) | Action::RenameDocument { .. } | Action::DeleteDocument(_) =
            action
        {
            let saved = document_change(&mut inner, action, now)?;
            inner.dossier = Shared::new(saved);
            return Ok(inner.dossier.clone());
        }
        let mut next: Dossier = (*inner.dossier).clone();
        let (changed, request) = change(&mut next, action, now)?;
        if let Changed::Nothing = changed {
            return Ok(inner.dossier.clone());
        }
        let saved = match &mut inner.backend {
            Backend::Memory => next,
            Backend::Deleted(_) | Backend::Closed => return Err(ActionError::NoSafe),
            Backend::Safe(safe) => {
                let store = safe.store_mut();
                // The change, its entry in the person's trail and what the
                // server must learn, in one write.
                store.write(|w| {
                    match changed {
                        Changed::Step(i) => {
                            w.put(&next.steps[i])?;
                            if let Action::StepDone(_) = action {
                                w.audit(
                                    now,
                                    AuditEvent::StepDone {
                                        what: next.steps[i].what().to_owned(),
                                    },
                                );
                            }
                        }
                        Changed::Appointment(i) => {
                            w.put(&next.appointments[i])?;
                            let answer = match action {
                                Action::ConfirmAppointment(_) => Answer::Confirmed,
                                Action::AskNewDate(_) => Answer::NewDateAsked,
                                _ => Answer::Cancelled,
                            };
                            w.audit(
                                now,
                                AuditEvent::AppointmentAnswered {
                                    answer,
                                    start: next.appointments[i].start(),
                                },
                            );
                        }
                        // The thread itself is the record of what was
                        // written and read: no audit entry.
                        Changed::Message(i) => w.put(&next.messages[i])?,
                        Changed::Person => {
                            w.put(&next.person)?;
                            w.audit(now, AuditEvent::SettingsChanged);
                        }
                        Changed::Nothing => {}
                    }
                    if let Some(request) = request {
                        engine::enqueue(w, request, now)?;
                    }
                    Ok(())
                })?;
                store.load_dossier()?.ok_or(StoreError::NotFound)?
            }
        };
        inner.dossier = Shared::new(saved);
        Self::after_write(&mut inner)?;
        Ok(inner.dossier.clone())
    }

    /// After a saved change: the sync status read again, the sync woken.
    fn after_write(inner: &mut Inner) -> Result<(), StoreError> {
        if let Backend::Safe(safe) = &inner.backend {
            inner.status = Shared::new(SyncStatus::read(safe.store())?);
            if let Some(wake) = &inner.wake_sync {
                wake.notify_one();
            }
        }
        Ok(())
    }
}

/// Grants a new mandate on the safe: the grantee must be one of the
/// person's contacts; the end is at most the kind's default duration from
/// now; the confirmation goes through [`Safe::confirm`] (with the PIN when
/// the safe has one: step-up); the statement is signed with the device
/// key, written with its audit entry and queued for the server.
fn grant_change(
    inner: &mut Inner,
    action: &Action,
    now: DateTime<Utc>,
) -> Result<Dossier, ActionError> {
    let Action::GrantMandate {
        grantee,
        kind,
        ends,
        pin,
    } = action
    else {
        return Err(ActionError::NotFound);
    };
    if !inner.dossier.contacts.iter().any(|c| &c.id == grantee) {
        return Err(ActionError::NotFound);
    }
    let Inner {
        backend, device, ..
    } = inner;
    let (Backend::Safe(safe), Some(device)) = (backend, device.as_ref()) else {
        return Err(ActionError::NoSafe);
    };
    let ends = (*ends).min(now + kind.default_duration());
    let mandate = Mandate::new(
        MandateId::random(),
        grantee.clone(),
        kind.clone(),
        now,
        ends,
    )
    .map_err(SafeError::Mandate)?;
    let confirmed = safe.confirm(mandate, pin.as_ref(), now)?;
    safe.grant_mandate(confirmed, device, None, now)?;
    Ok(safe.store().load_dossier()?.ok_or(StoreError::NotFound)?)
}

/// Revokes or renews the mandate `id` on the safe: the person's
/// confirmation (the second tap, and the PIN when one is set) goes through
/// [`Safe::confirm`], the statement is signed with the device key and
/// written with its audit entry, and the dossier is read back from the
/// store.
fn mandate_change(
    inner: &mut Inner,
    action: &Action,
    id: &MandateId,
    pin: Option<&Pin>,
    now: DateTime<Utc>,
) -> Result<Dossier, ActionError> {
    let Inner {
        backend, device, ..
    } = inner;
    let (Backend::Safe(safe), Some(device)) = (backend, device.as_ref()) else {
        return Err(ActionError::NoSafe);
    };
    if let Action::RenewMandate { .. } = action {
        let verdict = safe.mandates(now)?;
        let grant = verdict
            .in_force()
            .find(|g| &g.mandate.id == id)
            .ok_or(SafeError::Mandate(MandateError::NotFound))?;
        let renewal = grant.renewal(now).map_err(SafeError::Mandate)?;
        let confirmed = safe.confirm(renewal, pin, now)?;
        safe.grant_mandate(confirmed, device, None, now)?;
    } else {
        let confirmed = safe.confirm(id.clone(), pin, now)?;
        safe.revoke_mandate(confirmed, device, now)?;
    }
    Ok(safe.store().load_dossier()?.ok_or(StoreError::NotFound)?)
}

/// Adds, renames or deletes a document in the safe; each core method
/// writes the change and its audit entry in one transaction. The dossier
/// is read back from the store.
fn document_change(
    inner: &mut Inner,
    action: &Action,
    now: DateTime<Utc>,
) -> Result<Dossier, ActionError> {
    let Backend::Safe(safe) = &mut inner.backend else {
        return Err(ActionError::NoSafe);
    };
    match action {
        Action::AddDocument(new) => {
            if new.pages.is_empty() {
                return Err(ActionError::NoFile);
            }
            // The core's rule for a title and dates, first: a wrong one is
            // explained before any file is read.
            DocumentMeta::new(
                DocumentId::random(),
                &new.title,
                new.category,
                new.issued,
                new.expires,
                now,
            )?;
            let pages = new
                .pages
                .iter()
                .map(|file| {
                    Ok(PageSource {
                        media_type: page_media_type(file)?.to_owned(),
                        content: Box::new(std::io::Cursor::new(file.bytes.clone())),
                    })
                })
                .collect::<Result<Vec<_>, ActionError>>()?;
            safe.add_document(
                NewDocument {
                    title: new.title.clone(),
                    category: new.category,
                    issued: new.issued,
                    expires: new.expires,
                },
                pages,
                now,
            )?;
        }
        Action::RenameDocument { id, title } => {
            if title.trim().is_empty() {
                return Err(DocumentError::EmptyTitle.into());
            }
            safe.rename_document(id, title, now)?;
        }
        Action::DeleteDocument(id) => safe.delete_document(id, now)?,
        _ => return Err(ActionError::NotFound),
    }
    Ok(safe.store().load_dossier()?.ok_or(StoreError::NotFound)?)
}

/// The media type a file is stored as, from its first bytes, never from
/// its name or what the browser said: a photo must reach the core as a
/// photo, so that its hidden data (EXIF, GPS) is removed. Only JPEG, PNG
/// and WebP (which the core cleans) and PDF are accepted; HEIC, TIFF and
/// the rest are refused rather than stored with their metadata.
pub fn page_media_type(file: &FileBytes) -> Result<&'static str, ActionError> {
    let b = &file.bytes;
    if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok("image/jpeg")
    } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok("image/png")
    } else if b.len() >= 12 && b.starts_with(b"RIFF") && &b[8..12] == b"WEBP" {
        Ok("image/webp")
    } else if b.starts_with(b"%PDF-") {
        Ok("application/pdf")
    } else {
        Err(ActionError::FileType(file.name.clone()))
    }
}

/// Files made for the person to take away (an export in clear, a backup)
/// are written in the safe's folder, read, then removed at once; these
/// are their names.
const OUTGOING_PREFIX: &str = "outgoing-";

/// Removes what an interrupted export or backup left in the safe's folder.
fn remove_outgoing_leftovers(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(OUTGOING_PREFIX))
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A file in the safe's folder, removed when dropped.
struct Outgoing(std::path::PathBuf);

impl Outgoing {
    fn new(safe: &Safe, ext: &str) -> Self {
        let name = format!("{OUTGOING_PREFIX}{}.{ext}", parcours_core::id::random_id());
        Self(safe.dir().join(name))
    }

    fn read(&self) -> Result<Arc<[u8]>, SafeError> {
        Ok(std::fs::read(&self.0)?.into())
    }
}

impl Drop for Outgoing {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        // The core's temporary name, if it stopped half-way.
        let _ = std::fs::remove_file(self.0.with_extension("parcours-tmp"));
    }
}

/// The name a page takes outside Parcours: its title in plain letters,
/// the page number when there are several, the usual extension.
pub fn page_file_name(meta: &DocumentMeta, page: usize) -> String {
    let ext = extension_of(
        meta.pages
            .get(page.wrapping_sub(1))
            .map_or("", |p| p.media_type.as_str()),
    );
    let stem = if meta.pages.len() > 1 {
        format!("{} {page}", meta.title())
    } else {
        meta.title().to_owned()
    };
    crate::exports::file_name(&stem, ext)
}

/// Whether an audit event is about the person's documents (the safe's
/// "who opened what").
pub fn is_about_documents(event: &AuditEvent) -> bool {
    matches!(
        event,
        AuditEvent::DocumentAdded { .. }
            | AuditEvent::DocumentOpened { .. }
            | AuditEvent::DocumentRenamed { .. }
            | AuditEvent::DocumentChanged { .. }
            | AuditEvent::DocumentDeleted { .. }
            | AuditEvent::DocumentSentOutside { .. }
            | AuditEvent::DocumentShared { .. }
            | AuditEvent::ShareWithdrawn { .. }
            | AuditEvent::Exported
            | AuditEvent::BackupCreated
            | AuditEvent::Restored
            | AuditEvent::UnlockedWithCode
    )
}

impl AppData {
    /// Answers a [`SafeRequest`] at `now`; `loc` and `tz` word the export's
    /// trail and README. In memory there is no safe: only an empty trail.
    pub fn request(
        &self,
        request: &SafeRequest,
        loc: &Localizer,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Result<SafeAnswer, ActionError> {
        let mut inner = self.lock();
        let Inner {
            backend, device, ..
        } = &mut *inner;
        let Backend::Safe(safe) = backend else {
            return match request {
                SafeRequest::Trail => Ok(SafeAnswer::Trail(Vec::new())),
                _ => Err(ActionError::NoSafe),
            };
        };
        let day = now.with_timezone(&tz).format("%Y-%m-%d");
        let file = match request {
            SafeRequest::OpenPage { id, page } | SafeRequest::SendPage { id, page } => {
                let meta = safe.document(id)?;
                let bytes = if let SafeRequest::SendPage { .. } = request {
                    safe.page_for_sending(id, *page, now)?
                } else {
                    safe.read_page(id, *page, now)?
                };
                FileBytes {
                    name: page_file_name(&meta, *page),
                    media_type: meta.pages[page - 1].media_type.clone(),
                    bytes: bytes.into(),
                }
            }
            SafeRequest::Export => {
                let device = device.as_ref().ok_or(ActionError::NoSafe)?;
                let out = Outgoing::new(safe, "zip");
                safe.export(&out.0, device, loc, tz, now)?;
                FileBytes {
                    name: format!("parcours-{day}.zip"),
                    media_type: "application/zip".into(),
                    bytes: out.read()?,
                }
            }
            SafeRequest::Backup => {
                let out = Outgoing::new(safe, "pcbak");
                safe.create_backup(&out.0, now)?;
                FileBytes {
                    name: format!("parcours-{day}.pcbak"),
                    media_type: "application/octet-stream".into(),
                    bytes: out.read()?,
                }
            }
            SafeRequest::Trail => {
                let mut entries: Vec<AuditEntry> = safe
                    .store()
                    .audit_trail()?
                    .into_iter()
                    .filter(|e| e.body().is_ok_and(|b| is_about_documents(&b.event)))
                    .collect();
                entries.reverse();
                return Ok(SafeAnswer::Trail(entries));
            }
        };
        Ok(SafeAnswer::File(file))
    }
}

/// Which record an action changed.
enum Changed {
    Step(usize),
    Appointment(usize),
    Message(usize),
    Person,
    /// Already so (a message read twice): nothing to save or send.
    Nothing,
}

/// A message to the referent, through the core's rule, with papers that
/// are in the safe (each with a page to share); nothing is changed.
pub fn outgoing_message(
    dossier: &Dossier,
    text: &str,
    attachments: &[DocumentId],
    now: DateTime<Utc>,
) -> Result<Message, ActionError> {
    let to = dossier
        .referent()
        .map(|c| c.id.clone())
        .ok_or(ActionError::NoReferent)?;
    for id in attachments {
        if !dossier
            .documents
            .iter()
            .any(|d| &d.id == id && !d.pages.is_empty())
        {
            return Err(ActionError::NoSuchPaper);
        }
    }
    if attachments.len() > parcours_core::sync::wire::MAX_ATTACHMENTS {
        return Err(ActionError::NoSuchPaper);
    }
    // The core's rule says whether it can be written at all.
    Ok(Message::outgoing(
        MessageId::random(),
        to,
        text,
        attachments.to_vec(),
        now,
    )?)
}

/// Applies `action` to `dossier` in memory, through the core's rules, and
/// says what the server must learn of it.
fn change(
    dossier: &mut Dossier,
    action: &Action,
    now: DateTime<Utc>,
) -> Result<(Changed, Option<Request>), ActionError> {
    let appointment = |dossier: &Dossier, id: &AppointmentId| {
        dossier
            .appointments
            .iter()
            .position(|a| &a.id == id)
            .ok_or(ActionError::NotFound)
    };
    let answer = |id: &AppointmentId, answer, understood_consequences| {
        Some(Request::AnswerAppointment {
            appointment: id.clone(),
            answer: AnswerAppointment {
                answer,
                understood_consequences,
            },
        })
    };
    match action {
        Action::StepDone(id) => {
            let i = dossier
                .steps
                .iter()
                .position(|s| &s.id == id)
                .ok_or(ActionError::NotFound)?;
            let step = &mut dossier.steps[i];
            if step.actor != Actor::Me {
                return Err(ActionError::NotMine);
            }
            step.change_status(StepStatus::Done, ChangedBy::Me, now)?;
            let request = Request::ChangeStep {
                step: id.clone(),
                change: ChangeStep {
                    to: StepStatus::Done,
                    at: now,
                },
            };
            Ok((Changed::Step(i), Some(request)))
        }
        Action::ConfirmAppointment(id) => {
            let i = appointment(dossier, id)?;
            dossier.appointments[i].confirm()?;
            Ok((
                Changed::Appointment(i),
                answer(id, AppointmentAnswer::Confirm, false),
            ))
        }
        Action::AskNewDate(id) => {
            let i = appointment(dossier, id)?;
            dossier.appointments[i].ask_new_date()?;
            Ok((
                Changed::Appointment(i),
                answer(id, AppointmentAnswer::AskNewDate, false),
            ))
        }
        Action::CancelAppointment {
            id,
            understood_consequences,
        } => {
            let i = appointment(dossier, id)?;
            dossier.appointments[i].cancel_by_me(*understood_consequences)?;
            Ok((
                Changed::Appointment(i),
                answer(id, AppointmentAnswer::Cancel, *understood_consequences),
            ))
        }
        // The person's own settings stay on the phone.
        Action::SetLanguage(lang) => {
            dossier.person.language = *lang;
            Ok((Changed::Person, None))
        }
        Action::SetTextScale(percent) => {
            dossier.person.accessibility.set_text_scale(*percent)?;
            Ok((Changed::Person, None))
        }
        Action::SetHighContrast(on) => {
            dossier.person.accessibility.high_contrast = *on;
            Ok((Changed::Person, None))
        }
        Action::SetDiscreet(on) => {
            dossier.person.accessibility.discreet = *on;
            Ok((Changed::Person, None))
        }
        Action::SetReadAloudButton(on) => {
            dossier.person.accessibility.read_aloud_button = *on;
            Ok((Changed::Person, None))
        }
        Action::SetSpeechRate(rate) => {
            dossier.person.accessibility.speech_rate = *rate;
            Ok((Changed::Person, None))
        }
        Action::SendMessage { text, attachments } => {
            let message = outgoing_message(dossier, text, attachments, now)?;
            let Participant::Contact(to) = message.to.clone() else {
                return Err(ActionError::NoReferent);
            };
            let request = Request::SendMessage(NewMessage {
                id: message.id.clone(),
                to,
                text: message.text().to_owned(),
                written_at: now,
                attachments: message.attachments.clone(),
            });
            if !request.apply_locally(dossier) {
                return Err(ActionError::NotFound);
            }
            let i = dossier
                .messages
                .iter()
                .position(|m| m.id == message.id)
                .ok_or(ActionError::NotFound)?;
            Ok((Changed::Message(i), Some(request)))
        }
        Action::MarkRead(id) => {
            let i = dossier
                .messages
                .iter()
                .position(|m| &m.id == id)
                .ok_or(ActionError::NotFound)?;
            let message = &mut dossier.messages[i];
            if message.is_from_me() {
                return Err(ActionError::NotMine);
            }
            if message.delivery() == &Delivery::Read {
                return Ok((Changed::Nothing, None));
            }
            message.advance(Delivery::Read)?;
            Ok((
                Changed::Message(i),
                Some(Request::MarkRead {
                    message: id.clone(),
                }),
            ))
        }
        Action::ProposeStep {
            objective,
            what,
            due,
        } => {
            if !dossier.objectives.iter().any(|o| &o.id == objective) {
                return Err(ActionError::NotFound);
            }
            let step = Step::proposed(StepId::random(), objective.clone(), what, *due, now)?;
            let request = Request::ProposeStep(ProposeStep {
                id: step.id.clone(),
                objective: objective.clone(),
                what: step.what().to_owned(),
                due: *due,
                at: now,
            });
            dossier.steps.push(step);
            Ok((Changed::Step(dossier.steps.len() - 1), Some(request)))
        }
        // Signed on the safe, never changed in memory (see `mandate_change`),
        // and documents live in the safe (see `document_change`).
        Action::RevokeMandate { .. }
        | Action::RenewMandate { .. }
        | Action::GrantMandate { .. }
        | Action::AddDocument(_)
        | Action::RenameDocument { .. }
        | Action::DeleteDocument(_) => Err(ActionError::NoSafe),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parcours_core::appointment::AppointmentStatus;
    use parcours_core::demo::{self, fixed_now};
    use parcours_core::keystore::Keystore;
    use parcours_core::safe::key_file::KdfParams;

    fn step_id(s: &str) -> StepId {
        StepId::parse(s).unwrap()
    }

    #[test]
    fn a_step_done_is_saved_in_the_store_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let ks = Keystore::mock("state-step");
        let now = fixed_now();
        let (mut safe, _code) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now).unwrap();
        safe.store_mut()
            .save_dossier(&demo::dossier(now), now)
            .unwrap();
        let data = AppData::from_safe(safe, demo::demo_device_key())
            .unwrap()
            .unwrap();
        assert!(data.is_saved());

        let after = data.apply(&Action::StepDone(step_id("s03")), now).unwrap();
        let s03 = after.steps.iter().find(|s| s.id.as_str() == "s03").unwrap();
        assert_eq!(s03.status(), StepStatus::Done);
        assert_eq!(s03.history().last().unwrap().by, ChangedBy::Me);
        assert_eq!(data.dossier(), after);

        // Opened again from the disk, the change is there, and in the trail.
        drop(data);
        let safe = Safe::open(dir.path(), ks).unwrap();
        let again = safe.store().load_dossier().unwrap().unwrap();
        assert_eq!(again, *after);
        let trail = safe.store().audit_trail().unwrap();
        let fr = Localizer::new(parcours_core::i18n::Lang::Fr);
        assert_eq!(
            trail.last().unwrap().describe(&fr, demo::TIME_ZONE),
            "Le lundi 2 mars 2026, vous avez fait l'étape «\u{a0}Donner mes 3 dernières fiches de paie au bailleur\u{a0}»."
        );
    }

    #[test]
    fn refused_actions_change_nothing() {
        let now = fixed_now();
        let data = AppData::in_memory(demo::dossier(now));
        let before = data.dossier();
        // s04 is the landlord's step.
        assert_eq!(
            data.apply(&Action::StepDone(step_id("s04")), now),
            Err(ActionError::NotMine)
        );
        // s01 is already done.
        assert!(matches!(
            data.apply(&Action::StepDone(step_id("s01")), now),
            Err(ActionError::Step(StepError::Transition { .. }))
        ));
        assert_eq!(
            data.apply(&Action::StepDone(step_id("nope")), now),
            Err(ActionError::NotFound)
        );
        // The RSA appointment is compulsory.
        let rsa = AppointmentId::parse("a-rsa").unwrap();
        assert_eq!(
            data.apply(
                &Action::CancelAppointment {
                    id: rsa.clone(),
                    understood_consequences: false
                },
                now
            ),
            Err(ActionError::Appointment(
                AppointmentError::CompulsoryNeedsConfirmation
            ))
        );
        assert_eq!(
            data.apply(&Action::SetTextScale(300), now),
            Err(ActionError::Person(PersonError::TextScale))
        );
        assert_eq!(*data.dossier(), *before);

        let after = data
            .apply(
                &Action::CancelAppointment {
                    id: rsa,
                    understood_consequences: true,
                },
                now,
            )
            .unwrap();
        let a = after
            .appointments
            .iter()
            .find(|a| a.id.as_str() == "a-rsa")
            .unwrap();
        assert_eq!(a.status(), AppointmentStatus::CancelledByMe);
    }

    fn file(name: &str, bytes: &[u8]) -> FileBytes {
        FileBytes {
            name: name.to_owned(),
            media_type: "application/octet-stream".to_owned(),
            bytes: Arc::from(bytes),
        }
    }

    #[test]
    fn a_page_is_stored_as_what_its_first_bytes_say() {
        let cases: [(&[u8], Option<&str>); 7] = [
            (b"\xFF\xD8\xFF\xE0rest", Some("image/jpeg")),
            (b"\x89PNG\r\n\x1a\nrest", Some("image/png")),
            (b"RIFF\0\0\0\0WEBPVP8 ", Some("image/webp")),
            (b"%PDF-1.7", Some("application/pdf")),
            // HEIC and TIFF keep their metadata: refused, whatever the name says.
            (b"\0\0\0\x18ftypheic", None),
            (b"II*\0rest", None),
            (b"", None),
        ];
        for (bytes, expected) in cases {
            let got = page_media_type(&file("photo.jpg", bytes)).ok();
            assert_eq!(got, expected, "{bytes:?}");
        }
        assert_eq!(
            page_media_type(&file("scan.heic", b"\0\0\0\x18ftypheic")),
            Err(ActionError::FileType("scan.heic".into()))
        );
    }

    #[test]
    fn documents_are_added_renamed_and_deleted_in_the_safe_with_their_entries() {
        let dir = tempfile::tempdir().unwrap();
        let now = fixed_now();
        let (mut safe, _code) = Safe::init(
            dir.path(),
            Keystore::mock("state-docs"),
            KdfParams::MIN,
            now,
        )
        .unwrap();
        safe.store_mut()
            .save_dossier(&demo::dossier(now), now)
            .unwrap();
        let data = AppData::from_safe(safe, demo::demo_device_key())
            .unwrap()
            .unwrap();
        let new = |pages: Vec<FileBytes>, title: &str| {
            Action::AddDocument(NewDocumentRequest {
                title: title.into(),
                category: Category::Bank,
                issued: None,
                expires: None,
                pages,
            })
        };
        let pdf = file("rib.pdf", b"%PDF-1.4 RIB");
        assert_eq!(
            data.apply(&new(vec![], "RIB"), now),
            Err(ActionError::NoFile)
        );
        assert_eq!(
            data.apply(&new(vec![pdf.clone()], "  "), now),
            Err(ActionError::Document(DocumentError::EmptyTitle))
        );
        let after = data.apply(&new(vec![pdf], "RIB"), now).unwrap();
        let rib = after.documents.iter().find(|d| d.title() == "RIB").unwrap();
        assert_eq!(rib.pages.len(), 1);
        let id = rib.id.clone();
        let fr = Localizer::new(Lang::Fr);
        let SafeAnswer::File(page) = data
            .request(
                &SafeRequest::OpenPage {
                    id: id.clone(),
                    page: 1,
                },
                &fr,
                demo::TIME_ZONE,
                now,
            )
            .unwrap()
        else {
            panic!("a page");
        };
        assert_eq!(&*page.bytes, b"%PDF-1.4 RIB");
        assert_eq!(page.name, "rib.pdf");
        data.apply(
            &Action::RenameDocument {
                id: id.clone(),
                title: "RIB de la banque".into(),
            },
            now,
        )
        .unwrap();
        let after = data.apply(&Action::DeleteDocument(id), now).unwrap();
        assert!(!after.documents.iter().any(|d| d.title().starts_with("RIB")));
        let SafeAnswer::Trail(trail) = data
            .request(&SafeRequest::Trail, &fr, demo::TIME_ZONE, now)
            .unwrap()
        else {
            panic!("the trail");
        };
        let words: Vec<String> = trail
            .iter()
            .map(|e| e.describe(&fr, demo::TIME_ZONE))
            .collect();
        // Newest first, only what is about documents.
        assert_eq!(words.len(), 4, "{words:?}");
        assert!(words[0].contains("vous avez supprimé"), "{words:?}");
        assert!(words[1].contains("vous avez renommé"), "{words:?}");
        assert!(words[2].contains("vous avez ouvert"), "{words:?}");
        assert!(words[3].contains("vous avez ajouté"), "{words:?}");
    }

    #[test]
    fn who_opened_what_shows_shares_and_their_end_but_not_the_rest() {
        let now = fixed_now();
        let about_documents = [
            AuditEvent::DocumentShared {
                title: "RIB".into(),
                name: "Nadia".into(),
                until: now,
            },
            AuditEvent::ShareWithdrawn {
                name: "Nadia".into(),
            },
            AuditEvent::DocumentSentOutside {
                title: "RIB".into(),
            },
            AuditEvent::Exported,
        ];
        for event in &about_documents {
            assert!(is_about_documents(event), "{event:?}");
        }
        for event in [AuditEvent::SyncRefused, AuditEvent::SettingsChanged] {
            assert!(!is_about_documents(&event), "{event:?}");
        }
    }

    #[test]
    fn a_message_names_a_paper_of_the_safe_and_only_one_that_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let now = fixed_now();
        let (mut safe, _code) = Safe::init(
            dir.path(),
            Keystore::mock("state-attach"),
            KdfParams::MIN,
            now,
        )
        .unwrap();
        safe.store_mut()
            .save_dossier(&demo::dossier(now), now)
            .unwrap();
        let data = AppData::from_safe(safe, demo::demo_device_key())
            .unwrap()
            .unwrap();
        let after = data
            .apply(
                &Action::AddDocument(NewDocumentRequest {
                    title: "Quittance de mars".into(),
                    category: Category::RentReceipt,
                    issued: None,
                    expires: None,
                    pages: vec![file("q.pdf", b"%PDF-1.4 quittance")],
                }),
                now,
            )
            .unwrap();
        let paper = after
            .documents
            .iter()
            .find(|d| d.title() == "Quittance de mars")
            .unwrap()
            .id
            .clone();
        let before = data.dossier();
        let waiting = data.sync_status().outbox.len();
        // A paper that is not in the safe, or a demo paper with no page to
        // share: refused, nothing written or queued.
        for missing in [
            DocumentId::parse("d-nope").unwrap(),
            DocumentId::parse("d-passeport").unwrap(),
        ] {
            assert_eq!(
                data.apply(
                    &Action::SendMessage {
                        text: "Voici le papier.".into(),
                        attachments: vec![missing],
                    },
                    now
                ),
                Err(ActionError::NoSuchPaper)
            );
        }
        assert_eq!(*data.dossier(), *before);
        assert_eq!(data.sync_status().outbox.len(), waiting);
        // With the paper: the message names it, on the phone and in the
        // outbox, even with no text.
        let after = data
            .apply(
                &Action::SendMessage {
                    text: String::new(),
                    attachments: vec![paper.clone()],
                },
                now,
            )
            .unwrap();
        let m = after
            .messages
            .iter()
            .find(|m| m.attachments == vec![paper.clone()])
            .expect("the message with its paper");
        assert!(m.is_from_me() && m.text().is_empty());
        assert_eq!(m.delivery(), &Delivery::WaitingToSend);
        let queued = data.sync_status();
        let Some(Request::SendMessage(sent)) = queued.outbox.last().map(|i| &i.request) else {
            panic!("the message is queued");
        };
        assert_eq!((&sent.id, &sent.attachments), (&m.id, &vec![paper]));
        // The explanation says the paper is gone, in words.
        let fr = Localizer::new(Lang::Fr);
        assert_eq!(
            ActionError::NoSuchPaper.explain(&fr),
            "Ce papier n'est plus dans votre coffre. Choisissez un autre papier."
        );
    }

    #[test]
    fn settings_are_saved_in_the_person_record() {
        let now = fixed_now();
        let data = AppData::in_memory(demo::dossier(now));
        data.apply(&Action::SetLanguage(Lang::En), now).unwrap();
        data.apply(&Action::SetTextScale(150), now).unwrap();
        let d = data.apply(&Action::SetHighContrast(true), now).unwrap();
        assert_eq!(d.person.language, Lang::En);
        assert_eq!(d.person.accessibility.text_scale(), 150);
        assert!(d.person.accessibility.high_contrast);
    }

    #[test]
    fn read_aloud_settings_are_saved_in_the_person_record() {
        let now = fixed_now();
        let data = AppData::in_memory(demo::dossier(now));
        let before = data.dossier();
        assert!(before.person.accessibility.read_aloud_button);
        assert_eq!(before.person.accessibility.speech_rate, SpeechRate::Normal);
        data.apply(&Action::SetSpeechRate(SpeechRate::Slower), now)
            .unwrap();
        let d = data.apply(&Action::SetReadAloudButton(false), now).unwrap();
        assert!(!d.person.accessibility.read_aloud_button);
        assert_eq!(d.person.accessibility.speech_rate, SpeechRate::Slower);
        assert_eq!(data.dossier().person, d.person);
        // Nothing to tell the server: the person's settings stay on the phone.
        assert!(data.sync_status().outbox.is_empty());
        let d = data.apply(&Action::SetReadAloudButton(true), now).unwrap();
        assert!(d.person.accessibility.read_aloud_button);
    }
}
