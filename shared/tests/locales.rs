//! The translations in `locales/` (see `locales/README.md`):
//!
//! - every language has exactly the messages and attributes of French, in
//!   the same file;
//! - every French message is used by the code (or is the concrete case of a
//!   documented dynamic id such as `domain-{key}`), and every message the
//!   code asks for by a literal id exists;
//! - Arabic is written in Arabic script and Ukrainian in Cyrillic, and no
//!   message is left in French or English (short allow-list below);
//! - plural selectors use the CLDR categories of their language;
//! - every message formats without a Fluent error in every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use parcours_core::document::Category;
use parcours_core::i18n::Lang;
use parcours_core::plan::LifeDomain;

/// One message or attribute ("id" or "id.attribute") of one language.
struct Entry {
    file: &'static str,
    pattern: ast::Pattern<String>,
}

/// Every message and attribute of a language, by id. Panics on a syntax
/// error or an id defined twice.
fn entries(lang: Lang) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    for (file, source) in lang.sources() {
        let resource = fluent_syntax::parser::parse((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}: {errors:?}"));
        for entry in resource.body {
            let mut add = |id: String, pattern: ast::Pattern<String>| {
                let previous = out.insert(id.clone(), Entry { file, pattern });
                assert!(previous.is_none(), "{lang}/{file}: {id} defined twice");
            };
            match entry {
                ast::Entry::Message(m) => {
                    let id = m.id.name;
                    if let Some(value) = m.value {
                        add(id.clone(), value);
                    }
                    for a in m.attributes {
                        add(format!("{id}.{}", a.id.name), a.value);
                    }
                }
                ast::Entry::Term(t) => {
                    let id = format!("-{}", t.id.name);
                    for a in t.attributes {
                        add(format!("{id}.{}", a.id.name), a.value);
                    }
                    add(id, t.value);
                }
                ast::Entry::Junk { content } => panic!("{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn french_ids() -> BTreeSet<String> {
    entries(Lang::Fr).into_keys().collect()
}

// ---------------------------------------------------------------------------
// Same messages everywhere

#[test]
fn every_language_has_exactly_the_messages_of_french() {
    let fr = entries(Lang::Fr);
    assert!(fr.len() > 250, "French has only {} messages", fr.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let other = entries(lang);
        for (id, e) in &fr {
            match other.get(id) {
                None => problems.push(format!("{lang}: missing {id} (fr/{})", e.file)),
                Some(o) if o.file != e.file => problems.push(format!(
                    "{lang}: {id} is in {}, French has it in {}",
                    o.file, e.file
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !fr.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in French"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check above on a language made to lack a message and to have one too many.
#[test]
fn a_missing_or_extra_message_is_found() {
    let fr = french_ids();
    let mut broken = fr.clone();
    broken.remove("home-title");
    broken.insert("home-titel".to_owned());
    let missing: Vec<_> = fr.difference(&broken).collect();
    let extra: Vec<_> = broken.difference(&fr).collect();
    assert_eq!(missing, ["home-title"]);
    assert_eq!(extra, ["home-titel"]);
}

// ---------------------------------------------------------------------------
// Every message is used

/// Ids the code builds at run time, `format!("<prefix>{}", suffix)`: the
/// prefix (as it must be written in the code) and every suffix the code
/// can give it.
fn dynamic_ids() -> Vec<(&'static str, Vec<String>)> {
    vec![
        // i18n.rs: Localizer::weekday, 1 = Monday.
        ("weekday-", (1..=7).map(|n| n.to_string()).collect()),
        // i18n.rs: Localizer::month.
        ("month-", (1..=12).map(|n| n.to_string()).collect()),
        // plan screen, home screen, mandate descriptions.
        (
            "domain-",
            LifeDomain::ALL.iter().map(|d| d.key().to_owned()).collect(),
        ),
        // home screen, mandate descriptions, cli.
        (
            "category-",
            Category::ALL.iter().map(|c| c.key().to_owned()).collect(),
        ),
        // messages screen: the server's error codes it explains in words
        // (`error` of the server's JSON, `_` made `-`).
        (
            "message-refused-",
            [
                "bad-message",
                "not-found",
                "device-refused",
                "attachment-not-shared",
                "too-many-attachments",
            ]
            .map(String::from)
            .to_vec(),
        ),
        // i18n.rs: Lang::name_id, the language picker.
        (
            "language-name-",
            Lang::ALL.iter().map(|l| l.code().to_owned()).collect(),
        ),
    ]
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The Rust sources of the core, the app, the command-line tool and the server.
fn code() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["shared/src", "mobile/src", "cli/src", "server/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found only {files:?}");
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// French ids that the code never names: neither as a string literal
/// `"id"` nor as a concrete case of a dynamic id. (A literal counts even
/// where it is not a message lookup; the scan is deliberately simple.)
fn unused(ids: &BTreeSet<String>, code: &str) -> Vec<String> {
    let dynamic = dynamic_ids();
    ids.iter()
        .filter(|id| {
            // An attribute is reached through its message.
            let message = id.split('.').next().unwrap();
            if code.contains(&format!("\"{message}\"")) {
                return false;
            }
            !dynamic.iter().any(|(prefix, suffixes)| {
                message
                    .strip_prefix(prefix)
                    .is_some_and(|s| suffixes.iter().any(|x| x == s))
            })
        })
        .cloned()
        .collect()
}

#[test]
fn every_french_message_is_used_by_the_code() {
    let code = code();
    let ids = french_ids();
    let unused = unused(&ids, &code);
    assert!(
        unused.is_empty(),
        "{} French messages are never used by the code (delete them from every language):\n{}",
        unused.len(),
        unused.join("\n")
    );
    // Each dynamic prefix is really built by the code, and each of its
    // concrete ids exists.
    let mut problems = Vec::new();
    for (prefix, suffixes) in dynamic_ids() {
        if !code.contains(&format!("\"{prefix}{{")) {
            problems.push(format!("no format!(\"{prefix}{{…}}\") in the code"));
        }
        for s in suffixes {
            if !ids.contains(&format!("{prefix}{s}")) {
                problems.push(format!(
                    "{prefix}{s} is built by the code but not in French"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The scan above finds an id nobody names, and only that one.
#[test]
fn an_unused_message_is_found() {
    let code = "i18n.t(\"home-title\"); t(&format!(\"domain-{}\", d.key()))";
    let ids: BTreeSet<String> = [
        "home-title",
        "domain-housing",
        "domain-nowhere",
        "home-orphan",
    ]
    .map(String::from)
    .into();
    assert_eq!(unused(&ids, code), ["domain-nowhere", "home-orphan"]);
}

/// String literals right after `.t(` or `.t_args(` in the code.
fn literal_lookups(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for call in [".t(", ".t_args("] {
        for (i, _) in code.match_indices(call) {
            let rest = code[i + call.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix('"') {
                let end = rest.find('"').unwrap();
                out.insert(rest[..end].to_owned());
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let code = code();
    let lookups = literal_lookups(&code);
    assert!(lookups.len() > 100, "found only {} lookups", lookups.len());
    let ids = french_ids();
    let missing: Vec<_> = lookups
        .iter()
        .filter(|id| !ids.contains(*id) && *id != "no-such-message")
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in French: {missing:?}"
    );
    assert_eq!(
        literal_lookups("x.t(\"a-b\"); y.t_args(\n  \"c\", &[]); z.t(&id)"),
        ["a-b", "c"].map(String::from).into()
    );
}

// ---------------------------------------------------------------------------
// Written in the language's own script

/// The words of a pattern: its text and string literals, every variant
/// of its selectors, without variables. "Bonjour { $name }." gives
/// "Bonjour .".
fn words(pattern: &ast::Pattern<String>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_words(expression, &mut out),
        }
    }
    out
}

fn expression_words(expression: &ast::Expression<String>, out: &mut String) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                out.push(' ');
                out.push_str(&words(&v.value));
            }
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::StringLiteral { value } => out.push_str(value),
            ast::InlineExpression::Placeable { expression } => expression_words(expression, out),
            _ => {}
        },
    }
}

/// Letters of the Arabic script (basic block, supplement, extended-A,
/// presentation forms).
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Letters of the Cyrillic script, and the apostrophe Ukrainian spells
/// words with (U+02BC, "пʼятниця").
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{02BC}')
}

/// Whether a letter belongs to a script.
type Script = fn(char) -> bool;

fn script_of(lang: Lang) -> Option<(&'static str, Script)> {
    match lang {
        Lang::Ar => Some(("Arabic", is_arabic)),
        Lang::Uk => Some(("Cyrillic", is_cyrillic)),
        Lang::Fr | Lang::En => None,
    }
}

/// Messages that may stay in Latin letters, and the same as in French or
/// English: the brand name "Parcours" alone, each language's name written
/// in itself, a file name (file names keep only the letters a to z), and
/// "SOS" for the emergency link (understood everywhere; the Ukrainian word
/// would push quick exit onto a second line of the header).
fn may_stay_latin(id: &str) -> bool {
    matches!(
        id,
        "app-name" | "notify-title" | "page-title-screen" | "ics-file-name" | "emergency-link"
    ) || id.starts_with("language-name-")
}

/// Share of the letters written in `script`, and the messages that have
/// letters but none of `script`.
fn script_share(
    entries: &BTreeMap<String, Entry>,
    file: &str,
    script: Script,
) -> (f64, Vec<String>) {
    let (mut total, mut own) = (0usize, 0usize);
    let mut foreign = Vec::new();
    for (id, e) in entries.iter().filter(|(_, e)| e.file == file) {
        let letters: Vec<char> = words(&e.pattern)
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let mine = letters.iter().filter(|c| script(**c)).count();
        total += letters.len();
        own += mine;
        if !letters.is_empty() && mine == 0 && !may_stay_latin(id) {
            foreign.push(id.clone());
        }
    }
    (own as f64 / total.max(1) as f64, foreign)
}

#[test]
fn arabic_and_ukrainian_are_written_in_their_own_script() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let Some((name, script)) = script_of(lang) else {
            continue;
        };
        let entries = entries(lang);
        for (file, _) in lang.sources() {
            let (share, foreign) = script_share(&entries, file, script);
            if share < 0.9 {
                problems.push(format!(
                    "{lang}/{file}: only {:.0} % of the letters are {name}",
                    share * 100.0
                ));
            }
            if !foreign.is_empty() {
                problems.push(format!("{lang}/{file}: no {name} letter in {foreign:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// French files are not Arabic: the measure can fail.
#[test]
fn french_is_not_counted_as_arabic_or_cyrillic() {
    let fr = entries(Lang::Fr);
    for script in [is_arabic as Script, is_cyrillic] {
        let (share, foreign) = script_share(&fr, "app.ftl", script);
        assert!(share < 0.05, "{share}");
        assert!(foreign.contains(&"home-title".to_owned()));
    }
}

/// Text compared between languages: spaces of any kind made one.
fn normalized(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_arabic_or_ukrainian_message_is_left_in_french_or_english() {
    let fr = entries(Lang::Fr);
    let en = entries(Lang::En);
    let mut same = Vec::new();
    for lang in [Lang::Ar, Lang::Uk] {
        for (id, e) in entries(lang) {
            let text = normalized(&words(&e.pattern));
            // Only punctuation, digits and variables: nothing to translate.
            if !text.chars().any(char::is_alphabetic) || may_stay_latin(&id) {
                continue;
            }
            for (reference, name) in [(&fr, "fr"), (&en, "en")] {
                if reference
                    .get(&id)
                    .is_some_and(|r| normalized(&words(&r.pattern)) == text)
                {
                    same.push(format!("{lang}: {id} is the same as in {name}: {text:?}"));
                }
            }
        }
    }
    assert!(same.is_empty(), "{}", same.join("\n"));
}

// ---------------------------------------------------------------------------
// Plurals

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn plural_rules(lang: Lang) -> PluralRules {
    PluralRules::create(
        lang.code()
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap()
}

/// Every CLDR category of a language (whole numbers, large numbers, decimals).
fn categories(lang: Lang) -> BTreeSet<&'static str> {
    let rules = plural_rules(lang);
    let mut out: BTreeSet<_> = (0..=1000u32)
        .chain([1_000_000])
        .map(|n| category_name(rules.select(n).unwrap()))
        .collect();
    for d in ["0.5", "1.5", "2.5", "10.5", "1.0"] {
        out.insert(category_name(rules.select(d).unwrap()));
    }
    out
}

/// Every select expression of a pattern, nested ones too: its variants' keys.
fn selects(pattern: &ast::Pattern<String>, out: &mut Vec<Vec<ast::VariantKey<String>>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            select_in(expression, out);
        }
    }
}

fn select_in(expression: &ast::Expression<String>, out: &mut Vec<Vec<ast::VariantKey<String>>>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            out.push(variants.iter().map(|v| v.key.clone()).collect());
            for v in variants {
                selects(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            select_in(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// What is wrong with one select expression in `lang`: a key that is not a
/// plural category of the language, or (for a plural selector, one with a
/// category key besides `other`) a whole number from 0 to 200 that would
/// fall back to the default instead of finding its own variant.
fn plural_problems(lang: Lang, keys: &[ast::VariantKey<String>]) -> Vec<String> {
    let valid = categories(lang);
    let mut problems = Vec::new();
    let mut names = BTreeSet::new();
    let mut numbers = BTreeSet::new();
    for k in keys {
        match k {
            ast::VariantKey::Identifier { name } => {
                if !valid.contains(name.as_str()) {
                    problems.push(format!(
                        "[{name}] is not a plural category of {lang} ({valid:?})"
                    ));
                }
                names.insert(name.clone());
            }
            ast::VariantKey::NumberLiteral { value } => {
                numbers.insert(value.clone());
            }
        }
    }
    if !names.contains("other") {
        problems.push("no [other] variant".to_owned());
    }
    if names.iter().any(|n| n != "other") {
        let rules = plural_rules(lang);
        let uncovered: BTreeSet<&str> = (0..=200u32)
            .filter(|n| !numbers.contains(&n.to_string()))
            .map(|n| category_name(rules.select(n).unwrap()))
            .filter(|c| !names.contains(*c))
            .collect();
        if !uncovered.is_empty() {
            problems.push(format!("no variant for {uncovered:?}"));
        }
    }
    problems
}

#[test]
fn plural_selectors_use_the_categories_of_their_language() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (id, e) in entries(lang) {
            let mut found = Vec::new();
            selects(&e.pattern, &mut found);
            for keys in found {
                for p in plural_problems(lang, &keys) {
                    problems.push(format!("{lang}: {id}: {p}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn cldr_categories_are_the_expected_ones_and_gaps_are_found() {
    let set = |v: &[&'static str]| v.iter().copied().collect::<BTreeSet<_>>();
    assert_eq!(categories(Lang::Fr), set(&["one", "other"]));
    assert_eq!(categories(Lang::En), set(&["one", "other"]));
    assert_eq!(categories(Lang::Uk), set(&["one", "few", "many", "other"]));
    assert_eq!(
        categories(Lang::Ar),
        set(&["zero", "one", "two", "few", "many", "other"])
    );
    let key = |k: &str| {
        if k.chars().all(|c| c.is_ascii_digit()) {
            ast::VariantKey::NumberLiteral {
                value: k.to_owned(),
            }
        } else {
            ast::VariantKey::Identifier { name: k.to_owned() }
        }
    };
    // French-style one/other is not enough in Ukrainian or Arabic.
    let one_other = [key("one"), key("other")];
    assert!(plural_problems(Lang::Fr, &one_other).is_empty());
    assert_eq!(
        plural_problems(Lang::Uk, &one_other),
        [r#"no variant for {"few", "many"}"#]
    );
    assert!(!plural_problems(Lang::Ar, &one_other).is_empty());
    // [two] is not a Ukrainian category; [0] stands for Arabic [zero].
    assert!(
        !plural_problems(
            Lang::Uk,
            &[
                key("one"),
                key("two"),
                key("few"),
                key("many"),
                key("other")
            ]
        )
        .is_empty()
    );
    let arabic = ["0", "one", "two", "few", "many", "other"].map(key);
    assert!(plural_problems(Lang::Ar, &arabic).is_empty());
    // A day selector ([1] and other) is not a plural selector.
    assert!(plural_problems(Lang::Uk, &[key("1"), key("other")]).is_empty());
}

// ---------------------------------------------------------------------------
// Formatting

/// Every variable a pattern uses.
fn variables(pattern: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Variables the code gives as numbers (counts, days, hours).
const NUMBERS: &[&str] = &[
    "count",
    "done",
    "total",
    "pages",
    "documents",
    "files",
    "day",
    "hour",
];

/// Numbers that reach every plural category of every language.
const SAMPLES: &[i64] = &[0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 111];

fn text_argument(name: &str) -> &'static str {
    match name {
        "minute" => "05",
        "year" => "2026",
        "date" | "until" | "when" => "3/3/2026",
        "time" => "14:00",
        "name" | "who" => "Claire Martin",
        _ => "Logement",
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let fr = entries(Lang::Fr);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        for (_, source) in lang.sources() {
            bundle
                .add_resource(FluentResource::try_new((*source).to_owned()).unwrap())
                .unwrap();
        }
        for (id, e) in entries(lang) {
            let mut vars = BTreeSet::new();
            variables(&e.pattern, &mut vars);
            // The code gives what French uses: a translation uses the same.
            if let Some(f) = fr.get(&id) {
                let mut fr_vars = BTreeSet::new();
                variables(&f.pattern, &mut fr_vars);
                if vars != fr_vars {
                    problems.push(format!("{lang}: {id} uses {vars:?}, French {fr_vars:?}"));
                }
            }
            let (message, attribute) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id.as_str(), None),
            };
            if message.starts_with('-') {
                continue;
            }
            let m = bundle.get_message(message).unwrap();
            let pattern = match attribute {
                Some(a) => m.get_attribute(a).unwrap().value(),
                None => m.value().unwrap(),
            };
            let numeric = vars.iter().any(|v| NUMBERS.contains(&v.as_str()));
            let samples = if numeric { SAMPLES } else { &[3] };
            for n in samples {
                let mut args = FluentArgs::new();
                for v in &vars {
                    if NUMBERS.contains(&v.as_str()) {
                        args.set(v.clone(), FluentValue::from(*n));
                    } else {
                        args.set(v.clone(), FluentValue::from(text_argument(v)));
                    }
                }
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    problems.push(format!("{lang}: {id} ({n}): {errors:?}"));
                } else if out.trim().is_empty() {
                    problems.push(format!("{lang}: {id} ({n}) is empty"));
                } else if out.contains('{') || out.contains('}') {
                    problems.push(format!("{lang}: {id} ({n}): {out}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
