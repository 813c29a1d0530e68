//! Clause-level edits and tracked changes.

use zero_draft_engine::document::{Document, Span, tracked_changes};
use zero_draft_engine::scenario::EditSpec;

use super::tutorial;

#[test]
fn every_kind_of_edit_applies_and_is_tracked() {
    let m = tutorial();
    let zero = Document::zero_draft(&m);
    let mut doc = zero.clone();
    doc.apply(
        &m,
        &EditSpec::Replace {
            clause: "22.1".into(),
            text: "States recommended an intergovernmental process.".into(),
            tags: vec![],
        },
    )
    .unwrap();
    doc.apply(
        &m,
        &EditSpec::Delete {
            clause: "9.1".into(),
        },
    )
    .unwrap();
    doc.apply(
        &m,
        &EditSpec::Insert {
            paragraph: "8".into(),
            after: Some("8.1".into()),
            text: "Energy matters.".into(),
            tags: vec![],
        },
    )
    .unwrap();
    doc.apply(
        &m,
        &EditSpec::Move {
            paragraph: "10".into(),
            to_section: "dialogue".into(),
        },
    )
    .unwrap();
    doc.apply(
        &m,
        &EditSpec::NewParagraph {
            section: "norms".into(),
            id: "17 bis".into(),
            after: Some("16".into()),
            text: "A new one.".into(),
            tags: vec![],
        },
    )
    .unwrap();

    let intergov = m.tag("intergovernmental").unwrap();
    assert_eq!(
        doc.clause("22.1").unwrap().tags,
        vec![intergov],
        "the lexicon reads the new wording"
    );
    assert!(doc.clause("9.1").is_none());
    let (s, p) = doc.find_paragraph("8").unwrap();
    assert_eq!(
        doc.sections[s].paragraphs[p].clauses[1].text,
        "Energy matters."
    );
    assert_eq!(
        doc.sections[doc.find_paragraph("10").unwrap().0].id,
        "dialogue"
    );
    let (s, p) = doc.find_paragraph("17 bis").unwrap();
    assert_eq!(doc.sections[s].paragraphs[p - 1].id, "16");

    let diffs = tracked_changes(&zero, &doc);
    let para = |id: &str| diffs.iter().find(|d| d.paragraph == id).unwrap();
    assert!(
        para("22")
            .spans
            .iter()
            .any(|(k, t)| *k == Span::Deleted && t.contains("state-led"))
    );
    assert!(
        para("22")
            .spans
            .iter()
            .any(|(k, t)| *k == Span::Inserted && t.contains("intergovernmental"))
    );
    assert!(para("9").spans.iter().all(|(k, _)| *k == Span::Deleted));
    assert_eq!(para("10").moved_from.as_deref(), Some("threats"));
    assert!(
        para("17 bis")
            .spans
            .iter()
            .all(|(k, _)| *k == Span::Inserted)
    );
    assert!(!para("15").changed());
}

#[test]
fn a_failed_edit_leaves_the_text_unchanged() {
    let m = tutorial();
    let mut doc = Document::zero_draft(&m);
    let before = doc.clone();
    for bad in [
        EditSpec::Delete {
            clause: "nope".into(),
        },
        EditSpec::Insert {
            paragraph: "8".into(),
            after: Some("9.1".into()),
            text: "x".into(),
            tags: vec![],
        },
        EditSpec::Replace {
            clause: "8.1".into(),
            text: doc.clause("8.1").unwrap().text.clone().into(),
            tags: vec![],
        },
        EditSpec::Move {
            paragraph: "8".into(),
            to_section: "nowhere".into(),
        },
        EditSpec::NewParagraph {
            section: "norms".into(),
            id: "8".into(),
            after: None,
            text: "dup".into(),
            tags: vec![],
        },
        EditSpec::Insert {
            paragraph: "8".into(),
            after: None,
            text: "x".repeat(5000).into(),
            tags: vec![],
        },
    ] {
        assert!(doc.apply(&m, &bad).is_err(), "{bad:?}");
        assert_eq!(doc, before);
    }
}
