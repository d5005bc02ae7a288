//! My contacts, "who does what", from the demo dossier.

mod common;

use common::{attr_of, data_url_text, demo_on, missing_markers, plain, render, visible_text};
use parcours_core::contact::Phone;
use parcours_core::demo::{self, fixed_now};
use parcours_core::i18n::Lang;
use parcours_mobile::exports::vcard;
use parcours_mobile::i18n::I18n;
use parcours_mobile::screens::Screen;
use parcours_mobile::screens::contacts::vcard_note;
use parcours_mobile::{AppConfig, AppData};

#[test]
fn the_referent_first_then_the_partners_with_what_they_do() {
    let html = render(demo_on(Lang::Fr, Screen::Contacts));
    let text = plain(&visible_text(&html));
    assert!(text.contains("Mes contacts"));
    let referent = text.find("Votre référente ou votre référent").unwrap();
    let claire = text.find("Claire Martin").unwrap();
    let partners = text.find("Les autres services qui vous aident").unwrap();
    let sophie = text.find("Sophie Lefèvre").unwrap();
    let bailleur = text
        .find("Lille Habitat Solidaire, bailleur social")
        .unwrap();
    assert!(referent < claire && claire < partners && partners < sophie && sophie < bailleur);
    assert!(text.contains("Claire est votre référente. Elle vous aide à suivre votre plan."));
    assert!(text.contains("La CAF verse le RSA et l'aide au logement."));
    assert!(text.contains("Horaires Du lundi au vendredi, de 9 h à 17 h"));
    assert!(text.contains("Adresse 12 rue de l'Exemple, 59000 Lille"));
    // A French number is written in pairs.
    assert!(text.contains("Téléphone 03 20 00 11 22"), "{text}");
    assert!(missing_markers(&html).is_empty());
}

#[test]
fn each_contact_has_real_one_tap_links_with_their_name() {
    let html = render(demo_on(Lang::Fr, Screen::Contacts));
    assert_eq!(
        attr_of(&html, r#"href="tel:0320001122""#, "aria-label").as_deref(),
        Some("Appeler Claire Martin")
    );
    assert_eq!(
        attr_of(
            &html,
            r#"href="mailto:claire.martin@exemple-departement.fr""#,
            "aria-label"
        )
        .as_deref(),
        Some("Écrire un e-mail à Claire Martin")
    );
    let geo = r#"href="geo:0,0?q=12%20rue%20de%20l%27Exemple%2C%2059000%20Lille""#;
    assert_eq!(
        attr_of(&html, geo, "aria-label").as_deref(),
        Some("Voir sur la carte l'adresse de Claire Martin")
    );
    assert_eq!(
        attr_of(&html, r#"href="tel:0320009900""#, "aria-label").as_deref(),
        Some("Appeler Lille Habitat Solidaire, bailleur social")
    );
    // Landlines get no "send a text message" link.
    assert!(!html.contains(r#"href="sms:03"#));
    // "Address known to your referent" is not an address for a map.
    assert!(!html.contains("geo:0,0?q=Adresse"));
    // Every contact can be added to the phone's contacts.
    assert_eq!(html.matches(r#"download=""#).count(), 6);
    assert!(html.contains(r#"download="claire-martin.vcf""#));
    assert!(html.contains(r#"download="lille-habitat-solidaire-bailleur-social.vcf""#));
}

#[test]
fn a_mobile_number_also_gets_a_text_message_link() {
    let mut dossier = demo::dossier(fixed_now());
    dossier.contacts[0].phone = Some(Phone::parse("06 12 34 56 78").unwrap());
    let html = render(AppConfig {
        screen: Screen::Contacts,
        data: AppData::in_memory(dossier),
        ..AppConfig::demo(Lang::En, parcours_mobile::Clock::Fixed(fixed_now()))
    });
    assert_eq!(
        attr_of(&html, r#"href="sms:0612345678""#, "aria-label").as_deref(),
        Some("Send a text message to Claire Martin")
    );
    assert_eq!(
        attr_of(&html, r#"href="tel:0612345678""#, "aria-label").as_deref(),
        Some("Call Claire Martin")
    );
}

#[test]
fn the_vcard_is_a_valid_vcard_3_of_the_contact() {
    let dossier = demo::dossier(fixed_now());
    let claire = dossier.referent().unwrap();
    let i18n = I18n::new(Lang::Fr);
    let card = vcard(claire, &vcard_note(&i18n, claire));
    assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{card}");
    assert!(card.ends_with("END:VCARD\r\n"));
    for line in [
        "N:;Claire Martin;;;",
        "FN:Claire Martin",
        "ORG:Département du Nord\\, service social de Lille-Moulins",
        "TEL;TYPE=WORK,VOICE:0320001122",
        "EMAIL;TYPE=INTERNET:claire.martin@exemple-departement.fr",
        "ADR;TYPE=WORK:;;12 rue de l'Exemple\\, 59000 Lille;;;;",
    ] {
        assert!(
            card.contains(&format!("\r\n{line}\r\n")),
            "no {line} in {card}"
        );
    }
    // Long lines are folded; unfolded, the note holds what Claire does and her hours.
    let unfolded = card.replace("\r\n ", "");
    assert!(unfolded.contains(
        "NOTE:Claire est votre référente. Elle vous aide à suivre votre plan. Elle parle avec les autres services pour vous.\\nHoraires\u{a0}: Du lundi au vendredi\\, de 9 h à 17 h\r\n"
    ), "{unfolded}");
    for line in card.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
        assert!(!line.contains('\n'));
    }
    // The link on screen downloads exactly this card, as text/vcard.
    let html = render(demo_on(Lang::Fr, Screen::Contacts));
    let href = attr_of(&html, r#"download="claire-martin.vcf""#, "href").unwrap();
    assert!(href.starts_with("data:text/vcard;charset=utf-8,"));
    assert_eq!(data_url_text(&href), card);
}

/// In Arabic (right to left), what people wrote keeps its own direction:
/// every address, phone number, e-mail and opening hours, every name and
/// sentence about a contact, so "03 20 00 11 22" is not read backwards.
#[test]
fn in_arabic_what_people_wrote_keeps_its_own_direction() {
    let html = render(demo_on(Lang::Ar, Screen::Contacts));
    assert!(html.contains(r#"dir="rtl""#));
    let dds: Vec<&str> = html.split("<dd").skip(1).collect();
    assert!(dds.len() >= 8, "{html}");
    for dd in dds {
        let tag = &dd[..dd.find('>').unwrap()];
        assert!(tag.contains("user-text"), "<dd{tag}>");
    }
    for class in ["name", "organisation", "what-they-do"] {
        assert!(
            html.contains(&format!(r#"class="{class} user-text""#)),
            "{class}"
        );
    }
}
