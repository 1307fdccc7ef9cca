//! Reading and compiling `virtual_servers`: each tool checked against the configured servers,
//! the names clients will see checked for shape and uniqueness, every problem reported with its
//! path (`virtual_servers.support.tools[1].name`).

use std::collections::{BTreeMap, HashMap};

use gateway::namespace::{is_valid_server_name, is_valid_tool_name, split};
use gateway::virtual_server::{VirtualServer, VirtualServers, VirtualTool};
use serde_json::Value;

use super::raw::{RawServer, RawVirtualServer, RawVirtualTool};
use super::{Errors, check_keys, section};

/// Read the `virtual_servers` section, each server and tool on its own so that every mistake
/// is reported under its own path.
pub(super) fn read(
    value: Option<Value>,
    errors: &mut Errors,
) -> BTreeMap<String, RawVirtualServer> {
    let mut out = BTreeMap::new();
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (name, server) in map {
                let raw = read_server(&name, server, errors);
                out.insert(name, raw);
            }
        }
        Some(_) => errors.push(
            "virtual_servers",
            "must be a mapping of virtual server names",
        ),
    }
    out
}

fn read_server(name: &str, value: Value, errors: &mut Errors) -> RawVirtualServer {
    let path = format!("virtual_servers.{name}");
    let Value::Object(mut map) = value else {
        errors.push(&path, "must be a mapping with `tools`");
        return RawVirtualServer::default();
    };
    check_keys::<RawVirtualServer>(&mut map, &path, errors);
    let tools = match map.remove("tools") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => (items.into_iter().enumerate())
            .filter_map(|(i, item)| read_tool(&format!("{path}.tools[{i}]"), item, errors))
            .collect(),
        Some(_) => {
            errors.push(format!("{path}.tools"), "must be a list of tools");
            Vec::new()
        }
    };
    RawVirtualServer { tools }
}

fn read_tool(path: &str, value: Value, errors: &mut Errors) -> Option<RawVirtualTool> {
    match value {
        Value::Object(mut map) => {
            check_keys::<RawVirtualTool>(&mut map, path, errors);
            section(Some(Value::Object(map)), path, errors)
        }
        _ => {
            errors.push(path, "must be a mapping like `{ tool: server__tool }`");
            None
        }
    }
}

/// The virtual servers' runtime settings.
pub(super) fn compile(
    raw: &BTreeMap<String, RawVirtualServer>,
    servers: &BTreeMap<String, RawServer>,
    errors: &mut Errors,
) -> VirtualServers {
    VirtualServers::new(
        raw.iter()
            .map(|(name, server)| compile_server(name, server, servers, errors)),
    )
}

fn compile_server(
    name: &str,
    raw: &RawVirtualServer,
    servers: &BTreeMap<String, RawServer>,
    errors: &mut Errors,
) -> VirtualServer {
    let path = format!("virtual_servers.{name}");
    if !is_valid_server_name(name) {
        errors.push(
            &path,
            "invalid virtual server name: use 1-32 lowercase letters, digits and `-`, starting with a letter",
        );
    }
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut real: HashMap<String, usize> = HashMap::new();
    let mut tools = Vec::new();
    for (i, raw_tool) in raw.tools.iter().enumerate() {
        let at = format!("{path}.tools[{i}]");
        let Some(tool) = compile_tool(&at, raw_tool, servers, errors) else {
            continue;
        };
        if let Some(first) = real.insert(tool.tool.clone(), i) {
            let message = format!("`{}` is already listed as tools[{first}]", tool.tool);
            errors.push(format!("{at}.tool"), message);
        }
        if let Some(first) = names.insert(tool.name.clone(), i) {
            let key = if raw_tool.name.is_some() {
                "name"
            } else {
                "tool"
            };
            let message = format!("the name `{}` is already used by tools[{first}]", tool.name);
            errors.push(format!("{at}.{key}"), message);
        }
        tools.push(tool);
    }
    VirtualServer::new(name, tools)
}

fn compile_tool(
    path: &str,
    raw: &RawVirtualTool,
    servers: &BTreeMap<String, RawServer>,
    errors: &mut Errors,
) -> Option<VirtualTool> {
    let Some((server, _)) = split(&raw.tool) else {
        let message = format!(
            "`{}` is not an aggregate tool name `server__tool`",
            raw.tool
        );
        errors.push(format!("{path}.tool"), message);
        return None;
    };
    if !servers.contains_key(server) {
        errors.push(
            format!("{path}.tool"),
            format!("no server named `{server}`"),
        );
        return None;
    }
    let (name, key) = match &raw.name {
        Some(name) => (name.clone(), "name"),
        None => (raw.tool.clone(), "tool"),
    };
    if !is_valid_tool_name(&name) {
        let message = format!("`{name}` is not a valid tool name: use 1-64 of A-Z a-z 0-9 _ -");
        errors.push(format!("{path}.{key}"), message);
        return None;
    }
    Some(VirtualTool {
        server: server.to_owned(),
        tool: raw.tool.clone(),
        name,
        description: raw.description.clone(),
    })
}
