//! The messages screen, from the demo dossier at the fixed `now` of tests
//! (Monday 2 March 2026, 9:00 in Paris): the conversation with the
//! referent in full words, states in words, writing and quick replies
//! that work offline, received messages marked read.

mod common;

use common::{Session, demo_on, demo_safe, missing_markers, plain, render, visible_text};
use parcours_core::demo::{self, fixed_now};
use parcours_core::i18n::Lang;
use parcours_core::id::{ContactId, MessageId};
use parcours_core::message::{Delivery, Message};
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, AppData, Clock};

fn on_messages(lang: Lang, data: AppData) -> Session {
    Session::new(AppConfig {
        screen: Screen::Messages,
        ..AppConfig::with_data(lang, Clock::Fixed(fixed_now()), data)
    })
}

fn text_of(app: &Session) -> String {
    plain(&visible_text(&app.html()))
}

#[test]
fn the_conversation_in_full_words_oldest_first() {
    let html = render(demo_on(Lang::Fr, Screen::Messages));
    assert!(
        missing_markers(&html).is_empty(),
        "{:?}",
        missing_markers(&html)
    );
    let text = plain(&visible_text(&html));
    assert!(text.contains("Mes messages"));
    assert!(text.contains("Vos messages avec Claire Martin"));
    // The 6 newest at first; the older ones a tap away.
    assert!(text.contains("Voir les 2 messages plus anciens"), "{text}");
    assert!(!text.contains("Bonjour Nadia, le bailleur"));
    assert!(text.contains("Oui : il faut donner vos 3 dernières fiches de paie."));
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Messages));
    app.click("messages-older");
    assert!(!app.has("messages-older"));
    let text = text_of(&app);
    // Who wrote each message, and when, in words; the oldest first.
    let first = text
        .find(
            "Claire Martin a écrit le vendredi 20 février à 9 h : \
             Bonjour Nadia, le bailleur a bien reçu votre demande de logement.",
        )
        .expect("the first message, with who and when");
    let mine = text
        .find(
            "Vous avez écrit le vendredi 20 février à 11 h 05 : \
             Merci beaucoup. Est-ce que je dois faire autre chose ? Lu",
        )
        .expect("Nadia's message, its state in words");
    let newest = text
        .find(
            "Claire Martin a écrit le lundi 2 mars à 8 h 35 : \
             Nouveau Vous pouvez venir avec vos enfants si besoin.",
        )
        .expect("the newest message, new in words");
    assert!(first < mine && mine < newest);
    // The person's messages have a state in words; received ones do not.
    assert_eq!(text.matches(" Lu ").count(), 3, "{text}");
    // Nothing waits: no notice.
    assert!(!text.contains("attend"), "{text}");
    // Writing: quick replies, a labelled box, a send button.
    for (id, words) in [
        ("quick-reply-late", "Je serai en retard"),
        ("quick-reply-help", "J'ai besoin d'aide"),
        ("quick-reply-cannot-come", "Je ne peux pas venir"),
    ] {
        assert!(html.contains(&format!(r#"id="{id}""#)), "{id}");
        assert!(text.contains(words), "{words}");
    }
    assert!(html.contains(r#"<label for="message-text""#), "{html}");
    assert!(html.contains(r#"<textarea id="message-text""#), "{html}");
    assert!(text.contains("Écrire à Claire Martin"));
    assert!(text.contains("Envoyer"));
}

#[test]
fn written_offline_a_message_is_there_at_once_waiting_to_be_sent() {
    let (data, _safe) = demo_safe("messages-offline");
    let mut app = on_messages(Lang::Fr, data.clone());
    app.settle();
    app.input("message-text", "Je serai là à 14 h 15.");
    assert!(app.html().contains(r#"value="Je serai là à 14 h 15.""#));
    app.click("message-send");
    let text = text_of(&app);
    assert!(
        text.contains(
            "Vous avez écrit le lundi 2 mars à 9 h : Je serai là à 14 h 15. Attend d'être envoyé"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "1 message attend d'être envoyé. Il partira quand le téléphone aura du réseau."
        ),
        "{text}"
    );
    assert!(text.contains("C'est noté. Votre message est dans la conversation"));
    // The box is empty again.
    assert!(
        app.html().contains(r#"rows="4" value="""#),
        "{}",
        app.html()
    );

    // A quick reply goes at once, in plain words.
    app.click("quick-reply-late");
    let text = text_of(&app);
    assert!(
        text.contains(
            "Vous avez écrit le lundi 2 mars à 9 h : Je serai en retard Attend d'être envoyé"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "2 messages attendent d'être envoyés. Ils partiront quand le téléphone aura du réseau."
        ),
        "{text}"
    );
    // Both are in the outbox, in order.
    let queued: Vec<String> = data
        .sync_status()
        .outbox
        .iter()
        .filter_map(|i| match &i.request {
            parcours_core::sync::outbox::Request::SendMessage(m) => Some(m.text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(queued, ["Je serai là à 14 h 15.", "Je serai en retard"]);

    // An empty message is refused, in words; nothing is added.
    app.click("message-send");
    let text = text_of(&app);
    assert!(
        text.contains("Le message est vide. Écrivez quelques mots avant d'envoyer."),
        "{text}"
    );
    assert_eq!(
        data.sync_status().outbox.len(),
        2 + 2,
        "two reads, two messages"
    );
}

#[test]
fn shown_the_conversation_marks_new_messages_read_and_says_they_were_new() {
    let (data, _safe) = demo_safe("messages-read");
    let unread = |data: &AppData| {
        data.dossier()
            .messages
            .iter()
            .filter(|m| m.is_unread())
            .count()
    };
    assert_eq!(unread(&data), 2);
    let mut app = on_messages(Lang::Fr, data.clone());
    app.settle();
    assert_eq!(unread(&data), 0);
    let text = text_of(&app);
    // The two that were new say so, in words, for this visit.
    assert_eq!(text.matches("Nouveau").count(), 2, "{text}");
    assert!(
        text.contains("Claire Martin a écrit le lundi 2 mars à 8 h 35 : Nouveau Vous pouvez venir avec vos enfants si besoin."),
        "{text}"
    );
    let reads: Vec<MessageId> = data
        .sync_status()
        .outbox
        .iter()
        .filter_map(|i| match &i.request {
            parcours_core::sync::outbox::Request::MarkRead { message } => Some(message.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        reads,
        [
            MessageId::parse("m07").unwrap(),
            MessageId::parse("m08").unwrap()
        ]
    );
    // Home now says there is nothing new.
    app.click("nav-home");
    assert!(text_of(&app).contains("Vous n'avez pas de nouveau message."));
}

#[test]
fn home_leads_to_the_messages() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Home));
    assert!(text_of(&app).contains("Vous avez 2 nouveaux messages."));
    app.click("home-open-messages");
    assert!(
        app.html()
            .contains(r#"<h1 id="messages-title" tabindex="-1">Mes messages</h1>"#)
    );
    app.click("nav-messages");
    assert!(app.has("message-text"));
}

#[test]
fn every_state_of_the_persons_messages_is_in_words() {
    let now = fixed_now();
    let mut dossier = demo::dossier(now);
    let referent = ContactId::parse("referent").unwrap();
    let mut add = |id: &str, text: &str, to: Option<Delivery>| {
        let mut m = Message::outgoing(
            MessageId::parse(id).unwrap(),
            referent.clone(),
            text,
            vec![],
            now,
        )
        .unwrap();
        if let Some(to) = to {
            m.advance(to).unwrap();
        }
        dossier.messages.push(m);
    };
    add("x1", "Un", None);
    add("x2", "Deux", Some(Delivery::Sent));
    add("x3", "Trois", Some(Delivery::Delivered));
    add(
        "x4",
        "Quatre",
        Some(Delivery::Refused("mandate revoked".into())),
    );
    let data = AppData::in_memory(dossier);
    let html = render(AppConfig {
        screen: Screen::Messages,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(now), data.clone())
    });
    let text = plain(&visible_text(&html));
    for expected in [
        "Un Attend d'être envoyé",
        "Deux Envoyé",
        "Trois Arrivé",
        "Quatre Pas envoyé : refusé Le serveur n'a pas accepté ce message. \
         Parlez-en à votre référente ou votre référent. \
         Réponse du serveur : « mandate revoked »",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(text.contains("1 message attend d'être envoyé."), "{text}");
    // Each state has its pictogram next to its words, in a badge.
    let states = html
        .matches(r#"<p class="badges msg-state"><span class="badge"#)
        .count();
    // These 4, after the 2 new ones; the demo's older ones are folded.
    assert_eq!(states, 4);
    for part in html.split(r#"<p class="badges msg-state">"#).skip(1) {
        let badge = &part[..part.find("</p>").unwrap()];
        assert!(badge.contains("<svg"), "{badge}");
    }

    let en = render(AppConfig {
        screen: Screen::Messages,
        ..AppConfig::with_data(Lang::En, Clock::Fixed(now), data)
    });
    let text = plain(&visible_text(&en));
    assert!(
        missing_markers(&en).is_empty(),
        "{:?}",
        missing_markers(&en)
    );
    for expected in [
        "You wrote on Monday 2 March at 9:00: Un Waiting to be sent",
        "Claire Martin wrote on Monday 2 March at 8:30: New",
        "See the 6 older messages",
        "Not sent: refused",
        "1 message is waiting to be sent.",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
}

#[test]
fn a_quick_reply_in_another_language_also_says_it_in_french() {
    let (data, _safe) = demo_safe("messages-en");
    let mut app = on_messages(Lang::En, data.clone());
    assert!(text_of(&app).contains("I will be late"));
    app.click("quick-reply-late");
    let last = data
        .dossier()
        .messages
        .iter()
        .max_by_key(|m| (m.written_at, m.is_from_me()))
        .unwrap()
        .text()
        .to_owned();
    assert_eq!(last, "Je serai en retard (I will be late)");
}

#[test]
fn a_message_with_a_paper_says_so_in_words_and_opens_it_in_my_papers() {
    let (data, _safe) = demo_safe("messages-paper");
    let now = fixed_now();
    let after = data
        .apply(
            &parcours_mobile::Action::AddDocument(parcours_mobile::state::NewDocumentRequest {
                title: "Quittance de mars".into(),
                category: parcours_core::document::Category::RentReceipt,
                issued: None,
                expires: None,
                pages: vec![parcours_mobile::platform::FileBytes {
                    name: "q.pdf".into(),
                    media_type: "application/pdf".into(),
                    bytes: std::sync::Arc::from(&b"%PDF-1.4 quittance"[..]),
                }],
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
    // As `send_with_paper` leaves it once the share is made.
    let after = data
        .apply(
            &parcours_mobile::Action::SendMessage {
                text: "Voici la quittance.".into(),
                attachments: vec![paper.clone()],
            },
            now,
        )
        .unwrap();
    let mid = after
        .messages
        .iter()
        .find(|m| !m.attachments.is_empty())
        .unwrap()
        .id
        .clone();
    let mut app = on_messages(Lang::Fr, data);
    app.settle();
    let text = text_of(&app);
    assert!(
        text.contains(
            "Voici la quittance. Papier joint : « Quittance de mars » \
             Ouvrir « Quittance de mars » dans Mes papiers Attend d'être envoyé"
        ),
        "{text}"
    );
    assert!(app.html().contains("class=\"msg-paper\""));
    // This app has no server: joining a paper is not offered, and it says why.
    assert!(!app.has("messages-attach"));
    assert!(
        text.contains("Pour joindre un papier, l'application doit être reliée au serveur."),
        "{text}"
    );
    // "Open" leads to My papers, the paper open there.
    app.click(&format!("message-paper-open-{mid}-0"));
    assert!(app.has("safe-title"), "{}", app.html());
    assert!(app.has(&format!("doc-panel-{paper}")), "{}", app.html());
}
