//! My contacts, "who does what": the referent first, then the partners,
//! each with their plain sentence, opening hours and address, and one-tap
//! links to call, text, write, find them on a map, or keep them in the
//! phone's contacts (a vCard file).

use dioxus::prelude::*;
use parcours_core::contact::{Contact, ContactRole};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Arg;

use crate::app::Shared;
use crate::components::{Icon, IconName, ScreenTitle};
use crate::exports::{can_receive_sms, data_url, file_name, geo_link, phone_display, vcard};
use crate::i18n::{I18n, use_i18n};

/// The `id` of the contacts screen's title.
pub const CONTACTS_HEADING: &str = "contacts-title";

/// The note of a contact's vCard: what they do, then their opening hours.
pub fn vcard_note(i18n: &I18n, contact: &Contact) -> String {
    let mut note = contact.what_they_do.clone();
    if let Some(hours) = &contact.opening_hours {
        if !note.is_empty() {
            note.push('\n');
        }
        note.push_str(&i18n.t_args("contact-hours-line", &[("hours", hours.as_str().into())]));
    }
    note
}

/// Whether an address can be looked up on a map: a street number or a
/// postcode. ("Address known to your referent" cannot.)
pub fn is_mappable(address: &str) -> bool {
    address.bytes().any(|b| b.is_ascii_digit())
}

#[component]
pub fn Contacts(dossier: Shared<Dossier>) -> Element {
    let i18n = use_i18n();
    let referent = dossier.referent();
    let partners: Vec<&Contact> = dossier
        .contacts
        .iter()
        .filter(|c| c.role == ContactRole::Partner)
        .collect();
    rsx! {
        div { class: "screen contacts",
            ScreenTitle { id: CONTACTS_HEADING, text: i18n.t("contacts-title") }
            p { class: "intro", {i18n.t("contacts-intro")} }
            section { "aria-labelledby": "contacts-referent",
                h2 { id: "contacts-referent", class: "group-title",
                    Icon { name: IconName::Person }
                    span { {i18n.t("contacts-referent-title")} }
                }
                match referent {
                    Some(c) => contact_card(&i18n, c),
                    None => rsx! {
                        p { class: "card calm", {i18n.t("contacts-no-referent")} }
                    },
                }
            }
            if !partners.is_empty() {
                section { "aria-labelledby": "contacts-partners",
                    h2 { id: "contacts-partners", class: "group-title",
                        Icon { name: IconName::Contacts }
                        span { {i18n.t("contacts-partners-title")} }
                    }
                    for c in partners {
                        {contact_card(&i18n, c)}
                    }
                }
            }
        }
    }
}

/// The `$name` argument of a message.
fn name_arg(name: &str) -> [Arg<'_>; 1] {
    [("name", name.into())]
}

fn contact_card(i18n: &I18n, c: &Contact) -> Element {
    let cid = c.id.as_str();
    let name = c.display_name().to_owned();
    let n = || name_arg(&name);
    let card = vcard(c, &vcard_note(i18n, c));
    let card_href = data_url("text/vcard", &card);
    let card_file = file_name(&name, "vcf");
    rsx! {
        article {
            key: "{cid}",
            class: "card contact",
            id: "contact-{cid}",
            "aria-labelledby": "contact-name-{cid}",
            h3 { id: "contact-name-{cid}", class: "contact-name",
                span { class: "name user-text", {name.clone()} }
                if c.person_name.is_some() {
                    " "
                    span { class: "organisation user-text", {c.organisation.as_str()} }
                }
            }
            if !c.what_they_do.is_empty() {
                p { class: "what-they-do user-text", {c.what_they_do.as_str()} }
            }
            dl { class: "details",
                if let Some(hours) = &c.opening_hours {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Clock }
                            span { {i18n.t("contact-hours")} }
                        }
                        dd { class: "user-text", {hours.as_str()} }
                    }
                }
                if let Some(address) = &c.address {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Place }
                            span { {i18n.t("contact-address")} }
                        }
                        dd { class: "user-text", {address.as_str()} }
                    }
                }
                if let Some(phone) = &c.phone {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Phone }
                            span { {i18n.t("contact-phone")} }
                        }
                        dd { class: "user-text", {phone_display(phone.as_str())} }
                    }
                }
                if let Some(email) = &c.email {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Mail }
                            span { {i18n.t("contact-email")} }
                        }
                        dd { class: "email user-text", {email.as_str()} }
                    }
                }
            }
            ul { class: "links",
                if let Some(phone) = &c.phone {
                    li {
                        a {
                            class: "link-button primary",
                            href: "tel:{phone.as_str()}",
                            "aria-label": i18n.t_args("contact-call-name", &n()),
                            Icon { name: IconName::Phone }
                            span { {i18n.t("contact-call")} }
                        }
                    }
                    if can_receive_sms(phone.as_str()) {
                        li {
                            a {
                                class: "link-button",
                                href: "sms:{phone.as_str()}",
                                "aria-label": i18n.t_args("contact-sms-name", &n()),
                                Icon { name: IconName::Sms }
                                span { {i18n.t("contact-sms")} }
                            }
                        }
                    }
                }
                if let Some(email) = &c.email {
                    li {
                        a {
                            class: "link-button",
                            href: "mailto:{email.as_str()}",
                            "aria-label": i18n.t_args("contact-write-name", &n()),
                            Icon { name: IconName::Mail }
                            span { {i18n.t("contact-write")} }
                        }
                    }
                }
                if let Some(address) = c.address.as_deref().filter(|a| is_mappable(a)) {
                    li {
                        a {
                            class: "link-button",
                            href: geo_link(address),
                            "aria-label": i18n.t_args("contact-map-name", &n()),
                            Icon { name: IconName::Place }
                            span { {i18n.t("contact-map")} }
                        }
                    }
                }
                li {
                    a {
                        class: "link-button",
                        href: card_href,
                        download: card_file,
                        r#type: "text/vcard",
                        "aria-label": i18n.t_args("contact-save-name", &n()),
                        Icon { name: IconName::ContactAdd }
                        span { {i18n.t("contact-save")} }
                    }
                }
            }
        }
    }
}
