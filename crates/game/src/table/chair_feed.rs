//! The Chair's feed on the table: the moments that shape the text (rulings, cuts and
//! restorations, the summary, revisions, threats, blocks), the Chair's own in bold.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::log::{ChairOutcome, Event};
use zero_draft_text::{describe, t};

pub(super) fn chair_feed_ui(ui: &mut egui::Ui, v: &View) {
    let r = v.room;
    let m = &*r.scenario;
    // (its title is the tab's)
    egui::ScrollArea::vertical()
        .id_salt("chair")
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // What each revision did, counted from the rulings since the one before it.
            let mut tally = [0u32; 5];
            let mut summaries: Vec<(usize, [u32; 5])> = Vec::new();
            for (i, e) in r.log.iter().enumerate() {
                match e {
                    Event::ChairDecision { outcome, .. } => {
                        tally[match outcome {
                            ChairOutcome::Proposal => 0,
                            ChairOutcome::Compromise(_)
                            | ChairOutcome::AgreedLanguage(_)
                            | ChairOutcome::FriendsWording { .. } => 1,
                            ChairOutcome::Kept => 2,
                            ChairOutcome::Deleted => 3,
                        }] += 1;
                    }
                    Event::MovedToSummary { .. } | Event::DraftToSummary { .. } => tally[4] += 1,
                    Event::RevisionIssued { .. } => {
                        summaries.push((i, tally));
                        tally = [0; 5];
                    }
                    _ => {}
                }
            }
            let moments = r.log.iter().enumerate().filter(|(_, e)| {
                !matches!(
                    *e,
                    Event::Reacted { .. }
                        | Event::Passed { .. }
                        | Event::Scored { .. }
                        | Event::CoSponsored { .. }
                        | Event::Objected { .. }
                        | Event::RoundStarted { .. }
                        | Event::RoundEnded { .. }
                )
            });
            let moments: Vec<(usize, &Event)> = moments.collect();
            for &(i, e) in &moments[moments.len().saturating_sub(60)..] {
                let chair = matches!(
                    e,
                    Event::ChairDecision { .. }
                        | Event::ChairEdited { .. }
                        | Event::MovedToSummary { .. }
                        | Event::DraftToSummary { .. }
                        | Event::RevisionIssued { .. }
                        | Event::Stripped { .. }
                );
                let text = egui::RichText::new(describe(m, e)).size(12.0);
                ui.label(if chair { text.strong() } else { text });
                if let Some((_, n)) = summaries.iter().find(|(at, _)| *at == i) {
                    ui.label(
                        egui::RichText::new(format!(
                            "   {}",
                            t!(
                                "chair-feed-revision-did",
                                taken = n[0],
                                reworded = n[1],
                                kept = n[2],
                                deleted = n[3],
                                summary = n[4]
                            )
                        ))
                        .size(12.0)
                        .italics(),
                    );
                }
            }
        });
}
