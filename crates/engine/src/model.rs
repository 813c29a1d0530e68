//! The scenario compiled for play: ids interned to indices, every delegation's effective rules
//! (bloc rules with its own overrides) and a dense weight table for fast utility sums.

use rustc_hash::FxHashMap;

use crate::scenario::{EditSpec, Role, Scenario, Tactic};

pub use crate::ids::{BlocId, DelegationId, PerDelegation, SectionId, TagId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleOrigin {
    Bloc,
    Delegation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompiledRule {
    pub tag: TagId,
    pub section: Option<SectionId>,
    pub weight: f32,
    pub red_line: bool,
    pub origin: RuleOrigin,
}

#[derive(Debug, Clone)]
pub struct DelegationInfo {
    pub id: String,
    pub name: String,
    pub bloc: BlocId,
    pub role: Role,
    pub influence: f32,
    pub playable: bool,
    pub reservation: f32,
    /// Effective rules, sorted by tag.
    pub rules: Vec<CompiledRule>,
    /// rule_ranges[t]: the rules on tag t, as a range of `rules`.
    rule_ranges: Vec<(u32, u32)>,
    /// The red lines among the rules (most delegations have none).
    pub red_lines: Vec<CompiledRule>,
    pub objectives: Vec<crate::scenario::Objective>,
    pub briefing: String,
}

impl DelegationInfo {
    pub fn may_block(&self) -> bool {
        self.role == Role::State
    }

    /// The delegation's rules on one tag.
    #[inline]
    pub fn rules_on(&self, tag: TagId) -> &[CompiledRule] {
        let (a, b) = self.rule_ranges[tag.index()];
        &self.rules[a as usize..b as usize]
    }
}

#[derive(Debug, Clone)]
pub struct BlocInfo {
    pub id: String,
    pub name: String,
    pub leader: DelegationId,
    pub cohesion: f32,
    pub tactic: Tactic,
    pub members: Vec<DelegationId>,
    /// Combined influence of the bloc's member states (stakeholders cannot block).
    pub state_influence: f32,
}

#[derive(Debug)]
pub struct Model {
    pub scenario: Scenario,
    pub tags: Vec<String>,
    /// Id lookups sit in the engine's inner loops (conditions, compromises, cards), so the
    /// indexes use a fast unkeyed hash; it is deterministic like everything else here.
    tag_index: FxHashMap<String, TagId>,
    pub sections: Vec<String>,
    section_index: FxHashMap<String, SectionId>,
    lexicon: Vec<(String, Vec<TagId>)>,
    pub delegations: Vec<DelegationInfo>,
    delegation_index: FxHashMap<String, DelegationId>,
    pub blocs: Vec<BlocInfo>,
    /// Delegations that ask for each amendment card (named directly or through their bloc).
    pub card_askers: Vec<Vec<DelegationId>>,
    /// The cards making each edit (an edit tabled by hand may be a card's).
    cards_by_edit: FxHashMap<EditSpec, Vec<usize>>,
    /// weights[(d * tags + t) * sections + s]: utility of one clause with tag t in section s.
    weights: Vec<f32>,
    /// What front ends show in other languages (the engine plays on the written text).
    pub translations: crate::scenario::translate::Table,
}

impl Model {
    /// What everyone reads of the scenario, in `language`.
    pub fn translations_into(&self, language: &str) -> crate::scenario::Translations {
        crate::scenario::translate::into_language(&self.translations.public, language)
    }

    /// Every delegation's id, in the scenario's order.
    pub fn delegation_ids(&self) -> impl Iterator<Item = DelegationId> + use<> {
        (0..self.delegations.len()).map(DelegationId::at)
    }

    /// Compiles a scenario that passed validation.
    pub fn new(scenario: Scenario) -> Model {
        let translations = crate::scenario::translate::Table::of(&scenario);
        let tags: Vec<String> = scenario.tags.iter().map(|t| t.id.clone()).collect();
        let tag_index = index(&tags, TagId::at);
        let sections: Vec<String> = scenario.draft.iter().map(|s| s.id.clone()).collect();
        let section_index = index(&sections, SectionId::at);
        let lexicon = scenario
            .lexicon
            .iter()
            .flat_map(|e| {
                let mut ids: Vec<TagId> = e
                    .tags
                    .iter()
                    .filter_map(|t| tag_index.get(t).copied())
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                // A translated phrase reads wording typed in that language as the same ideas.
                e.phrase
                    .variants()
                    .map(move |p| (normalise(p), ids.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut delegations = Vec::new();
        let mut blocs = Vec::new();
        for (bi, b) in scenario.blocs.iter().enumerate() {
            let first = DelegationId::at(delegations.len());
            let mut leader = first;
            for d in &b.delegations {
                let me = DelegationId::at(delegations.len());
                if b.leader.as_deref() == Some(d.id.as_str()) {
                    leader = me;
                }
                let compile = |r: &crate::scenario::Rule, origin| CompiledRule {
                    tag: tag_index[&r.tag],
                    section: r.section.as_ref().map(|s| section_index[s]),
                    weight: r.weight as f32,
                    red_line: r.red_line,
                    origin,
                };
                let mut rules: Vec<CompiledRule> = b
                    .rules
                    .iter()
                    .filter(|r| {
                        !d.rules
                            .iter()
                            .any(|o| o.tag == r.tag && o.section == r.section)
                    })
                    .map(|r| compile(r, RuleOrigin::Bloc))
                    .collect();
                rules.extend(d.rules.iter().map(|r| compile(r, RuleOrigin::Delegation)));
                rules.sort_by_key(|r| r.tag);
                let mut rule_ranges = vec![(0u32, 0u32); tags.len()];
                for (i, r) in rules.iter().enumerate() {
                    let range = &mut rule_ranges[r.tag.index()];
                    if range.1 == range.0 {
                        range.0 = i as u32;
                    }
                    range.1 = i as u32 + 1;
                }
                let red_lines = rules.iter().filter(|r| r.red_line).cloned().collect();
                delegations.push(DelegationInfo {
                    id: d.id.clone(),
                    name: d.name.to_string(),
                    bloc: BlocId::at(bi),
                    role: d.role,
                    influence: d.influence as f32,
                    playable: d.playable,
                    reservation: d.reservation as f32,
                    rules,
                    rule_ranges,
                    red_lines,
                    objectives: d.objectives.clone(),
                    briefing: d.briefing.to_string(),
                });
            }
            blocs.push(BlocInfo {
                id: b.id.clone(),
                name: b.name.to_string(),
                leader,
                cohesion: b.cohesion as f32,
                tactic: b.tactic,
                members: (first.index()..delegations.len())
                    .map(DelegationId::at)
                    .collect(),
                state_influence: delegations[first.index()..]
                    .iter()
                    .filter(|d| d.may_block())
                    .map(|d| d.influence)
                    .sum(),
            });
        }
        let delegation_index = delegations
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), DelegationId::at(i)))
            .collect();
        let (nt, ns) = (tags.len(), sections.len());
        let mut weights = vec![0.0f32; delegations.len() * nt * ns];
        for (d, info) in delegations.iter().enumerate() {
            for r in &info.rules {
                let t = r.tag.index();
                let range = match r.section {
                    Some(s) => s.index()..s.index() + 1,
                    None => 0..ns,
                };
                for s in range {
                    weights[(d * nt + t) * ns + s] += r.weight;
                }
            }
        }
        let mut model = Model {
            card_askers: Vec::new(),
            cards_by_edit: FxHashMap::default(),
            scenario,
            tags,
            tag_index,
            sections,
            section_index,
            translations,
            lexicon,
            delegations,
            delegation_index,
            blocs,
            weights,
        };
        model.card_askers = model
            .scenario
            .cards
            .iter()
            .map(|c| {
                let mut ds: Vec<DelegationId> =
                    c.by.iter().flat_map(|b| model.parties(b)).collect();
                ds.sort_unstable();
                ds.dedup();
                ds
            })
            .collect();
        for (k, c) in model.scenario.cards.iter().enumerate() {
            model
                .cards_by_edit
                .entry(c.edit.clone())
                .or_default()
                .push(k);
        }
        crate::derived::derive_objectives(&mut model);
        model
    }

    /// The cards (by index) whose edit is exactly this one.
    pub fn cards_with(&self, edit: &EditSpec) -> &[usize] {
        self.cards_by_edit.get(edit).map_or(&[], Vec::as_slice)
    }

    pub fn tag(&self, id: &str) -> Option<TagId> {
        self.tag_index.get(id).copied()
    }

    pub fn tag_label(&self, t: TagId) -> &str {
        &self.scenario.tags[t.index()].label
    }

    pub fn section(&self, id: &str) -> Option<SectionId> {
        self.section_index.get(id).copied()
    }

    pub fn delegation(&self, id: &str) -> Option<DelegationId> {
        self.delegation_index.get(id).copied()
    }

    pub fn name(&self, d: DelegationId) -> &str {
        &self.delegations[d.index()].name
    }

    /// Delegations named directly or through their bloc.
    pub fn parties(&self, id: &str) -> Vec<DelegationId> {
        if let Some(d) = self.delegation(id) {
            return vec![d];
        }
        self.blocs
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.members.clone())
            .unwrap_or_default()
    }

    /// Weight of one clause carrying `tag` in `section` for delegation `d` (before salience).
    #[inline]
    pub fn weight(&self, d: DelegationId, tag: TagId, section: SectionId) -> f32 {
        let (nt, ns) = (self.tags.len(), self.sections.len());
        self.weights[(d.index() * nt + tag.index()) * ns + section.index()]
    }

    /// Reads free text as tags through the lexicon: whole-word, case-insensitive phrase matches.
    pub fn read_tags(&self, text: &str) -> Vec<TagId> {
        read_tags(&self.lexicon, text)
    }

    /// The lexicon as compiled: normalised phrases and the tags each stands for.
    pub fn lexicon(&self) -> &[(String, Vec<TagId>)] {
        &self.lexicon
    }

    /// Explicit tags when given, else the lexicon's reading of the text.
    pub fn resolve_tags(&self, text: &str, tags: &[String]) -> Vec<TagId> {
        if tags.is_empty() {
            return self.read_tags(text);
        }
        let mut out: Vec<TagId> = tags.iter().filter_map(|t| self.tag(t)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Reads free text as tags through a compiled lexicon (see `Model::lexicon`).
pub fn read_tags(lexicon: &[(String, Vec<TagId>)], text: &str) -> Vec<TagId> {
    let text = normalise(text);
    let mut out: Vec<TagId> = Vec::new();
    for (phrase, tags) in lexicon {
        if !phrase.trim().is_empty() && text.contains(phrase.as_str()) {
            out.extend(tags);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn index<Id>(ids: &[String], at: impl Fn(usize) -> Id) -> FxHashMap<String, Id> {
    ids.iter()
        .enumerate()
        .map(|(i, s)| (s.clone(), at(i)))
        .collect()
}

/// Lower-case words separated by single spaces, padded so that `contains(" phrase ")` only
/// matches whole words.
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::from(" ");
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
    {
        out.push_str(&word.to_lowercase());
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalise_pads_words() {
        assert_eq!(
            normalise("Human Rights, and IHL."),
            " human rights and ihl "
        );
    }
}
