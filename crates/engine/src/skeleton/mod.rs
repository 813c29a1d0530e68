//! `zero-draft new`: a scenario skeleton from a draft written as plain text or Markdown. The
//! skeleton is valid at once (it plays: every delegation indifferent, the draft adopted as it
//! stands) and commented where the author has to fill in: blocs and rules, objectives and
//! briefings, the Chair's wordings, cards and history.

mod lexicon;
mod read;
mod states;
mod words;

pub use read::{Draft, read};
pub use states::{MemberState, member_states};

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::model::normalise;

/// What `new` is asked for.
#[derive(Debug, Clone)]
pub struct Options {
    /// The scenario's id (also a file name).
    pub id: String,
    /// The title; the draft's first heading when left out.
    pub title: Option<String>,
    /// The language the draft is written in.
    pub language: String,
    /// The member states that sit in the room (ids); all 193 when left out.
    pub states: Option<Vec<String>>,
}

/// Why no skeleton could be written.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    NoParagraphs,
    UnknownState {
        id: String,
        suggestion: Option<String>,
    },
    TooLong {
        line: usize,
        chars: usize,
    },
    TooMany {
        what: &'static str,
        count: usize,
        limit: usize,
    },
    /// A negotiation needs two member states at least.
    TooFewStates(usize),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NoParagraphs => f.write_str(
                "no paragraphs found: write the draft as paragraphs separated by blank lines or numbered (`1.`, `12 bis.`), with headings (`# Title`, `A. Title`) for sections",
            ),
            Refusal::UnknownState { id, suggestion } => {
                write!(f, "`{id}` is not a member state's id (ISO 3166 two-letter code, e.g. `fr`)")?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean `{s}`?"),
                    None => Ok(()),
                }
            }
            Refusal::TooLong { line, chars } => write!(
                f,
                "line {line}: a sentence of {chars} characters; a clause is limited to {} (split it)",
                crate::scenario::LIMITS.text_chars
            ),
            Refusal::TooMany { what, count, limit } => {
                write!(f, "{count} {what}; a scenario is limited to {limit}")
            }
            Refusal::TooFewStates(n) => write!(
                f,
                "--states names {n} member state; a negotiation needs two at least"
            ),
        }
    }
}

/// Writes a scenario skeleton (RON) from `draft`, the text of a draft.
pub fn skeleton(draft: &str, options: &Options) -> Result<String, Refusal> {
    let d = read(draft);
    if d.sections.is_empty() {
        return Err(Refusal::NoParagraphs);
    }
    check_sizes(&d)?;
    let seated = seated(options.states.as_deref())?;
    if seated.len() < 2 {
        return Err(Refusal::TooFewStates(seated.len()));
    }
    // The ideas are the same in every language; their labels and phrases are the draft's.
    let starter = lexicon::starter(&options.language);
    let w = words::words(&options.language);
    let lexicon = starter_lexicon(&starter);
    let reading: Vec<Vec<Vec<usize>>> = d
        .sections
        .iter()
        .map(|s| {
            s.paragraphs
                .iter()
                .flat_map(|p| &p.clauses)
                .map(|c| read_ideas(&lexicon, c))
                .collect()
        })
        .collect();
    let mut used: BTreeSet<usize> = reading.iter().flatten().flatten().copied().collect();
    if used.is_empty() {
        // A scenario needs an idea to speak of; the author renames it.
        used.insert(usize::MAX);
    }
    let title = options
        .title
        .clone()
        .or_else(|| d.title.clone())
        .unwrap_or_else(|| options.id.clone());
    let mut out = String::new();
    header(&mut out, &title);
    meta(&mut out, options, &title);
    tags(&mut out, &used, &starter, w);
    text(&mut out, &d, &reading, w);
    blocs(&mut out, &seated, w);
    rest(&mut out, w);
    Ok(out)
}

fn check_sizes(d: &Draft) -> Result<(), Refusal> {
    let limits = crate::scenario::LIMITS;
    for p in d.sections.iter().flat_map(|s| &s.paragraphs) {
        for c in &p.clauses {
            let chars = c.chars().count();
            if chars > limits.text_chars {
                return Err(Refusal::TooLong {
                    line: p.line,
                    chars,
                });
            }
        }
    }
    let paragraphs: usize = d.sections.iter().map(|s| s.paragraphs.len()).sum();
    if paragraphs > limits.paragraphs {
        return Err(Refusal::TooMany {
            what: "paragraphs",
            count: paragraphs,
            limit: limits.paragraphs,
        });
    }
    let clauses: usize = d
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .map(|p| p.clauses.len())
        .sum();
    if clauses > limits.clauses {
        return Err(Refusal::TooMany {
            what: "clauses",
            count: clauses,
            limit: limits.clauses,
        });
    }
    Ok(())
}

/// The member states in the room, by regional group (in the list's order).
fn seated(ids: Option<&[String]>) -> Result<Vec<&'static MemberState>, Refusal> {
    let all = member_states();
    let Some(ids) = ids else {
        return Ok(all.iter().collect());
    };
    let mut chosen = BTreeSet::new();
    for id in ids {
        let id = id.trim().to_lowercase();
        match all.iter().position(|m| m.id == id) {
            Some(i) => {
                chosen.insert(i);
            }
            None => {
                return Err(Refusal::UnknownState {
                    suggestion: crate::scenario::validate::suggest(
                        &id,
                        all.iter().map(|m| m.id.as_str()),
                    )
                    .map(str::to_string),
                    id,
                });
            }
        }
    }
    Ok(chosen.into_iter().map(|i| &all[i]).collect())
}

type Lexicon = Vec<(String, usize)>;

type Starter = [(&'static str, &'static str, &'static [&'static str])];

fn starter_lexicon(starter: &Starter) -> Lexicon {
    starter
        .iter()
        .enumerate()
        .flat_map(|(i, (_, _, phrases))| phrases.iter().map(move |p| (normalise(p), i)))
        .collect()
}

fn read_ideas(lexicon: &Lexicon, clause: &str) -> Vec<usize> {
    let text = normalise(clause);
    let mut out: Vec<usize> = lexicon
        .iter()
        .filter(|(p, _)| text.contains(p.as_str()))
        .map(|(_, i)| *i)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A RON string literal.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn tag_id(i: usize) -> &'static str {
    lexicon::STARTER.get(i).map_or("idea", |t| t.0)
}

fn header(out: &mut String, title: &str) {
    let _ = writeln!(
        out,
        "// {}: a scenario skeleton written by `zero-draft new`.\n\
         //\n\
         // It is valid and plays as it stands, but nobody in it cares about anything yet, so the\n\
         // draft is adopted unamended. Fill it in, in this order (docs/authoring.md explains each\n\
         // field; run `zero-draft check` on the file after each step):\n\
         //   1. tags: keep the ideas the room really fights over, add its own (with lexicon phrases);\n\
         //   2. blocs: replace the regional groups with the room's negotiating groups, give each\n\
         //      rules (which ideas it wants in the text, which out, and its red lines);\n\
         //   3. make a few delegations `playable: true`, each with objectives and a briefing;\n\
         //   4. the Chair's compromises and agreed language, then amendment cards;\n\
         //   5. history: what really happened, each check with its source in a comment.",
        title.replace('\n', " ")
    );
}

fn meta(out: &mut String, o: &Options, title: &str) {
    let _ = write!(
        out,
        "(\n    meta: (\n        id: {},\n        title: {},\n        body: \"\", // the negotiating body, e.g. \"Open-ended working group on …\"\n        briefing: \"\", // what every player reads first: the room, the stakes, how the session runs\n        language: {}, // the language the texts are written in; any text may add translations: (text: \"…\", fr: \"…\")\n    ),\n",
        quoted(&o.id),
        quoted(title),
        quoted(&o.language)
    );
}

fn tags(out: &mut String, used: &BTreeSet<usize>, starter: &Starter, w: &words::Words) {
    out.push_str("    // The ideas the starter lexicon reads in the draft. Rules, objectives and history speak of\n    // them; the lexicon reads them in wording typed during play.\n    tags: [\n");
    for &i in used {
        match starter.get(i) {
            Some((id, label, _)) => {
                let _ = writeln!(
                    out,
                    "        (id: {}, label: {}),",
                    quoted(id),
                    quoted(label)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "        (id: \"idea\", label: {}), // the draft carries none of the starter ideas: name the room's own",
                    quoted(w.idea)
                );
            }
        }
    }
    out.push_str("    ],\n    lexicon: [\n");
    for &i in used {
        if let Some((id, _, phrases)) = starter.get(i) {
            for p in *phrases {
                let _ = writeln!(
                    out,
                    "        (phrase: {}, tags: [{}]),",
                    quoted(p),
                    quoted(id)
                );
            }
        }
    }
    out.push_str("    ],\n");
}

/// A section id from its title: its words in lower case, joined by dashes.
fn section_id(title: &str, taken: &mut BTreeSet<String>, n: usize) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let base = if words.is_empty() {
        format!("section-{n}")
    } else {
        words.join("-")
    };
    let mut id = base.clone();
    let mut k = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{k}");
        k += 1;
    }
    id
}

fn text(out: &mut String, d: &Draft, reading: &[Vec<Vec<usize>>], w: &words::Words) {
    out.push_str("    // The zero draft. Each clause carries the ideas the lexicon read in it: check them.\n    draft: [\n");
    let mut sections = BTreeSet::new();
    let mut paragraphs = BTreeSet::new();
    for (i, s) in d.sections.iter().enumerate() {
        // Text before any heading gets a section titled in the draft's language.
        let title = if s.line == 0 {
            w.text
        } else {
            s.title.as_str()
        };
        let id = section_id(title, &mut sections, i + 1);
        let _ = write!(
            out,
            "        (\n            id: {},\n            title: {},\n            paragraphs: [\n",
            quoted(&id),
            quoted(title)
        );
        let mut k = 0;
        for p in &s.paragraphs {
            let mut pid = p.id.clone();
            let mut n = 2;
            while !paragraphs.insert(pid.clone()) {
                pid = format!("{}-{n}", p.id);
                n += 1;
            }
            let _ = writeln!(
                out,
                "                (id: {}, clauses: [ // line {}",
                quoted(&pid),
                p.line
            );
            for c in &p.clauses {
                let ideas: Vec<String> = reading[i][k].iter().map(|&t| quoted(tag_id(t))).collect();
                k += 1;
                let _ = writeln!(
                    out,
                    "                    (text: {}, tags: [{}]),",
                    quoted(c),
                    ideas.join(", ")
                );
            }
            out.push_str("                ]),\n");
        }
        out.push_str("            ],\n        ),\n");
    }
    out.push_str("    ],\n");
}

fn blocs(out: &mut String, seated: &[&MemberState], w: &words::Words) {
    out.push_str(
        "    // The UN regional groups, as a start: replace them with the room's negotiating groups.\n    // A bloc's rules say what its members want in the text (positive weight) or out of it\n    // (negative), e.g. `(tag: \"finance\", weight: 3.0)`, `(tag: \"binding\", weight: -4.0, red_line: true)`.\n    blocs: [\n",
    );
    for group in states::GROUPS {
        let members: Vec<&&MemberState> = seated.iter().filter(|m| m.group == group.0).collect();
        if members.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "        (\n            id: {},\n            name: {},\n            rules: [],\n            delegations: [\n",
            quoted(group.0),
            quoted(group.1)
        );
        for (k, m) in members.iter().enumerate() {
            if k == 0 {
                // A room needs a seat to play; its objectives and briefing are the author's.
                let _ = writeln!(
                    out,
                    "                (id: {}, name: {}, playable: true, briefing: {}, objectives: [\n                    (id: \"adopted\", description: {}, condition: Adopted), // add what capital wants, e.g. Includes(tag: \"…\")\n                ]),",
                    quoted(&m.id),
                    quoted(&m.name),
                    quoted(w.briefing),
                    quoted(w.adopted)
                );
            } else {
                let _ = writeln!(
                    out,
                    "                (id: {}, name: {}),",
                    quoted(&m.id),
                    quoted(&m.name)
                );
            }
        }
        out.push_str("            ],\n        ),\n");
    }
    out.push_str("    ],\n");
}

fn rest(out: &mut String, w: &words::Words) {
    let _ = write!(
        out,
        "    chair: (\n        name: {},\n        persona: Surgical, // or CleanText, BalancedPackage\n        compromises: [], // bridging wording for contested clauses\n        agreed_language: [], // language agreed earlier the Chair can fall back on\n    ),\n    schedule: (\n        phases: [\n            (id: \"first-reading\", name: {}, rounds: 3, interventions: 2),\n            (id: \"informals\", name: {}, rounds: 2, interventions: 2),\n            (id: \"final\", name: {}, rounds: 2, interventions: 1),\n        ],\n    ),\n    cards: [], // amendments delegations may table, e.g. (id: \"x\", title: \"…\", by: [\"bloc\"], edit: Delete(clause: \"1.1\"))\n    history: [], // what really happened, e.g. (id: \"adopted\", description: \"The report is adopted\", check: Adopted)\n)\n",
        quoted(w.chair),
        quoted(w.phases[0]),
        quoted(w.phases[1]),
        quoted(w.phases[2]),
    );
}
