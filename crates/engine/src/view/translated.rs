//! Views in the reader's language: every text the scenario's author translated (names, the
//! draft and its revisions, cards, the Chair's wordings, briefings, objectives, history) is
//! swapped for its translation; wording written during the game stays as written.

use std::sync::Arc;

use super::{PublicScenario, RoomView, SeatView};
use crate::document::Document;
use crate::log::Event;
use crate::scenario::translate::into_language;
use crate::scenario::{EditSpec, Text, Translations};

impl PublicScenario {
    /// What everyone reads, in `language`.
    pub fn translations(&self, language: &str) -> Translations {
        into_language(&self.translations, language)
    }

    /// Whether the author translated the scenario into `language` (or wrote it in it).
    pub fn speaks(&self, language: &str) -> bool {
        self.written_language() == language || self.translations.iter().any(|(l, _)| l == language)
    }

    /// How many texts everyone reads show as written in `language`: `None` when the author
    /// wrote the scenario in it, every text when it is not translated into it at all.
    pub fn untranslated_in(&self, language: &str) -> Option<u32> {
        if self.written_language() == language {
            return None;
        }
        match self.untranslated.iter().find(|(l, _)| l == language) {
            Some((_, n)) => Some(*n),
            None => Some(u32::MAX),
        }
    }

    /// The language the scenario is written in.
    pub fn written_language(&self) -> &str {
        if self.language.is_empty() {
            "en"
        } else {
            &self.language
        }
    }

    fn translated(&self, tr: &Translations) -> PublicScenario {
        let mut s = self.clone();
        for t in [&mut s.title, &mut s.body, &mut s.briefing, &mut s.chair] {
            tr.apply(t);
        }
        s.tags.iter_mut().for_each(|t| tr.apply(t));
        s.phases.iter_mut().for_each(|t| tr.apply(t));
        s.delegations.iter_mut().for_each(|d| tr.apply(&mut d.name));
        s.blocs.iter_mut().for_each(|b| tr.apply(&mut b.name));
        for c in &mut s.cards {
            tr.apply(&mut c.title);
            edit(&mut c.edit, tr);
        }
        s.chair_wordings.iter_mut().for_each(|(_, t)| tr.apply(t));
        s
    }
}

impl RoomView {
    /// The room with the scenario's texts in `language` where the author translated them.
    pub fn translated(&self, language: &str) -> RoomView {
        let tr = self.scenario.translations(language);
        if tr.is_empty() {
            return self.clone();
        }
        let mut r = self.clone();
        r.scenario = Arc::new(self.scenario.translated(&tr));
        document(&mut r.document, &tr);
        for rev in &mut r.revisions {
            tr.apply(&mut rev.name);
            document(&mut rev.document, &tr);
        }
        for a in r.floor.iter_mut().chain(&mut r.brackets) {
            edit(&mut a.edit, &tr);
        }
        r.summary.iter_mut().for_each(|e| edit(&mut e.edit, &tr));
        r.draft_summary
            .iter_mut()
            .for_each(|d| tr.apply(&mut d.text));
        r.history.iter_mut().for_each(|(d, _)| tr.apply(d));
        r.log.iter_mut().for_each(|e| event(e, &tr));
        r
    }
}

impl SeatView {
    /// The seat's view in `language`: the room's texts and its own briefing and objectives.
    pub fn translated(&self, language: &str) -> SeatView {
        let mut v = self.clone();
        if !self.room.scenario.translations.is_empty() {
            v.room = Arc::new(self.room.translated(language));
        }
        if let Some(p) = &mut v.private {
            let own = into_language(&p.translations, language);
            own.apply(&mut p.briefing);
            p.objectives
                .iter_mut()
                .for_each(|o| own.apply(&mut o.description));
        }
        v
    }
}

fn document(d: &mut Document, tr: &Translations) {
    for s in &mut d.sections {
        tr.apply(&mut s.title);
        for p in &mut s.paragraphs {
            p.clauses.iter_mut().for_each(|c| tr.apply(&mut c.text));
        }
    }
}

fn edit(e: &mut EditSpec, tr: &Translations) {
    match e {
        EditSpec::Insert { text, .. }
        | EditSpec::Replace { text, .. }
        | EditSpec::NewParagraph { text, .. } => *text = Text::new(tr.of(text)),
        EditSpec::Delete { .. } | EditSpec::Move { .. } => {}
    }
}

fn event(e: &mut Event, tr: &Translations) {
    match e {
        Event::PhaseStarted { name, .. } => tr.apply(name),
        Event::Happened { description, .. } => tr.apply(description),
        Event::Tabled { edit: x, .. } | Event::ChairEdited { edit: x, .. } => edit(x, tr),
        _ => {}
    }
}
