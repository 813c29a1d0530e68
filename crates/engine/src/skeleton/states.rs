//! The 193 member states of the United Nations and their regional groups (ISO 3166-1
//! two-letter codes as ids), for the delegations of a new scenario.

use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub struct MemberState {
    pub id: String,
    pub name: String,
    pub group: String,
}

/// The regional groups: (id, name), in the order a skeleton lists them.
pub const GROUPS: [(&str, &str); 5] = [
    ("african", "African Group"),
    ("asia_pacific", "Asia-Pacific Group"),
    ("eastern_european", "Eastern European Group"),
    ("grulac", "Latin American and Caribbean Group"),
    ("weog", "Western European and Others Group"),
];

const CSV: &str = include_str!("../../data/member-states.csv");

/// Every member state, by group then name.
pub fn member_states() -> &'static [MemberState] {
    static STATES: OnceLock<Vec<MemberState>> = OnceLock::new();
    STATES.get_or_init(|| {
        CSV.lines()
            .skip(1)
            .filter_map(|line| {
                let mut f = line.splitn(3, ',');
                let id = f.next()?.trim();
                let name = f.next()?.trim();
                let group = f.next()?.trim();
                Some(MemberState {
                    id: id.to_string(),
                    name: name.to_string(),
                    group: group.to_string(),
                })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_193_member_states_sit_in_the_five_groups() {
        let all = member_states();
        assert_eq!(all.len(), 193);
        for m in all {
            assert!(GROUPS.iter().any(|g| g.0 == m.group), "{m:?}");
            assert_eq!(m.id.len(), 2);
        }
        let mut ids: Vec<&str> = all.iter().map(|m| m.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 193);
    }
}
