//! The player's language. Every sentence the game shows is a Fluent message in
//! `locales/<code>/<file>.ftl`, embedded in the binary; scenario text stays as authored.
//!
//! Code asks for a message with [`t!`](crate::t) and the message's id as a literal (a test
//! reads the ids from the code), with arguments after it: `t!(<id>, count = n, names = list)`. The language is process-wide (set from
//! the settings or `--lang`); a message missing in French or Spanish falls back to English,
//! and the crate's tests fail when that happens.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use zero_draft_engine::ids::AmendmentId;

pub use fluent_bundle::FluentArgs;

/// A language the game ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// "fr", "FR", "fr-CA" or "fr_FR.UTF-8" are French; an unknown language is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The message files, in the order they are added to the bundle.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        macro_rules! files {
            ($code:literal) => {
                &[
                    (
                        concat!($code, "/ui.ftl"),
                        include_str!(concat!("../locales/", $code, "/ui.ftl")),
                    ),
                    (
                        concat!($code, "/table.ftl"),
                        include_str!(concat!("../locales/", $code, "/table.ftl")),
                    ),
                    (
                        concat!($code, "/screens.ftl"),
                        include_str!(concat!("../locales/", $code, "/screens.ftl")),
                    ),
                    (
                        concat!($code, "/classroom.ftl"),
                        include_str!(concat!("../locales/", $code, "/classroom.ftl")),
                    ),
                    (
                        concat!($code, "/words.ftl"),
                        include_str!(concat!("../locales/", $code, "/words.ftl")),
                    ),
                    (
                        concat!($code, "/corridor.ftl"),
                        include_str!(concat!("../locales/", $code, "/corridor.ftl")),
                    ),
                ]
            };
        }
        match self {
            Lang::En => files!("en"),
            Lang::Fr => files!("fr"),
            Lang::Es => files!("es"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language every later message is phrased in.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

thread_local! {
    /// A language for this thread alone, over the process's (tests of several languages run
    /// side by side).
    static HERE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Makes this thread speak `lang` whatever the process speaks; `None` follows it again.
pub fn on_this_thread(lang: Option<Lang>) {
    HERE.set(lang);
}

pub fn current() -> Lang {
    HERE.get()
        .unwrap_or_else(|| match CURRENT.load(Ordering::Relaxed) {
            1 => Lang::Fr,
            2 => Lang::Es,
            _ => Lang::En,
        })
}

type Bundle = FluentBundle<FluentResource>;

/// Numbers given to French and Spanish messages read with a decimal comma ("2,5").
fn comma_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

impl Lang {
    /// Whether the language writes a decimal comma (French, Spanish) rather than a point.
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::Fr | Lang::Es)
    }
}

/// The name of the language a scenario is written in, in the player's language where the game
/// knows it (`en`, `fr`, `es`), else its code.
pub fn language_name(code: &str) -> String {
    match code {
        "en" | "fr" | "es" => phrase(&format!("language-{code}")),
        other => other.to_string(),
    }
}

/// `x` with `places` decimals as the player's language writes it: "2.5" in English, "2,5" in
/// French and Spanish. Never "-0": a value that rounds to zero is shown as 0.
pub fn decimal(x: impl Into<f64>, places: usize) -> String {
    let x: f64 = x.into();
    let mut text = format!("{x:.places$}");
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text.remove(0);
    }
    if current().decimal_comma() {
        text = text.replace('.', ",");
    }
    text
}

/// One bundle per language, built on first use. A file that fails to parse still gives the
/// messages before and after the error (the tests reject such a file).
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                let id: unic_langid::LanguageIdentifier =
                    l.code().parse().expect("a language code is a language id");
                let mut b = Bundle::new_concurrent(vec![id]);
                // Isolation marks around arguments would show as boxes in the UI's fonts.
                b.set_use_isolating(false);
                if l.decimal_comma() {
                    b.set_formatter(Some(comma_numbers));
                }
                for (_, text) in l.sources() {
                    let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                    let _ = b.add_resource(res);
                }
                b
            })
            .collect()
    });
    &all[lang as usize]
}

/// What went wrong in one language's files: parse errors and duplicate ids, as
/// "file: message".
pub fn problems(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("language id");
    let mut b = Bundle::new_concurrent(vec![id]);
    for (file, text) in lang.sources() {
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                out.extend(errors.iter().map(|e| format!("{file}: {e:?}")));
                r
            }
        };
        if let Err(errors) = b.add_resource(res) {
            out.extend(errors.iter().map(|e| format!("{file}: {e:?}")));
        }
    }
    out
}

/// The ids of the messages a language defines.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, text) in lang.sources() {
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids
}

/// Whether `lang` itself defines the message (no fallback).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

/// The message in `lang`, falling back to English, then to the id itself.
pub fn phrase_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let b = bundle(lang);
    match b.get_message(id).and_then(|m| m.value()) {
        Some(pattern) => {
            let mut errors = Vec::new();
            b.format_pattern(pattern, args, &mut errors).into_owned()
        }
        None if lang != Lang::En => phrase_in(Lang::En, id, args),
        None => id.to_string(),
    }
}

/// The message in the current language.
pub fn phrase(id: &str) -> String {
    phrase_in(current(), id, None)
}

pub fn phrase_with(id: &str, args: &FluentArgs) -> String {
    phrase_in(current(), id, Some(args))
}

/// A value a message can take: text is copied, numbers keep their kind (for plurals).
pub trait Arg {
    fn arg(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
impl Arg for String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}
impl Arg for &String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl Arg for &zero_draft_engine::scenario::Text {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.text.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl Arg for &$t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// Paragraphs, clauses and cards are shown by the names their scenario gives them.
macro_rules! name_arg {
    ($($t:ty),*) => {$(
        impl Arg for &$t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self.to_string())
            }
        }
        impl Arg for $t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self.to_string())
            }
        }
    )*};
}
name_arg!(
    zero_draft_engine::ids::ParagraphId,
    zero_draft_engine::ids::ClauseId,
    zero_draft_engine::ids::CardId
);

/// An amendment is shown by its number ("amendment #4").
impl Arg for AmendmentId {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.0)
    }
}
impl Arg for &AmendmentId {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.0)
    }
}

/// A message in the current language: `t!(<id literal>)` or `t!(<id literal>, name = value, …)`. Values are
/// text or numbers; format decimals in Rust first ("+1.5") and pass them as text.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::phrase($id)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::lang::FluentArgs::new();
        $( args.set(stringify!($key), $crate::lang::Arg::arg($value)); )+
        $crate::lang::phrase_with($id, &args)
    }};
}
