//! The class results: one row per student, for the teacher's spreadsheet and the debrief.

use zero_draft_engine::log::{Event, Position};
use zero_draft_engine::model::DelegationId;

use super::Classroom;

impl Classroom {
    /// CSV: student, delegation, objectives met, objectives, score, relationships (the
    /// room's regard, 50 neutral), position at adoption, paragraphs dissociated from.
    pub fn results_csv(&self) -> String {
        let mut out = String::from(
            "student,delegation,objectives_met,objectives,score,relationships,position,dissociated\n",
        );
        let Some(s) = &self.session else {
            return out;
        };
        for (d, h) in self.holders.iter().enumerate() {
            let Some(student) = &h.student else {
                continue;
            };
            let d = DelegationId::at(d);
            let score = s.events().iter().rev().find_map(|e| match e {
                Event::Scored { delegation, score } if *delegation == d => Some(score),
                _ => None,
            });
            let position = s.events().iter().rev().find_map(|e| match e {
                Event::PositionTaken {
                    delegation,
                    position,
                    ..
                } if *delegation == d => Some(position),
                _ => None,
            });
            let (pos, dissociated) = match position {
                Some(Position::Join) => ("join", String::new()),
                Some(Position::Dissociate(p)) => ("dissociate", p.join(" ")),
                Some(Position::Block) => ("block", String::new()),
                None => ("", String::new()),
            };
            let (met, total, points, regard) = score.map_or((0, 0, 0.0, 0.0), |x| {
                (
                    x.objectives.iter().filter(|o| o.met).count(),
                    x.objectives.len(),
                    x.total,
                    x.relationship_points,
                )
            });
            out += &format!(
                "{},{},{met},{total},{points:.1},{regard:.1},{pos},{}\n",
                csv(student),
                csv(&self.public.delegations[d.index()].id),
                csv(&dissociated)
            );
        }
        out
    }
}

fn csv(field: &str) -> String {
    // A leading = + - @ would be read as a formula by spreadsheets.
    let f = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if f.contains([',', '"', '\n']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}
