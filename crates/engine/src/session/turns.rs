//! Where the session stands and whose turn it is: the stage and the speakers' list.

use super::Stage;
use crate::ids::DelegationId;

#[derive(Debug, Clone)]
pub(super) struct Turns {
    pub stage: Stage,
    /// The speakers' list of this round, and the position of whoever holds the floor.
    pub speakers: Vec<DelegationId>,
    pub cursor: usize,
}

impl Turns {
    pub fn new() -> Turns {
        Turns {
            stage: Stage::Speaking,
            speakers: Vec::new(),
            cursor: 0,
        }
    }

    /// The delegation holding the floor, if the list is not done.
    pub fn speaker(&self) -> Option<DelegationId> {
        self.speakers.get(self.cursor).copied()
    }

    /// A new speakers' list, from its top.
    pub fn open_list(&mut self, speakers: Vec<DelegationId>) {
        self.speakers = speakers;
        self.cursor = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_passes_down_the_list_and_no_one_holds_it_after() {
        let mut t = Turns::new();
        assert_eq!(t.speaker(), None);
        t.open_list(vec![DelegationId(2), DelegationId(0)]);
        assert_eq!(t.speaker(), Some(DelegationId(2)));
        t.cursor += 1;
        assert_eq!(t.speaker(), Some(DelegationId(0)));
        t.cursor += 1;
        assert_eq!(t.speaker(), None);
        t.open_list(vec![DelegationId(1)]);
        assert_eq!(t.speaker(), Some(DelegationId(1)));
    }
}
