//! The identity every authenticated request carries.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Who is calling: always an agent (the MCP client), optionally on behalf of
/// a user, inside a tenant, with roles and free-form attributes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principal {
    /// Tenant the caller belongs to (`Gatehouse::Tenant` parent in Cedar).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// End user the agent acts for (`Gatehouse::User`, `principal.user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The agent identity; the Cedar principal is `Gatehouse::Agent::"<agent>"`.
    pub agent: String,
    /// Roles (`Gatehouse::Role` parents of both the agent and the user).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Who vouched for this identity: `api-key`, or a JWT's issuer (`iss`). Sessions are
    /// bound to it too: a token from an identity provider whose `azp` happens to name an API
    /// key's agent is not that agent's session owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Extra attributes; those declared in
    /// [`PolicyConfig::principal_attributes`](crate::PolicyConfig) become
    /// attributes of the Cedar agent entity.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, serde_json::Value>,
}

impl Principal {
    /// A principal with only an agent identity.
    pub fn agent(agent: impl Into<String>) -> Self {
        Self {
            agent: agent.into(),
            ..Self::default()
        }
    }
}
