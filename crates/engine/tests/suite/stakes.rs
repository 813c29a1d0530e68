//! What each seat has to win: passing and the coach, objective by objective.

use zero_draft_engine::league::{built_in, play};
use zero_draft_engine::stakes::{PASSING_CEILING, PLAYING_MARGIN, briefed_seats, stakes};

use super::tutorial;

#[test]
fn each_briefed_seat_shows_what_passing_and_the_coach_win_objective_by_objective() {
    let model = tutorial();
    let seats = briefed_seats(&model);
    let briefed: Vec<&str> = model
        .delegations
        .iter()
        .filter(|d| d.playable && !d.briefing.trim().is_empty())
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(
        seats
            .iter()
            .map(|d| model.delegations[d.index()].id.as_str())
            .collect::<Vec<_>>(),
        briefed
    );
    assert!(seats.len() >= 2, "the tutorial briefs several seats");
    let games = 3;
    let table = stakes(&model, &seats, 7, games);
    assert_eq!(table.len(), seats.len());
    let mut answered = false;
    for (s, &d) in table.iter().zip(&seats) {
        // The same games, played here one by one, give the same figures.
        let mut score = 0.0;
        let mut met = 0;
        for seed in 7..7 + games {
            let g = play(&model, d, built_in("passive", seed).unwrap(), seed);
            score += f64::from(g.score);
            met += g.objectives_met;
        }
        assert!(
            (s.passing - score / games as f64).abs() < 1e-9,
            "{}",
            s.delegation
        );
        let shares: f64 = s.objectives.iter().map(|o| o.passing).sum();
        assert!(
            (shares * games as f64 - met as f64).abs() < 1e-9,
            "{}",
            s.delegation
        );
        assert_eq!(
            s.objectives.len(),
            model.delegations[d.index()].objectives.len()
        );
        // The flags follow the figures.
        assert_eq!(s.passing_pays(), s.passing > PASSING_CEILING);
        assert_eq!(s.little_to_win(), s.coach - s.passing < PLAYING_MARGIN);
        for o in &s.objectives {
            assert!((0.0..=1.0).contains(&o.passing) && (0.0..=1.0).contains(&o.coach));
            assert_eq!(o.handed_over(), o.passing == 1.0 && o.coach == 1.0);
            answered |= o.coach > o.passing;
        }
    }
    // Somewhere in the tutorial the coach wins what passing does not.
    assert!(answered, "{table:?}");
}

/// Plays the tutorial with Australia held from outside: it tables `card` at its first turn
/// (if any), then passes, and joins at the vote.
fn australia(card: Option<&str>, seed: u64) -> zero_draft_engine::log::Score {
    use zero_draft_engine::log::{Action, Event};
    use zero_draft_engine::seat::{Command, Controller, Seat};
    use zero_draft_engine::session::{Session, Stage};
    let model = tutorial();
    let au = model.delegation("au").unwrap();
    let seat = Seat::Delegation(au);
    let mut s = Session::open(model.clone(), seed, &[(seat, Controller::Script)]);
    let mut card = card.map(String::from);
    while let Some(&next) = s.pending().first() {
        let action = if s.stage() == Stage::Adoption {
            Action::Join
        } else if let Some(c) = card.take() {
            Action::TableCard(c.into())
        } else {
            Action::Pass
        };
        s.input(next, Command::Act(action)).unwrap();
    }
    s.events()
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Scored { delegation, score } if *delegation == au => Some(score.clone()),
            _ => None,
        })
        .expect("scored")
}

#[test]
fn text_the_room_met_without_a_seat_earns_half_and_what_it_worked_for_earns_all() {
    use zero_draft_engine::log::{counted_weight, credit};
    for seed in 1..=5 {
        let passive = australia(None, seed);
        let worked = australia(Some("implementing"), seed);
        for score in [&passive, &worked] {
            // The points are what each objective earned of its counted weight.
            let total: f32 = score
                .objectives
                .iter()
                .map(|o| counted_weight(o.weight, o.held_by_draft))
                .sum();
            let earned: f32 = score
                .objectives
                .iter()
                .filter(|o| o.met)
                .map(|o| {
                    credit(
                        counted_weight(o.weight, o.held_by_draft),
                        o.worked,
                        o.about_text,
                    )
                })
                .sum();
            assert!((score.objective_points - 100.0 * earned / total).abs() < 1e-3);
        }
        // Passing works for nothing: the energy sector, which its bloc brings in, earns half.
        assert!(passive.objectives.iter().all(|o| !o.worked), "{passive:?}");
        let energy = passive
            .objectives
            .iter()
            .find(|o| o.id == "energy")
            .unwrap();
        assert!(energy.met && energy.about_text, "{energy:?}");
        // Tabling its own card works for the objective the card meets.
        let implementing = worked
            .objectives
            .iter()
            .find(|o| o.id == "implementing")
            .unwrap();
        assert!(implementing.worked, "seed {seed}: {implementing:?}");
        assert!(
            worked.objective_points > passive.objective_points,
            "seed {seed}"
        );
        // The vote's objective earns its whole weight either way.
        let adopted = passive
            .objectives
            .iter()
            .find(|o| o.id == "adopted")
            .unwrap();
        assert!(!adopted.about_text);
    }
}
