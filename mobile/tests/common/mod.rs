//! Helpers shared by the component tests.
#![allow(dead_code)]

use std::any::Any;
use std::rc::Rc;
use std::sync::Once;

use chrono::{DateTime, Utc};
use dioxus::core::{
    AttributeValue, DynamicNode, ElementId, NoOpMutations, TemplateAttribute, TemplateNode, VNode,
};
use dioxus::html::{
    PlatformEventData, SerializedFormData, SerializedHtmlEventConverter, SerializedMouseData,
};
use dioxus::prelude::*;
use parcours_core::demo::fixed_now;
use parcours_core::i18n::Lang;
use parcours_mobile::app::AppProps;
use parcours_mobile::screens::Screen;
use parcours_mobile::{App, AppConfig, Clock};

/// The whole app rendered to HTML, as the first frame a browser gets.
pub fn render(config: AppConfig) -> String {
    let mut vdom = VirtualDom::new_with_props(App, AppProps { config });
    vdom.rebuild_in_place();
    dioxus_ssr::render(&vdom)
}

/// The demo app in `lang` at `now`.
pub fn render_demo(lang: Lang, now: DateTime<Utc>) -> String {
    render(AppConfig::demo(lang, Clock::Fixed(now)))
}

/// The demo app in `lang` at the fixed `now` of tests, on `screen`.
pub fn demo_on(lang: Lang, screen: Screen) -> AppConfig {
    AppConfig {
        screen,
        ..AppConfig::demo(lang, Clock::Fixed(fixed_now()))
    }
}

/// The app running in a `VirtualDom`, clicked as a person would: by the
/// `id` of a button (or link, or box).
pub struct Session {
    dom: VirtualDom,
}

impl Session {
    pub fn new(config: AppConfig) -> Self {
        static CONVERTER: Once = Once::new();
        CONVERTER.call_once(|| {
            dioxus::html::set_event_converter(Box::new(SerializedHtmlEventConverter))
        });
        let mut dom = VirtualDom::new_with_props(App, AppProps { config });
        dom.rebuild_in_place();
        Self { dom }
    }

    pub fn html(&self) -> String {
        dioxus_ssr::render(&self.dom)
    }

    /// What the person reads, with plain spaces.
    pub fn text(&self) -> String {
        plain(&visible_text(&self.html()))
    }

    /// Whether an element with this `id` is on screen.
    pub fn has(&self, id: &str) -> bool {
        self.html().contains(&format!(r#"id="{id}""#))
    }

    fn fire(&mut self, id: &str, listener: &str, event: &str, data: PlatformEventData) {
        let element = find_listener(&self.dom, id, listener)
            .unwrap_or_else(|| panic!("no {listener} on #{id} in {}", self.html()));
        let data = Event::new(Rc::new(data) as Rc<dyn Any>, true);
        self.dom.runtime().handle_event(event, data, element);
        self.dom.process_events();
        self.dom.render_immediate(&mut NoOpMutations);
    }

    /// A tap on the element `id`.
    pub fn click(&mut self, id: &str) {
        let data = PlatformEventData::new(Box::<SerializedMouseData>::default());
        self.fire(id, "onclick", "click", data);
    }

    /// A choice picked (a radio button or a box ticked) on the element `id`.
    pub fn change(&mut self, id: &str) {
        let data = PlatformEventData::new(Box::new(SerializedFormData::new(String::new(), vec![])));
        self.fire(id, "onchange", "change", data);
    }

    /// `value` chosen in the list (`select`) `id`.
    pub fn select(&mut self, id: &str, value: &str) {
        let data =
            PlatformEventData::new(Box::new(SerializedFormData::new(value.to_owned(), vec![])));
        self.fire(id, "onchange", "change", data);
    }

    /// `value` typed into the text box `id` (its whole new value).
    pub fn input(&mut self, id: &str, value: &str) {
        let data =
            PlatformEventData::new(Box::new(SerializedFormData::new(value.to_owned(), vec![])));
        self.fire(id, "oninput", "input", data);
    }

    /// The form `id` sent (Enter in a field, or its submit button).
    pub fn submit(&mut self, id: &str) {
        let data = PlatformEventData::new(Box::new(SerializedFormData::new(String::new(), vec![])));
        self.fire(id, "onsubmit", "submit", data);
    }

    /// Lets the app's own tasks run until `done` says what they changed
    /// is drawn (work done on a thread of its own: a key derivation, the
    /// network); panics after 20 s.
    pub fn settle_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        let start = std::time::Instant::now();
        loop {
            self.settle();
            if done(self) {
                return;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(20),
                "waited 20 s for {what}: {}",
                self.html()
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Lets the app's own tasks run (a file being read, a file being
    /// shared) and draws what they changed.
    pub fn settle(&mut self) {
        for _ in 0..8 {
            self.dom.process_events();
            self.dom.render_immediate(&mut NoOpMutations);
        }
    }
}

/// The element whose `id` is `id` and that listens to `listener` (`onclick`).
fn find_listener(dom: &VirtualDom, id: &str, listener: &str) -> Option<ElementId> {
    walk(dom, dom.base_scope().root_node(), id, listener)
}

fn walk(dom: &VirtualDom, node: &VNode, id: &str, listener: &str) -> Option<ElementId> {
    for root in node.template.roots {
        if let Some(found) = in_template(dom, node, root, id, listener) {
            return Some(found);
        }
    }
    for (i, dynamic) in node.dynamic_nodes.iter().enumerate() {
        let found = match dynamic {
            DynamicNode::Component(c) => c
                .mounted_scope(i, node, dom)
                .and_then(|scope| walk(dom, scope.root_node(), id, listener)),
            DynamicNode::Fragment(children) => {
                children.iter().find_map(|c| walk(dom, c, id, listener))
            }
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Looks through one template element and its children.
fn in_template(
    dom: &VirtualDom,
    node: &VNode,
    t: &TemplateNode,
    id: &str,
    listener: &str,
) -> Option<ElementId> {
    let TemplateNode::Element {
        attrs, children, ..
    } = t
    else {
        return None;
    };
    let mut static_id = None;
    let mut slots = Vec::new();
    for attr in attrs.iter() {
        match attr {
            TemplateAttribute::Static { name, value, .. } if *name == "id" => {
                static_id = Some(*value)
            }
            TemplateAttribute::Dynamic { id: slot } => slots.push(*slot),
            _ => {}
        }
    }
    let attrs_of = |slot: usize| node.dynamic_attrs[slot].iter();
    let has_id = static_id == Some(id)
        || slots.iter().any(|&slot| {
            attrs_of(slot)
                .any(|a| a.name == "id" && matches!(&a.value, AttributeValue::Text(t) if t == id))
        });
    if has_id {
        for &slot in &slots {
            if attrs_of(slot)
                .any(|a| a.name == listener && matches!(a.value, AttributeValue::Listener(_)))
            {
                return node.mounted_dynamic_attribute(slot, dom);
            }
        }
    }
    children
        .iter()
        .find_map(|c| in_template(dom, node, c, id, listener))
}

/// The text a person sees: tags removed, entities decoded, spaces collapsed.
pub fn visible_text(html: &str) -> String {
    let mut raw = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                raw.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => raw.push(c),
            _ => {}
        }
    }
    decode_entities(&raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every `[message-id]` marker (a missing translation) in `s`.
pub fn missing_markers(s: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        rest = &rest[i + 1..];
        if let Some(end) = rest.find(']') {
            let inner = &rest[..end];
            if !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                found.push(format!("[{inner}]"));
            }
        }
    }
    found
}

/// `text` with non-breaking spaces made plain, for comparisons.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// A new safe in a temporary folder holding the demo dossier at the fixed
/// `now`, as the app's data; and what reopens it later.
pub fn demo_safe(profile: &str) -> (parcours_mobile::AppData, SafeHandle) {
    use parcours_core::keystore::Keystore;
    use parcours_core::safe::Safe;
    use parcours_core::safe::key_file::KdfParams;
    let dir = tempfile::tempdir().unwrap();
    let keystore = Keystore::mock(profile);
    let now = fixed_now();
    let (mut safe, _code) =
        Safe::init(dir.path(), keystore.clone(), KdfParams::DEFAULT, now).unwrap();
    safe.store_mut()
        .save_dossier(&parcours_core::demo::dossier(now), now)
        .unwrap();
    let data = parcours_mobile::AppData::from_safe(safe, parcours_core::demo::demo_device_key())
        .unwrap()
        .unwrap();
    (data, SafeHandle { dir, keystore })
}

/// Where a test safe is, to open it again from the disk.
pub struct SafeHandle {
    dir: tempfile::TempDir,
    keystore: parcours_core::keystore::Keystore,
}

impl SafeHandle {
    /// The dossier as saved on the disk (the app's data must be dropped first).
    pub fn reopen(&self) -> parcours_core::dossier::Dossier {
        self.safe().store().load_dossier().unwrap().unwrap()
    }

    /// The safe opened again from the disk (the app's data must be dropped first).
    pub fn safe(&self) -> parcours_core::safe::Safe {
        parcours_core::safe::Safe::open(self.dir.path(), self.keystore.clone()).unwrap()
    }

    /// The outbox as saved on the disk (the app's data must be dropped first).
    pub fn reopen_outbox(&self) -> Vec<parcours_core::sync::outbox::OutboxItem> {
        parcours_core::sync::engine::outbox(self.safe().store()).unwrap()
    }

    /// The files in the safe's folder, by name.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        for dir in [
            self.dir.path().to_owned(),
            self.dir.path().join("documents"),
        ] {
            for e in std::fs::read_dir(dir).unwrap() {
                out.push(e.unwrap().file_name().to_string_lossy().into_owned());
            }
        }
        out.sort();
        out
    }
}

/// A platform for tests: the browser's capabilities, files "chosen" by the
/// test, and files "shared" kept for the test to look at.
#[derive(Clone, Default)]
pub struct TestPlatform(std::sync::Arc<TestPlatformInner>);

#[derive(Default)]
pub struct TestPlatformInner {
    choose: std::sync::Mutex<Vec<parcours_mobile::platform::FileBytes>>,
    picked_from: std::sync::Mutex<Vec<parcours_mobile::platform::PickFrom>>,
    shared: std::sync::Mutex<Vec<parcours_mobile::platform::FileBytes>>,
    /// This platform says it cannot read aloud (as the phone stubs do).
    no_speech: std::sync::atomic::AtomicBool,
    /// What the app asked of the launcher entry, in order (true: neutral).
    launcher: std::sync::Mutex<Vec<bool>>,
    /// The folders the app asked to keep out of backups, in order.
    excluded: std::sync::Mutex<Vec<std::path::PathBuf>>,
}

impl TestPlatform {
    /// What the person chooses the next time files are read.
    pub fn will_choose(&self, files: Vec<parcours_mobile::platform::FileBytes>) {
        *self.0.choose.lock().unwrap() = files;
    }

    /// Where files were read from, in order.
    pub fn picked_from(&self) -> Vec<parcours_mobile::platform::PickFrom> {
        self.0.picked_from.lock().unwrap().clone()
    }

    /// The files sent outside, in order.
    pub fn shared(&self) -> Vec<parcours_mobile::platform::FileBytes> {
        self.0.shared.lock().unwrap().clone()
    }

    /// What the app asked of the launcher entry, in order (true: neutral).
    pub fn launcher(&self) -> Vec<bool> {
        self.0.launcher.lock().unwrap().clone()
    }

    /// The folders the app asked to keep out of backups, in order.
    pub fn excluded(&self) -> Vec<std::path::PathBuf> {
        self.0.excluded.lock().unwrap().clone()
    }

    /// From now on, this platform says that it cannot read aloud.
    pub fn without_speech(self) -> Self {
        self.0
            .no_speech
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self
    }

    pub fn handle(&self) -> parcours_mobile::platform::PlatformHandle {
        parcours_mobile::platform::PlatformHandle::new(self.clone())
    }
}

impl parcours_mobile::platform::Platform for TestPlatform {
    fn name(&self) -> &'static str {
        "test"
    }

    fn set_discreet_launcher(
        &self,
        discreet: bool,
    ) -> Result<(), parcours_mobile::platform::PlatformError> {
        self.0.launcher.lock().unwrap().push(discreet);
        Ok(())
    }

    fn capabilities(&self) -> parcours_mobile::platform::Capabilities {
        let browser = parcours_mobile::platform::Platform::capabilities(
            &parcours_mobile::platform::browser::Browser::new(),
        );
        parcours_mobile::platform::Capabilities {
            read_aloud: browser.read_aloud
                && !self.0.no_speech.load(std::sync::atomic::Ordering::SeqCst),
            ..browser
        }
    }

    fn pick_files(
        &self,
        from: parcours_mobile::platform::PickFrom,
    ) -> parcours_mobile::platform::PlatformFuture<'_, Vec<parcours_mobile::platform::FileBytes>>
    {
        self.0.picked_from.lock().unwrap().push(from);
        let files = std::mem::take(&mut *self.0.choose.lock().unwrap());
        Box::pin(async move {
            if files.is_empty() {
                Err(parcours_mobile::platform::PlatformError::Cancelled)
            } else {
                Ok(files)
            }
        })
    }

    fn share_file(
        &self,
        file: parcours_mobile::platform::FileBytes,
    ) -> parcours_mobile::platform::PlatformFuture<'_, parcours_mobile::platform::Delivered> {
        let name = file.name.clone();
        self.0.shared.lock().unwrap().push(file);
        Box::pin(async move { Ok(parcours_mobile::platform::Delivered::Downloaded { name }) })
    }

    fn schedule_reminders(
        &self,
        _: Vec<parcours_core::reminder::Notification>,
    ) -> Result<parcours_mobile::platform::ReminderDelivery, parcours_mobile::platform::PlatformError>
    {
        Err(parcours_mobile::platform::PlatformError::Unavailable(
            "test",
        ))
    }

    fn scheduled_reminders(&self) -> Vec<parcours_core::reminder::Notification> {
        Vec::new()
    }

    fn speak(
        &self,
        _: &str,
        _: Lang,
        _: parcours_core::person::SpeechRate,
    ) -> parcours_mobile::platform::PlatformFuture<'_, ()> {
        Box::pin(async {
            Err(parcours_mobile::platform::PlatformError::Unavailable(
                "test",
            ))
        })
    }

    fn stop_speaking(&self) {}

    fn link(
        &self,
        link: &parcours_mobile::platform::Link,
    ) -> parcours_mobile::platform::LinkAction {
        parcours_mobile::platform::LinkAction::Anchor(link.href())
    }

    fn open_link(
        &self,
        _: &parcours_mobile::platform::Link,
    ) -> Result<(), parcours_mobile::platform::PlatformError> {
        Err(parcours_mobile::platform::PlatformError::Unavailable(
            "test",
        ))
    }

    fn exclude_from_backup(
        &self,
        path: &std::path::Path,
    ) -> Result<parcours_mobile::platform::BackupExclusion, parcours_mobile::platform::PlatformError>
    {
        self.0.excluded.lock().unwrap().push(path.to_owned());
        Ok(parcours_mobile::platform::BackupExclusion::Excluded)
    }
}

/// Decodes a `data:` URL's percent-encoded text.
pub fn data_url_text(href: &str) -> String {
    let (_, encoded) = href.split_once(',').unwrap();
    let mut bytes = Vec::new();
    let raw = encoded.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            bytes.push(
                u8::from_str_radix(std::str::from_utf8(&raw[i + 1..i + 3]).unwrap(), 16).unwrap(),
            );
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// The value of attribute `name` on the first element that has `marker` in its tag.
pub fn attr_of(html: &str, marker: &str, name: &str) -> Option<String> {
    let at = html.find(marker)?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    let tag = &html[start..end];
    let key = format!(r#"{name}=""#);
    let v = tag.find(&key)? + key.len();
    let len = tag[v..].find('"')?;
    Some(decode_entities(&tag[v..v + len]))
}
