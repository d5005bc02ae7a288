//! Files the person can take out of the app with one tap: an appointment
//! for their phone's calendar (iCalendar, RFC 5545) and a contact for their
//! phone's address book (vCard 3.0, RFC 2426), offered as `data:` links.
//!
//! Pure functions of the data (and a given `now` for the calendar's stamp).
//! Must never: put the purpose of a private appointment in a file.

use chrono::{DateTime, Utc};
use parcours_core::appointment::{Appointment, AppointmentStatus};
use parcours_core::contact::Contact;

use crate::i18n::I18n;

/// Escapes a TEXT value (RFC 5545 §3.3.11, RFC 2426 §4): backslash,
/// semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (never inside a character), each
/// piece ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    const MAX: usize = 75;
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // Continuation lines start with a space, which counts.
        if width + len > MAX {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The calendar file of one appointment. A private appointment is named
/// only "Rendez-vous" and carries no description; its place stays, so the
/// person knows where to go.
pub fn ics(i18n: &I18n, appointment: &Appointment, now: DateTime<Utc>) -> String {
    let a = appointment;
    let summary = if a.private {
        i18n.t("ics-summary-private")
    } else {
        a.purpose().to_owned()
    };
    let mut description = Vec::new();
    if !a.private {
        if a.compulsory {
            description.push(i18n.t("appointment-compulsory"));
        }
        if !a.what_to_bring.is_empty() {
            description
                .push(i18n.t_args("ics-bring", &[("list", i18n.list(&a.what_to_bring).into())]));
        }
    }
    let status = match a.status() {
        AppointmentStatus::Confirmed | AppointmentStatus::Attended => "CONFIRMED",
        AppointmentStatus::CancelledByMe | AppointmentStatus::CancelledByThem => "CANCELLED",
        _ => "TENTATIVE",
    };
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Parcours//Parcours app//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("UID:{}@parcours.invalid", a.id.as_str()));
    push_line(&mut out, &format!("DTSTAMP:{}", utc_stamp(now)));
    push_line(&mut out, &format!("DTSTART:{}", utc_stamp(a.start())));
    push_line(&mut out, &format!("DTEND:{}", utc_stamp(a.end())));
    push_line(&mut out, &format!("SUMMARY:{}", escape_text(&summary)));
    if !a.place.is_empty() {
        push_line(&mut out, &format!("LOCATION:{}", escape_text(&a.place)));
    }
    if !description.is_empty() {
        push_line(
            &mut out,
            &format!("DESCRIPTION:{}", escape_text(&description.join("\n"))),
        );
    }
    push_line(&mut out, &format!("STATUS:{status}"));
    // A reminder the day before, as neutral as the summary.
    for line in ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D"] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("DESCRIPTION:{}", escape_text(&summary)));
    for line in ["END:VALARM", "END:VEVENT", "END:VCALENDAR"] {
        push_line(&mut out, line);
    }
    out
}

/// The address-book card of a contact (vCard 3.0). `note` is what they
/// do for the person, with their opening hours.
pub fn vcard(contact: &Contact, note: &str) -> String {
    let c = contact;
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCARD");
    push_line(&mut out, "VERSION:3.0");
    // The whole name as the given name: it shows right whatever the order
    // the phone uses, and nothing is guessed about family names.
    let n = c
        .person_name
        .as_deref()
        .map(escape_text)
        .unwrap_or_default();
    push_line(&mut out, &format!("N:;{n};;;"));
    push_line(&mut out, &format!("FN:{}", escape_text(c.display_name())));
    if !c.organisation.is_empty() {
        push_line(&mut out, &format!("ORG:{}", escape_text(&c.organisation)));
    }
    if let Some(phone) = &c.phone {
        push_line(&mut out, &format!("TEL;TYPE=WORK,VOICE:{}", phone.as_str()));
    }
    if let Some(email) = &c.email {
        push_line(&mut out, &format!("EMAIL;TYPE=INTERNET:{}", email.as_str()));
    }
    if let Some(address) = &c.address {
        // One line of street address: Parcours does not split addresses.
        push_line(
            &mut out,
            &format!("ADR;TYPE=WORK:;;{};;;;", escape_text(address)),
        );
    }
    if !note.is_empty() {
        push_line(&mut out, &format!("NOTE:{}", escape_text(note)));
    }
    push_line(&mut out, "END:VCARD");
    out
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A `data:` URL holding `content` as UTF-8 text of type `mime`.
pub fn data_url(mime: &str, content: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", percent_encode(content))
}

/// A file name made of ASCII letters, digits and dashes.
pub fn file_name(stem: &str, ext: &str) -> String {
    let mut out = String::new();
    for c in stem.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out = if out.is_empty() { "parcours" } else { out };
    format!("{out}.{ext}")
}

/// The letter without its accent, for file names (French letters).
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let s: &str = match c {
        'à' | 'â' | 'ä' | 'á' => "a",
        'À' | 'Â' | 'Ä' | 'Á' => "A",
        'ç' => "c",
        'Ç' => "C",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' | 'Ê' | 'Ë' => "E",
        'î' | 'ï' | 'í' => "i",
        'Î' | 'Ï' => "I",
        'ô' | 'ö' | 'ó' => "o",
        'Ô' | 'Ö' => "O",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'Ù' | 'Û' | 'Ü' => "U",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        _ => "",
    };
    let single = if s.is_empty() { Some(c) } else { None };
    s.chars().chain(single)
}

/// The `geo:` link that opens a map app on an address (RFC 5870 with the
/// `q` query most map apps read).
pub fn geo_link(address: &str) -> String {
    format!("geo:0,0?q={}", percent_encode(address))
}

/// Whether a phone number can receive text messages: French mobiles (06,
/// 07, +336, +337) and numbers from abroad (we cannot tell). A landline
/// gets no "send a text message" link.
pub fn can_receive_sms(number: &str) -> bool {
    let national = number
        .strip_prefix("+33")
        .map(|rest| format!("0{rest}"))
        .unwrap_or_else(|| number.to_owned());
    if number.starts_with('+') && !number.starts_with("+33") {
        return true;
    }
    national.starts_with("06") || national.starts_with("07")
}

/// A French number written in pairs ("03 20 00 11 22"); other numbers as they are.
pub fn phone_display(number: &str) -> String {
    if number.len() == 10 && number.starts_with('0') && number.bytes().all(|b| b.is_ascii_digit()) {
        let pairs: Vec<&str> = (0..5).map(|i| &number[i * 2..i * 2 + 2]).collect();
        return pairs.join("\u{a0}");
    }
    number.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("CAF du Nord, 3 place; a\\b\nc"),
            "CAF du Nord\\, 3 place\\; a\\\\b\\nc"
        );
    }

    #[test]
    fn long_lines_are_folded_between_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        push_line(&mut out, &long);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn file_names_and_links() {
        assert_eq!(
            file_name("Docteure Anne Petit", "vcf"),
            "docteure-anne-petit.vcf"
        );
        assert_eq!(
            file_name("Lille Habitat Solidaire, bailleur social", "vcf"),
            "lille-habitat-solidaire-bailleur-social.vcf"
        );
        assert_eq!(file_name("Sophie Lefèvre", "vcf"), "sophie-lefevre.vcf");
        assert_eq!(file_name("…", "ics"), "parcours.ics");
        assert_eq!(
            geo_link("12 rue de l'Exemple, 59000 Lille"),
            "geo:0,0?q=12%20rue%20de%20l%27Exemple%2C%2059000%20Lille"
        );
        assert_eq!(
            data_url("text/vcard", "a b"),
            "data:text/vcard;charset=utf-8,a%20b"
        );
        assert!(can_receive_sms("0612345678"));
        assert!(can_receive_sms("+33712345678"));
        assert!(can_receive_sms("+32470123456"));
        assert!(!can_receive_sms("0320001122"));
        assert!(!can_receive_sms("+33320001122"));
        assert_eq!(
            phone_display("0320001122"),
            "03\u{a0}20\u{a0}00\u{a0}11\u{a0}22"
        );
        assert_eq!(phone_display("+33320001122"), "+33320001122");
    }
}
