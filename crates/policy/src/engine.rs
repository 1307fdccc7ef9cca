//! The authorization engine: a compiled policy set plus the generated schema.
//!
//! Decision rules, in order:
//! 1. If a `forbid` policy fails to evaluate (e.g. a type mismatch on an
//!    argument), the request is denied: forbids fail closed. (Not in listing
//!    mode, see [`Engine::visible`].)
//! 2. Cedar's decision. A deny with no determining policy means no permit matched.
//! 3. Approval convention: an allow whose determining permits include one
//!    annotated `@approval("required")` becomes [`Effect::NeedsApproval`]
//!    (any one suffices, even if another, unannotated permit also matched).
//!
//! `@reason("...")` annotations of determining policies are copied into
//! [`Decision::reasons`].

use cedar_policy::{
    AuthorizationError, Authorizer, Decision as CedarDecision, EntityUid, PolicyId, Request,
    Response, Schema,
};
use serde::{Deserialize, Serialize};

use crate::action::{Action, ResourceKind, ResourceRef};
use crate::compile::{Compiled, compile};
use crate::error::PolicyError;
use crate::principal::Principal;
use crate::request::{CallContext, IpCache, Types, context, entities};
use crate::schema::{PolicyConfig, RESERVED_AGENT_ATTRS, generate_schema};
use crate::slice::Slices;

/// Outcome of an authorization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Go ahead.
    Allow,
    /// Refuse.
    Deny,
    /// Allowed once a human approves (see the module docs).
    NeedsApproval,
}

/// An authorization decision and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The effect.
    pub effect: Effect,
    /// Determining policy ids (`@id` annotation or `<file>#policyN`).
    pub policy_ids: Vec<String>,
    /// Human-readable reasons: `@reason` annotations, evaluation errors, defaults.
    pub reasons: Vec<String>,
}

impl Decision {
    fn deny(reason: String) -> Self {
        Self {
            effect: Effect::Deny,
            policy_ids: Vec::new(),
            reasons: vec![reason],
        }
    }

    /// For a call refused because an argument did not fit its declared type: why, in words
    /// the caller may see (`argument `limit` must be ...`). Other denials say nothing a
    /// caller should learn of the policies.
    pub fn invalid_argument(&self) -> Option<&str> {
        (self.effect == Effect::Deny)
            .then(|| {
                self.reasons
                    .iter()
                    .find_map(|r| r.strip_prefix(INVALID_ARGUMENT))
            })
            .flatten()
    }
}

/// How the reason of a refusal for an argument of the wrong type starts (the `Display` of
/// [`crate::PolicyError::ArgumentType`]).
const INVALID_ARGUMENT: &str = "invalid argument: ";

/// Policy id reported by [`Engine::permit_all`].
pub const DEFAULT_PERMIT_ID: &str = "default-permit";

/// Compiled policies ready to answer requests. Immutable; share behind `Arc`.
#[derive(Debug)]
pub struct Engine {
    config: PolicyConfig,
    schema_text: String,
    compiled: Compiled,
    permit_all: bool,
    authorizer: Authorizer,
    types: Types,
    actions: Vec<EntityUid>,
    ips: IpCache,
    slices: Slices,
}

impl Engine {
    /// Generates the schema from `config` and compiles `files` (name, text)
    /// against it. All parse and validation problems are reported at once.
    pub fn new(config: PolicyConfig, files: &[(&str, &str)]) -> Result<Self, PolicyError> {
        if let Some(bad) = RESERVED_AGENT_ATTRS
            .iter()
            .find(|r| config.principal_attributes.contains_key(**r))
        {
            return Err(PolicyError::Schema(format!(
                "principal attribute {bad:?} is reserved"
            )));
        }
        let schema_text = generate_schema(&config);
        let (schema, _warnings) = Schema::from_cedarschema_str(&schema_text)
            .map_err(|e| PolicyError::Schema(e.to_string()))?;
        let compiled = compile(files, &schema)?;
        Ok(Self::assemble(config, schema_text, compiled, false))
    }

    /// An engine that allows everything (used when no policies are
    /// configured); decisions name the policy `default-permit`.
    pub fn permit_all() -> Self {
        let config = PolicyConfig::default();
        let schema_text = generate_schema(&config);
        Self::assemble(config, schema_text, Compiled::default(), true)
    }

    fn assemble(
        config: PolicyConfig,
        schema_text: String,
        compiled: Compiled,
        permit_all: bool,
    ) -> Self {
        let types = Types::new();
        let slices = Slices::new(&compiled.set);
        let actions = Action::ALL.iter().map(|a| types.action(a.name())).collect();
        Self {
            config,
            schema_text,
            compiled,
            permit_all,
            authorizer: Authorizer::new(),
            types,
            actions,
            ips: IpCache::default(),
            slices,
        }
    }

    /// The Cedar schema text the policies were validated against.
    pub fn schema_text(&self) -> &str {
        &self.schema_text
    }

    /// The configuration the schema was generated from.
    pub fn config(&self) -> &PolicyConfig {
        &self.config
    }

    /// All policy ids, sorted.
    pub fn policy_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .compiled
            .set
            .policies()
            .map(|p| p.id().to_string())
            .collect();
        ids.sort();
        ids
    }

    /// Decides one request. Never fails: a request that cannot be built
    /// (e.g. an action/resource kind mismatch) is denied with a reason.
    pub fn authorize(
        &self,
        principal: &Principal,
        action: Action,
        resource: &ResourceRef,
        ctx: &CallContext<'_>,
    ) -> Decision {
        self.decide(principal, action, resource, ctx, false)
    }

    /// `authorize(..).effect == Effect::Allow`.
    pub fn allowed(
        &self,
        principal: &Principal,
        action: Action,
        resource: &ResourceRef,
        ctx: &CallContext<'_>,
    ) -> bool {
        self.authorize(principal, action, resource, ctx).effect == Effect::Allow
    }

    /// Whether a tool/prompt/resource should appear in a list response.
    ///
    /// Evaluates the item's use action (`call_tool`, `get_prompt`,
    /// `read_resource`; `list_tools` for a server) with `context.listing =
    /// true` and the arguments in `ctx` (normally none). `NeedsApproval`
    /// counts as visible, and evaluation errors never hide an item (forbids do
    /// not fail closed here). Policies conditioned on arguments should be
    /// written `context.listing || <condition>` for permits and
    /// `!context.listing && <condition>` for forbids; a permit that only
    /// matches with `has`-guarded arguments will hide the tool from lists.
    pub fn visible(
        &self,
        principal: &Principal,
        resource: &ResourceRef,
        ctx: &CallContext<'_>,
    ) -> bool {
        let action = match resource.kind {
            ResourceKind::Tool => Action::CallTool,
            ResourceKind::Prompt => Action::GetPrompt,
            ResourceKind::Resource => Action::ReadResource,
            ResourceKind::Server => Action::ListTools,
        };
        self.decide(principal, action, resource, ctx, true).effect != Effect::Deny
    }

    fn decide(
        &self,
        principal: &Principal,
        action: Action,
        resource: &ResourceRef,
        ctx: &CallContext<'_>,
        listing: bool,
    ) -> Decision {
        if self.permit_all {
            return Decision {
                effect: Effect::Allow,
                policy_ids: vec![DEFAULT_PERMIT_ID.to_string()],
                reasons: Vec::new(),
            };
        }
        if !action.accepts(resource.kind) {
            return Decision::deny(format!(
                "action {} does not apply to a {}",
                action.name(),
                resource.kind.type_name()
            ));
        }
        match self.request(principal, action, resource, ctx, listing) {
            Ok((request, store)) => {
                let response = self.authorizer.is_authorized(
                    &request,
                    self.slices.get(action, &resource.server),
                    &store,
                );
                self.interpret(&response, listing)
            }
            Err(e) => Decision::deny(e.to_string()),
        }
    }

    fn request(
        &self,
        principal: &Principal,
        action: Action,
        resource: &ResourceRef,
        ctx: &CallContext<'_>,
        listing: bool,
    ) -> Result<(Request, cedar_policy::Entities), PolicyError> {
        let mut list = Vec::with_capacity(3);
        let p = self.types.principal_entities(
            principal,
            &self.config.principal_attributes,
            &mut list,
        )?;
        let r = self.types.resource_entity(resource, &mut list)?;
        let store = entities(list)?;
        let context = context(
            ctx,
            &resource.server,
            &self.config.arguments,
            listing,
            &self.ips,
        )?;
        let a = self.actions[action as usize].clone();
        let request = Request::new(p, a, r, context, None)
            .map_err(|e| PolicyError::Request(e.to_string()))?;
        Ok((request, store))
    }

    fn interpret(&self, response: &Response, listing: bool) -> Decision {
        let diag = response.diagnostics();
        let mut reasons = Vec::new();
        let mut errored_forbids = Vec::new();
        for err in diag.errors() {
            let AuthorizationError::PolicyEvaluationError(e) = err;
            reasons.push(format!(
                "policy {} failed to evaluate: {}",
                e.policy_id(),
                e.inner()
            ));
            if self.compiled.forbid.contains(e.policy_id()) {
                errored_forbids.push(e.policy_id().to_string());
            }
        }
        if !listing && !errored_forbids.is_empty() {
            return Decision {
                effect: Effect::Deny,
                policy_ids: errored_forbids,
                reasons,
            };
        }
        let determining: Vec<&PolicyId> = diag.reason().collect();
        reasons.extend(
            determining
                .iter()
                .filter_map(|id| self.compiled.reasons.get(*id).cloned()),
        );
        let effect = match response.decision() {
            CedarDecision::Deny => Effect::Deny,
            CedarDecision::Allow
                if determining
                    .iter()
                    .any(|id| self.compiled.approval.contains(*id)) =>
            {
                Effect::NeedsApproval
            }
            CedarDecision::Allow => Effect::Allow,
        };
        if effect == Effect::Deny && determining.is_empty() {
            reasons.push("no permit policy matched".to_string());
        }
        let mut policy_ids: Vec<String> = determining.iter().map(|id| id.to_string()).collect();
        policy_ids.sort();
        Decision {
            effect,
            policy_ids,
            reasons,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn engine_is_shareable() {
        fn check<T: Send + Sync>() {}
        check::<super::Engine>();
        check::<crate::JwtValidator>();
        check::<crate::ApiKeys>();
    }
}
