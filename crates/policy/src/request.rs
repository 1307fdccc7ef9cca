//! Building Cedar entities and context directly from Gatehouse types.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::{Mutex, PoisonError};

use cedar_policy::{
    Context, Entities, Entity, EntityId, EntityTypeName, EntityUid, RestrictedExpression,
};
use serde_json::{Map, Value};

use crate::action::{ResourceKind, ResourceRef};
use crate::convert::{argument_to_expr, typed_to_expr};
use crate::error::PolicyError;
use crate::principal::Principal;
use crate::schema::{AttrType, RESERVED_AGENT_ATTRS};

/// Session taint flags the gateway tracks per session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionFlags {
    /// The session has seen content from an untrusted source.
    #[serde(default)]
    pub untrusted_content: bool,
    /// The session has seen private data.
    #[serde(default)]
    pub private_data: bool,
}

/// Per-request facts (Cedar `context`). Borrowed so that the gateway does not
/// clone the call's arguments.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallContext<'a> {
    /// The call's arguments (`context.arguments`; only declared names are used).
    pub arguments: Option<&'a Map<String, Value>>,
    /// Client address (`context.client_ip`, absent for stdio clients).
    pub client_ip: Option<IpAddr>,
    /// Unix seconds (`context.time`); `context.hour` is its UTC hour (0-23).
    pub time: i64,
    /// Session flags (`context.session`).
    pub session: SessionFlags,
    /// Guard finding categories so far (`context.findings`).
    pub findings: &'a [String],
}

/// Pre-parsed entity type names.
#[derive(Debug)]
pub(crate) struct Types {
    agent: EntityTypeName,
    user: EntityTypeName,
    role: EntityTypeName,
    tenant: EntityTypeName,
    server: EntityTypeName,
    tool: EntityTypeName,
    prompt: EntityTypeName,
    resource: EntityTypeName,
    action: EntityTypeName,
}

fn ty(name: &str) -> EntityTypeName {
    #[allow(clippy::expect_used)]
    EntityTypeName::from_str(&format!("Gatehouse::{name}")).expect("static type name")
}

fn uid(t: &EntityTypeName, id: &str) -> EntityUid {
    EntityUid::from_type_name_and_id(t.clone(), EntityId::new(id))
}

fn req_err(e: impl std::fmt::Display) -> PolicyError {
    PolicyError::Request(e.to_string())
}

impl Types {
    pub(crate) fn new() -> Self {
        Self {
            agent: ty("Agent"),
            user: ty("User"),
            role: ty("Role"),
            tenant: ty("Tenant"),
            server: ty("Server"),
            tool: ty("Tool"),
            prompt: ty("Prompt"),
            resource: ty("Resource"),
            action: ty("Action"),
        }
    }

    /// `Gatehouse::Action::"<name>"`.
    pub(crate) fn action(&self, name: &str) -> EntityUid {
        uid(&self.action, name)
    }

    /// Parents of the agent and user: roles and tenant.
    fn parents(&self, p: &Principal) -> HashSet<EntityUid> {
        let mut parents: HashSet<EntityUid> = p.roles.iter().map(|r| uid(&self.role, r)).collect();
        if let Some(t) = &p.tenant {
            parents.insert(uid(&self.tenant, t));
        }
        parents
    }

    /// Agent (and user) entities; returns the agent uid.
    pub(crate) fn principal_entities(
        &self,
        p: &Principal,
        declared: &BTreeMap<String, AttrType>,
        out: &mut Vec<Entity>,
    ) -> Result<EntityUid, PolicyError> {
        let parents = self.parents(p);
        let mut attrs = HashMap::new();
        attrs.insert(
            "name".to_string(),
            RestrictedExpression::new_string(p.agent.clone()),
        );
        if let Some(user) = &p.user {
            let user_uid = uid(&self.user, user);
            let user_attrs = HashMap::from([(
                "name".to_string(),
                RestrictedExpression::new_string(user.clone()),
            )]);
            out.push(Entity::new(user_uid.clone(), user_attrs, parents.clone()).map_err(req_err)?);
            attrs.insert(
                "user".to_string(),
                RestrictedExpression::new_entity_uid(user_uid),
            );
        }
        for (name, ty) in declared {
            if RESERVED_AGENT_ATTRS.contains(&name.as_str()) {
                continue;
            }
            if let Some(expr) = p.attributes.get(name).and_then(|v| typed_to_expr(*ty, v)) {
                attrs.insert(name.clone(), expr);
            }
        }
        let agent = uid(&self.agent, &p.agent);
        out.push(Entity::new(agent.clone(), attrs, parents).map_err(req_err)?);
        Ok(agent)
    }

    /// The resource entity (with its server parent); returns its uid.
    pub(crate) fn resource_entity(
        &self,
        r: &ResourceRef,
        out: &mut Vec<Entity>,
    ) -> Result<EntityUid, PolicyError> {
        let server = uid(&self.server, &r.server);
        let t = match r.kind {
            ResourceKind::Server => return Ok(server),
            ResourceKind::Tool => &self.tool,
            ResourceKind::Prompt => &self.prompt,
            ResourceKind::Resource => &self.resource,
        };
        let id = uid(t, &format!("{}/{}", r.server, r.name));
        let attrs = HashMap::from([
            (
                "name".to_string(),
                RestrictedExpression::new_string(r.name.clone()),
            ),
            (
                "server".to_string(),
                RestrictedExpression::new_string(r.server.clone()),
            ),
        ]);
        out.push(Entity::new(id.clone(), attrs, HashSet::from([server])).map_err(req_err)?);
        Ok(id)
    }
}

/// Builds the entity store from the entities of one request.
pub(crate) fn entities(list: Vec<Entity>) -> Result<Entities, PolicyError> {
    Entities::from_entities(list, None).map_err(req_err)
}

/// Cache of `ip("...")` expressions: cedar's `RestrictedExpression::new_ip`
/// re-parses the extension function name on every call, which was ~15% of
/// request building; client addresses repeat, so cache them (bounded).
#[derive(Debug, Default)]
pub(crate) struct IpCache(Mutex<HashMap<IpAddr, RestrictedExpression>>);

const IP_CACHE_MAX: usize = 4096;

impl IpCache {
    fn get(&self, ip: IpAddr) -> RestrictedExpression {
        let mut map = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = map.get(&ip) {
            return e.clone();
        }
        if map.len() >= IP_CACHE_MAX {
            map.clear();
        }
        let e = RestrictedExpression::new_ip(ip.to_string());
        map.insert(ip, e.clone());
        e
    }
}

/// Builds `context` (see the schema's `RequestContext`).
pub(crate) fn context(
    ctx: &CallContext<'_>,
    server: &str,
    declared_args: &BTreeMap<String, AttrType>,
    listing: bool,
    ips: &IpCache,
) -> Result<Context, PolicyError> {
    let mut args = Vec::new();
    for (name, ty) in declared_args {
        let Some(v) = ctx.arguments.and_then(|a| a.get(name)) else {
            continue;
        };
        match argument_to_expr(*ty, v) {
            Ok(Some(expr)) => args.push((name.clone(), expr)),
            Ok(None) => {}
            Err(expected) => {
                return Err(PolicyError::ArgumentType(format!(
                    "argument `{name}` must be {expected} (policy.arguments declares it `{}`)",
                    ty.cedar()
                )));
            }
        }
    }
    let arguments = RestrictedExpression::new_record(args).map_err(req_err)?;
    let session = RestrictedExpression::new_record([
        (
            "untrusted_content".to_string(),
            RestrictedExpression::new_bool(ctx.session.untrusted_content),
        ),
        (
            "private_data".to_string(),
            RestrictedExpression::new_bool(ctx.session.private_data),
        ),
    ])
    .map_err(req_err)?;
    let findings = RestrictedExpression::new_set(
        ctx.findings
            .iter()
            .map(|f| RestrictedExpression::new_string(f.clone())),
    );
    let mut pairs = vec![
        ("arguments".to_string(), arguments),
        ("time".to_string(), RestrictedExpression::new_long(ctx.time)),
        (
            "hour".to_string(),
            RestrictedExpression::new_long(ctx.time.rem_euclid(86_400) / 3_600),
        ),
        ("session".to_string(), session),
        ("findings".to_string(), findings),
        (
            "server".to_string(),
            RestrictedExpression::new_string(server.to_string()),
        ),
        (
            "listing".to_string(),
            RestrictedExpression::new_bool(listing),
        ),
    ];
    if let Some(ip) = ctx.client_ip {
        pairs.push(("client_ip".to_string(), ips.get(ip)));
    }
    Context::from_pairs(pairs).map_err(req_err)
}
