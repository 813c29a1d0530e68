//! Reading a draft written as plain text or Markdown: headings make sections, numbered (or
//! blank-line separated) paragraphs make paragraphs, sentences make clauses.

use unicode_segmentation::UnicodeSegmentation;

use crate::error::is_blank;

#[derive(Debug, Default, PartialEq)]
pub struct Draft {
    /// The first heading of the file when it comes before any paragraph (the document's).
    pub title: Option<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Default, PartialEq)]
pub struct Section {
    pub title: String,
    /// The 1-based line of its heading (0 for the section made for text before any heading).
    pub line: usize,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, PartialEq)]
pub struct Paragraph {
    pub id: String,
    pub line: usize,
    pub clauses: Vec<String>,
}

/// A heading: `# Title` (Markdown), `A. Title` / `IV. Title` (a letter or roman numeral and a
/// full stop, then a short line without a final full stop), or a short line in capitals.
fn heading(line: &str) -> Option<String> {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix('#') {
        return Some(rest.trim_start_matches('#').trim().to_string()).filter(|s| !is_blank(s));
    }
    let short = t.chars().count() <= 80 && !t.ends_with('.') && !t.ends_with(';');
    if !short || t.is_empty() {
        return None;
    }
    if let Some((mark, rest)) = t.split_once(". ") {
        let roman = mark.chars().all(|c| "IVXLC".contains(c));
        let letter = mark.chars().count() == 1 && mark.chars().all(|c| c.is_ascii_uppercase());
        if (roman || letter) && !is_blank(rest) {
            return Some(t.to_string());
        }
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    (letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())).then(|| t.to_string())
}

/// A paragraph number at the start of a line: `12.`, `12 bis.`, `3)`, `1.` of a Markdown list,
/// `(a)` or `a)` sub-paragraphs; returns the number and the rest of the line.
fn numbered(line: &str) -> Option<(String, &str)> {
    let t = line.trim_start();
    let t = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .unwrap_or(t);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 4 {
        let mut rest = &t[digits..];
        let mut id = t[..digits].to_string();
        for suffix in [" bis", " ter", " quater"] {
            if let Some(r) = rest.strip_prefix(suffix) {
                id.push_str(suffix);
                rest = r;
            }
        }
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((id, r));
        }
        return None;
    }
    let inner = t.strip_prefix('(').unwrap_or(t);
    let letter = inner.chars().next().filter(char::is_ascii_lowercase)?;
    inner[1..]
        .strip_prefix(") ")
        .map(|r| (letter.to_string(), r))
}

/// The sentences of a paragraph, each one clause.
pub fn sentences(text: &str) -> Vec<String> {
    text.unicode_sentences()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect()
}

pub fn read(text: &str) -> Draft {
    let mut draft = Draft::default();
    // Text of the paragraph being read: its number (if written), first line and lines.
    let mut open: Option<(Option<String>, usize, Vec<String>)> = None;
    let mut next_number = 1u32;
    let close = |open: &mut Option<(Option<String>, usize, Vec<String>)>,
                 draft: &mut Draft,
                 next_number: &mut u32| {
        let Some((id, line, lines)) = open.take() else {
            return;
        };
        let clauses = sentences(&lines.join(" "));
        if clauses.is_empty() {
            return;
        }
        let id = id.unwrap_or_else(|| next_number.to_string());
        if let Some(n) = id.split(' ').next().and_then(|n| n.parse::<u32>().ok()) {
            *next_number = n + 1;
        }
        if draft.sections.is_empty() {
            draft.sections.push(Section {
                title: "Text".to_string(),
                line: 0,
                paragraphs: Vec::new(),
            });
        }
        let section = draft.sections.last_mut().expect("a section was just made");
        section.paragraphs.push(Paragraph { id, line, clauses });
    };
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            close(&mut open, &mut draft, &mut next_number);
            continue;
        }
        if let Some(title) = heading(line) {
            close(&mut open, &mut draft, &mut next_number);
            let nothing_yet = draft.sections.iter().all(|s| s.paragraphs.is_empty());
            if draft.title.is_none() && nothing_yet && line.trim_start().starts_with("# ") {
                draft.title = Some(title);
            } else {
                draft.sections.push(Section {
                    title,
                    line: n,
                    paragraphs: Vec::new(),
                });
            }
            continue;
        }
        if let Some((id, rest)) = numbered(line) {
            close(&mut open, &mut draft, &mut next_number);
            open = Some((Some(id), n, vec![rest.to_string()]));
            continue;
        }
        match &mut open {
            Some((_, _, lines)) => lines.push(line.trim().to_string()),
            None => open = Some((None, n, vec![line.trim().to_string()])),
        }
    }
    close(&mut open, &mut draft, &mut next_number);
    draft.sections.retain(|s| !s.paragraphs.is_empty());
    draft
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_numbers_and_sentences() {
        let d = read(
            "# Outcome of the meeting\n\nA. Finance\n\n1. Parties note the gap. They urge donors,\ne.g. banks, to act.\n2 bis. Parties agree.\n\nII. Technology\n\nA paragraph without a number.\n\n(a) a sub-paragraph;\n",
        );
        assert_eq!(d.title.as_deref(), Some("Outcome of the meeting"));
        assert_eq!(d.sections.len(), 2);
        assert_eq!(d.sections[0].title, "A. Finance");
        let p = &d.sections[0].paragraphs;
        assert_eq!(p[0].id, "1");
        assert_eq!(
            p[0].clauses,
            [
                "Parties note the gap.",
                "They urge donors, e.g. banks, to act."
            ]
        );
        assert_eq!(p[1].id, "2 bis");
        let q = &d.sections[1].paragraphs;
        assert_eq!((q[0].id.as_str(), q[0].line), ("3", 11));
        assert_eq!(q[1].id, "a");
    }
}
