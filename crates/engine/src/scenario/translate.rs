//! The scenario's texts and their translations: which languages a scenario speaks, which texts
//! lack a translation (and where), and the table a front end shows one language from.
//!
//! A seat's briefing and objectives are its own: their translations go to that seat only.

use std::collections::BTreeSet;

use super::{EditSpec, Scenario, Text, locate};
use crate::error::Problem;

/// Who may read a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// The delegation with this index in file order (blocs, then their delegations).
    Delegation(usize),
}

/// One text of the scenario, where it sits in the file and who may read it.
pub struct Placed<'a> {
    pub path: String,
    pub text: &'a Text,
    pub audience: Audience,
}

/// The language the scenario is written in (`en` unless `meta.language` says otherwise).
pub fn written_language(s: &Scenario) -> &str {
    s.meta.language.as_deref().unwrap_or("en")
}

/// Every language some text of the scenario is translated into, sorted.
pub fn languages(s: &Scenario) -> Vec<String> {
    let mut out = BTreeSet::new();
    for p in texts(s) {
        for (l, _) in &p.text.translations {
            out.insert(l.clone());
        }
    }
    out.into_iter().collect()
}

/// Every text a player may read (lexicon phrases are not shown, so they are left out).
pub fn texts(s: &Scenario) -> Vec<Placed<'_>> {
    let mut out = Vec::new();
    let everyone = Audience::Everyone;
    let m = &s.meta;
    macro_rules! put {
        ($path:expr, $text:expr, $aud:expr) => {
            if !$text.trim().is_empty() {
                out.push(Placed {
                    path: $path,
                    text: $text,
                    audience: $aud,
                });
            }
        };
    }
    put!("meta.title".into(), &m.title, everyone);
    put!("meta.body".into(), &m.body, everyone);
    put!("meta.briefing".into(), &m.briefing, everyone);
    for (i, t) in s.tags.iter().enumerate() {
        put!(format!("tags[{i}].label"), &t.label, everyone);
        put!(format!("tags[{i}].description"), &t.description, everyone);
    }
    for (i, sec) in s.draft.iter().enumerate() {
        put!(format!("draft[{i}].title"), &sec.title, everyone);
        for (j, p) in sec.paragraphs.iter().enumerate() {
            for (k, c) in p.clauses.iter().enumerate() {
                put!(
                    format!("draft[{i}].paragraphs[{j}].clauses[{k}].text"),
                    &c.text,
                    everyone
                );
            }
        }
    }
    let mut d_index = 0;
    for (i, b) in s.blocs.iter().enumerate() {
        put!(format!("blocs[{i}].name"), &b.name, everyone);
        for (j, d) in b.delegations.iter().enumerate() {
            let own = Audience::Delegation(d_index);
            d_index += 1;
            let at_d = format!("blocs[{i}].delegations[{j}]");
            put!(format!("{at_d}.name"), &d.name, everyone);
            put!(format!("{at_d}.briefing"), &d.briefing, own);
            for (k, o) in d.objectives.iter().enumerate() {
                put!(
                    format!("{at_d}.objectives[{k}].description"),
                    &o.description,
                    own
                );
            }
        }
    }
    put!("chair.name".into(), &s.chair.name, everyone);
    for (i, c) in s.chair.compromises.iter().enumerate() {
        put!(format!("chair.compromises[{i}].text"), &c.text, everyone);
    }
    for (i, l) in s.chair.agreed_language.iter().enumerate() {
        put!(
            format!("chair.agreed_language[{i}].text"),
            &l.text,
            everyone
        );
    }
    for (i, p) in s.schedule.phases.iter().enumerate() {
        put!(format!("schedule.phases[{i}].name"), &p.name, everyone);
        put!(
            format!("schedule.phases[{i}].description"),
            &p.description,
            everyone
        );
    }
    for (i, e) in s.schedule.events.iter().enumerate() {
        put!(
            format!("schedule.events[{i}].description"),
            &e.description,
            everyone
        );
    }
    for (i, c) in s.cards.iter().enumerate() {
        put!(format!("cards[{i}].title"), &c.title, everyone);
        if let Some(text) = edit_text(&c.edit) {
            put!(format!("cards[{i}].edit.text"), text, everyone);
        }
    }
    for (i, h) in s.history.iter().enumerate() {
        put!(
            format!("history[{i}].description"),
            &h.description,
            everyone
        );
    }
    out
}

fn edit_text(e: &EditSpec) -> Option<&Text> {
    match e {
        EditSpec::Insert { text, .. }
        | EditSpec::Replace { text, .. }
        | EditSpec::NewParagraph { text, .. } => Some(text),
        EditSpec::Delete { .. } | EditSpec::Move { .. } => None,
    }
}

/// Each text that lacks a translation other texts of the scenario have, with its place: the
/// game shows such a text as written.
pub fn missing(s: &Scenario, source: &str) -> Vec<Problem> {
    let languages = languages(s);
    let mut out = Vec::new();
    for p in texts(s) {
        let lacking: Vec<&str> = languages
            .iter()
            .filter(|l| p.text.translation(l).is_none())
            .map(String::as_str)
            .collect();
        if lacking.is_empty() {
            continue;
        }
        out.push(Problem {
            location: locate::locate_path(source, &p.path),
            path: Some(p.path.clone()),
            message: format!(
                "no translation into {} (the scenario is translated into {} elsewhere); it shows as written",
                lacking.join(", "),
                languages.join(", ")
            ),
        });
    }
    out
}

/// `(written, translated)` pairs of the texts `audience` may read, in `language`.
pub fn pairs(s: &Scenario, language: &str, audience: Audience) -> Vec<(String, String)> {
    texts(s)
        .into_iter()
        .filter(|p| p.audience == audience)
        .filter_map(|p| {
            p.text
                .translation(language)
                .map(|t| (p.text.text.clone(), t.to_string()))
        })
        .collect()
}

/// Errors in translations: a key naming the written language, a translation left empty.
pub(crate) fn problems(s: &Scenario) -> Vec<(String, String)> {
    let written = written_language(s);
    let mut out = Vec::new();
    if !super::is_language_code(written) {
        out.push((
            "meta.language".to_string(),
            format!(
                "`{written}` is not a language code: two or three lower-case letters (`en`, `fr`, `es`)"
            ),
        ));
    }
    for p in texts(s) {
        for (l, t) in &p.text.translations {
            if l == written {
                out.push((
                    p.path.clone(),
                    format!(
                        "`{l}` is the language the scenario is written in (meta.language): write the text as `text`"
                    ),
                ));
            } else if t.trim().is_empty() {
                out.push((p.path.clone(), format!("the `{l}` translation is empty")));
            }
        }
    }
    out
}

/// Translations by language: `(language, [(written, translated)])`.
pub type ByLanguage = Vec<(String, Vec<(String, String)>)>;

/// A scenario's translations, worked out once: the texts everyone reads, and each
/// delegation's own (briefing and objectives).
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub language: String,
    pub public: ByLanguage,
    pub own: Vec<ByLanguage>,
    /// For each language of the scenario, how many texts everyone reads lack a translation.
    pub untranslated: Vec<(String, u32)>,
}

impl Table {
    pub fn of(s: &Scenario) -> Table {
        let languages = languages(s);
        let delegations: usize = s.blocs.iter().map(|b| b.delegations.len()).sum();
        let by = |audience: Audience| -> ByLanguage {
            languages
                .iter()
                .map(|l| (l.clone(), pairs(s, l, audience)))
                .filter(|(_, p)| !p.is_empty())
                .collect()
        };
        Table {
            language: written_language(s).to_string(),
            public: by(Audience::Everyone),
            own: (0..delegations)
                .map(|d| by(Audience::Delegation(d)))
                .collect(),
            untranslated: languages
                .iter()
                .map(|l| {
                    let n = texts(s)
                        .iter()
                        .filter(|p| {
                            p.audience == Audience::Everyone && p.text.translation(l).is_none()
                        })
                        .count();
                    (l.clone(), n as u32)
                })
                .collect(),
        }
    }
}

/// The translations into `language` among `by`.
pub fn into_language(by: &ByLanguage, language: &str) -> super::Translations {
    super::Translations::new(
        by.iter()
            .filter(|(l, _)| l == language)
            .flat_map(|(_, p)| p.iter().cloned()),
    )
}
