//! BibTeX, read with the `biblatex` crate (it resolves `@string`s, strips
//! braces and decodes LaTeX accents).
//!
//! One malformed entry makes `biblatex` reject a whole file, so a file that
//! does not parse whole is split at each `@` that starts a line and every
//! entry is parsed alone (with the file's `@string` definitions before it):
//! a bad entry is reported and skipped, not the bibliography.

use biblatex::{Bibliography, ChunksRef, Person};

use super::{CatalogProblem, CatalogTitle, Sink, line_of};

fn chunks_text(chunks: ChunksRef<'_>) -> String {
    latex_to_text(&chunks.iter().map(|chunk| chunk.v.get()).collect::<String>())
}

/// What biblatex leaves of LaTeX in a field, made plain: formatting commands
/// (`\\emph{in vivo}`, `\\texttt{Davos}`) keep their argument, symbol
/// commands keep their name (`$\\beta$` → `beta`), escaped punctuation its
/// character; braces, `$` and TeX quotes go.
pub(crate) fn latex_to_text(text: &str) -> String {
    const DROPPED: &[&str] = &[
        "em",
        "it",
        "bf",
        "sc",
        "rm",
        "tt",
        "sl",
        "sf",
        "normalfont",
        "relax",
        "protect",
    ];
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => {
                let mut name = String::new();
                while let Some(&next) = chars.peek() {
                    if !next.is_ascii_alphabetic() {
                        break;
                    }
                    name.push(next);
                    chars.next();
                }
                if name.is_empty() {
                    // `\&`, `\%`: the character itself; `\{` and `\}`
                    // delimit math groups in what biblatex leaves: dropped.
                    if let Some(next) = chars.next().filter(|next| !matches!(next, '{' | '}')) {
                        out.push(next);
                    }
                } else if chars.peek() == Some(&'{') {
                    // `\emph{…}`: the argument stays, the command goes.
                } else if DROPPED.contains(&name.as_str()) {
                    // `{\em noise}`: the switch and the space after it go.
                    if chars.peek() == Some(&' ') {
                        chars.next();
                    }
                } else {
                    out.push_str(&name);
                }
            }
            '{' | '}' | '$' => {}
            '~' => out.push(' '),
            '`' if chars.peek() == Some(&'`') => {
                chars.next();
                out.push('"');
            }
            '\'' if chars.peek() == Some(&'\'') => {
                chars.next();
                out.push('"');
            }
            _ => out.push(ch),
        }
    }
    out
}

fn titles_of(bibliography: &Bibliography, text: &str, out: &mut Sink<'_>) {
    // Entries come in file order; each is found by its key after the
    // previous one (biblatex keeps no entry positions).
    let mut search_from = 0;
    let mut line = 1;
    for entry in bibliography.iter() {
        let needle = format!("{},", entry.key);
        if let Some(found) = text[search_from..].find(&needle) {
            line += text[search_from..search_from + found]
                .bytes()
                .filter(|&b| b == b'\n')
                .count();
            search_from += found;
        }
        let Some(title) = entry.get("title") else {
            out.problem(CatalogProblem {
                line,
                message: format!("entry `{}` has no title; skipped", entry.key),
            });
            continue;
        };
        let Some(mut title) = CatalogTitle::new(chunks_text(title), line) else {
            continue;
        };
        if let Ok(people) = entry.get_as::<Vec<Person>>("author") {
            title.authors = people
                .iter()
                .map(|person| {
                    if person.given_name.is_empty() {
                        person.name.clone()
                    } else {
                        format!("{} {}", person.given_name, person.name)
                    }
                })
                .collect();
        }
        title.year = entry
            .get("year")
            .map(chunks_text)
            .and_then(|year| year.trim().get(..4).and_then(|y| y.parse().ok()))
            .or_else(|| {
                entry
                    .get("date")
                    .map(chunks_text)
                    .and_then(|date| date.trim().get(..4).and_then(|y| y.parse().ok()))
            });
        title.venue = ["journal", "journaltitle", "booktitle", "publisher"]
            .iter()
            .find_map(|field| entry.get(field).map(chunks_text));
        out.title(title);
    }
}

pub(super) fn load(text: &str, out: &mut Sink<'_>) {
    if let Ok(bibliography) = Bibliography::parse(text) {
        titles_of(&bibliography, text, out);
        return;
    }
    // Split into entries at `@` starting a line.
    let mut starts: Vec<usize> = text
        .match_indices('@')
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
        .collect();
    starts.push(text.len());
    let strings: String = starts
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|chunk| {
            chunk
                .get(..7)
                .is_some_and(|head| head.eq_ignore_ascii_case("@string"))
        })
        .collect();
    for window in starts.windows(2) {
        let chunk = &text[window[0]..window[1]];
        let head = chunk.get(..9).unwrap_or(chunk).to_ascii_lowercase();
        if head.starts_with("@string")
            || head.starts_with("@preamble")
            || head.starts_with("@comment")
        {
            continue;
        }
        let source = format!("{strings}{chunk}");
        match Bibliography::parse(&source) {
            Ok(bibliography) => {
                let line = line_of(text, window[0]);
                let mut problems = {
                    let mut each = |mut title: CatalogTitle| {
                        title.line = line;
                        out.title(title);
                    };
                    let mut one = Sink {
                        each: &mut each,
                        problems: Vec::new(),
                    };
                    titles_of(&bibliography, &source, &mut one);
                    one.problems
                };
                for problem in &mut problems {
                    problem.line = line;
                }
                out.problems.extend(problems);
            }
            Err(error) => {
                let key = chunk
                    .split(['{', '('])
                    .nth(1)
                    .and_then(|rest| rest.split(',').next())
                    .unwrap_or("?")
                    .trim();
                out.problem(CatalogProblem {
                    line: line_of(text, window[0]),
                    message: format!(
                        "entry `{key}` is not valid BibTeX ({}); skipped",
                        error.kind
                    ),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn latex_becomes_plain_text() {
        use super::latex_to_text;
        assert_eq!(
            latex_to_text(r"\texttt{Davos}: A Python package ``smuggler''"),
            "Davos: A Python package \"smuggler\""
        );
        assert_eq!(
            latex_to_text(r"oscillatory \{beta\} activity, \emph{in vivo} \& more"),
            "oscillatory beta activity, in vivo & more"
        );
        assert_eq!(
            latex_to_text(r"Brownian $1/{F}^2$ {\em noise}"),
            "Brownian 1/F^2 noise"
        );
    }
}
