//! A call to a tool whose definition the gateway has not seen: the guard lists the server's
//! tools itself and screens them before the call goes on.
//!
//! Definitions are screened and pinned when a `tools/list` passes through. An agent that
//! kept a tool list from an earlier gateway run (or was simply told a tool's name) could
//! otherwise call a tool whose definition changed since it was pinned, or was never screened
//! at all, before any agent listed it. So before such a call the gateway fetches the server's
//! list (every page), judges each definition as a list would (holding back what must not be
//! seen), and then the call meets the held-tool check like any other. A tool the server does
//! not list is refused as unknown, and a server that cannot list its tools gets no call:
//! nothing vouches for the definition (the error is the one the listing met).
//!
//! The same happens after the server says its tools changed (`tools/list_changed`): the
//! definitions the gateway knows may be stale, so the next call lists and screens them again
//! (a rug pull in a running server). A complete listing answers for 30 s for tools missing
//! from it, so calls naming tools that do not exist do not each list every page again.

use std::sync::Arc;
use std::time::Duration;

use protocol::{Outcome, RawObject, methods};
use serde_json::Value;

use super::GuardStage;
use crate::Gateway;
use crate::error::GatewayError;
use crate::namespace;
use crate::pipeline::Target;
use crate::relay::{self, RequestCtx};
use crate::tool_list;
use crate::upstream::Upstream;

/// Most pages of a server's tool list fetched before a call (a server that pages on and on
/// is screened as far as this, and a tool beyond it is treated as unlisted).
const MAX_PAGES: usize = 1000;

/// How long a complete listing answers for tools missing from it: calls naming tools the
/// server does not have are refused from it, not each made to list every page again.
const LISTING_FRESH: Duration = Duration::from_secs(30);

impl GuardStage {
    /// Before a `tools/call` of a tool the gateway has no definition for: list and screen the
    /// owning server's tools. `Err(UnknownTool)` when the server does not list the tool.
    pub async fn screen_unlisted(
        &self,
        gateway: &Gateway,
        ctx: &RequestCtx,
        target: &Target,
    ) -> Result<(), GatewayError> {
        let Some((upstream, original, qualified)) = target.tool_owner(gateway, &ctx.session) else {
            return Ok(());
        };
        let known =
            |original: &str| upstream.tool_facts(original).is_some() && !upstream.tools_stale();
        if known(&original) {
            return Ok(());
        }
        let _turn = upstream.listing.lock().await;
        if known(&original) {
            return Ok(());
        }
        if !upstream.tools_listed_within(LISTING_FRESH) {
            if let Err(error) = self.list_and_judge(gateway, ctx, &upstream).await {
                tracing::warn!(server = %upstream.name(), tool = %original, %error, "call refused: the server's tools could not be listed to screen it");
                return Err(error);
            }
            upstream.tools_listed();
        }
        // The listing taught the gateway the names it gives tools it had to rename.
        let original = target
            .tool_owner(gateway, &ctx.session)
            .map_or(original, |(_, original, _)| original);
        if !upstream.any_replica_knows(&original) {
            tracing::warn!(server = %upstream.name(), tool = %original, "call to a tool the server does not list refused");
            return Err(GatewayError::UnknownTool(target.shown_name(&qualified)));
        }
        Ok(())
    }

    /// Fetch every page of `upstream`'s tool list (the relay learns each definition on the
    /// way) and judge each definition. The error is the listing's.
    async fn list_and_judge(
        &self,
        gateway: &Gateway,
        ctx: &RequestCtx,
        upstream: &Arc<Upstream>,
    ) -> Result<(), GatewayError> {
        let mut cursor: Option<String> = None;
        let mut listed = std::collections::HashSet::new();
        for _ in 0..MAX_PAGES {
            let mut params = RawObject::new();
            if let Some(cursor) = &cursor {
                params.set_str("cursor", cursor);
            }
            let page = relay::forward(ctx, upstream, methods::TOOLS_LIST, Some(params.to_raw()));
            let response = page.await?;
            let unusable = || GatewayError::UpstreamUnavailable {
                server: upstream.name().to_owned(),
                reason: match &response.outcome {
                    Outcome::Error(error) => {
                        let error: String = error.get().chars().take(300).collect();
                        format!("tools/list failed: {error}")
                    }
                    Outcome::Result(_) => "its tools/list result held no tools array".into(),
                },
            };
            let mut page = tool_list::parse(&response).ok_or_else(unusable)?;
            let tools = tool_list::tools_mut(&mut page).ok_or_else(unusable)?;
            self.judge_page(gateway, upstream, tools).await;
            let names = tools.iter().filter_map(|t| t.get("name")?.as_str());
            listed.extend(names.map(str::to_owned));
            match page.get("nextCursor").and_then(Value::as_str) {
                Some(next) => cursor = Some(next.to_owned()),
                None => {
                    // A tool the server removed is unknown now, as the server says.
                    upstream.keep_only_tools(&listed);
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// Judge each definition on one page of `upstream`'s own tool list, and learn the name the
    /// aggregate gives each tool (changed when clients could not take it as it is).
    async fn judge_page(&self, gateway: &Gateway, upstream: &Arc<Upstream>, tools: &[Value]) {
        let owners: Vec<Option<(Arc<Upstream>, String)>> = tools
            .iter()
            .map(|tool| {
                let name = tool.get("name")?.as_str()?;
                Some((Arc::clone(upstream), name.to_owned()))
            })
            .collect();
        let names = (owners.iter().flatten())
            .map(|(_, original)| {
                (
                    namespace::qualify(upstream.name(), original),
                    original.clone(),
                )
            })
            .collect();
        upstream.remember_tool_names(names);
        let alikes = self.look_alikes(gateway, &owners);
        for (index, (tool, owner)) in tools.iter().zip(&owners).enumerate() {
            if let Some((_, original)) = owner {
                let alike = alikes.get(&index).cloned();
                self.judge_definition(gateway, upstream, original, tool, alike)
                    .await;
            }
        }
    }
}
