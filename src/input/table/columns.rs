//! Which column of a table feeds which record field.

use crate::vocabulary::schema::{alias_key, field_by_alias, ALIASES};

/// Fields that hold text to check, as opposed to facts.
const TEXT_FIELDS: &[&str] = &["name", "name_en", "business_scope"];

/// The text field a header names, if it names one (`经营范围`, `Business Scope` …).
pub fn text_field_of(header: &str) -> Option<&'static str> {
    field_by_alias(header).filter(|field| TEXT_FIELDS.contains(field))
}

/// Which column feeds which record field.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    /// (field, column index, header as written)
    pub mapped: Vec<(String, usize, String)>,
}

impl Columns {
    /// Maps headers to fields: explicit `FIELD=HEADER` choices first, then known names.
    pub fn resolve(headers: &[String], explicit: &[(String, String)]) -> Result<Columns, String> {
        let mut mapped: Vec<(String, usize, String)> = Vec::new();
        for (field, header) in explicit {
            let index = headers
                .iter()
                .position(|h| h == header || alias_key(h) == alias_key(header))
                .or_else(|| {
                    header
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n >= 1 && *n <= headers.len())
                        .map(|n| n - 1)
                })
                .ok_or_else(|| {
                    format!(
                        "no column `{header}` for {field}; the header has: {}",
                        headers.join(", ")
                    )
                })?;
            mapped.retain(|(f, _, _)| f != field);
            mapped.push((field.clone(), index, headers[index].clone()));
        }
        for (field, names) in ALIASES {
            if mapped.iter().any(|(f, _, _)| f == field) {
                continue;
            }
            let keys: Vec<String> = names.iter().map(|n| alias_key(n)).collect();
            let found: Vec<(usize, &String)> = headers
                .iter()
                .enumerate()
                .filter(|(i, h)| {
                    keys.contains(&alias_key(h)) && !mapped.iter().any(|(_, j, _)| j == i)
                })
                .collect();
            // Every column that holds a name or a scope is checked (a former name beside the
            // current one); a fact is read from its first column.
            let take = if TEXT_FIELDS.contains(field) {
                found.len()
            } else {
                1
            };
            for (index, header) in found.into_iter().take(take) {
                mapped.push((field.to_string(), index, header.clone()));
            }
        }
        if !mapped
            .iter()
            .any(|(f, _, _)| matches!(f.as_str(), "name" | "name_en" | "business_scope"))
        {
            return Err(format!(
                "no column holds a name or business scope; the header has: {}. Name them with --name-col, --scope-col or --col FIELD=HEADER",
                headers.join(", ")
            ));
        }
        Ok(Columns { mapped })
    }

    /// Which column each field comes from, in `lang`: `name ← 企业名称`, `名称 ← 企业名称`.
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        self.mapped
            .iter()
            .map(|(field, _, header)| {
                let field = match lang {
                    crate::lang::Lang::En => field.as_str(),
                    crate::lang::Lang::Zh => crate::vocabulary::schema::label(field, lang),
                };
                format!("{field} ← {header}")
            })
            .collect::<Vec<_>>()
            .join(lang.pick(", ", "，"))
    }

    /// The first column mapped to `field`, if any.
    pub fn index_of(&self, field: &str) -> Option<usize> {
        self.mapped
            .iter()
            .find(|(f, _, _)| f == field)
            .map(|(_, i, _)| *i)
    }
}
