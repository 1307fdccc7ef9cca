//! Policy slicing: per (action, server) subsets of the compiled policy set.
//!
//! Cedar evaluates every policy of the set it is given. A policy whose scope
//! names other actions, or a resource under another server, can neither be
//! satisfied nor error for a request (the scope is checked before the
//! condition), so evaluating only the matching slice gives the same decision
//! and diagnostics, faster. Slicing uses only unambiguous scopes:
//! `action == / in [...]`, and `resource == / in Gatehouse::Server::"x"`
//! (also `is T in Server::"x"`); everything else goes to every slice.

use std::collections::HashMap;

use cedar_policy::{ActionConstraint, EntityUid, Policy, PolicySet, ResourceConstraint};

use crate::action::Action;

/// The sliced policy sets.
#[derive(Debug, Default)]
pub(crate) struct Slices {
    /// Per action: policies not bound to one server.
    generic: Vec<PolicySet>,
    /// Per server, per action: generic policies plus that server's.
    by_server: HashMap<String, Vec<PolicySet>>,
}

fn actions_of(p: &Policy) -> Vec<Action> {
    let name = |uid: &EntityUid| Action::from_name(uid.id().unescaped());
    match p.action_constraint() {
        ActionConstraint::Any => Action::ALL.to_vec(),
        ActionConstraint::Eq(uid) => name(&uid).into_iter().collect(),
        ActionConstraint::In(uids) => uids.iter().filter_map(name).collect(),
    }
}

fn server_of(p: &Policy) -> Option<String> {
    let uid = match p.resource_constraint() {
        ResourceConstraint::Eq(uid)
        | ResourceConstraint::In(uid)
        | ResourceConstraint::IsIn(_, uid) => uid,
        ResourceConstraint::Any | ResourceConstraint::Is(_) => return None,
    };
    (uid.type_name().to_string() == "Gatehouse::Server").then(|| uid.id().unescaped().to_string())
}

fn add(set: &mut PolicySet, p: &Policy) {
    // Ids are unique in the source set, so adding cannot fail.
    let _ = set.add(p.clone());
}

impl Slices {
    /// Slices `set`.
    pub(crate) fn new(set: &PolicySet) -> Self {
        let mut generic: Vec<PolicySet> = Action::ALL.iter().map(|_| PolicySet::new()).collect();
        let mut specific: Vec<(Action, String, &Policy)> = Vec::new();
        for p in set.policies() {
            let server = server_of(p);
            for a in actions_of(p) {
                match &server {
                    None => add(&mut generic[a as usize], p),
                    Some(s) => specific.push((a, s.clone(), p)),
                }
            }
        }
        let mut by_server: HashMap<String, Vec<PolicySet>> = HashMap::new();
        for (a, server, p) in specific {
            let slices = by_server.entry(server).or_insert_with(|| generic.clone());
            add(&mut slices[a as usize], p);
        }
        Self { generic, by_server }
    }

    /// The policies that can apply to `action` on a resource of `server`.
    pub(crate) fn get(&self, action: Action, server: &str) -> &PolicySet {
        let slices = self.by_server.get(server).unwrap_or(&self.generic);
        &slices[action as usize]
    }
}
