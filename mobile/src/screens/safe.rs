//! My papers: the document safe (*coffre-fort numérique*).
//!
//! - The documents, grouped by category (pictogram and name), each with its
//!   title, its number of pages, and when it ends in words ("Expire dans
//!   12 jours", "Expiré"), never by colour alone.
//! - Add a document: files chosen in the page's `<input type=file>` (or the
//!   phone's picker, where the platform has one) become the pages of one
//!   document; the person gives its title, category and dates. The core
//!   removes photos' hidden data; the screen says so in plain words.
//! - Open a document: a photo is shown in the page, a PDF is offered as a
//!   download. Rename; delete with a second tap that says it cannot be
//!   undone; send a page outside Parcours through the platform's share
//!   (a warning first; the core records it).
//! - Keep a copy: an encrypted backup (needs the recovery code), or the
//!   whole export in clear (a warning first).
//! - Who opened what: the safe's audit entries about documents, in plain
//!   sentences with their dates in full.
//!
//! - Share a paper with a professional, until a date, and stop sharing
//!   ([`super::share`]).
//!
//! Changes go through [`Action`]s (one core call each, with its audit
//! entry); reads through [`SafeRequest`]s, which the core records too.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::NaiveDate;
use dioxus::prelude::*;
use parcours_core::audit::AuditEntry;
use parcours_core::document::{Category, DocumentMeta, ExpiryAlert};
use parcours_core::dossier::Dossier;
use parcours_core::id::DocumentId;

use super::{OnAction, OnSafe};
use crate::app::Shared;
use crate::components::{Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::platform::{
    Capabilities, Delivered, FileBytes, PickFrom, PlatformError, PlatformHandle, use_platform,
};
use crate::state::Action;
use crate::state::{ActionError, NewDocumentRequest, SafeAnswer, SafeRequest};

/// The `id` of the safe screen's title.
pub const SAFE_HEADING: &str = "safe-title";
/// The `id` of the line that says what the last action did.
pub const SAFE_FEEDBACK: &str = "safe-feedback";
/// The `id` of the page's file input.
pub const FILE_INPUT: &str = "safe-file-input";
/// The `id` of the sentence that says which files were chosen.
pub const CHOSEN: &str = "safe-add-chosen";
/// What the file input accepts: what the safe stores (see
/// [`crate::state::page_media_type`]).
pub const ACCEPT: &str =
    "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";
/// How many lines of the trail are shown before "See all".
pub const TRAIL_SHOWN: usize = 10;

/// The pictogram of a category of documents.
pub fn category_icon(category: Category) -> IconName {
    match category {
        Category::Identity => IconName::Person,
        Category::ResidencePermit => IconName::Papers,
        Category::Caf => IconName::Family,
        Category::Tax | Category::Bank => IconName::Money,
        Category::Payslip => IconName::Work,
        Category::RentReceipt => IconName::Housing,
        Category::HealthInsurance | Category::MedicalCertificate => IconName::Health,
        Category::Justice => IconName::Justice,
        Category::Other => IconName::Document,
    }
}

/// When a document ends, in words, with its tone and pictogram: "Expire
/// dans 12 jours", "Expiré". `None` when it is not in its warning window.
pub fn expiry_words(
    i18n: &I18n,
    doc: &DocumentMeta,
    m: Moment,
) -> Option<(Tone, IconName, String)> {
    let alert = doc.expiry_alert(m.today())?;
    let expires = doc.expires()?;
    Some(match alert {
        ExpiryAlert::Expired => (Tone::Alert, IconName::Warning, i18n.t("safe-expired")),
        ExpiryAlert::Urgent | ExpiryAlert::Soon => {
            let days = (expires - m.today()).num_days().max(0);
            let (tone, icon) = if alert == ExpiryAlert::Urgent {
                (Tone::Alert, IconName::Warning)
            } else {
                (Tone::Warn, IconName::Hourglass)
            };
            (
                tone,
                icon,
                i18n.t_args("safe-expires-in", &[("count", days.into())]),
            )
        }
    })
}

/// Whether a page of this media type is shown in the page (others are
/// offered as a download).
fn shown_inline(media_type: &str) -> bool {
    matches!(media_type, "image/jpeg" | "image/png" | "image/webp")
}

/// A `data:` URL holding bytes in base64.
fn data_url(file: &FileBytes) -> String {
    format!(
        "data:{};base64,{}",
        file.media_type,
        BASE64.encode(&file.bytes)
    )
}

/// What the person is writing about a new document.
#[derive(Debug, Clone, PartialEq, Default)]
struct Draft {
    title: String,
    category: Option<Category>,
    issued: String,
    expires: String,
}

/// A date from a date field (`YYYY-MM-DD`): empty is none, anything else
/// unreadable is an error.
fn field_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// The document that is open, and the page on screen.
#[derive(Debug, Clone, PartialEq)]
struct Opened {
    id: DocumentId,
    page: usize,
    /// The page's content, or why it could not be read.
    shown: Option<Result<FileBytes, String>>,
}

/// What the person is about to do with the open document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Rename,
    Send,
    Delete,
}

/// The signals and callbacks the screen's parts share.
#[derive(Clone, Copy)]
struct Ui {
    /// What the last action did; the number draws it anew each time, so
    /// that it takes the focus again.
    feedback: Signal<Option<(u32, Result<String, String>)>>,
    pending: Signal<Vec<FileBytes>>,
    draft: Signal<Draft>,
    /// Bumped to draw a fresh, empty file input.
    input_round: Signal<u32>,
    open: Signal<Option<Opened>>,
    asking: Signal<Option<Ask>>,
    new_title: Signal<String>,
    export_asked: Signal<bool>,
    trail: Signal<Result<Vec<AuditEntry>, ActionError>>,
    trail_all: Signal<bool>,
    on_action: OnAction,
    on_safe: OnSafe,
    focus: FocusRequest,
}

impl Ui {
    fn say(mut self, result: Result<String, String>) {
        let n = self.feedback.peek().as_ref().map_or(0, |(n, _)| n + 1);
        self.feedback.set(Some((n, result)));
        self.focus.request(SAFE_FEEDBACK);
    }

    fn reload_trail(mut self) {
        self.trail.set(load_trail(self.on_safe));
    }
}

fn load_trail(on_safe: OnSafe) -> Result<Vec<AuditEntry>, ActionError> {
    match on_safe.call(SafeRequest::Trail)? {
        SafeAnswer::Trail(entries) => Ok(entries),
        SafeAnswer::File(_) => Err(ActionError::NotFound),
    }
}

fn file_of(answer: Result<SafeAnswer, ActionError>) -> Result<FileBytes, ActionError> {
    match answer? {
        SafeAnswer::File(f) => Ok(f),
        SafeAnswer::Trail(_) => Err(ActionError::NotFound),
    }
}

#[component]
pub fn MySafe(
    dossier: Shared<Dossier>,
    moment: Moment,
    on_action: OnAction,
    on_safe: OnSafe,
) -> Element {
    let i18n = use_i18n();
    let platform = use_platform();
    // A message's "open this paper" brought the person here: that paper
    // is open (read as any opening is, with its entry in the trail).
    let i18n_first = i18n.clone();
    let documents = dossier.documents.clone();
    let to_open = try_use_context::<super::messages::PaperToOpen>();
    let first_open = use_hook(move || {
        let id = to_open.and_then(|super::messages::PaperToOpen(mut p)| p.take())?;
        let pages = documents.iter().find(|d| d.id == id)?.pages.len();
        let shown = (pages > 0).then(|| read_page(on_safe, &id, 1, &i18n_first));
        let target = crate::app::js_string(&format!("doc-{id}"));
        document::eval(&format!(
            "setTimeout(() => document.getElementById({target})?.scrollIntoView({{block: 'start'}}), 50);"
        ));
        Some(Opened { id, page: 1, shown })
    });
    let ui = Ui {
        feedback: use_signal(|| None),
        pending: use_signal(Vec::new),
        draft: use_signal(Draft::default),
        input_round: use_signal(|| 0),
        open: use_signal(move || first_open),
        asking: use_signal(|| None),
        new_title: use_signal(String::new),
        export_asked: use_signal(|| false),
        trail: use_signal(|| load_trail(on_safe)),
        trail_all: use_signal(|| false),
        on_action,
        on_safe,
        focus: use_focus(),
    };
    let caps = platform.capabilities();
    let feedback = ui.feedback.read().clone();
    // Categories in the documented order, each with its documents.
    let groups: Vec<(Category, Vec<&DocumentMeta>)> = Category::ALL
        .into_iter()
        .map(|c| {
            (
                c,
                dossier
                    .documents
                    .iter()
                    .filter(|d| d.category == c)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, docs)| !docs.is_empty())
        .collect();
    rsx! {
        div { class: "screen safe",
            ScreenTitle { id: SAFE_HEADING, text: i18n.t("safe-title") }
            p { class: "intro", {i18n.t("safe-intro")} }
            // Always there (empty at first), so screen readers hear what appears in it.
            div { role: "status",
                if let Some((n, result)) = feedback {
                    p {
                        key: "{n}",
                        id: SAFE_FEEDBACK,
                        class: if result.is_ok() { "feedback ok" } else { "feedback error" },
                        tabindex: "-1",
                        onmounted: ui.focus.on_mounted(SAFE_FEEDBACK.to_owned()),
                        Icon { name: if result.is_ok() { IconName::Done } else { IconName::Warning } }
                        span { {result.clone().unwrap_or_else(|e| e)} }
                    }
                }
            }
            {add_card(&i18n, &platform, caps, ui)}
            if groups.is_empty() {
                p { class: "card calm", {i18n.t("safe-empty")} }
            }
            for (category, docs) in groups {
                section {
                    key: "{category.key()}",
                    class: "card documents",
                    "aria-labelledby": "safe-cat-{category.key()}",
                    h2 { id: "safe-cat-{category.key()}",
                        Icon { name: category_icon(category) }
                        span { {i18n.t(&format!("category-{}", category.key()))} }
                    }
                    ul { class: "items",
                        for doc in docs {
                            {document_item(&i18n, &platform, caps, doc, moment, ui)}
                        }
                    }
                }
            }
            // Sharing a paper with a professional, through the server
            // (end to end encrypted): see `super::share`.
            super::share::ShareCard { dossier: dossier.clone(), moment }
            {keep_card(&i18n, &platform, caps, ui)}
            {trail_card(&i18n, moment, ui)}
        }
    }
}

/// Takes the files chosen from `from`: a new choice in the page's input
/// replaces the last one (the input shows only that one); the phone's
/// picker and camera add pages.
fn pick(platform: PlatformHandle, from: PickFrom, ui: Ui, i18n: I18n) {
    let Ui {
        mut pending,
        mut feedback,
        focus,
        ..
    } = ui;
    let replace = matches!(from, PickFrom::PageInput(_));
    spawn(async move {
        match platform.pick_files(from).await {
            Ok(files) => {
                feedback.set(None);
                if replace {
                    pending.set(files);
                } else {
                    pending.write().extend(files);
                }
                focus.request(CHOSEN);
            }
            // Nothing chosen: nothing to say.
            Err(PlatformError::Cancelled) => {}
            Err(e) => ui.say(Err(e.explain(&i18n))),
        }
    });
}

fn add_card(i18n: &I18n, platform: &PlatformHandle, caps: Capabilities, ui: Ui) -> Element {
    let Ui {
        mut pending,
        mut draft,
        mut input_round,
        on_action,
        focus,
        ..
    } = ui;
    let chosen = pending.read().clone();
    let current = draft.read().clone();
    let round = input_round();
    let nothing_to_add = !caps.file_input_in_page && !caps.file_picker && !caps.camera;
    let (p_input, p_files, p_camera) = (platform.clone(), platform.clone(), platform.clone());
    let (i_input, i_files, i_camera, i_save) =
        (i18n.clone(), i18n.clone(), i18n.clone(), i18n.clone());
    rsx! {
        section { class: "card add", "aria-labelledby": "safe-add-title",
            h2 { id: "safe-add-title",
                Icon { name: IconName::Plus }
                span { {i18n.t("safe-add-title")} }
            }
            if nothing_to_add {
                p { {i18n.t("safe-add-unavailable")} }
            } else {
                p { {i18n.t("safe-add-how")} }
                p { class: "meta",
                    Icon { name: IconName::Lock }
                    span { {i18n.t("safe-add-photo-data")} }
                }
                div { class: "actions",
                    if caps.file_input_in_page {
                        // The real input covers the whole button: a large
                        // target, and the picker opens on the person's own tap.
                        div { key: "input-{round}", class: "file-pick button primary",
                            Icon { name: IconName::Document }
                            label { r#for: FILE_INPUT, {i18n.t("safe-add-choose")} }
                            input {
                                id: FILE_INPUT,
                                r#type: "file",
                                multiple: true,
                                accept: ACCEPT,
                                onchange: move |_| {
                                    pick(
                                        p_input.clone(),
                                        PickFrom::PageInput(FILE_INPUT.to_owned()),
                                        ui,
                                        i_input.clone(),
                                    )
                                },
                            }
                        }
                    }
                    if caps.file_picker {
                        button {
                            id: "safe-add-files",
                            class: "button primary",
                            r#type: "button",
                            onclick: move |_| pick(p_files.clone(), PickFrom::Files, ui, i_files.clone()),
                            Icon { name: IconName::Document }
                            span { {i18n.t("safe-add-pick-files")} }
                        }
                    }
                    if caps.camera {
                        button {
                            id: "safe-add-camera",
                            class: "button primary",
                            r#type: "button",
                            onclick: move |_| pick(p_camera.clone(), PickFrom::Camera, ui, i_camera.clone()),
                            Icon { name: IconName::Papers }
                            span { {i18n.t("safe-add-take-photo")} }
                        }
                    }
                }
            }
            if !chosen.is_empty() {
                div { class: "add-form",
                    p {
                        id: CHOSEN,
                        class: "item-title",
                        tabindex: "-1",
                        onmounted: focus.on_mounted(CHOSEN.to_owned()),
                        {i18n.t_args("safe-add-chosen", &[("files", chosen.len().into())])}
                    }
                    ul { class: "chosen",
                        for (n, file) in chosen.iter().enumerate() {
                            li { key: "{n}",
                                span { {i18n.t_args("safe-add-page", &[("page", (n + 1).into())])} }
                                " "
                                span { class: "user-text", {file.name.clone()} }
                            }
                        }
                    }
                    div { class: "field",
                        label { r#for: "safe-add-name", {i18n.t("safe-add-name")} }
                        p { id: "safe-add-name-hint", class: "field-hint", {i18n.t("safe-add-name-hint")} }
                        input {
                            id: "safe-add-name",
                            r#type: "text",
                            autocomplete: "off",
                            "aria-describedby": "safe-add-name-hint",
                            value: "{current.title}",
                            oninput: move |e| draft.write().title = e.value(),
                        }
                    }
                    div { class: "field",
                        label { r#for: "safe-add-category", {i18n.t("safe-add-category")} }
                        select {
                            id: "safe-add-category",
                            onchange: move |e| draft.write().category = Category::from_key(&e.value()),
                            for c in Category::ALL {
                                option {
                                    key: "{c.key()}",
                                    value: c.key(),
                                    selected: current.category.unwrap_or(Category::Other) == c,
                                    {i18n.t(&format!("category-{}", c.key()))}
                                }
                            }
                        }
                    }
                    div { class: "field",
                        label { r#for: "safe-add-issued", {i18n.t("safe-add-issued")} }
                        input {
                            id: "safe-add-issued",
                            r#type: "date",
                            value: "{current.issued}",
                            oninput: move |e| draft.write().issued = e.value(),
                        }
                    }
                    div { class: "field",
                        label { r#for: "safe-add-expires", {i18n.t("safe-add-expires")} }
                        input {
                            id: "safe-add-expires",
                            r#type: "date",
                            value: "{current.expires}",
                            oninput: move |e| draft.write().expires = e.value(),
                        }
                    }
                    div { class: "actions",
                        button {
                            id: "safe-add-save",
                            class: "button primary",
                            r#type: "button",
                            onclick: move |_| {
                                let d = draft.read().clone();
                                let (Ok(issued), Ok(expires)) = (field_date(&d.issued), field_date(&d.expires)) else {
                                    ui.say(Err(i_save.t("safe-error-date-unreadable")));
                                    return;
                                };
                                let request = NewDocumentRequest {
                                    title: d.title.trim().to_owned(),
                                    category: d.category.unwrap_or(Category::Other),
                                    issued,
                                    expires,
                                    pages: pending.read().clone(),
                                };
                                let title = request.title.clone();
                                match on_action.call(Action::AddDocument(request)) {
                                    Ok(()) => {
                                        pending.set(Vec::new());
                                        draft.set(Draft::default());
                                        input_round += 1;
                                        ui.reload_trail();
                                        ui.say(Ok(i_save.t_args("safe-added", &[("title", title.into())])));
                                    }
                                    Err(e) => ui.say(Err(e.explain(&i_save))),
                                }
                            },
                            Icon { name: IconName::Safe }
                            span { {i18n.t("safe-add-save")} }
                        }
                        button {
                            id: "safe-add-cancel",
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| {
                                pending.set(Vec::new());
                                draft.set(Draft::default());
                                input_round += 1;
                                focus.request(FILE_INPUT);
                            },
                            span { {i18n.t("safe-add-cancel")} }
                        }
                    }
                }
            }
        }
    }
}

fn document_item(
    i18n: &I18n,
    platform: &PlatformHandle,
    caps: Capabilities,
    doc: &DocumentMeta,
    m: Moment,
    ui: Ui,
) -> Element {
    let Ui {
        mut open,
        mut asking,
        mut feedback,
        on_safe,
        ..
    } = ui;
    let did = doc.id.as_str().to_owned();
    let pages = doc.pages.len();
    let is_open = open.read().as_ref().is_some_and(|o| o.id == doc.id);
    let expiry = expiry_words(i18n, doc, m);
    let until = doc.expires().map(|d| {
        let date = i18n.date(d, m.this_year());
        if d < m.today() {
            i18n.t_args("document-expired-on", &[("date", date.into())])
        } else {
            i18n.t_args("document-valid-until", &[("date", date.into())])
        }
    });
    let id = doc.id.clone();
    let i18n_open = i18n.clone();
    rsx! {
        li { key: "{did}", id: "doc-{did}", class: "item document",
            p { id: "doc-title-{did}", class: "item-title user-text", {doc.title()} }
            if let Some((tone, icon, text)) = expiry {
                p { class: "badges",
                    Badge { tone, icon, text }
                }
            }
            p { class: "meta",
                Icon { name: IconName::Document }
                span { {i18n.t_args("safe-pages", &[("pages", pages.into())])} }
            }
            if let Some(until) = until {
                p { class: "meta",
                    Icon { name: IconName::Calendar }
                    span { {until} }
                }
            }
            button {
                id: "doc-open-{did}",
                class: if is_open { "button secondary doc-toggle" } else { "button doc-toggle" },
                r#type: "button",
                "aria-expanded": if is_open { "true" } else { "false" },
                "aria-controls": "doc-panel-{did}",
                "aria-describedby": "doc-title-{did}",
                onclick: move |_| {
                    feedback.set(None);
                    asking.set(None);
                    if is_open {
                        open.set(None);
                    } else {
                        let shown = (pages > 0).then(|| read_page(on_safe, &id, 1, &i18n_open));
                        open.set(Some(Opened { id: id.clone(), page: 1, shown }));
                        ui.reload_trail();
                    }
                },
                Icon { name: if is_open { IconName::Cross } else { IconName::Document } }
                span { {i18n.t(if is_open { "safe-close" } else { "safe-open" })} }
            }
            if is_open {
                {document_panel(i18n, platform, caps, doc, ui)}
            }
        }
    }
}

/// Reads a page to show it (the core records it as opened).
fn read_page(
    on_safe: OnSafe,
    id: &DocumentId,
    page: usize,
    i18n: &I18n,
) -> Result<FileBytes, String> {
    file_of(on_safe.call(SafeRequest::OpenPage {
        id: id.clone(),
        page,
    }))
    .map_err(|e| e.explain(i18n))
}

fn document_panel(
    i18n: &I18n,
    platform: &PlatformHandle,
    caps: Capabilities,
    doc: &DocumentMeta,
    ui: Ui,
) -> Element {
    let Ui {
        mut open,
        mut asking,
        mut new_title,
        on_safe,
        on_action,
        focus,
        ..
    } = ui;
    let did = doc.id.as_str().to_owned();
    let pages = doc.pages.len();
    let title = doc.title().to_owned();
    let Some(opened) = open.read().clone() else {
        return rsx! {};
    };
    let page = opened.page;
    let ask = *asking.read();
    let mut turn = move |to: usize, i18n: I18n| {
        let Some(mut o) = open.read().clone() else {
            return;
        };
        o.shown = Some(read_page(on_safe, &o.id, to, &i18n));
        o.page = to;
        open.set(Some(o));
        asking.set(None);
        ui.reload_trail();
    };
    let (i_prev, i_next) = (i18n.clone(), i18n.clone());
    let (id_rename, id_delete) = (doc.id.clone(), doc.id.clone());
    let (i_rename, i_delete, i_send) = (i18n.clone(), i18n.clone(), i18n.clone());
    let title_for_delete = title.clone();
    let send_platform = platform.clone();
    let send_id = doc.id.clone();
    rsx! {
        div { id: "doc-panel-{did}", class: "doc-panel",
            if pages == 0 {
                p { class: "meta",
                    Icon { name: IconName::Info }
                    span { {i18n.t("safe-no-file")} }
                }
            } else {
                if pages > 1 {
                    p { class: "page-count",
                        {i18n.t_args("safe-page-of", &[("page", page.into()), ("pages", pages.into())])}
                    }
                }
                match &opened.shown {
                    Some(Ok(file)) if shown_inline(&file.media_type) => rsx! {
                        img {
                            id: "doc-page-{did}",
                            class: "page-image",
                            src: data_url(file),
                            alt: i18n.t_args(
                                "safe-page-alt",
                                &[("title", title.clone().into()), ("page", page.into()), ("pages", pages.into())],
                            ),
                        }
                    },
                    Some(Ok(file)) => rsx! {
                        a {
                            id: "doc-page-{did}",
                            class: "button",
                            href: data_url(file),
                            download: file.name.clone(),
                            Icon { name: IconName::Download }
                            span { {i18n.t("safe-page-download")} }
                        }
                        p { class: "hint", {i18n.t("safe-page-download-hint")} }
                    },
                    Some(Err(why)) => rsx! {
                        p { class: "feedback error",
                            Icon { name: IconName::Warning }
                            span { {why.clone()} }
                        }
                    },
                    None => rsx! {},
                }
                if pages > 1 {
                    div { class: "actions",
                        if page > 1 {
                            button {
                                id: "doc-prev-{did}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| turn(page - 1, i_prev.clone()),
                                span { {i18n.t("safe-page-previous")} }
                            }
                        }
                        if page < pages {
                            button {
                                id: "doc-next-{did}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| turn(page + 1, i_next.clone()),
                                span { {i18n.t("safe-page-next")} }
                            }
                        }
                    }
                }
            }
            match ask {
                Some(Ask::Rename) => rsx! {
                    div { class: "confirm", role: "group", "aria-labelledby": "doc-rename-label-{did}",
                        label {
                            id: "doc-rename-label-{did}",
                            r#for: "doc-rename-input-{did}",
                            class: "confirm-question",
                            {i18n.t("safe-rename-label")}
                        }
                        input {
                            id: "doc-rename-input-{did}",
                            class: "user-text",
                            r#type: "text",
                            autocomplete: "off",
                            value: "{new_title}",
                            onmounted: focus.on_mounted(format!("doc-rename-input-{did}")),
                            oninput: move |e| new_title.set(e.value()),
                        }
                        div { class: "actions",
                            button {
                                id: "doc-rename-save-{did}",
                                class: "button primary",
                                r#type: "button",
                                onclick: move |_| {
                                    let to = new_title.read().trim().to_owned();
                                    let action = Action::RenameDocument { id: id_rename.clone(), title: to.clone() };
                                    match on_action.call(action) {
                                        Ok(()) => {
                                            asking.set(None);
                                            ui.reload_trail();
                                            ui.say(Ok(i_rename.t_args("safe-renamed", &[("title", to.into())])));
                                        }
                                        Err(e) => ui.say(Err(e.explain(&i_rename))),
                                    }
                                },
                                Icon { name: IconName::Check }
                                span { {i18n.t("safe-rename-save")} }
                            }
                            button {
                                id: "doc-rename-cancel-{did}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: {
                                    let back = format!("doc-rename-{did}");
                                    move |_| {
                                        asking.set(None);
                                        focus.request(back.clone());
                                    }
                                },
                                span { {i18n.t("safe-rename-cancel")} }
                            }
                        }
                    }
                },
                Some(Ask::Send) => rsx! {
                    div { class: "confirm warning", role: "group", "aria-labelledby": "doc-send-question-{did}",
                        p {
                            id: "doc-send-question-{did}",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted(format!("doc-send-question-{did}")),
                            {i18n.t("safe-send-question")}
                        }
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t("safe-send-warning")} }
                        }
                        if pages > 1 {
                            p { {i18n.t_args("safe-send-page", &[("page", page.into())])} }
                        }
                        div { class: "actions",
                            button {
                                id: "doc-send-yes-{did}",
                                class: "button primary",
                                r#type: "button",
                                onclick: move |_| {
                                    asking.set(None);
                                    let file = file_of(on_safe.call(SafeRequest::SendPage { id: send_id.clone(), page }));
                                    ui.reload_trail();
                                    match file {
                                        Ok(file) => deliver(send_platform.clone(), file, Delivery::Page, ui, i_send.clone()),
                                        Err(e) => ui.say(Err(e.explain(&i_send))),
                                    }
                                },
                                Icon { name: IconName::Share }
                                span { {i18n.t("safe-send-yes")} }
                            }
                            button {
                                id: "doc-send-no-{did}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: {
                                    let back = format!("doc-send-{did}");
                                    move |_| {
                                        asking.set(None);
                                        focus.request(back.clone());
                                    }
                                },
                                span { {i18n.t("safe-send-no")} }
                            }
                        }
                    }
                },
                Some(Ask::Delete) => rsx! {
                    div { class: "confirm warning", role: "group", "aria-labelledby": "doc-delete-question-{did}",
                        p {
                            id: "doc-delete-question-{did}",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted(format!("doc-delete-question-{did}")),
                            {i18n.t_args("safe-delete-question", &[("title", title.clone().into())])}
                        }
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t("safe-delete-warning")} }
                        }
                        p { {i18n.t("safe-delete-copies")} }
                        div { class: "actions",
                            button {
                                id: "doc-delete-yes-{did}",
                                class: "button danger",
                                r#type: "button",
                                onclick: move |_| {
                                    match on_action.call(Action::DeleteDocument(id_delete.clone())) {
                                        Ok(()) => {
                                            asking.set(None);
                                            open.set(None);
                                            ui.reload_trail();
                                            ui.say(Ok(i_delete.t_args("safe-deleted", &[("title", title_for_delete.clone().into())])));
                                        }
                                        Err(e) => ui.say(Err(e.explain(&i_delete))),
                                    }
                                },
                                Icon { name: IconName::Trash }
                                span { {i18n.t("safe-delete-yes")} }
                            }
                            button {
                                id: "doc-delete-no-{did}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: {
                                    let back = format!("doc-delete-{did}");
                                    move |_| {
                                        asking.set(None);
                                        focus.request(back.clone());
                                    }
                                },
                                span { {i18n.t("safe-delete-no")} }
                            }
                        }
                    }
                },
                None => rsx! {
                    div { class: "actions",
                        button {
                            id: "doc-rename-{did}",
                            class: "button",
                            r#type: "button",
                            onmounted: focus.on_mounted(format!("doc-rename-{did}")),
                            onclick: {
                                let title = title.clone();
                                let to = format!("doc-rename-input-{did}");
                                move |_| {
                                    new_title.set(title.clone());
                                    asking.set(Some(Ask::Rename));
                                    focus.request(to.clone());
                                }
                            },
                            Icon { name: IconName::Edit }
                            span { {i18n.t("safe-rename")} }
                        }
                        if pages > 0 && caps.share_files {
                            button {
                                id: "doc-send-{did}",
                                class: "button",
                                r#type: "button",
                                onmounted: focus.on_mounted(format!("doc-send-{did}")),
                                onclick: {
                                    let to = format!("doc-send-question-{did}");
                                    move |_| {
                                        asking.set(Some(Ask::Send));
                                        focus.request(to.clone());
                                    }
                                },
                                Icon { name: IconName::Share }
                                span { {i18n.t("safe-send")} }
                            }
                        }
                        button {
                            id: "doc-delete-{did}",
                            class: "button",
                            r#type: "button",
                            onmounted: focus.on_mounted(format!("doc-delete-{did}")),
                            onclick: {
                                let to = format!("doc-delete-question-{did}");
                                move |_| {
                                    asking.set(Some(Ask::Delete));
                                    focus.request(to.clone());
                                }
                            },
                            Icon { name: IconName::Trash }
                            span { {i18n.t("safe-delete")} }
                        }
                    }
                },
            }
        }
    }
}

/// What is being sent outside, for the words of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delivery {
    Page,
    Backup,
    Export,
}

/// Hands `file` to the platform's share (a download in a browser) and
/// says where it went.
fn deliver(platform: PlatformHandle, file: FileBytes, what: Delivery, ui: Ui, i18n: I18n) {
    spawn(async move {
        let result = platform.share_file(file).await;
        let said = match result {
            Ok(Delivered::Downloaded { name }) => {
                let id = match what {
                    Delivery::Page => "safe-sent-downloaded",
                    Delivery::Backup => "safe-backup-downloaded",
                    Delivery::Export => "safe-exported-downloaded",
                };
                Ok(i18n.t_args(id, &[("name", name.into())]))
            }
            Ok(Delivered::ShareSheet) => Ok(i18n.t(match what {
                Delivery::Page => "safe-sent-shared",
                Delivery::Backup => "safe-backup-shared",
                Delivery::Export => "safe-exported-shared",
            })),
            Err(e) => Err(e.explain(&i18n)),
        };
        ui.say(said);
    });
}

fn keep_card(i18n: &I18n, platform: &PlatformHandle, caps: Capabilities, ui: Ui) -> Element {
    let Ui {
        mut export_asked,
        on_safe,
        focus,
        ..
    } = ui;
    let asked = export_asked();
    let (p_backup, p_export) = (platform.clone(), platform.clone());
    let (i_backup, i_export) = (i18n.clone(), i18n.clone());
    rsx! {
        section { class: "card keep", "aria-labelledby": "safe-keep-title",
            h2 { id: "safe-keep-title",
                Icon { name: IconName::Download }
                span { {i18n.t("safe-keep-title")} }
            }
            if !caps.share_files {
                p { {i18n.t("safe-keep-unavailable")} }
            } else {
                h3 { {i18n.t("safe-backup-title")} }
                p { {i18n.t("safe-backup-text")} }
                div { class: "actions",
                    button {
                        id: "safe-backup",
                        class: "button",
                        r#type: "button",
                        onclick: move |_| {
                            let file = file_of(on_safe.call(SafeRequest::Backup));
                            ui.reload_trail();
                            match file {
                                Ok(file) => deliver(p_backup.clone(), file, Delivery::Backup, ui, i_backup.clone()),
                                Err(e) => ui.say(Err(e.explain(&i_backup))),
                            }
                        },
                        Icon { name: IconName::Lock }
                        span { {i18n.t("safe-backup")} }
                    }
                }
                h3 { class: "keep-export", {i18n.t("safe-export-title")} }
                p { {i18n.t("safe-export-text")} }
                if asked {
                    div { class: "confirm warning", role: "group", "aria-labelledby": "safe-export-question",
                        p {
                            id: "safe-export-question",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted("safe-export-question".to_owned()),
                            {i18n.t("safe-export-question")}
                        }
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t("safe-export-warning")} }
                        }
                        div { class: "actions",
                            button {
                                id: "safe-export-yes",
                                class: "button primary",
                                r#type: "button",
                                onclick: move |_| {
                                    export_asked.set(false);
                                    let file = file_of(on_safe.call(SafeRequest::Export));
                                    ui.reload_trail();
                                    match file {
                                        Ok(file) => deliver(p_export.clone(), file, Delivery::Export, ui, i_export.clone()),
                                        Err(e) => ui.say(Err(e.explain(&i_export))),
                                    }
                                },
                                Icon { name: IconName::Download }
                                span { {i18n.t("safe-export-yes")} }
                            }
                            button {
                                id: "safe-export-no",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| {
                                    export_asked.set(false);
                                    focus.request("safe-export");
                                },
                                span { {i18n.t("safe-export-no")} }
                            }
                        }
                    }
                } else {
                    div { class: "actions",
                        button {
                            id: "safe-export",
                            class: "button",
                            r#type: "button",
                            onmounted: focus.on_mounted("safe-export".to_owned()),
                            onclick: move |_| {
                                export_asked.set(true);
                                focus.request("safe-export-question");
                            },
                            Icon { name: IconName::Download }
                            span { {i18n.t("safe-export")} }
                        }
                    }
                }
            }
        }
    }
}

fn trail_card(i18n: &I18n, m: Moment, ui: Ui) -> Element {
    let Ui {
        trail,
        mut trail_all,
        ..
    } = ui;
    let all = trail_all();
    let lines: Result<Vec<String>, String> = match &*trail.read() {
        Ok(entries) => Ok(entries
            .iter()
            .take(if all { usize::MAX } else { TRAIL_SHOWN })
            .map(|e| e.describe(i18n, m.tz))
            .collect()),
        Err(e) => Err(e.explain(i18n)),
    };
    let total = trail.read().as_ref().map_or(0, Vec::len);
    rsx! {
        section { class: "card trail", "aria-labelledby": "safe-trail-title",
            h2 { id: "safe-trail-title",
                Icon { name: IconName::Why }
                span { {i18n.t("safe-trail-title")} }
            }
            p { {i18n.t("safe-trail-intro")} }
            match lines {
                Ok(lines) if lines.is_empty() => rsx! {
                    p { class: "meta", {i18n.t("safe-trail-empty")} }
                },
                Ok(lines) => rsx! {
                    ul { id: "safe-trail", class: "items trail-lines",
                        for (n, line) in lines.into_iter().enumerate() {
                            li { key: "{n}", class: "item", {line} }
                        }
                    }
                    if !all && total > TRAIL_SHOWN {
                        button {
                            id: "safe-trail-all",
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| trail_all.set(true),
                            span { {i18n.t_args("safe-trail-more", &[("count", total.into())])} }
                        }
                    }
                },
                Err(why) => rsx! {
                    p { class: "feedback error",
                        Icon { name: IconName::Warning }
                        span { {why} }
                    }
                },
            }
        }
    }
}
