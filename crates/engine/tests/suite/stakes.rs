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
