//! Scenario text in several languages: a seat reads the scenario in its language, its own
//! briefing included and nobody else's; the game played is the same in every language; a
//! text left untranslated is reported with its place.

use std::sync::Arc;

use zero_draft_engine::scenario::{parse_str, translate};
use zero_draft_engine::seat::Seat;
use zero_draft_engine::session::Session;
use zero_draft_engine::simulate::play;
use zero_draft_engine::view::{PublicScenario, RoomView, SeatView};

use super::{TUTORIAL, tutorial};

fn view_of(s: &Session, id: &str) -> SeatView {
    let room = Arc::new(RoomView::of(s, Arc::new(PublicScenario::of(s.model()))));
    SeatView::of(room, s, Seat::Delegation(s.model().delegation(id).unwrap()))
}

#[test]
fn the_tutorial_reads_in_french_and_spanish_with_each_seat_reading_its_own_briefing() {
    let m = tutorial();
    assert_eq!(translate::languages(&m.scenario), ["es", "fr"]);
    let s = Session::new(m.clone(), 1, &["nl"]).unwrap();
    let en = view_of(&s, "nl");
    let fr = en.translated("fr");
    let es = en.translated("es");
    let first = |v: &SeatView| {
        v.room.document.sections[0].paragraphs[0].clauses[0]
            .text
            .clone()
    };
    assert!(first(&en).starts_with("States expressed concern"));
    assert!(first(&fr).starts_with("Les États"), "{}", first(&fr));
    assert!(first(&es).starts_with("Los Estados"), "{}", first(&es));
    assert_eq!(
        fr.room.name(s.model().delegation("nl").unwrap()),
        "Pays-Bas"
    );
    assert!(fr.room.scenario.title.starts_with("Tutoriel"));
    let briefing = &fr.private.as_ref().unwrap().briefing;
    assert!(briefing.starts_with("La Haye"), "{briefing}");
    assert!(
        fr.private.as_ref().unwrap().objectives[0]
            .description
            .starts_with("Déplacer")
    );
    // Wording of a language the author did not write stays as written.
    assert_eq!(first(&en.translated("de")), first(&en));
    // Russia's briefing, in any language, is in no other seat's view or its messages.
    let ru = &m.scenario.blocs[1].delegations[0];
    assert_eq!(ru.id, "ru");
    let wire = serde_json::to_string(&en).unwrap();
    for (_, t) in &ru.briefing.translations {
        assert!(!wire.contains(t.as_str()), "Russia's briefing leaked");
    }
    assert!(!wire.contains(ru.briefing.as_str()));
}

#[test]
fn a_game_is_the_same_whatever_the_language_and_records_carry_the_written_text() {
    // Written back out, a scenario keeps its written text and drops its translations.
    let stripped = ron::to_string(&tutorial().scenario).unwrap();
    assert!(!stripped.contains("Pays-Bas"));
    let plain = Arc::new(zero_draft_engine::Model::new(
        parse_str("plain.ron", &stripped).unwrap(),
    ));
    for seed in [1, 7, 23] {
        assert_eq!(
            play(&tutorial(), seed).events(),
            play(&plain, seed).events(),
            "seed {seed}"
        );
    }
    let log = ron::to_string(play(&tutorial(), 7).events()).unwrap();
    assert!(!log.contains("Pays-Bas") && !log.contains("fr:"));
}

#[test]
fn a_missing_translation_is_reported_with_its_place() {
    let from = r#"name: (text: "Australia", fr: "Australie", es: "Australia"),"#;
    assert!(TUTORIAL.contains(from));
    let src = TUTORIAL.replacen(from, r#"name: (text: "Australia", fr: "Australie"),"#, 1);
    let s = parse_str("t.ron", &src).unwrap();
    let missing = translate::missing(&s, &src);
    assert_eq!(missing.len(), 1, "{missing:?}");
    let p = &missing[0];
    assert_eq!(p.path.as_deref(), Some("blocs[0].delegations[1].name"));
    let line = src[..src.find(r#"name: (text: "Australia""#).unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(p.location.map(|l| l.0), Some(line));
    assert!(p.message.contains("es"), "{}", p.message);
    // The full tutorial lacks none.
    assert!(translate::missing(&tutorial().scenario, TUTORIAL).is_empty());
}

#[test]
fn a_translation_into_the_written_language_or_an_unknown_key_is_refused_with_its_place() {
    let from = r#"name: (text: "Australia", fr: "Australie", es: "Australia"),"#;
    let src = TUTORIAL.replacen(from, r#"name: (text: "Australia", en: "Oz"),"#, 1);
    let e = parse_str("t.ron", &src).unwrap_err();
    assert!(
        e.to_string().contains("blocs[0].delegations[1].name"),
        "{e}"
    );
    assert!(e.to_string().contains("written in"), "{e}");
    let src = TUTORIAL.replacen(
        from,
        r#"name: (text: "Australia", French: "Australie"),"#,
        1,
    );
    let e = parse_str("t.ron", &src).unwrap_err();
    let line = src[..src.find("French").unwrap()].matches('\n').count() + 1;
    assert!(e.to_string().contains(&format!("t.ron:{line}:")), "{e}");
    assert!(e.to_string().contains("`French`"), "{e}");
}

#[test]
fn wording_typed_in_french_reads_as_the_same_ideas() {
    let m = tutorial();
    let tags = |t: &str| m.read_tags(t);
    assert_eq!(
        tags("Les États ont souligné les droits de l'homme."),
        tags("States underlined human rights.")
    );
    assert!(!tags("los derechos humanos").is_empty());
}
