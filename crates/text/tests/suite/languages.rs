//! The shipped languages: every message the code asks for exists in each of them, and their
//! files parse.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use zero_draft_text::Lang;
use zero_draft_text::lang::{has, message_ids, phrase_in, problems};

/// Every `.rs` file of the workspace's crates.
fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(read) = std::fs::read_dir(dir) else {
            return;
        };
        for e in read.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    walk(&crates, &mut out);
    out.sort();
    out
}

/// The message ids the code asks for: the literal after each `t!(` (on the same line or the
/// next, as rustfmt may put it), with the file and line.
fn used_ids() -> Vec<(String, String)> {
    let mut used = Vec::new();
    for file in sources() {
        let text = std::fs::read_to_string(&file).expect("a source file is UTF-8");
        let mut from = 0;
        while let Some(at) = text[from..].find("t!(").map(|k| k + from) {
            from = at + 3;
            // Skip `print!(`, `assert!(` and the like (`t!(` must start a word), and the
            // pattern itself in a string.
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"')
            {
                continue;
            }
            let Some(lit) = text[from..].trim_start().strip_prefix('"') else {
                continue;
            };
            if let Some(end) = lit.find('"') {
                let line = text[..at].lines().count().max(1);
                used.push((lit[..end].to_string(), format!("{}:{line}", file.display())));
            }
        }
    }
    used
}

#[test]
fn every_language_file_parses_without_duplicates() {
    for lang in Lang::ALL {
        assert_eq!(problems(lang), Vec::<String>::new(), "{lang}");
    }
}

#[test]
fn every_message_the_code_uses_exists_in_every_language() {
    let used = used_ids();
    assert!(
        used.len() > 100,
        "the scan finds the code's messages ({} found)",
        used.len()
    );
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for (id, at) in &used {
            if !has(lang, id) {
                missing.push(format!("{at}: \"{id}\" is missing in {lang}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_languages_define_the_same_messages() {
    let en: BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
    for lang in [Lang::Fr, Lang::Es] {
        let other: BTreeSet<String> = message_ids(lang).into_iter().collect();
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

#[test]
fn arguments_are_placed_and_an_unknown_id_falls_back() {
    let mut args = zero_draft_text::lang::FluentArgs::new();
    args.set("error", "disk full");
    assert_eq!(
        phrase_in(Lang::Fr, "settings-not-saved", Some(&args)),
        "Les réglages n'ont pas pu être enregistrés : disk full"
    );
    assert_eq!(
        phrase_in(Lang::Es, "no-such-message", None),
        "no-such-message"
    );
    assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::parse("ES"), Some(Lang::Es));
    assert_eq!(Lang::parse("de"), None);
}

#[test]
fn counts_of_one_read_in_the_singular() {
    use zero_draft_text::lang::{Arg, FluentArgs};
    let with = |key: &str, n: usize| {
        let mut args = FluentArgs::new();
        args.set(key.to_string(), Arg::arg(n));
        args
    };
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let one = phrase_in(lang, "debrief-rounds", Some(&with("count", 1)));
        let two = phrase_in(lang, "debrief-rounds", Some(&with("count", 2)));
        assert!(
            one.starts_with('1') && !one.ends_with('s'),
            "{lang:?}: {one}"
        );
        assert!(two.ends_with('s'), "{lang:?}: {two}");
    }
    // A table of the class with one student waiting.
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let one = phrase_in(lang, "console-table-lobby", Some(&with("students", 1)));
        let two = phrase_in(lang, "console-table-lobby", Some(&with("students", 2)));
        assert!(
            !one.ends_with('s') && two.ends_with('s'),
            "{lang:?}: {one} / {two}"
        );
    }
    let mut args = with("count", 1);
    args.set("amendment", 2);
    args.set("by", "Kenya");
    args.set("persuaded", "Netherlands");
    assert_eq!(
        phrase_in(Lang::En, "words-lobbied", Some(&args)),
        "#2: lobbied by Kenya, Netherlands no longer objects"
    );
}

/// Every refusal the engine or a class's host can give, one of each kind.
fn every_refusal() -> Vec<zero_draft_engine::class::Refusal> {
    use zero_draft_engine::class::Refusal;
    use zero_draft_engine::document::EditError;
    use zero_draft_engine::ids::{AmendmentId, DelegationId};
    use zero_draft_engine::log::ActionKind;
    use zero_draft_engine::session::{ActionError as A, SeatRule, Stage};
    let mut all: Vec<A> = vec![
        A::Finished,
        A::UnknownDelegation("xx".into()),
        A::NotYourTurn {
            expected: Some(DelegationId(0)),
            got: DelegationId(1),
        },
        A::NotYourTurn {
            expected: None,
            got: DelegationId(1),
        },
        A::NoSuchAmendment(AmendmentId(3)),
        A::OwnAmendment,
        A::AlreadyResponded(AmendmentId(3)),
        A::NotProposer(AmendmentId(3)),
        A::NoInterventions,
        A::ParagraphBusy("9".into()),
        A::Repeated,
        A::UnknownCard("c".into()),
        A::CardSpent("c".into()),
        A::CardOutOfPhase("c".into(), vec!["Final day".into()]),
        A::CannotBlock,
        A::UnknownParagraph("9".into()),
        A::NothingToDissociate,
        A::Paused,
        A::AlreadyAnswered,
        A::NotRuling,
        A::NoSuchOption(AmendmentId(3), 2),
        A::UnknownEvent("e".into()),
        A::AlreadyHappened("e".into()),
        A::BadAnnouncement(2000),
        A::NotPaused,
        A::NotAnObjector(AmendmentId(3)),
        A::BracketsLeft,
        A::NothingToRestore("9.1".into()),
    ];
    {
        use zero_draft_engine::corridor::{CorridorRefusal as C, OfferId, Pledge};
        for r in [
            C::NoTimeLeft,
            C::ToItself,
            C::EmptySide,
            C::TooManyPledges,
            C::Unfit(Pledge::NoObjection(AmendmentId(3))),
            C::Unfit(Pledge::CoSponsor(AmendmentId(3))),
            C::Unfit(Pledge::Withdraw(AmendmentId(3))),
            C::Unfit(Pledge::Join),
            C::NoSuchOffer(OfferId(2)),
            C::PlayedFromOutside(DelegationId(1)),
            C::NotInvited(AmendmentId(3)),
            C::EnginePlayed(DelegationId(1)),
            C::CannotBring(AmendmentId(3), "energy".into()),
        ] {
            all.push(A::Corridor(r));
        }
    }
    for kind in ActionKind::ALL {
        for stage in [
            Stage::Speaking,
            Stage::Consensus,
            Stage::Adoption,
            Stage::Ruling,
            Stage::Finished,
        ] {
            all.push(A::WrongStage(kind, stage));
        }
    }
    for rule in [
        SeatRule::DelegationActs,
        SeatRule::DelegationTables,
        SeatRule::ChairRules,
        SeatRule::FacilitatorRuns,
        SeatRule::FacilitatorNegotiates,
        SeatRule::FacilitatorSeat,
    ] {
        all.push(A::NotThisSeat(rule));
    }
    for e in [
        EditError::NoParagraph("9".into()),
        EditError::NoClause("9.1".into()),
        EditError::NoSection("s".into()),
        EditError::ParagraphExists("9".into()),
        EditError::AlreadyThere("9".into(), "s".into()),
        EditError::EmptyText,
        EditError::TooLong(2000),
        EditError::NoChange,
        EditError::ParagraphDeleted("17".into()),
    ] {
        all.push(A::Edit(e));
    }
    let mut refusals: Vec<Refusal> = all.into_iter().map(Refusal::Session).collect();
    refusals.extend([
        Refusal::HelloFirst,
        Refusal::FacilitatorClaims,
        Refusal::AlreadySeated,
        Refusal::Taken("nl".into()),
        Refusal::NoWaitingStudent("Ana".into()),
        Refusal::NoSeat,
        Refusal::TakenOver,
        Refusal::TooLong,
        Refusal::NotStarted,
        Refusal::FacilitatorOnly,
        Refusal::NoSuchDelegation("xx".into()),
        Refusal::Observer("icrc".into()),
        Refusal::TakeOverFirst("nl".into()),
        Refusal::NobodySeated,
    ]);
    refusals
}

#[test]
fn every_refusal_is_phrased_in_every_language_and_differs_from_english() {
    use zero_draft_text::lang::on_this_thread;
    let phrase = |lang: Lang, r: &zero_draft_engine::class::Refusal| {
        on_this_thread(Some(lang));
        let s = zero_draft_text::class_refusal(&zero_draft_text::NoNames, r);
        on_this_thread(None);
        s
    };
    for r in every_refusal() {
        let en = phrase(Lang::En, &r);
        assert!(
            !en.is_empty() && !en.contains("refusal-") && !en.contains("words-"),
            "{r:?}: {en}"
        );
        for lang in [Lang::Fr, Lang::Es] {
            let other = phrase(lang, &r);
            assert_ne!(other, en, "{r:?} reads the same in {lang} as in English");
        }
    }
    on_this_thread(Some(Lang::Fr));
    let wrong = zero_draft_text::refusal(
        &zero_draft_text::NoNames,
        &zero_draft_engine::session::ActionError::WrongStage(
            zero_draft_engine::log::ActionKind::CoSponsor,
            zero_draft_engine::session::Stage::Adoption,
        ),
    );
    on_this_thread(None);
    assert!(wrong.contains("coparrain"), "{wrong}");
}

#[test]
fn a_divergence_says_which_event_and_how_many_agree() {
    use zero_draft_engine::session::ReplayError;
    zero_draft_text::lang::on_this_thread(Some(Lang::En));
    let say = |index, recorded, replayed| {
        zero_draft_text::replay_refusal(
            &zero_draft_text::NoNames,
            &ReplayError::Diverged {
                index,
                recorded,
                replayed,
            },
        )
    };
    let extra = say(160, 159, 175);
    assert!(!extra.contains("event 160 of 159"), "{extra}");
    assert!(extra.contains("the first 159 agree"), "{extra}");
    let changed = say(12, 159, 159);
    assert!(changed.contains("at event 12 of 159"), "{changed}");
    zero_draft_text::lang::on_this_thread(None);
}

#[test]
fn every_command_reads_as_words_in_every_language() {
    use zero_draft_engine::ids::AmendmentId;
    use zero_draft_engine::seat::{Command, Controller, SeatName};
    use zero_draft_text::lang::on_this_thread;
    let commands = [
        Command::Rule {
            amendment: AmendmentId::at(3),
            option: 2,
        },
        Command::Cut {
            clause: "17.1".into(),
        },
        Command::Restore {
            clause: "17.1".into(),
        },
        Command::IssueRevision,
        Command::Inject {
            event: "hospital-attack".into(),
        },
        Command::Announce("Ten minutes left".into()),
        Command::ChangeRounds(-1),
        Command::ChangeRounds(3),
        Command::Pause,
        Command::Resume,
        Command::Control {
            seat: SeatName::Chair,
            controller: Controller::Ai,
        },
        Command::Reseed(9),
    ];
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        on_this_thread(Some(lang));
        for c in &commands {
            let words = zero_draft_text::command_summary(&zero_draft_text::NoNames, c);
            assert!(
                !words.is_empty()
                    && !words.contains("words-command")
                    && !words.contains('{')
                    && !words.contains("Rule")
                    && !words.contains("Cut"),
                "{lang:?} {c:?}: {words}"
            );
        }
    }
    on_this_thread(None);
    assert_eq!(
        zero_draft_text::command_summary(&zero_draft_text::NoNames, &Command::ChangeRounds(-1)),
        "shortens the phase by one round"
    );
}

#[test]
fn revision_names_are_translated_when_shown() {
    use zero_draft_text::lang::on_this_thread;
    on_this_thread(Some(Lang::Fr));
    let names: Vec<String> = ["Zero draft", "Rev.2", "Final text", "Chair's own"]
        .iter()
        .map(|n| zero_draft_text::revision_name(n))
        .collect();
    on_this_thread(None);
    assert_eq!(
        names,
        ["Projet zéro", "Rév.2", "Texte final", "Chair's own"]
    );
}

#[test]
fn numbers_read_with_the_languages_decimal_mark() {
    use zero_draft_text::decimal;
    use zero_draft_text::lang::on_this_thread;
    on_this_thread(Some(Lang::En));
    assert_eq!(decimal(2.45_f64, 1), "2.5");
    assert_eq!(decimal(-0.04_f64, 1), "0.0", "never -0");
    assert_eq!(decimal(-0.4_f32, 0), "0");
    on_this_thread(Some(Lang::Fr));
    assert_eq!(decimal(2.45_f64, 1), "2,5");
    assert_eq!(decimal(47.0_f64, 0), "47");
    on_this_thread(Some(Lang::Es));
    assert_eq!(decimal(0.25_f64, 2), "0,25");
    on_this_thread(None);
    // A number handed to a message as a number is written the same way.
    let mut args = zero_draft_text::lang::FluentArgs::new();
    args.set("value", 1.5_f64);
    assert_eq!(
        phrase_in(Lang::Fr, "words-reason-tolerance", Some(&args)),
        "tolère des pertes jusqu'à 1,5"
    );
    assert!(phrase_in(Lang::En, "words-reason-tolerance", Some(&args)).ends_with("1.5"));
}

#[test]
fn an_edit_names_a_section_by_the_title_the_reader_sees() {
    let source = include_str!("../../../../scenarios/tutorial.ron");
    let model = zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("tutorial.ron", source).unwrap(),
    );
    let document = zero_draft_engine::document::Document::zero_draft(&model);
    let edit = zero_draft_engine::scenario::EditSpec::Move {
        paragraph: "10".into(),
        to_section: "dialogue".into(),
    };
    zero_draft_text::lang::on_this_thread(Some(Lang::En));
    let words = zero_draft_text::edit_summary_in(&edit, &document);
    assert!(
        words.contains("C. Regular institutional dialogue"),
        "{words}"
    );
    assert!(zero_draft_text::edit_summary(&edit).contains("dialogue"));
    zero_draft_text::lang::on_this_thread(None);
}
