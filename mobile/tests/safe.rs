//! My papers (the safe), from the demo dossier at the fixed `now` of tests
//! (Monday 2 March 2026, 9:00 in Paris): the list by category with expiry
//! in words, adding a document through the file input's own code path into
//! a real safe, opening, sending outside, export, backup, and deleting with
//! a second tap.

mod common;

use std::sync::Arc;

use chrono::Duration;
use common::{
    Session, TestPlatform, demo_on, demo_safe, missing_markers, plain, render, visible_text,
};
use parcours_core::demo::fixed_now;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::id::DocumentId;
use parcours_mobile::platform::{FileBytes, PickFrom};
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, AppData, Clock};

/// The CRC-32 of PNG chunks (ISO 3309).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid 1 × 1 grey PNG; with `gps`, an `eXIf` chunk holding GPS words
/// (what a phone's photo of a paper carries).
fn png(gps: bool) -> Vec<u8> {
    let chunk = |kind: &[u8; 4], data: &[u8]| {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        c.extend_from_slice(&body);
        c.extend_from_slice(&crc32(&body).to_be_bytes());
        c
    };
    let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
    p.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
    if gps {
        p.extend(chunk(
            b"eXIf",
            b"MM\0*GPSLatitude 50.6292N GPSLongitude 3.0573E",
        ));
    }
    // zlib, one stored block: filter byte 0 and one black pixel.
    p.extend(chunk(
        b"IDAT",
        &[
            0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0, 0, 0x00, 0x02, 0x00, 0x01,
        ],
    ));
    p.extend(chunk(b"IEND", &[]));
    p
}

fn file(name: &str, media_type: &str, bytes: Vec<u8>) -> FileBytes {
    FileBytes {
        name: name.to_owned(),
        media_type: media_type.to_owned(),
        bytes: Arc::from(bytes),
    }
}

fn on_safe(data: AppData, platform: &TestPlatform, days: i64) -> Session {
    Session::new(AppConfig {
        screen: Screen::Safe,
        platform: platform.handle(),
        ..AppConfig::with_data(
            Lang::Fr,
            Clock::Fixed(fixed_now() + Duration::days(days)),
            data,
        )
    })
}

fn doc_id(s: &str) -> DocumentId {
    DocumentId::parse(s).unwrap()
}

#[test]
fn the_demo_documents_are_listed_by_category_with_their_end_in_words() {
    let html = render(demo_on(Lang::Fr, Screen::Safe));
    assert!(
        missing_markers(&html).is_empty(),
        "{:?}",
        missing_markers(&html)
    );
    let text = plain(&visible_text(&html));
    assert!(text.contains("Mes papiers"), "{text}");
    // Each category once, with its documents under it, in the documented order.
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("no {needle:?} in {text}"))
    };
    let order = [
        "Carte d'identité ou passeport Passeport Pas de fichier, seulement le nom et les dates Valable jusqu'au",
        "Titre de séjour Titre de séjour Expire dans 90 jours Pas de fichier, seulement le nom et les dates Valable jusqu'au dimanche 31 mai.",
        "Papiers de la CAF Attestation CAF de paiement Pas de fichier, seulement le nom et les dates Valable jusqu'au jeudi 21 mai.",
        "Impôts Avis d'impôt 2025 Pas de fichier",
        "Fiches de paie Fiche de paie de décembre Pas de fichier, seulement le nom et les dates Ouvrir Fiche de paie de janvier",
        "Quittances de loyer Quittance du CHRS de février",
        "Assurance maladie (carte Vitale) Attestation de carte Vitale Expire dans 20 jours Pas de fichier, seulement le nom et les dates Valable jusqu'au dimanche 22 mars.",
    ];
    let places: Vec<usize> = order.iter().map(|s| at(s)).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
    // The words say it; the colour only repeats them.
    assert_eq!(text.matches("Expire dans").count(), 2, "{text}");
    assert!(html.contains(r#"class="badge badge-warn""#));
    // Every category heading has its pictogram.
    for key in [
        "identity",
        "residence-permit",
        "caf",
        "tax",
        "payslip",
        "rent-receipt",
        "health-insurance",
    ] {
        let h2 = html.find(&format!(r#"id="safe-cat-{key}""#)).unwrap();
        assert!(html[h2..h2 + 400].contains("<svg"), "{key}");
    }
    // Each paper has its own "Ouvrir", tied to its title for screen readers.
    assert_eq!(text.matches("Ouvrir").count(), 8, "{text}");
    for (attr, value) in [
        ("aria-expanded", "false"),
        ("aria-controls", "doc-panel-d-passeport"),
        ("aria-describedby", "doc-title-d-passeport"),
    ] {
        assert_eq!(
            common::attr_of(&html, r#"id="doc-open-d-passeport""#, attr).as_deref(),
            Some(value),
            "{attr}"
        );
    }
    // Export is offered after a warning only; sharing with a professional
    // needs the server: in memory, the card says so and offers nothing.
    assert!(html.contains(r#"id="safe-export""#) && html.contains(r#"id="safe-backup""#));
    assert!(!text.contains("Attention : ce fichier ne sera pas protégé."));
    assert!(
        text.contains("il faut que l'application soit reliée au serveur"),
        "{text}"
    );
    assert!(!html.contains(r#"id="share-continue""#));
}

#[test]
fn an_expired_document_says_so_in_words() {
    // 21 days later the carte Vitale certificate has expired; the residence
    // permit is 69 days away.
    let later = |lang| AppConfig {
        screen: Screen::Safe,
        data: AppData::in_memory(parcours_core::demo::dossier(fixed_now())),
        ..AppConfig::demo(lang, Clock::Fixed(fixed_now() + Duration::days(21)))
    };
    let config = later(Lang::Fr);
    let text = plain(&visible_text(&render(config)));
    assert!(
        text.contains("Attestation de carte Vitale Expiré Pas de fichier, seulement le nom et les dates Plus valable depuis le dimanche 22 mars."),
        "{text}"
    );
    assert!(
        text.contains("Titre de séjour Expire dans 69 jours"),
        "{text}"
    );
    for lang in Lang::ALL {
        let html = render(later(lang));
        assert!(
            missing_markers(&html).is_empty(),
            "{lang}: {:?}",
            missing_markers(&html)
        );
    }
}

#[test]
fn adding_a_document_through_the_file_input_lands_in_the_safe_without_its_gps_data() {
    let (data, handle) = demo_safe("safe-add");
    let platform = TestPlatform::default();
    let mut app = on_safe(data.clone(), &platform, 0);
    assert!(app.has("safe-file-input"));
    assert!(!app.has("safe-add-save"), "no form before a file is chosen");

    // The person chooses two photos in the page's input.
    platform.will_choose(vec![
        file("IMG_0001.png", "image/png", png(true)),
        file("IMG_0002.png", "image/png", png(false)),
    ]);
    app.change("safe-file-input");
    app.settle();
    assert_eq!(
        platform.picked_from(),
        [PickFrom::PageInput("safe-file-input".into())]
    );
    let text = app.text();
    assert!(
        text.contains("Vous avez choisi 2 fichiers. Ils seront les pages d'un seul papier. Page 1 : IMG_0001.png Page 2 : IMG_0002.png"),
        "{text}"
    );
    assert!(text.contains(
        "Pour les photos, Parcours enlève les informations cachées. Par exemple, le lieu où la photo a été prise."
    ));

    // No title: refused, in words, nothing added.
    app.click("safe-add-save");
    assert!(
        app.text()
            .contains("Écrivez un nom pour ce papier. Rien n'a été changé.")
    );
    assert_eq!(data.dossier().documents.len(), 8);

    app.input("safe-add-name", "Attestation CAF de mars");
    app.select("safe-add-category", "caf");
    app.input("safe-add-expires", "2026-03-20");
    app.click("safe-add-save");
    let text = app.text();
    assert!(
        text.contains("C'est rangé. « Attestation CAF de mars » est dans votre coffre-fort."),
        "{text}"
    );
    // Listed with the other CAF paper, its two pages and its end in words.
    assert!(
        text.contains("Attestation CAF de mars Expire dans 18 jours 2 pages Valable jusqu'au vendredi 20 mars."),
        "{text}"
    );
    // And written in the trail, in a plain sentence with the date in full.
    assert!(
        text.contains("Le lundi 2 mars 2026, vous avez ajouté « Attestation CAF de mars » dans votre coffre-fort."),
        "{text}"
    );
    assert!(!app.has("safe-add-save"), "the form is emptied");

    // On the disk: two pages, the GPS words gone from the photo, the pixel kept.
    drop(app);
    drop(data);
    let mut safe = handle.safe();
    let meta = safe
        .documents()
        .unwrap()
        .into_iter()
        .find(|d| d.title() == "Attestation CAF de mars")
        .expect("the new document");
    assert_eq!(meta.pages.len(), 2);
    assert_eq!(meta.category, parcours_core::document::Category::Caf);
    assert_eq!(meta.expires(), chrono::NaiveDate::from_ymd_opt(2026, 3, 20));
    assert!(meta.pages.iter().all(|p| p.media_type == "image/png"));
    let first = safe.read_page(&meta.id, 1, fixed_now()).unwrap();
    assert!(!first.windows(11).any(|w| w == b"GPSLatitude"));
    assert!(!first.windows(4).any(|w| w == b"eXIf"));
    assert_eq!(first, png(false), "only the hidden data went");
    let fr = Localizer::new(Lang::Fr);
    let trail: Vec<String> = safe
        .store()
        .audit_trail()
        .unwrap()
        .iter()
        .map(|e| e.describe(&fr, parcours_core::demo::TIME_ZONE))
        .collect();
    assert!(trail.contains(
        &"Le lundi 2 mars 2026, vous avez ajouté «\u{a0}Attestation CAF de mars\u{a0}» dans votre coffre-fort.".to_owned()
    ));
    // Nothing in clear left in the safe's folder.
    assert!(
        handle.files().iter().all(|f| f == "parcours.db"
            || f == "safe.key"
            || f == "documents"
            || f.ends_with(".pcd")),
        "{:?}",
        handle.files()
    );
}

#[test]
fn a_file_whose_hidden_data_cannot_be_removed_is_refused() {
    let (data, _handle) = demo_safe("safe-refuse");
    let platform = TestPlatform::default();
    let mut app = on_safe(data.clone(), &platform, 0);
    // An iPhone photo (HEIC) named .jpg: its first bytes say what it is.
    let mut heic = b"\0\0\0\x18ftypheic".to_vec();
    heic.extend_from_slice(b"GPSLatitude");
    platform.will_choose(vec![file("photo.jpg", "image/jpeg", heic)]);
    app.change("safe-file-input");
    app.settle();
    app.input("safe-add-name", "Photo");
    app.click("safe-add-save");
    let text = app.text();
    assert!(
        text.contains("Parcours ne peut pas ranger ce fichier : photo.jpg. Choisissez une photo JPEG ou PNG, ou un PDF. Rien n'a été changé."),
        "{text}"
    );
    assert_eq!(data.dossier().documents.len(), 8);
}

#[test]
fn deleting_needs_a_second_tap_that_says_it_cannot_be_undone() {
    let (data, handle) = demo_safe("safe-delete");
    let platform = TestPlatform::default();
    let mut app = on_safe(data.clone(), &platform, 0);
    let id = "d-quittance";
    let present = |d: &AppData| d.dossier().documents.iter().any(|x| x.id == doc_id(id));

    app.click(&format!("doc-open-{id}"));
    assert!(
        app.text()
            .contains("Il n'y a pas de photo ni de fichier pour ce papier.")
    );
    app.click(&format!("doc-delete-{id}"));
    let text = app.text();
    assert!(
        text.contains("Supprimer « Quittance du CHRS de février » ? Vous ne pourrez pas revenir en arrière. Le papier sera effacé de ce téléphone. Les sauvegardes et les copies déjà faites ne seront pas effacées."),
        "{text}"
    );
    assert!(present(&data), "the first tap deletes nothing");

    // "Non, garder ce papier": still there.
    app.click(&format!("doc-delete-no-{id}"));
    assert!(!app.has(&format!("doc-delete-yes-{id}")));
    assert!(present(&data));

    // Asked again, and confirmed.
    app.click(&format!("doc-delete-{id}"));
    app.click(&format!("doc-delete-yes-{id}"));
    let text = app.text();
    assert!(
        text.contains("C'est fait. « Quittance du CHRS de février » est supprimé."),
        "{text}"
    );
    assert!(!app.has(&format!("doc-{id}")));
    assert!(!present(&data));
    assert!(
        text.contains("Le lundi 2 mars 2026, vous avez supprimé « Quittance du CHRS de février ».")
    );
    drop(app);
    drop(data);
    assert!(!handle.reopen().documents.iter().any(|x| x.id == doc_id(id)));
}

#[test]
fn open_a_page_send_it_outside_rename_export_and_back_up() {
    let (data, handle) = demo_safe("safe-open");
    let platform = TestPlatform::default();
    let mut app = on_safe(data.clone(), &platform, 0);
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend_from_slice(b"attestation");
    platform.will_choose(vec![
        file("scan.png", "image/png", png(false)),
        file("scan.pdf", "application/pdf", pdf.clone()),
    ]);
    app.change("safe-file-input");
    app.settle();
    app.input("safe-add-name", "Notification CAF");
    app.select("safe-add-category", "caf");
    app.click("safe-add-save");
    let id = data
        .dossier()
        .documents
        .iter()
        .find(|d| d.title() == "Notification CAF")
        .unwrap()
        .id
        .clone();
    let id = id.as_str();

    // Open: the photo in the page, with words for it.
    app.click(&format!("doc-open-{id}"));
    let html = app.html();
    assert!(app.text().contains("Page 1 sur 2"));
    let src = common::attr_of(&html, &format!(r#"id="doc-page-{id}""#), "src").unwrap();
    assert!(src.starts_with("data:image/png;base64,"), "{src}");
    assert_eq!(
        common::attr_of(&html, &format!(r#"id="doc-page-{id}""#), "alt").as_deref(),
        Some("Notification CAF, page 1 sur 2")
    );
    // The PDF page is a download.
    app.click(&format!("doc-next-{id}"));
    let html = app.html();
    let href = common::attr_of(&html, &format!(r#"id="doc-page-{id}""#), "href").unwrap();
    assert!(href.starts_with("data:application/pdf;base64,"), "{href}");
    assert_eq!(
        common::attr_of(&html, &format!(r#"id="doc-page-{id}""#), "download").as_deref(),
        Some("notification-caf-2.pdf")
    );
    assert!(
        app.text()
            .contains("Le lundi 2 mars 2026, vous avez ouvert « Notification CAF ».")
    );

    // Send outside: a warning first, nothing leaves before "Oui, envoyer".
    app.click(&format!("doc-send-{id}"));
    let text = app.text();
    assert!(
        text.contains("Envoyer ce papier hors de Parcours ? Attention : hors de Parcours, ce papier ne sera plus protégé. Parcours ne pourra pas l'effacer. Envoyez-le seulement à une personne de confiance. Seule la page 2 sera envoyée."),
        "{text}"
    );
    assert!(platform.shared().is_empty());
    app.click(&format!("doc-send-yes-{id}"));
    app.settle();
    let shared = platform.shared();
    assert_eq!(shared.len(), 1);
    assert_eq!(&*shared[0].bytes, &pdf[..]);
    assert_eq!(shared[0].name, "notification-caf-2.pdf");
    let text = app.text();
    assert!(
        text.contains("Le fichier « notification-caf-2.pdf » est dans vos téléchargements. Il n'est plus protégé par Parcours."),
        "{text}"
    );
    assert!(
        text.contains(
            "Le lundi 2 mars 2026, vous avez envoyé « Notification CAF » hors de Parcours."
        )
    );

    // Rename.
    app.click(&format!("doc-rename-{id}"));
    app.input(
        &format!("doc-rename-input-{id}"),
        "Notification CAF de mars",
    );
    app.click(&format!("doc-rename-save-{id}"));
    let text = app.text();
    assert!(
        text.contains(
            "C'est enregistré. Le papier s'appelle maintenant « Notification CAF de mars »."
        ),
        "{text}"
    );
    assert!(
        text.contains("vous avez renommé « Notification CAF » en « Notification CAF de mars ».")
    );

    // Backup: encrypted, at once.
    app.click("safe-backup");
    app.settle();
    let backup = platform.shared().pop().unwrap();
    assert_eq!(backup.name, "parcours-2026-03-02.pcbak");
    assert!(backup.bytes.starts_with(b"PRCS-BAK"));
    assert!(!backup.bytes.windows(8).any(|w| w == b"%PDF-1.7"));
    assert!(app.text().contains("C'est fait. La sauvegarde « parcours-2026-03-02.pcbak » est dans vos téléchargements. Gardez-la avec votre code de secours."));

    // Export: a warning first, then the ZIP in clear.
    let before = platform.shared().len();
    app.click("safe-export");
    let text = app.text();
    assert!(
        text.contains("Attention : ce fichier ne sera pas protégé. Toute personne qui a ce fichier pourra lire vos papiers, votre plan, vos rendez-vous et vos messages. Gardez-le dans un endroit sûr."),
        "{text}"
    );
    assert_eq!(
        platform.shared().len(),
        before,
        "nothing before the second tap"
    );
    app.click("safe-export-yes");
    app.settle();
    let zip = platform.shared().pop().unwrap();
    assert_eq!(zip.name, "parcours-2026-03-02.zip");
    assert!(zip.bytes.starts_with(b"PK"));
    assert!(
        zip.bytes.windows(8).any(|w| w == b"%PDF-1.7"),
        "the export is in clear"
    );
    let text = app.text();
    assert!(text.contains("C'est fait. Le fichier « parcours-2026-03-02.zip » est dans vos téléchargements. Il n'est pas protégé : gardez-le dans un endroit sûr."), "{text}");
    assert!(
        text.contains("Le lundi 2 mars 2026, vous avez fait une sauvegarde de votre coffre-fort.")
    );
    assert!(text.contains("Le lundi 2 mars 2026, vous avez exporté tous vos papiers."));

    // The trail on screen, newest first.
    let exported = text.find("vous avez exporté tous vos papiers").unwrap();
    let added = text.find("vous avez ajouté « Notification CAF »").unwrap();
    assert!(exported < added);
    // The export's plaintext did not stay in the safe's folder.
    drop(app);
    drop(data);
    assert!(
        handle.files().iter().all(|f| !f.starts_with("outgoing-")),
        "{:?}",
        handle.files()
    );
}

#[test]
fn home_opens_my_papers_from_the_documents_to_renew() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Home));
    assert!(app.text().contains("Vos papiers à renouveler"));
    app.click("home-open-safe");
    let html = app.html();
    assert!(
        html.contains(r#"<h1 id="safe-title" tabindex="-1">Mes papiers</h1>"#),
        "{html}"
    );
    assert_eq!(
        common::attr_of(&html, r#"id="nav-safe""#, "aria-current").as_deref(),
        Some("page")
    );
}

#[test]
fn in_memory_nothing_can_be_added_and_it_says_so() {
    let platform = TestPlatform::default();
    let data = AppData::in_memory(parcours_core::demo::dossier(fixed_now()));
    let mut app = on_safe(data.clone(), &platform, 0);
    platform.will_choose(vec![file("a.png", "image/png", png(false))]);
    app.change("safe-file-input");
    app.settle();
    app.input("safe-add-name", "A");
    app.click("safe-add-save");
    assert!(
        app.text()
            .contains("Cela n'a pas marché. Rien n'a été changé. Réessayez.")
    );
    assert_eq!(data.dossier().documents.len(), 8);
    assert!(app.text().contains("Rien pour le moment."));
}
