//! The browser's services, for the LiveView preview and the desktop window:
//! what a web page can do, through `document::eval` (a script run in the
//! page, answering through `dioxus.send`).
//!
//! - **Choosing files**: the screen draws an `<input type=file>`; when it
//!   changes, [`Browser::pick_files`] with [`PickFrom::PageInput`] reads
//!   the chosen files in the page and sends them in base64 pieces of
//!   [`CHUNK_BYTES`] (Dioxus 0.7.10's LiveView does not carry a file's
//!   bytes itself, and its `FileData::read_bytes` would read a file of the
//!   same *name* on the server's disk: never used here). A file over
//!   [`MAX_FILE_BYTES`] is refused before it is read. On a phone's browser
//!   the same input offers the camera, so there is no separate camera.
//! - **Sending outside**: a download of a `Blob` under the file's name.
//! - **Reminders**: kept in the app ([`ReminderDelivery::InApp`]): a web
//!   page cannot show a notification when it is closed.
//! - **Reading aloud**: `speechSynthesis`, when the browser has it.
//! - **Links**: plain anchors (`tel:`, `sms:`, `geo:`).
//! - **Backups**: nothing to exclude (the preview's folder is temporary or
//!   the person's own).
//!
//! The desktop window (wry) runs the same scripts; its web view's handling
//! of `Blob` downloads has not been checked here.

use std::path::Path;
use std::sync::{Mutex, PoisonError};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use dioxus::prelude::document;
use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;

use super::{
    BackupExclusion, Capabilities, Delivered, FileBytes, Link, LinkAction, PickFrom, Platform,
    PlatformError, PlatformFuture, ReminderDelivery, speech_tag,
};
use crate::app::js_string;

/// The largest file the page reads (papers are photos and PDFs of a few MiB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The size of the pieces a file is sent in (before base64).
pub const CHUNK_BYTES: usize = 192 * 1024;

/// The browser's services.
#[derive(Debug, Default)]
pub struct Browser {
    reminders: Mutex<Vec<Notification>>,
}

impl Browser {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The script that reads the files of the input `id` and sends, one
/// message each: `N<count>`, then per file `F<size>\t<type>\t<name>`,
/// `C<base64>`…, `E`; or `B<size>\t<name>` for a file too large; `!<what>`
/// on an error; `D` at the end.
pub fn read_input_script(id: &str) -> String {
    format!(
        r#"
const chunk = {CHUNK_BYTES};
const max = {MAX_FILE_BYTES};
try {{
  const input = document.getElementById({id});
  const files = input && input.files ? Array.from(input.files) : [];
  dioxus.send("N" + files.length);
  for (const file of files) {{
    if (file.size > max) {{
      dioxus.send("B" + file.size + "\t" + file.name);
      continue;
    }}
    dioxus.send("F" + file.size + "\t" + (file.type || "") + "\t" + file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    for (let at = 0; at < bytes.length; at += chunk) {{
      const part = bytes.subarray(at, Math.min(at + chunk, bytes.length));
      let binary = "";
      for (let i = 0; i < part.length; i += 0x8000) {{
        binary += String.fromCharCode.apply(null, part.subarray(i, i + 0x8000));
      }}
      dioxus.send("C" + btoa(binary));
    }}
    dioxus.send("E");
  }}
}} catch (e) {{
  dioxus.send("!" + (e && e.name ? e.name : "error"));
}}
dioxus.send("D");
"#,
        id = js_string(id),
    )
}

/// The script that downloads `file` under its name.
pub fn download_script(file: &FileBytes) -> String {
    format!(
        r#"
try {{
  const binary = atob({data});
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], {{ type: {media_type} }}));
  const a = document.createElement("a");
  a.href = url;
  a.download = {name};
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  dioxus.send("ok");
}} catch (e) {{
  dioxus.send("!" + (e && e.name ? e.name : "error"));
}}
"#,
        data = js_string(&BASE64.encode(&file.bytes)),
        media_type = js_string(&file.media_type),
        name = js_string(&file.name),
    )
}

/// A line longer than this is cut at the ends of its sentences: some
/// browsers stop a long utterance after about fifteen seconds.
pub const MAX_SPEECH_PART: usize = 200;

/// `text` in the pieces it is read in: one per line (a title, a
/// paragraph, a button), long lines cut after their sentences; blank lines
/// left out.
pub fn speech_parts(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.chars().count() <= MAX_SPEECH_PART {
            parts.push(line.to_owned());
            continue;
        }
        let mut sentence = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            sentence.push(c);
            let ends = matches!(c, '.' | '!' | '?' | '؟' | '…')
                && chars.peek().is_none_or(|n| n.is_whitespace());
            if ends && !sentence.trim().is_empty() {
                parts.push(sentence.trim().to_owned());
                sentence.clear();
            }
        }
        if !sentence.trim().is_empty() {
            parts.push(sentence.trim().to_owned());
        }
    }
    parts
}

/// The script that reads `text` aloud in `lang` at `rate`, after cutting
/// short what is being read. It answers `started`, or `unavailable` (no
/// `speechSynthesis`) or `novoice` (voices, but none for `lang`); once
/// started, `end` when the last piece is read or the reading was stopped,
/// or `error:<what>`. Each piece is one `SpeechSynthesisUtterance`
/// ([`speech_parts`]).
pub fn speak_script(text: &str, lang: Lang, rate: SpeechRate) -> String {
    let parts = speech_parts(text)
        .iter()
        .map(|p| js_string(p))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"
if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {{
  dioxus.send("unavailable");
}} else {{
  const synth = window.speechSynthesis;
  const parts = [{parts}];
  const tag = {tag};
  const base = tag.split("-")[0];
  // Chromium fills the list of voices late, and has none without a speech
  // service: with no list, the browser chooses.
  const voices = synth.getVoices();
  const norm = (l) => (l || "").replace("_", "-").toLowerCase();
  const voice =
    voices.find((v) => norm(v.lang) === norm(tag)) ||
    voices.find((v) => norm(v.lang).split("-")[0] === base);
  if (voices.length > 0 && !voice) {{
    dioxus.send("novoice");
  }} else {{
    synth.cancel();
    dioxus.send("started");
    let left = parts.length;
    let done = false;
    const end = (what) => {{
      if (!done) {{
        done = true;
        dioxus.send(what);
      }}
    }};
    if (left === 0) end("end");
    for (const part of parts) {{
      const u = new SpeechSynthesisUtterance(part);
      u.lang = tag;
      u.rate = {rate};
      if (voice) u.voice = voice;
      u.onend = () => {{
        left -= 1;
        if (left === 0) end("end");
      }};
      // Stopped by the person or by another reading: not a failure.
      u.onerror = (e) =>
        end(e.error === "canceled" || e.error === "interrupted" ? "end" : "error:" + e.error);
      synth.speak(u);
    }}
  }}
}}
"#,
        tag = js_string(speech_tag(lang)),
        rate = rate.factor(),
    )
}

/// The script that stops reading aloud.
pub const STOP_SPEAKING_SCRIPT: &str =
    r#"if ("speechSynthesis" in window) window.speechSynthesis.cancel();"#;

/// Reads one answer of [`speak_script`]: `Ok(true)` once the reading is
/// over (read to the end or stopped), `Ok(false)` while it goes on.
pub fn speech_answer(answer: &str) -> Result<bool, PlatformError> {
    match answer {
        "started" => Ok(false),
        "end" => Ok(true),
        "unavailable" => Err(PlatformError::Unavailable("speechSynthesis")),
        "novoice" => Err(PlatformError::Unavailable("a voice for this language")),
        other => Err(PlatformError::Failed(
            other.strip_prefix("error:").unwrap_or(other).to_owned(),
        )),
    }
}

/// Puts the page's messages back together into files.
#[derive(Debug, Default)]
pub struct FileAssembler {
    files: Vec<FileBytes>,
    current: Option<(String, String, u64, Vec<u8>)>,
    too_large: bool,
    failed: Option<String>,
    done: bool,
}

impl FileAssembler {
    /// Takes one message of [`read_input_script`]; false once it is done.
    pub fn push(&mut self, message: &str) -> bool {
        let (kind, rest) = message.split_at(message.chars().next().map_or(0, char::len_utf8));
        match kind {
            "N" => {}
            "F" => {
                let mut parts = rest.splitn(3, '\t');
                let size = parts.next().and_then(|s| s.parse().ok());
                let media_type = parts.next().unwrap_or("").to_owned();
                let name = parts.next().unwrap_or("").to_owned();
                match size {
                    Some(size) if size <= MAX_FILE_BYTES => {
                        let capacity = usize::try_from(size).unwrap_or(0);
                        self.current = Some((name, media_type, size, Vec::with_capacity(capacity)));
                    }
                    _ => self.failed = Some("bad file header".into()),
                }
            }
            "C" => match (&mut self.current, BASE64.decode(rest)) {
                (Some((_, _, size, bytes)), Ok(piece))
                    if (bytes.len() + piece.len()) as u64 <= *size =>
                {
                    bytes.extend_from_slice(&piece)
                }
                _ => self.failed = Some("bad piece".into()),
            },
            "E" => match self.current.take() {
                Some((name, media_type, size, bytes)) if bytes.len() as u64 == size => {
                    self.files.push(FileBytes {
                        name,
                        media_type,
                        bytes: bytes.into(),
                    })
                }
                _ => self.failed = Some("incomplete file".into()),
            },
            "B" => self.too_large = true,
            "!" => self.failed = Some(format!("page: {rest}")),
            "D" => self.done = true,
            _ => self.failed = Some("unknown message".into()),
        }
        !self.done
    }

    /// The files, or why there are none.
    pub fn finish(self) -> Result<Vec<FileBytes>, PlatformError> {
        if let Some(what) = self.failed {
            return Err(PlatformError::Failed(what));
        }
        if !self.done || self.current.is_some() {
            return Err(PlatformError::Failed("the page stopped answering".into()));
        }
        if self.too_large {
            return Err(PlatformError::TooLarge {
                max_bytes: MAX_FILE_BYTES,
            });
        }
        if self.files.is_empty() {
            return Err(PlatformError::Cancelled);
        }
        Ok(self.files)
    }
}

impl Platform for Browser {
    fn name(&self) -> &'static str {
        "browser"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            file_input_in_page: true,
            file_picker: false,
            camera: false,
            share_files: true,
            reminders: Some(ReminderDelivery::InApp),
            read_aloud: true,
        }
    }

    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        Box::pin(async move {
            let id = match from {
                PickFrom::PageInput(id) => id,
                // The page's input offers the camera and the files itself.
                PickFrom::Files => return Err(PlatformError::Unavailable("file picker")),
                PickFrom::Camera => return Err(PlatformError::Unavailable("camera")),
            };
            let mut eval = document::eval(&read_input_script(&id));
            let mut files = FileAssembler::default();
            loop {
                let message: String = eval
                    .recv()
                    .await
                    .map_err(|e| PlatformError::Failed(e.to_string()))?;
                if !files.push(&message) {
                    break;
                }
            }
            files.finish()
        })
    }

    fn share_file(&self, file: FileBytes) -> PlatformFuture<'_, Delivered> {
        Box::pin(async move {
            let mut eval = document::eval(&download_script(&file));
            let answer: String = eval
                .recv()
                .await
                .map_err(|e| PlatformError::Failed(e.to_string()))?;
            if answer == "ok" {
                Ok(Delivered::Downloaded { name: file.name })
            } else {
                Err(PlatformError::Failed(answer))
            }
        })
    }

    fn schedule_reminders(
        &self,
        mut reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError> {
        reminders.sort_by_key(|n| n.at);
        *self
            .reminders
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = reminders;
        Ok(ReminderDelivery::InApp)
    }

    fn scheduled_reminders(&self) -> Vec<Notification> {
        self.reminders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn speak(&self, text: &str, lang: Lang, rate: SpeechRate) -> PlatformFuture<'_, ()> {
        let script = speak_script(text, lang, rate);
        Box::pin(async move {
            let mut eval = document::eval(&script);
            loop {
                let answer: String = eval
                    .recv()
                    .await
                    .map_err(|e| PlatformError::Failed(e.to_string()))?;
                if speech_answer(&answer)? {
                    return Ok(());
                }
            }
        })
    }

    fn stop_speaking(&self) {
        document::eval(STOP_SPEAKING_SCRIPT);
    }

    fn link(&self, link: &Link) -> LinkAction {
        LinkAction::Anchor(link.href())
    }

    fn open_link(&self, _link: &Link) -> Result<(), PlatformError> {
        // A script may not open another app without the person's own tap:
        // the browser build offers anchors ([`Browser::link`]).
        Err(PlatformError::Unavailable("opening a link from a script"))
    }

    fn exclude_from_backup(&self, _path: &Path) -> Result<BackupExclusion, PlatformError> {
        Ok(BackupExclusion::NotApplicable)
    }

    fn set_discreet_launcher(&self, _discreet: bool) -> Result<(), PlatformError> {
        // A browser tab has no launcher entry: the app makes the window's
        // title neutral in discreet mode (app.rs).
        Err(PlatformError::Unavailable("launcher name and icon"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    use parcours_core::demo;
    use parcours_core::i18n::Localizer;
    use parcours_core::reminder::appointment_reminders;

    fn feed(messages: &[String]) -> Result<Vec<FileBytes>, PlatformError> {
        let mut a = FileAssembler::default();
        for m in messages {
            if !a.push(m) {
                break;
            }
        }
        a.finish()
    }

    fn pieces(bytes: &[u8]) -> Vec<String> {
        bytes
            .chunks(CHUNK_BYTES)
            .map(|c| format!("C{}", BASE64.encode(c)))
            .collect()
    }

    #[test]
    fn files_come_back_whole_from_their_pieces() {
        let big: Vec<u8> = (0..CHUNK_BYTES * 2 + 17).map(|i| (i % 251) as u8).collect();
        let mut messages = vec!["N2".to_owned()];
        messages.push(format!("F{}\timage/png\tpage 1.png", big.len()));
        messages.extend(pieces(&big));
        messages.push("E".into());
        messages.push("F3\t\tnote\twith tab.pdf".into());
        messages.extend(pieces(b"%PD"));
        messages.push("E".into());
        messages.push("D".into());
        let files = feed(&messages).unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].name, "page 1.png");
        assert_eq!(files[0].media_type, "image/png");
        assert_eq!(&*files[0].bytes, &big[..]);
        assert_eq!(files[1].name, "note\twith tab.pdf");
        assert_eq!(files[1].media_type, "");
        assert_eq!(&*files[1].bytes, b"%PD");
    }

    #[test]
    fn what_the_page_did_wrong_is_never_taken_as_files() {
        let ok = |v: &[&str]| feed(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(ok(&["N0", "D"]), Err(PlatformError::Cancelled));
        assert_eq!(
            ok(&["N1", "B99999999\tbig.jpg", "D"]),
            Err(PlatformError::TooLarge {
                max_bytes: MAX_FILE_BYTES
            })
        );
        // Shorter or longer than announced, cut off, or not base64.
        let short = format!("C{}", BASE64.encode(b"ab"));
        let long = format!("C{}", BASE64.encode(b"abcd"));
        assert!(matches!(
            ok(&["N1", "F3\t\ta", &short, "E", "D"]),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            ok(&["N1", "F3\t\ta", &long, "E", "D"]),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            ok(&["N1", "F3\t\ta", &short]),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            ok(&["N1", "F3\t\ta", "C***", "E", "D"]),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            ok(&["N1", "!NotReadableError", "D"]),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            ok(&["N1", "Fbig\t\ta", "D"]),
            Err(PlatformError::Failed(_))
        ));
    }

    #[test]
    fn scripts_hold_their_text_as_string_literals() {
        let s = read_input_script("safe-file\"</script>");
        assert!(
            s.contains(r#"document.getElementById("safe-file\"\u003c/script>")"#),
            "{s}"
        );
        let file = FileBytes {
            name: "L'avis \"2025\".pdf".into(),
            media_type: "application/pdf".into(),
            bytes: Arc::from(&b"%PDF-1.7"[..]),
        };
        let d = download_script(&file);
        assert!(d.contains(r#"a.download = "L'avis \"2025\".pdf";"#), "{d}");
        assert!(
            d.contains(&format!("atob(\"{}\")", BASE64.encode(b"%PDF-1.7"))),
            "{d}"
        );
    }

    #[test]
    fn the_speak_script_holds_the_text_the_language_and_the_rate() {
        let text = "Bonjour \"Nadia\"\n\n</script><script>alert(1)\\ fin\nمرحبا";
        let speak = speak_script(text, Lang::Ar, SpeechRate::Normal);
        assert!(
            speak.contains(
                r#"const parts = ["Bonjour \"Nadia\"", "\u003c/script>\u003cscript>alert(1)\\ fin", "مرحبا"];"#
            ),
            "{speak}"
        );
        assert!(!speak.contains("</script>"), "{speak}");
        assert!(speak.contains(r#"const tag = "ar";"#), "{speak}");
        assert!(speak.contains("u.rate = 1;"), "{speak}");
        assert!(speak.contains("u.lang = tag;"), "{speak}");

        let fr = speak_script("Mon plan", Lang::Fr, SpeechRate::Slower);
        assert!(fr.contains(r#"const tag = "fr-FR";"#), "{fr}");
        assert!(fr.contains("u.rate = 0.7;"), "{fr}");
        let uk = speak_script("Мій план", Lang::Uk, SpeechRate::Normal);
        assert!(uk.contains(r#"const tag = "uk-UA";"#), "{uk}");
        assert!(uk.contains(r#"["Мій план"]"#), "{uk}");
        // Nothing to read: an empty list, which ends at once.
        assert!(speak_script(" \n ", Lang::En, SpeechRate::Normal).contains("const parts = [];"));
    }

    #[test]
    fn long_lines_are_read_sentence_by_sentence() {
        assert_eq!(
            speech_parts("  Mon plan \n\n\tLogement\n"),
            ["Mon plan", "Logement"]
        );
        let sentence = "Vous avez rendez-vous avec Mme Martin au CCAS de Lille. ";
        let long = sentence.repeat(5);
        let parts = speech_parts(&format!("Titre\n{long}Fin sans point"));
        assert_eq!(parts[0], "Titre");
        assert_eq!(parts.len(), 7, "{parts:?}");
        assert!(
            parts[1..6].iter().all(|p| p == sentence.trim()),
            "{parts:?}"
        );
        assert_eq!(parts[6], "Fin sans point");
        // A point inside a number or a name does not cut.
        let numbers = format!("{} 3.5 km, M.Martin", "a ".repeat(110));
        assert_eq!(speech_parts(&numbers).len(), 1);
        // Nothing is lost or added but spaces at the cuts.
        let joined: String = parts[1..6].join(" ");
        assert_eq!(joined, long.trim());
    }

    #[test]
    fn what_the_page_answers_about_speech() {
        assert_eq!(speech_answer("started"), Ok(false));
        assert_eq!(speech_answer("end"), Ok(true));
        assert!(matches!(
            speech_answer("unavailable"),
            Err(PlatformError::Unavailable(_))
        ));
        assert!(matches!(
            speech_answer("novoice"),
            Err(PlatformError::Unavailable(_))
        ));
        assert_eq!(
            speech_answer("error:synthesis-failed"),
            Err(PlatformError::Failed("synthesis-failed".into()))
        );
        assert!(matches!(speech_answer("?"), Err(PlatformError::Failed(_))));
    }

    #[test]
    fn reminders_stay_in_the_app_in_order() {
        let now = demo::fixed_now();
        let d = demo::dossier(now);
        let fr = Localizer::new(Lang::Fr);
        let mut all = appointment_reminders(&d, &fr, demo::TIME_ZONE, true, now);
        assert!(all.len() >= 2);
        let expected = all.clone();
        all.reverse();
        let b = Browser::new();
        assert!(b.scheduled_reminders().is_empty());
        assert_eq!(b.schedule_reminders(all), Ok(ReminderDelivery::InApp));
        assert_eq!(b.scheduled_reminders(), expected);
        assert_eq!(
            b.schedule_reminders(Vec::new()),
            Ok(ReminderDelivery::InApp)
        );
        assert!(b.scheduled_reminders().is_empty());
    }

    #[test]
    fn links_are_anchors_and_nothing_to_exclude() {
        let b = Browser::new();
        assert_eq!(
            b.link(&Link::Tel("115".into())),
            LinkAction::Anchor("tel:115".into())
        );
        assert!(b.open_link(&Link::Sms("114".into())).is_err());
        assert_eq!(
            b.exclude_from_backup(Path::new("/tmp/x")),
            Ok(BackupExclusion::NotApplicable)
        );
        assert!(b.capabilities().file_input_in_page && b.capabilities().share_files);
    }
}
