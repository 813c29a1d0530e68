//! `host --roster`: the class list, read with every problem's place.

use std::path::Path;

use zero_draft_engine::model::Model;
use zero_draft_net::server::Rostered;

/// Reads a class roster: `name,delegation` per line; every problem is reported with its file,
/// line and column, and nothing is seated from a roster with one.
pub fn read_roster(path: &Path, model: &Model, tables: usize) -> Result<Vec<Rostered>, String> {
    const MAX_BYTES: u64 = 256 * 1024;
    let file = zero_draft_engine::error::printable(&path.display().to_string()).to_string();
    let text = zero_draft_engine::files::read_capped(path, MAX_BYTES)
        .map_err(|p| format!("{file}: {p}"))?;
    let mut roster: Vec<Rostered> = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let content = line.split('#').next().unwrap_or("");
        if content.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = content.split(',').map(str::trim).collect();
        let (Some(name), Some(delegation)) = (cells.first(), cells.get(1)) else {
            problems.push(format!(
                "{file}:{n}:1: expected `name,delegation` (and, with --tables, `,table`), found {:?}",
                zero_draft_engine::error::printable(content.trim())
            ));
            continue;
        };
        let (name, delegation) = (*name, *delegation);
        if n == 1 && name.eq_ignore_ascii_case("name") {
            continue;
        }
        let col = content.find(',').map_or(1, |c| c + 2);
        if name.is_empty() || name.chars().count() > 40 || name.chars().any(char::is_control) {
            problems.push(format!(
                "{file}:{n}:1: a student's name: 1 to 40 printable characters"
            ));
            continue;
        }
        let table = match cells.get(2).filter(|c| !c.is_empty()) {
            None => None,
            Some(t) => match t.parse::<usize>() {
                Ok(k) if (1..=tables).contains(&k) => Some(k - 1),
                _ => {
                    let col = content.rfind(',').map_or(1, |c| c + 2);
                    problems.push(format!(
                        "{file}:{n}:{col}: a table from 1 to {tables} (--tables), found {:?}",
                        zero_draft_engine::error::printable(t)
                    ));
                    continue;
                }
            },
        };
        // Where the host will seat the student: its table, or the tables in turn.
        let at = |r: &Rostered, k: usize| r.table.unwrap_or(k % tables);
        let here = table.unwrap_or(roster.len() % tables);
        match model.delegation(delegation) {
            None => problems.push(format!(
                "{file}:{n}:{col}: `{}` is not a delegation of this scenario{}",
                zero_draft_engine::error::printable(delegation),
                zero_draft_engine::scenario::suggest_id(
                    delegation,
                    model.delegations.iter().map(|d| d.id.as_str())
                )
                .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"))
            )),
            Some(_) if roster.iter().any(|r| r.name.eq_ignore_ascii_case(name)) => {
                problems.push(format!("{file}:{n}:1: {name} is listed twice"))
            }
            Some(_)
                if roster
                    .iter()
                    .enumerate()
                    .any(|(k, r)| r.delegation == delegation && at(r, k) == here) =>
            {
                problems.push(format!(
                    "{file}:{n}:{col}: `{delegation}` is given to two students at one table"
                ))
            }
            Some(_) => roster.push(Rostered {
                name: name.to_string(),
                delegation: delegation.to_string(),
                table,
            }),
        }
    }
    if problems.is_empty() {
        Ok(roster)
    } else {
        Err(problems.join("\n"))
    }
}
