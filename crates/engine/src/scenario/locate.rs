//! Finds where a value sits in RON text from its path (`blocs[2].delegations[0].id`), so every
//! problem the validator reports points at the exact line and column of the offending value,
//! not at the first place the same text happens to occur.
//!
//! A small tokenizer walks the text: named fields are found at the depth of their struct,
//! list elements are counted at the depth of their list. Comments and strings are skipped
//! correctly; anything the walker does not recognise simply yields no location.

/// 1-based line and column of the value at `path` in `source`, if the path can be followed.
pub fn locate_path(source: &str, path: &str) -> Option<(usize, usize)> {
    locate_path_offset(source, path).map(|o| line_col(source, o))
}

/// Byte offset of the value at `path` in `source`.
pub fn locate_path_offset(source: &str, path: &str) -> Option<usize> {
    let tokens = tokenize(source)?;
    let mut at = 0usize;
    for segment in segments(path)? {
        at = match segment {
            Segment::Field(name) => field(&tokens, at, name)?,
            Segment::Index(i) => element(&tokens, at, i)?,
        };
    }
    Some(tokens.get(at)?.start)
}

/// 1-based line and column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

/// `a.b[2].c` → Field(a), Field(b), Index(2), Field(c).
fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            out.push(Segment::Field(name));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let close = stripped.find(']')?;
            out.push(Segment::Index(stripped[..close].parse().ok()?));
            rest = &stripped[close + 1..];
        }
    }
    Some(out)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Open,
    Close,
    Comma,
    Colon,
    Ident,
    Atom,
}

struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
}

fn tokenize(source: &str) -> Option<Vec<Token<'_>>> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = source[i + 2..].find("*/")?;
                i += 2 + end + 2;
            }
            b'(' | b'[' | b'{' => {
                out.push(tok(Kind::Open, source, start, i + 1));
                i += 1;
            }
            b')' | b']' | b'}' => {
                out.push(tok(Kind::Close, source, start, i + 1));
                i += 1;
            }
            b',' => {
                out.push(tok(Kind::Comma, source, start, i + 1));
                i += 1;
            }
            b':' => {
                out.push(tok(Kind::Colon, source, start, i + 1));
                i += 1;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push(tok(Kind::Atom, source, start, i.min(bytes.len())));
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = source[i + 1..].bytes().take_while(|&b| b == b'#').count();
                let close = format!("\"{}", "#".repeat(hashes));
                let body = i + 1 + hashes + 1;
                let end = source.get(body..)?.find(&close)?;
                i = body + end + close.len();
                out.push(tok(Kind::Atom, source, start, i));
            }
            b'\'' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push(tok(Kind::Atom, source, start, i.min(bytes.len())));
            }
            _ if c.is_ascii_alphabetic() || c == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                out.push(tok(Kind::Ident, source, start, i));
            }
            _ => {
                // Numbers and anything else: up to the next delimiter.
                while i < bytes.len() && !b" \t\r\n,:()[]{}\"".contains(&bytes[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                }
                out.push(tok(Kind::Atom, source, start, i));
            }
        }
    }
    Some(out)
}

fn tok(kind: Kind, source: &str, start: usize, end: usize) -> Token<'_> {
    Token {
        kind,
        text: source.get(start..end).unwrap_or(""),
        start,
    }
}

/// The index of the token that opens the value at `at` (skipping a struct or variant name).
fn opening(tokens: &[Token], at: usize) -> Option<usize> {
    match tokens.get(at)?.kind {
        Kind::Open => Some(at),
        Kind::Ident if tokens.get(at + 1)?.kind == Kind::Open => Some(at + 1),
        _ => None,
    }
}

/// The value of field `name` in the struct whose value starts at `at`.
fn field(tokens: &[Token], at: usize, name: &str) -> Option<usize> {
    let open = opening(tokens, at)?;
    let mut depth = 0usize;
    let mut i = open;
    while i < tokens.len() {
        match tokens[i].kind {
            Kind::Open => depth += 1,
            Kind::Close => {
                depth -= 1;
                if depth == 0 {
                    return None;
                }
            }
            Kind::Ident
                if depth == 1
                    && tokens[i].text == name
                    && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Colon) =>
            {
                return Some(i + 2);
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The `index`th element of the list (or tuple) whose value starts at `at`.
fn element(tokens: &[Token], at: usize, index: usize) -> Option<usize> {
    let open = opening(tokens, at)?;
    let mut depth = 0usize;
    let mut count = 0usize;
    let mut i = open;
    while i < tokens.len() {
        match tokens[i].kind {
            Kind::Open => {
                depth += 1;
                if depth == 1 && count == index && i + 1 < tokens.len() {
                    if tokens[i + 1].kind == Kind::Close {
                        return None;
                    }
                    return Some(i + 1);
                }
            }
            Kind::Close => {
                depth -= 1;
                if depth == 0 {
                    return None;
                }
            }
            Kind::Comma if depth == 1 => {
                count += 1;
                if count == index && tokens.get(i + 1).is_some_and(|t| t.kind != Kind::Close) {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::locate_path;

    const TEXT: &str = r#"(
    meta: (id: "x", title: "A"), // a "comment" with id: "y"
    tags: [(id: "a", label: "A"), (id: "a", label: "B")],
    blocs: [
        (id: "b", rules: [(tag: "a", weight: 1e308)]),
    ],
)"#;

    #[test]
    fn paths_find_their_values() {
        assert_eq!(locate_path(TEXT, "meta.id"), Some((2, 16)));
        assert_eq!(locate_path(TEXT, "tags[1].id"), Some((3, 40)));
        assert_eq!(locate_path(TEXT, "tags[0].label"), Some((3, 29)));
        assert_eq!(locate_path(TEXT, "blocs[0].rules[0].weight"), Some((5, 46)));
        assert_eq!(locate_path(TEXT, "blocs[1]"), None);
        assert_eq!(locate_path(TEXT, "nothing"), None);
    }
}
