//! `zero-draft new`, run as an author would: a plain-text draft becomes a scenario that
//! validates and plays.

use super::cli::{scratch, zero_draft};

const DRAFT: &str = "DRAFT OUTCOME OF THE WORKING GROUP

A. Existing and potential threats

1. States expressed concern about malicious ICT activity against critical infrastructure, including healthcare facilities. They noted the growing threat of ransomware.

2. States stressed the importance of data security for international peace and security.

B. Capacity-building

3. States underlined that capacity-building should be demand-driven, e.g. tailored to national needs,
and respect human rights and fundamental freedoms.

3 bis. States welcomed voluntary contributions to a new fund.

A closing paragraph with no number, to be numbered after the last.
";

#[test]
fn a_plain_text_draft_becomes_a_scenario_that_validates_and_plays_twenty_games() {
    let draft = scratch("new-draft.txt");
    std::fs::write(&draft, DRAFT).unwrap();
    let out = scratch("new-room.ron");
    let _ = std::fs::remove_file(&out);
    let (ok, _, err) = zero_draft(&[
        "new",
        &draft,
        "--out",
        &out,
        "--states",
        "us,cn,ru,br,za,fr,in",
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("zero-draft check"), "{err}");
    let source = std::fs::read_to_string(&out).unwrap();
    // Sections from the headings, paragraphs from the numbers, clauses from the sentences.
    assert!(source.contains("title: \"A. Existing and potential threats\""));
    assert!(source.contains("(id: \"3 bis\""));
    assert!(
        source.contains("(id: \"4\""),
        "the unnumbered paragraph follows 3 bis"
    );
    assert!(source.contains("(text: \"They noted the growing threat of ransomware.\""));
    assert!(source.contains("demand-driven, e.g. tailored to national needs, and respect"));
    // The lexicon's suggested tags, and the states in their regional groups.
    assert!(
        source.contains("tags: [\"critical_infrastructure\"]")
            || source.contains("\"critical_infrastructure\"")
    );
    assert!(source.contains("(id: \"ru\", name: \"Russian Federation\""));
    assert!(source.contains("name: \"Eastern European Group\""));
    let (ok, stdout, err) = zero_draft(&["validate", &out]);
    assert!(ok, "{err}");
    assert!(stdout.contains("ok —"), "{stdout}");
    let (ok, stdout, err) = zero_draft(&["simulate", &out, "--runs", "20", "--json"]);
    assert!(ok, "{err}");
    let stats: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(stats["runs"], 20);
    // It never overwrites, and says why.
    let (ok, _, err) = zero_draft(&["new", &draft, "--out", &out]);
    assert!(!ok && err.contains("already exists"), "{err}");
    // A state that is not one, and a file with no paragraphs, are refused with the reason.
    let (ok, _, err) = zero_draft(&["new", &draft, "--states", "us,xx"]);
    assert!(!ok && err.contains("`xx`"), "{err}");
    let (ok, _, err) = zero_draft(&["new", &draft, "--states", "us"]);
    assert!(!ok && err.contains("two at least"), "{err}");
    // A French draft makes a French room: the starter lexicon's French labels and phrases,
    // and the Chair and phases in French.
    let brouillon = scratch("brouillon.txt");
    std::fs::write(
        &brouillon,
        "A. Financement\n\n1. Les Parties demandent le transfert de technologie et le financement.\n",
    )
    .unwrap();
    let (ok, source, err) =
        zero_draft(&["new", &brouillon, "--language", "fr", "--states", "fr,sn"]);
    assert!(ok, "{err}");
    assert!(
        source.contains("label: \"le transfert de technologie\""),
        "{source}"
    );
    assert!(source.contains("name: \"Le Président\""), "{source}");
    assert!(source.contains("language: \"fr\""), "{source}");
    let empty = scratch("new-empty.txt");
    std::fs::write(&empty, "\n\n   \n").unwrap();
    let (ok, _, err) = zero_draft(&["new", &empty]);
    assert!(!ok && err.contains("no paragraphs"), "{err}");
}
