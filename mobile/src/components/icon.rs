//! Pictograms: small inline SVG line drawings. Always decorative
//! (`aria-hidden`): a text label sits next to every one, as FALC asks.

use dioxus::prelude::*;
use parcours_core::plan::LifeDomain;

/// The pictograms the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IconName {
    Sun,
    Steps,
    Calendar,
    Clock,
    Place,
    Person,
    Why,
    Warning,
    Important,
    Lock,
    Document,
    Hourglass,
    Permission,
    Mail,
    Phone,
    Sms,
    Help,
    Housing,
    Work,
    Health,
    Money,
    Papers,
    Family,
    Mobility,
    Training,
    Home,
    Contacts,
    Settings,
    Menu,
    Exit,
    Done,
    ToDo,
    Dropped,
    Proposed,
    Check,
    Cross,
    CalendarAdd,
    ContactAdd,
    Globe,
    TextSize,
    Contrast,
    Info,
    Cloud,
    Safe,
    Share,
    Download,
    Trash,
    Edit,
    Justice,
    Plus,
    Chevron,
    Speaker,
    Stop,
    Paperclip,
}

impl IconName {
    /// Whether the pictogram points along the line of text (an arrow going
    /// out, a list with its marks at the start), so that it turns round in
    /// a right-to-left language.
    pub fn mirrors(self) -> bool {
        matches!(self, IconName::Exit | IconName::Steps)
    }

    /// The pictogram of a life domain.
    pub fn of_domain(domain: LifeDomain) -> Self {
        match domain {
            LifeDomain::Housing => IconName::Housing,
            LifeDomain::Work => IconName::Work,
            LifeDomain::Health => IconName::Health,
            LifeDomain::Money => IconName::Money,
            LifeDomain::PapersAndRights => IconName::Papers,
            LifeDomain::Family => IconName::Family,
            LifeDomain::Mobility => IconName::Mobility,
            LifeDomain::Training => IconName::Training,
        }
    }

    /// The drawing: SVG path data on a 24 × 24 grid, stroked.
    fn paths(self) -> &'static [&'static str] {
        match self {
            IconName::Sun => &[
                "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z",
                "M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
            ],
            IconName::Steps => &[
                "M10 6h10M10 12h10M10 18h10",
                "M3.5 6l1.5 1.5L7.5 5M3.5 12l1.5 1.5l2.5-2.5M3.5 18l1.5 1.5l2.5-2.5",
            ],
            IconName::Calendar => &[
                "M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z",
                "M3 10h18M8 3v4M16 3v4",
            ],
            IconName::Clock => &["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 7v5l3 2"],
            IconName::Place => &[
                "M12 21s-7-6.1-7-11a7 7 0 0 1 14 0c0 4.9-7 11-7 11z",
                "M12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z",
            ],
            IconName::Person => &[
                "M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z",
                "M4 21c0-4 3.6-7 8-7s8 3 8 7",
            ],
            IconName::Why => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7",
                "M12 17v.01",
            ],
            IconName::Warning => &["M12 3L2 20h20L12 3z", "M12 10v4M12 17v.01"],
            IconName::Important => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M12 7v6M12 16.5v.01",
            ],
            IconName::Lock => &[
                "M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1z",
                "M8 11V7a4 4 0 0 1 8 0v4",
            ],
            IconName::Document => &["M6 2h8l5 5v15H6z", "M14 2v5h5", "M9 13h6M9 17h6"],
            IconName::Hourglass => &[
                "M6 2h12M6 22h12",
                "M7 2c0 5 10 6 10 10S7 17 7 22M17 2c0 5-10 6-10 10s10 5 10 10",
            ],
            IconName::Permission => &[
                "M9 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z",
                "M2 21c0-4 3-7 7-7c1.5 0 2.9.4 4 1.2",
                "M15 18l2 2l5-5",
            ],
            IconName::Mail => &[
                "M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z",
                "M3 7l9 6l9-6",
            ],
            IconName::Phone => &[
                "M5 3h3.5l2 5l-2.5 1.5a11 11 0 0 0 6.5 6.5l1.5-2.5l5 2V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z",
            ],
            IconName::Sms => &[
                "M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4V5a1 1 0 0 1 1-1z",
                "M8 10.5v.01M12 10.5v.01M16 10.5v.01",
            ],
            IconName::Help => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z",
                "M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6",
            ],
            IconName::Housing => &["M3 11l9-8l9 8", "M5 9.5V21h14V9.5", "M10 21v-6h4v6"],
            IconName::Work => &[
                "M5 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z",
                "M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M3 13h18",
            ],
            IconName::Health => {
                &["M12 20s-7.5-4.5-9-9.5A5 5 0 0 1 12 7a5 5 0 0 1 9 3.5c-1.5 5-9 9.5-9 9.5z"]
            }
            IconName::Money => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M15.5 8.5a4.5 4.5 0 1 0 0 7M7 10.8h6M7 13.3h6",
            ],
            IconName::Papers => &[
                "M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z",
                "M8 8.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4z",
                "M5 16c.5-1.4 1.6-2.2 3-2.2s2.5.8 3 2.2M14 10h5M14 14h4",
            ],
            IconName::Family => &[
                "M9 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z",
                "M17 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z",
                "M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6M15.5 14.6c3-.4 5.5 1.8 5.5 5.4",
            ],
            IconName::Mobility => &[
                "M6 3h12a2 2 0 0 1 2 2v12H4V5a2 2 0 0 1 2-2z",
                "M4 11h16M7 17v3M17 17v3M7.5 14v.01M16.5 14v.01",
            ],
            IconName::Training => &[
                "M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3z",
                "M21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z",
            ],
            IconName::Home => &["M3 12l9-8l9 8", "M5 10.5V20h14v-9.5", "M10 20v-5h4v5"],
            IconName::Contacts => &[
                "M7 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z",
                "M12.5 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z",
                "M9 17c.7-1.8 2-2.8 3.5-2.8s2.8 1 3.5 2.8",
                "M4 7h2M4 12h2M4 17h2",
            ],
            // A gear: eight teeth around a hub.
            IconName::Settings => &[
                "M18.9 10L21.5 10.5L21.5 13.5L18.9 14L18.3 15.5L19.8 17.6L17.6 19.8L15.5 18.3L14 18.9L13.5 21.5L10.5 21.5L10 18.9L8.5 18.3L6.4 19.8L4.2 17.6L5.7 15.5L5.1 14L2.5 13.5L2.5 10.5L5.1 10L5.7 8.5L4.2 6.4L6.4 4.2L8.5 5.7L10 5.1L10.5 2.5L13.5 2.5L14 5.1L15.5 5.7L17.6 4.2L19.8 6.4L18.3 8.5z",
                "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z",
            ],
            IconName::Menu => &["M4 6h16M4 12h16M4 18h16"],
            IconName::Exit => &["M10 4H5v16h5", "M14 8l4 4l-4 4M18 12H9"],
            IconName::Done => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M8 12.5l2.5 2.5L16 9.5",
            ],
            IconName::ToDo => &["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z"],
            IconName::Dropped => &["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M5.6 5.6l12.8 12.8"],
            IconName::Proposed => &[
                "M9 18h6M10 21h4",
                "M12 3a6 6 0 0 0-3.5 10.9c.4.3.5.7.5 1.1V16h6v-1c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z",
            ],
            IconName::Check => &["M5 12.5l4.5 4.5L19 7"],
            IconName::Cross => &["M6 6l12 12M18 6L6 18"],
            IconName::CalendarAdd => &[
                "M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z",
                "M3 10h18M8 3v4M16 3v4",
                "M12 13v5M9.5 15.5h5",
            ],
            IconName::ContactAdd => &[
                "M9 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z",
                "M2 21c0-4 3-7 7-7s7 3 7 7",
                "M19 8v6M16 11h6",
            ],
            IconName::Globe => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M3 12h18",
                "M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z",
            ],
            IconName::TextSize => &["M3 19l5-14l5 14M5 14h6", "M14 19l3.5-8l3.5 8M15.2 16.5h4.6"],
            IconName::Contrast => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M12 3v18M12 7h4M12 11h6M12 15h6M12 19h3",
            ],
            IconName::Info => &[
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z",
                "M12 11v6M12 7.5v.01",
            ],
            IconName::Cloud => &["M7 18h10a4 4 0 0 0 .5-8A6 6 0 0 0 6 9.5A4.3 4.3 0 0 0 7 18z"],
            IconName::Safe => &[
                "M4 4h16a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z",
                "M12 8.5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z",
                "M12 11.5h2M6 19v2M18 19v2",
            ],
            IconName::Paperclip => &[
                "M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4L15 7.1",
            ],
            IconName::Share => &[
                "M12 3v12",
                "M8 7l4-4l4 4",
                "M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7",
            ],
            IconName::Download => &[
                "M12 3v12",
                "M8 11l4 4l4-4",
                "M5 17v2a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-2",
            ],
            IconName::Trash => &[
                "M4 7h16M10 11v6M14 11v6",
                "M6 7l1 13a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1l1-13",
                "M9 7V4h6v3",
            ],
            IconName::Edit => &["M4 20h4L19 9l-4-4L4 16z", "M13.5 6.5l4 4"],
            IconName::Justice => &[
                "M12 3v18M7 21h10M5 7h14",
                "M5 7l-3 7a3 3 0 0 0 6 0z",
                "M19 7l-3 7a3 3 0 0 0 6 0z",
            ],
            IconName::Plus => &["M12 5v14M5 12h14"],
            IconName::Chevron => &["M6 9l6 6l6-6"],
            // A loudspeaker and two waves of sound.
            IconName::Speaker => &[
                "M4 9h4l5-4v14l-5-4H4z",
                "M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12",
            ],
            IconName::Stop => {
                &["M7 6h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z"]
            }
        }
    }
}

/// A decorative pictogram; put its meaning in words next to it.
#[component]
pub fn Icon(name: IconName) -> Element {
    rsx! {
        svg {
            class: if name.mirrors() { "icon icon-flip" } else { "icon" },
            "viewBox": "0 0 24 24",
            width: "24",
            height: "24",
            fill: "none",
            stroke: "currentColor",
            "stroke-width": "2",
            "stroke-linecap": "round",
            "stroke-linejoin": "round",
            "aria-hidden": "true",
            "focusable": "false",
            for d in name.paths() {
                path { d: *d }
            }
        }
    }
}
