//! CSL-JSON: an array of items with `title`, `author` (`family` / `given` /
//! `literal`), `issued.date-parts` and `container-title`.

use serde::Deserialize;

use super::{CatalogProblem, CatalogTitle, Sink, line_of};

#[derive(Deserialize)]
struct Item {
    title: Option<serde_json::Value>,
    #[serde(default)]
    author: Vec<Name>,
    issued: Option<Issued>,
    #[serde(rename = "container-title")]
    container_title: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Name {
    family: Option<String>,
    given: Option<String>,
    literal: Option<String>,
}

#[derive(Deserialize)]
struct Issued {
    #[serde(rename = "date-parts", default)]
    date_parts: Vec<Vec<serde_json::Value>>,
}

fn text_of(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Array(items) => items.first().and_then(text_of),
        _ => None,
    }
}

pub(super) fn load(text: &str, out: &mut Sink<'_>) {
    let items: Vec<serde_json::Value> = match serde_json::from_str(text) {
        Ok(serde_json::Value::Array(items)) => items,
        Ok(_) => {
            out.problem(CatalogProblem {
                line: 1,
                message: "CSL-JSON must be an array of items".to_owned(),
            });
            return;
        }
        Err(error) => {
            out.problem(CatalogProblem {
                line: error.line(),
                message: format!("invalid JSON: {error}"),
            });
            return;
        }
    };
    // serde_json does not keep positions of values; find each item's line by
    // its title's first occurrence after the previous one.
    let mut search_from = 0;
    for (index, value) in items.into_iter().enumerate() {
        let item: Item = match serde_json::from_value(value) {
            Ok(item) => item,
            Err(error) => {
                out.problem(CatalogProblem {
                    line: line_of(text, search_from),
                    message: format!("item {}: {error}", index + 1),
                });
                continue;
            }
        };
        let Some(title) = item.title.as_ref().and_then(text_of) else {
            out.problem(CatalogProblem {
                line: line_of(text, search_from),
                message: format!("item {} has no title", index + 1),
            });
            continue;
        };
        let needle = serde_json::to_string(&title).unwrap_or_default();
        let at = text[search_from..]
            .find(&needle)
            .map_or(search_from, |found| search_from + found);
        search_from = at;
        let Some(mut entry) = CatalogTitle::new(title, line_of(text, at)) else {
            continue;
        };
        entry.authors = item
            .author
            .iter()
            .filter_map(|name| match (&name.literal, &name.family, &name.given) {
                (Some(literal), _, _) => Some(literal.clone()),
                (None, Some(family), Some(given)) => Some(format!("{given} {family}")),
                (None, Some(family), None) => Some(family.clone()),
                _ => None,
            })
            .collect();
        entry.year = item
            .issued
            .as_ref()
            .and_then(|issued| issued.date_parts.first())
            .and_then(|parts| parts.first())
            .and_then(|year| {
                year.as_u64()
                    .or_else(|| year.as_str().and_then(|s| s.parse().ok()))
            })
            .and_then(|year| u16::try_from(year).ok());
        entry.venue = item.container_title.as_ref().and_then(text_of);
        out.title(entry);
    }
}
