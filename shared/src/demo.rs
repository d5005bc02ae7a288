//! The demo dossier: one realistic, fictional person, the only fixture used
//! by the app preview, the server's `--demo`, the tests and the screenshots.
//! Every date is relative to a `now` anchor, so tests pass a fixed `now` and
//! the demo always looks current. Also a generator of large dossiers for
//! benchmarks.
//!
//! Everyone here is invented. Must never: read a clock (callers pass `now`).

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use chrono_tz::Tz;

use crate::appointment::Appointment;
use crate::contact::{Contact, ContactRole, Email, Phone};
use crate::device_key::DeviceKey;
use crate::document::{Category, DocumentMeta};
use crate::dossier::Dossier;
use crate::i18n::Lang;
use crate::id::*;
use crate::mandate::chain::{KeyChain, ServerKey};
use crate::mandate::statement::sign_grant;
use crate::mandate::{DocumentScope, Mandate, MandateKind};
use crate::message::{Delivery, Message};
use crate::person::Person;
use crate::plan::{LifeDomain, Objective};
use crate::step::{Actor, ChangedBy, Step, StepStatus};

/// The fixed `now` of tests and screenshots: Monday 2 March 2026, 9:00 in Paris.
pub fn fixed_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap()
}

/// The demo person's time zone.
pub const TIME_ZONE: Tz = Paris;

/// Dates relative to the anchor.
struct Clock {
    now: DateTime<Utc>,
    today: NaiveDate,
}

impl Clock {
    fn new(now: DateTime<Utc>) -> Self {
        Self {
            now,
            today: now.with_timezone(&Paris).date_naive(),
        }
    }
    /// The date `days` from today.
    fn day(&self, days: i64) -> NaiveDate {
        self.today + Duration::days(days)
    }
    /// `days` from today at `hour:minute` in Paris, as an instant.
    fn at(&self, days: i64, hour: u32, minute: u32) -> DateTime<Utc> {
        let d = self.day(days);
        Paris
            .with_ymd_and_hms(d.year(), d.month(), d.day(), hour, minute, 0)
            .earliest()
            .unwrap_or_else(|| Paris.from_utc_datetime(&d.and_hms_opt(hour, minute, 0).unwrap()))
            .with_timezone(&Utc)
    }
    /// `days` ago at 10:00 (for history), never after `now`.
    fn ago(&self, days: i64) -> DateTime<Utc> {
        self.at(-days, 10, 0).min(self.now)
    }
}

fn id<T: TryFrom<String, Error = IdError>>(s: &str) -> T {
    T::try_from(s.to_owned()).expect("demo ids are valid")
}

/// The referent's contact id in the demo dossier.
pub fn referent_id() -> ContactId {
    id("referent")
}

#[allow(clippy::too_many_arguments)]
fn contact(
    cid: &str,
    role: ContactRole,
    org: &str,
    name: Option<&str>,
    what: &str,
    phone: &str,
    email: Option<&str>,
    address: &str,
    hours: &str,
) -> Contact {
    let mut c = Contact::new(id(cid), role, org, name, what).expect("demo contact");
    c.phone = Some(Phone::parse(phone).expect("demo phone"));
    c.email = email.map(|e| Email::parse(e).expect("demo e-mail"));
    c.address = Some(address.to_owned());
    c.opening_hours = Some(hours.to_owned());
    c
}

/// The demo dossier at `now`.
#[allow(clippy::too_many_lines)]
pub fn dossier(now: DateTime<Utc>) -> Dossier {
    let c = Clock::new(now);
    let person = Person::new(id("nadia"), "Nadia", "Belkacem", Lang::Fr).expect("demo person");
    let mut d = Dossier::new(person);

    d.contacts = vec![
        contact(
            "referent",
            ContactRole::Referent,
            "Département du Nord, service social de Lille-Moulins",
            Some("Claire Martin"),
            "Claire est votre référente. Elle vous aide à suivre votre plan. Elle parle avec les autres services pour vous.",
            "03 20 00 11 22",
            Some("claire.martin@exemple-departement.fr"),
            "12 rue de l'Exemple, 59000 Lille",
            "Du lundi au vendredi, de 9 h à 17 h",
        ),
        contact(
            "caf",
            ContactRole::Partner,
            "Caisse d'allocations familiales (CAF) du Nord",
            Some("Sophie Lefèvre"),
            "La CAF verse le RSA et l'aide au logement. Sophie suit votre dossier.",
            "03 20 00 33 44",
            None,
            "3 place de l'Exemple, 59000 Lille",
            "Du lundi au vendredi, de 8 h 30 à 16 h 30",
        ),
        contact(
            "france-travail",
            ContactRole::Partner,
            "France Travail Lille Sud",
            Some("Karim Benali"),
            "Karim vous aide à trouver une formation et un travail.",
            "03 20 00 55 66",
            Some("karim.benali@exemple-francetravail.fr"),
            "8 avenue de l'Exemple, 59000 Lille",
            "Du lundi au vendredi, de 8 h 30 à 12 h 30",
        ),
        contact(
            "chrs",
            ContactRole::Partner,
            "Centre d'hébergement La Passerelle (CHRS)",
            Some("Julie Roux"),
            "Julie est votre éducatrice au centre où vous habitez. Elle vous aide pour la vie de tous les jours.",
            "03 20 00 77 88",
            None,
            "Adresse connue de votre référente",
            "Tous les jours, de 9 h à 19 h",
        ),
        contact(
            "bailleur",
            ContactRole::Partner,
            "Lille Habitat Solidaire, bailleur social",
            None,
            "Le bailleur social loue des logements à petit loyer. Il étudie votre demande de logement.",
            "03 20 00 99 00",
            None,
            "20 boulevard de l'Exemple, 59000 Lille",
            "Du lundi au jeudi, de 9 h à 12 h",
        ),
        contact(
            "pmi",
            ContactRole::Partner,
            "Protection maternelle et infantile (PMI) de Moulins",
            Some("Docteure Anne Petit"),
            "La PMI suit la santé de vos enfants. Les rendez-vous sont gratuits.",
            "03 20 00 12 34",
            None,
            "5 rue de l'Exemple, 59000 Lille",
            "Le mardi et le jeudi, de 9 h à 17 h",
        ),
    ];

    let obj = |oid: &str, domain, title: &str| {
        Objective::new(id(oid), domain, title).expect("demo objective")
    };
    d.objectives = vec![
        obj(
            "housing",
            LifeDomain::Housing,
            "Avoir un logement à moi avec mes enfants",
        ),
        obj(
            "work",
            LifeDomain::Work,
            "Faire une formation d'aide-soignante",
        ),
        obj(
            "money",
            LifeDomain::Money,
            "Avoir mes aides à jour et rembourser ma dette",
        ),
        obj(
            "papers",
            LifeDomain::PapersAndRights,
            "Renouveler mon titre de séjour à temps",
        ),
        obj(
            "family",
            LifeDomain::Family,
            "Suivre la santé de mes enfants",
        ),
    ];
    d.objectives[0].in_my_words = Some("Je veux que mes enfants aient leur chambre.".to_owned());

    let partner = |p: &str| Actor::Partner(id(p));
    // (id, objective, what, actor, due in days, status, created days ago)
    // (id, objective, what, actor, due in days, status, created days ago)
    type StepRow<'a> = (
        &'a str,
        &'a str,
        &'a str,
        Actor,
        Option<i64>,
        StepStatus,
        i64,
    );
    let steps: [StepRow<'_>; 16] = [
        (
            "s01",
            "housing",
            "Remplir la demande de logement social",
            Actor::Me,
            Some(-20),
            StepStatus::Done,
            60,
        ),
        (
            "s02",
            "housing",
            "Envoyer la demande de logement au bailleur",
            Actor::MyReferent,
            Some(-10),
            StepStatus::Done,
            60,
        ),
        (
            "s03",
            "housing",
            "Donner mes 3 dernières fiches de paie au bailleur",
            Actor::Me,
            Some(-1),
            StepStatus::ToDo,
            30,
        ),
        (
            "s04",
            "housing",
            "Étudier la demande de logement",
            partner("bailleur"),
            Some(30),
            StepStatus::InProgress,
            20,
        ),
        (
            "s05",
            "housing",
            "Visiter l'appartement proposé",
            Actor::Me,
            None,
            StepStatus::ProposedByMe,
            2,
        ),
        (
            "s06",
            "work",
            "S'inscrire à la réunion d'information sur la formation",
            Actor::Me,
            Some(5),
            StepStatus::ToDo,
            25,
        ),
        (
            "s07",
            "work",
            "Chercher une formation d'aide-soignante près de Lille",
            partner("france-travail"),
            Some(14),
            StepStatus::InProgress,
            25,
        ),
        (
            "s08",
            "work",
            "Faire mon CV avec l'atelier du CHRS",
            Actor::Me,
            Some(-15),
            StepStatus::Done,
            45,
        ),
        (
            "s09",
            "money",
            "Déclarer mes ressources du trimestre à la CAF",
            Actor::Me,
            Some(3),
            StepStatus::InProgress,
            20,
        ),
        (
            "s10",
            "money",
            "Demander un plan pour rembourser la dette de loyer",
            Actor::MyReferent,
            Some(21),
            StepStatus::ToDo,
            20,
        ),
        (
            "s11",
            "money",
            "Vérifier mes droits à l'aide au logement",
            partner("caf"),
            Some(10),
            StepStatus::ToDo,
            20,
        ),
        (
            "s12",
            "papers",
            "Prendre rendez-vous à la préfecture pour le titre de séjour",
            Actor::Me,
            Some(12),
            StepStatus::ToDo,
            10,
        ),
        (
            "s13",
            "papers",
            "Préparer la liste des papiers pour la préfecture",
            Actor::MyReferent,
            Some(7),
            StepStatus::InProgress,
            10,
        ),
        (
            "s14",
            "family",
            "Faire les vaccins de Yanis",
            partner("pmi"),
            Some(-30),
            StepStatus::Done,
            70,
        ),
        (
            "s15",
            "family",
            "Inscrire Lina à la cantine",
            Actor::Me,
            Some(-5),
            StepStatus::Dropped,
            40,
        ),
        (
            "s16",
            "family",
            "Prendre rendez-vous à la PMI pour Lina",
            Actor::Me,
            Some(20),
            StepStatus::ToDo,
            8,
        ),
    ];
    for (sid, oid, what, actor, due, status, created) in steps {
        let due = due.map(|n| c.day(n));
        let mut s = if status == StepStatus::ProposedByMe {
            Step::proposed(id(sid), id(oid), what, due, c.ago(created)).expect("demo step")
        } else {
            Step::new(id(sid), id(oid), what, actor, due, c.ago(created)).expect("demo step")
        };
        let by = if s.actor == Actor::Me {
            ChangedBy::Me
        } else {
            ChangedBy::MyReferent
        };
        match status {
            StepStatus::InProgress => s
                .change_status(StepStatus::InProgress, by, c.ago(created / 2))
                .expect("demo"),
            StepStatus::Done => {
                s.change_status(StepStatus::InProgress, by, c.ago(created * 2 / 3))
                    .expect("demo");
                s.change_status(StepStatus::Done, by, c.ago(created / 3))
                    .expect("demo");
            }
            StepStatus::Dropped => s
                .change_status(StepStatus::Dropped, by, c.ago(created / 2))
                .expect("demo"),
            StepStatus::ToDo | StepStatus::ProposedByMe => {}
        }
        d.steps.push(s);
    }

    let doc =
        |did: &str, title: &str, cat, issued: Option<i64>, expires: Option<i64>, added: i64| {
            DocumentMeta::new(
                id(did),
                title,
                cat,
                issued.map(|n| c.day(n)),
                expires.map(|n| c.day(n)),
                c.ago(added),
            )
            .expect("demo document")
        };
    d.documents = vec![
        doc(
            "d-passeport",
            "Passeport",
            Category::Identity,
            Some(-900),
            Some(2700),
            80,
        ),
        doc(
            "d-titre-sejour",
            "Titre de séjour",
            Category::ResidencePermit,
            Some(-275),
            Some(90),
            80,
        ),
        doc(
            "d-attestation-caf",
            "Attestation CAF de paiement",
            Category::Caf,
            Some(-12),
            Some(80),
            12,
        ),
        doc(
            "d-avis-impot",
            "Avis d'impôt 2025",
            Category::Tax,
            Some(-150),
            None,
            60,
        ),
        doc(
            "d-paie-1",
            "Fiche de paie de décembre",
            Category::Payslip,
            Some(-60),
            None,
            55,
        ),
        doc(
            "d-paie-2",
            "Fiche de paie de janvier",
            Category::Payslip,
            Some(-30),
            None,
            25,
        ),
        doc(
            "d-vitale",
            "Attestation de carte Vitale",
            Category::HealthInsurance,
            Some(-200),
            Some(20),
            70,
        ),
        doc(
            "d-quittance",
            "Quittance du CHRS de février",
            Category::RentReceipt,
            Some(-2),
            None,
            2,
        ),
    ];

    let appt = |aid: &str,
                start: DateTime<Utc>,
                minutes: i64,
                place: &str,
                with: Option<&str>,
                purpose: &str,
                compulsory,
                private| {
        Appointment::new(
            id(aid),
            start,
            start + Duration::minutes(minutes),
            Paris,
            place,
            with.map(id),
            purpose,
            compulsory,
            private,
        )
        .expect("demo appointment")
    };
    let mut past_caf = appt(
        "a-caf-passe",
        c.at(-21, 10, 0),
        45,
        "CAF du Nord, 3 place de l'Exemple, Lille",
        Some("caf"),
        "Faire le point sur mes aides",
        false,
        false,
    );
    past_caf.confirm().expect("demo");
    past_caf.record_outcome(true, now).expect("demo");
    let mut past_ft = appt(
        "a-ft-passe",
        c.at(-9, 14, 0),
        60,
        "France Travail Lille Sud",
        Some("france-travail"),
        "Parler de mon projet de formation",
        false,
        false,
    );
    past_ft.record_outcome(false, now).expect("demo");
    let mut rsa = appt(
        "a-rsa",
        c.at(1, 14, 0),
        60,
        "Service social de Lille-Moulins, 12 rue de l'Exemple",
        Some("referent"),
        "Faire le bilan de mon contrat RSA",
        true,
        false,
    );
    rsa.what_to_bring = vec![
        "Ma carte d'identité ou mon passeport".to_owned(),
        "Mes 2 dernières fiches de paie".to_owned(),
    ];
    rsa.documents_to_bring = vec![id("d-passeport"), id("d-paie-1"), id("d-paie-2")];
    rsa.confirm().expect("demo");
    let mut info = appt(
        "a-formation",
        c.at(5, 9, 30),
        120,
        "France Travail Lille Sud, salle 2",
        Some("france-travail"),
        "Réunion d'information sur la formation d'aide-soignante",
        false,
        false,
    );
    info.what_to_bring = vec!["Mon CV".to_owned()];
    let cmp = appt(
        "a-prive",
        c.at(8, 11, 0),
        45,
        "Centre médico-psychologique (CMP), 4 rue de l'Exemple",
        None,
        "Rendez-vous pour moi",
        false,
        true,
    );
    let mut pmi = appt(
        "a-pmi",
        c.at(15, 10, 0),
        30,
        "PMI de Moulins, 5 rue de l'Exemple",
        Some("pmi"),
        "Visite de santé de Lina",
        false,
        false,
    );
    pmi.what_to_bring = vec!["Le carnet de santé de Lina".to_owned()];
    d.appointments = vec![past_caf, past_ft, rsa, info, cmp, pmi];

    let referent = referent_id();
    let thread: [(bool, &str, i64, u32); 8] = [
        (
            false,
            "Bonjour Nadia, le bailleur a bien reçu votre demande de logement.",
            10,
            9,
        ),
        (
            true,
            "Merci beaucoup. Est-ce que je dois faire autre chose ?",
            10,
            11,
        ),
        (
            false,
            "Oui : il faut donner vos 3 dernières fiches de paie. Vous pouvez les ajouter dans votre coffre-fort.",
            9,
            10,
        ),
        (true, "D'accord, je les ajoute cette semaine.", 9, 18),
        (
            true,
            "Je n'ai pas encore la fiche de paie de février.",
            3,
            9,
        ),
        (
            false,
            "Ce n'est pas grave. Envoyez celle de février quand vous l'avez.",
            3,
            14,
        ),
        (
            false,
            "Je vous rappelle notre rendez-vous de demain à 14 h. Apportez vos fiches de paie.",
            0,
            8,
        ),
        (false, "Vous pouvez venir avec vos enfants si besoin.", 0, 8),
    ];
    for (i, (mine, text, days_ago, hour)) in thread.into_iter().enumerate() {
        let written = c.at(-days_ago, hour, 5 * i as u32).min(now);
        let mid: MessageId = id(&format!("m{:02}", i + 1));
        let mut m = if mine {
            Message::outgoing(mid, referent.clone(), text, vec![], written).expect("demo message")
        } else {
            Message::incoming(mid, referent.clone(), text, vec![], written).expect("demo message")
        };
        // Everything but the two newest is read; the person's messages were read by the referent.
        if i < 6 {
            m.advance(Delivery::Read).expect("demo");
        }
        d.messages.push(m);
    }

    let mandate = |mid: &str, grantee: &str, kind, starts: i64, ends: i64| {
        Mandate::new(
            id(mid),
            id(grantee),
            kind,
            c.at(starts, 10, 0),
            c.at(ends, 23, 59),
        )
        .expect("demo mandate")
    };
    let mandates = [
        mandate(
            "mn-coordination",
            "referent",
            MandateKind::Coordination,
            -60,
            305,
        ),
        mandate(
            "mn-caf",
            "caf",
            MandateKind::InformationSharing {
                domains: vec![LifeDomain::Money, LifeDomain::Housing],
            },
            -60,
            20,
        ),
        mandate(
            "mn-chrs-titre",
            "chrs",
            MandateKind::DocumentAccess {
                documents: DocumentScope::One(id("d-titre-sejour")),
            },
            -10,
            45,
        ),
        mandate(
            "mn-bailleur-paie",
            "bailleur",
            MandateKind::DocumentAccess {
                documents: DocumentScope::Category(Category::Payslip),
            },
            -5,
            60,
        ),
    ];
    // Signed on the person's phone, each a few days after its start; the
    // device key countersigned by the département's server at enrollment.
    let device = demo_device_key();
    let server = demo_server_key();
    d.key_chain = Some(KeyChain {
        server_key: server.public_key(),
        certificates: vec![server.certify(&d.person.id, device.public_key(), 1, c.ago(70))],
        revocations: vec![],
    });
    d.mandate_statements = mandates
        .iter()
        .enumerate()
        .map(|(i, m)| sign_grant(&device, i as u64 + 1, m.starts().min(now), m, None))
        .collect();
    d
}

/// The demo person's device key (fixed, so the demo is the same everywhere;
/// a real key is made at random and kept in the keystore).
pub fn demo_device_key() -> DeviceKey {
    DeviceKey::from_seed(&[0xd0; 32])
}

/// The demo server's key (fixed, for the demo and the tests only).
pub fn demo_server_key() -> ServerKey {
    ServerKey(DeviceKey::from_seed(&[0x5e; 32]))
}

/// How big a generated dossier is.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub steps: usize,
    pub appointments: usize,
    pub messages: usize,
    pub documents: usize,
}

impl Size {
    /// Hundreds of steps and appointments, thousands of messages, hundreds of documents.
    pub const LARGE: Size = Size {
        steps: 500,
        appointments: 300,
        messages: 5000,
        documents: 300,
    };
}

/// A large dossier for benchmarks: the demo dossier plus generated records,
/// deterministic for a given `now` and `size`.
pub fn large(now: DateTime<Utc>, size: Size) -> Dossier {
    let c = Clock::new(now);
    let mut d = dossier(now);
    // A small deterministic generator: enough variety for a fixture, not for crypto.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let objectives: Vec<ObjectiveId> = d.objectives.iter().map(|o| o.id.clone()).collect();
    let partners: Vec<ContactId> = d.contacts.iter().skip(1).map(|c| c.id.clone()).collect();
    for i in 0..size.steps {
        let actor = match next(3) {
            0 => Actor::Me,
            1 => Actor::MyReferent,
            _ => Actor::Partner(partners[next(partners.len() as u64) as usize].clone()),
        };
        let due = c.day(next(400) as i64 - 200);
        let mut s = Step::new(
            id(&format!("gen-s{i:05}")),
            objectives[i % objectives.len()].clone(),
            &format!("Étape numéro {i} du plan"),
            actor,
            Some(due),
            c.ago(300),
        )
        .expect("generated step");
        if next(2) == 0 {
            s.change_status(StepStatus::Done, ChangedBy::MyReferent, c.ago(100))
                .expect("generated");
        }
        d.steps.push(s);
    }
    for i in 0..size.appointments {
        let start = c.at(next(600) as i64 - 300, 8 + next(9) as u32, 0);
        let mut a = Appointment::new(
            id(&format!("gen-a{i:05}")),
            start,
            start + Duration::minutes(45),
            Paris,
            "Service social de Lille-Moulins",
            Some(partners[i % partners.len()].clone()),
            &format!("Rendez-vous numéro {i}"),
            next(5) == 0,
            next(7) == 0,
        )
        .expect("generated appointment");
        if start < now {
            a.record_outcome(next(4) != 0, now).expect("generated");
        }
        d.appointments.push(a);
    }
    let referent = referent_id();
    for i in 0..size.messages {
        let written = (now - Duration::minutes((size.messages - i) as i64 * 37)).min(now);
        let text = format!(
            "Message numéro {i} : bonjour, voici des nouvelles de mon dossier et de mes démarches de la semaine."
        );
        let mid: MessageId = id(&format!("gen-m{i:06}"));
        let mut m = if next(2) == 0 {
            Message::outgoing(mid, referent.clone(), &text, vec![], written).expect("generated")
        } else {
            Message::incoming(mid, referent.clone(), &text, vec![], written).expect("generated")
        };
        if i + 20 < size.messages {
            m.advance(Delivery::Read).expect("generated");
        }
        d.messages.push(m);
    }
    for i in 0..size.documents {
        let cat = Category::ALL[i % Category::ALL.len()];
        let expires = (next(3) == 0).then(|| c.day(next(1000) as i64 - 100));
        d.documents.push(
            DocumentMeta::new(
                id(&format!("gen-d{i:05}")),
                &format!("Document numéro {i}"),
                cat,
                None,
                expires,
                c.ago(next(500) as i64),
            )
            .expect("generated document"),
        );
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appointment::AppointmentStatus;
    use crate::document::ExpiryAlert;
    use crate::whats_next::whats_next;

    #[test]
    fn the_demo_dossier_has_what_the_fixtures_promise() {
        let d = dossier(fixed_now());
        assert!((10..=20).contains(&d.steps.len()));
        assert_eq!(
            d.contacts
                .iter()
                .filter(|c| c.role == ContactRole::Partner)
                .count(),
            5
        );
        assert_eq!(d.referent().unwrap().display_name(), "Claire Martin");
        let domains: std::collections::BTreeSet<_> =
            d.objectives.iter().map(|o| o.domain).collect();
        assert!(domains.len() >= 4);
        assert!(d.appointments.iter().any(|a| a.start() < fixed_now()));
        assert!(
            d.appointments
                .iter()
                .any(|a| a.start() > fixed_now() && a.compulsory)
        );
        assert!(
            d.appointments
                .iter()
                .any(|a| a.start() > fixed_now() && a.private)
        );
        assert!(d.messages.len() >= 5);
        let today = fixed_now().with_timezone(&TIME_ZONE).date_naive();
        assert!(
            d.documents
                .iter()
                .any(|doc| doc.expiry_alert(today).is_some())
        );
        // Every reference points at something that exists.
        for s in &d.steps {
            assert!(d.objectives.iter().any(|o| o.id == s.objective));
            if let Actor::Partner(p) = &s.actor {
                assert!(d.contact(p).is_some());
            }
        }
        let verdict = d.mandates(fixed_now());
        assert!(verdict.rejected.is_empty(), "{:?}", verdict.rejected);
        assert_eq!(verdict.in_force().count(), 4);
        for g in &verdict.grants {
            assert!(d.contact(&g.mandate.grantee).is_some());
        }
    }

    #[test]
    fn whats_next_on_the_demo_at_the_fixed_now() {
        let d = dossier(fixed_now());
        let w = whats_next(&d, fixed_now(), TIME_ZONE);
        let steps: Vec<_> = w
            .steps
            .iter()
            .map(|s| (s.step.id.as_str(), s.overdue))
            .collect();
        // The late pay-slip step first, then by due date; only the person's own open steps.
        assert_eq!(steps, [("s03", true), ("s09", false), ("s06", false)]);
        let next = w.next_appointment.unwrap();
        assert_eq!(next.id.as_str(), "a-rsa");
        assert!(next.compulsory);
        assert_eq!(w.more_appointments, 3);
        let docs: Vec<_> = w
            .documents
            .iter()
            .map(|x| (x.document.id.as_str(), x.alert))
            .collect();
        assert_eq!(
            docs,
            [
                ("d-vitale", ExpiryAlert::Soon),
                ("d-titre-sejour", ExpiryAlert::Soon)
            ]
        );
        let mandates: Vec<_> = w
            .mandates_ending
            .iter()
            .map(|g| g.mandate.id.as_str())
            .collect();
        assert_eq!(mandates, ["mn-caf"]);
        assert_eq!(w.unread_messages, 2);
    }

    #[test]
    fn whats_next_moves_with_now() {
        let d = dossier(fixed_now());
        // Two days later the RSA meeting is over: the next appointment is the information meeting.
        let later = fixed_now() + Duration::days(2);
        let w = whats_next(&d, later, TIME_ZONE);
        assert_eq!(w.next_appointment.unwrap().id.as_str(), "a-formation");
        // The declaration due in 3 days is late 4 days later.
        let w = whats_next(&d, fixed_now() + Duration::days(4), TIME_ZONE);
        assert!(
            w.steps
                .iter()
                .any(|s| s.step.id.as_str() == "s09" && s.overdue)
        );
        // After the CAF mandate ends it no longer shows as ending soon.
        let w = whats_next(&d, fixed_now() + Duration::days(21), TIME_ZONE);
        assert!(
            w.mandates_ending
                .iter()
                .all(|g| g.mandate.id.as_str() != "mn-caf")
        );
        // 70 days on, the Vitale certificate has expired and comes first; the
        // residence permit is within the prefecture's 2-month alert.
        let w = whats_next(&d, fixed_now() + Duration::days(70), TIME_ZONE);
        let docs: Vec<_> = w
            .documents
            .iter()
            .map(|x| (x.document.id.as_str(), x.alert))
            .collect();
        assert_eq!(
            docs,
            [
                ("d-vitale", ExpiryAlert::Expired),
                ("d-attestation-caf", ExpiryAlert::Urgent),
                ("d-titre-sejour", ExpiryAlert::Urgent)
            ]
        );
    }

    #[test]
    fn whats_next_of_an_empty_dossier_is_empty() {
        let mut d = dossier(fixed_now());
        d.steps.clear();
        d.appointments.clear();
        d.documents.clear();
        d.mandate_statements.clear();
        d.messages.clear();
        assert!(whats_next(&d, fixed_now(), TIME_ZONE).is_empty());
    }

    #[test]
    fn the_demo_is_current_whatever_the_now() {
        let now = Utc.with_ymd_and_hms(2031, 10, 26, 1, 30, 0).unwrap();
        let d = dossier(now);
        let w = whats_next(&d, now, TIME_ZONE);
        assert_eq!(w.next_appointment.unwrap().id.as_str(), "a-rsa");
        assert_eq!(
            w.next_appointment.unwrap().status(),
            AppointmentStatus::Confirmed
        );
    }

    #[test]
    fn the_large_dossier_is_large_and_deterministic() {
        let a = large(fixed_now(), Size::LARGE);
        assert!(a.steps.len() >= 500 && a.messages.len() >= 5000 && a.documents.len() >= 300);
        assert_eq!(a, large(fixed_now(), Size::LARGE));
    }
}
