//! A text of the scenario (a clause, a name, a briefing) in the language its author wrote it
//! in, with any translations: `"…"`, or `(text: "…", fr: "…", es: "…")`.
//!
//! The engine plays on the written text only (records, replays and the network stay the same
//! whatever language a player reads); front ends show a translation through [`Translations`].

use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most translations one text may carry (the six UN languages and a few more).
pub const MAX_TRANSLATIONS: usize = 12;

/// Two texts are equal when their written text is: translations are how a front end shows
/// it, never what the room plays on.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// As written, in the scenario's language (`meta.language`).
    pub text: String,
    /// `(language, translation)` in the file's order.
    pub translations: Vec<(String, String)>,
}

impl Text {
    pub fn new(text: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            translations: Vec::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The translation into `language`, if the author gave one.
    pub fn translation(&self, language: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(l, _)| l == language)
            .map(|(_, t)| t.as_str())
    }

    /// The translation into `language`, or the text as written.
    pub fn in_language(&self, language: &str) -> &str {
        self.translation(language).unwrap_or(&self.text)
    }

    /// The written text and every translation.
    pub fn variants(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.text.as_str()).chain(self.translations.iter().map(|(_, t)| t.as_str()))
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.text == other.text
    }
}

impl Eq for Text {}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.text.hash(h);
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(s)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// A language code as a key: two or three lower-case letters (`fr`, `es`, `zh`, `ast`).
pub fn is_language_code(key: &str) -> bool {
    (2..=3).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase())
}

/// Written as the text alone: translations are what front ends show (they travel in the
/// views' translation tables), not part of what a record or a command says.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        if !d.is_human_readable() {
            // Compact formats (the network's) cannot tell a string from a record.
            return String::deserialize(d).map(Text::new);
        }
        d.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, or `(text: \"…\", fr: \"…\", …)` with its translations")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::new(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::new(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut text = None;
        let mut translations: Vec<(String, String)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == "text" {
                if text.is_some() {
                    return Err(de::Error::duplicate_field("text"));
                }
                text = Some(map.next_value::<String>()?);
            } else if is_language_code(&key) {
                if translations.iter().any(|(l, _)| *l == key) {
                    return Err(de::Error::custom(format!(
                        "the `{key}` translation is given twice"
                    )));
                }
                if translations.len() == MAX_TRANSLATIONS {
                    return Err(de::Error::custom(format!(
                        "more than {MAX_TRANSLATIONS} translations of one text"
                    )));
                }
                translations.push((key, map.next_value::<String>()?));
            } else {
                return Err(de::Error::custom(format!(
                    "unexpected `{key}`: a text has `text` (as written) and translations keyed by a \
                     language code of two or three lower-case letters (`fr`, `es`, `zh`, …)"
                )));
            }
        }
        let text = text.ok_or_else(|| de::Error::missing_field("text"))?;
        Ok(Text { text, translations })
    }
}

/// What a front end shows for the scenario's texts in one language: each written text and its
/// translation. Texts written after the scenario (a player's wording) have none and show as
/// written.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    map: HashMap<String, String>,
}

impl Translations {
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Translations {
        let mut map = HashMap::new();
        for (from, to) in pairs {
            // Two identical written texts translated differently: the first translation holds.
            map.entry(from).or_insert(to);
        }
        Translations { map }
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The translation of a written text, or the text itself.
    pub fn of<'a>(&'a self, text: &'a str) -> &'a str {
        self.map.get(text).map_or(text, String::as_str)
    }

    /// Translates a text in place.
    pub fn apply(&self, text: &mut String) {
        if let Some(t) = self.map.get(text.as_str()) {
            text.clone_from(t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Holder {
        a: Text,
        b: Text,
    }

    #[test]
    fn a_text_is_a_string_or_a_record_of_translations() {
        let h: Holder = crate::scenario::ron_options()
            .from_str(r#"(a: "plain", b: (text: "written", fr: "écrit", es: "escrito"))"#)
            .unwrap();
        assert_eq!(h.a, Text::new("plain"));
        assert_eq!(h.b.translation("fr"), Some("écrit"));
        assert_eq!(h.b.translation("de"), None);
        // Records and commands carry the written text only.
        assert_eq!(ron::to_string(&h).unwrap(), r#"(a:"plain",b:"written")"#);
    }

    #[test]
    fn a_wrong_key_is_named_with_its_place() {
        let e = crate::scenario::ron_options()
            .from_str::<Holder>("(a: \"x\",\n b: (text: \"y\", French: \"z\"))")
            .unwrap_err();
        assert_eq!(e.span.start.line, 2);
        assert!(e.code.to_string().contains("`French`"), "{e}");
        let e = crate::scenario::ron_options()
            .from_str::<Holder>(r#"(a: "x", b: (fr: "z"))"#)
            .unwrap_err();
        assert!(e.code.to_string().contains("text"), "{e}");
    }
}
