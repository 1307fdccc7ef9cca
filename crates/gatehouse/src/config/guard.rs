//! Compiling the `guard` section: action tables checked category by category.

use std::collections::BTreeMap;

use gateway::settings::GuardSettings;
use guard::{Action, Actions, Category};

use super::Errors;
use super::raw::RawGuard;

/// The guard's runtime settings.
pub(super) fn compile_guard(raw: &RawGuard, errors: &mut Errors) -> GuardSettings {
    // Look-alike and duplicate names are recorded, not blocked, unless the operator says so:
    // the same server deployed twice is common, and the aggregate namespaces names anyway.
    let mut actions = Actions::default().with(Category::LookAlike, Action::Flag);
    for (category, action) in table(&raw.actions, "guard.actions", errors) {
        actions = actions.with(category, action);
    }
    let servers = raw
        .servers
        .iter()
        .map(|(server, overrides)| {
            let path = format!("guard.servers.{server}");
            let table = table(overrides, &path, errors);
            let overrides = table
                .into_iter()
                .fold(Actions::none(), |a, (c, action)| a.with(c, action));
            (server.clone(), overrides)
        })
        .collect();
    for (tool, tags) in &raw.tags {
        for tag in tags {
            let known = ["private", "untrusted", "outbound"];
            if !known.contains(&tag.trim_start_matches("no-")) {
                errors.push(
                    format!("guard.tags.{tool}"),
                    format!("unknown tag `{tag}` (use private, untrusted, outbound, or no-...)"),
                );
            }
        }
    }
    for (tool, hash) in &raw.reviewed {
        if !tool.contains("__") {
            errors.push(
                format!("guard.reviewed.{tool}"),
                "not a namespaced tool name (use server__tool)",
            );
        }
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            errors.push(
                format!("guard.reviewed.{tool}"),
                "not a definition hash (64 hex digits, as shown for a held-back tool)",
            );
        }
    }
    GuardSettings {
        enabled: raw.enabled.unwrap_or(true),
        actions,
        servers,
        tags: raw
            .tags
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        reviewed: raw
            .reviewed
            .iter()
            .map(|(tool, hash)| (tool.clone(), hash.to_ascii_lowercase()))
            .collect(),
        pins: raw.pins.unwrap_or(true),
    }
}

fn table(
    raw: &BTreeMap<String, String>,
    path: &str,
    errors: &mut Errors,
) -> Vec<(Category, Action)> {
    let mut out = Vec::new();
    for (category, action) in raw {
        let parsed_category = category.parse::<Category>();
        let parsed_action =
            serde_json::from_value::<Action>(serde_json::Value::from(action.clone()));
        match (parsed_category, parsed_action) {
            (Ok(c), Ok(a)) => out.push((c, a)),
            (Err(_), _) => errors.push(format!("{path}.{category}"), "unknown finding category"),
            (_, Err(_)) => errors.push(
                format!("{path}.{category}"),
                format!("unknown action `{action}` (use block, redact, flag or off)"),
            ),
        }
    }
    out
}
