//! SSRF targets: cloud metadata, loopback/private hosts, numeric IP encodings,
//! dangerous URL schemes and DNS-rebinding domains.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;

use crate::category::Category;
use crate::finding::{Finding, truncate};

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)([a-z][a-z0-9+.-]{1,15}):(//)?([^\s/?#'\x22<>\\]*)")
        .expect("static regex")
});
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(169\.254\.169\.254|metadata\.google\.internal|100\.100\.100\.200|fd00:ec2::254|metadata\.azure\.com)(?-u:\b)").expect("static regex")
});

const REBIND: &[&str] = &[
    "nip.io",
    "sslip.io",
    "xip.io",
    "localtest.me",
    "lvh.me",
    "1u.ms",
    "rbndr.us",
    "vcap.me",
    "lacolhost.com",
    "localhost",
    "burpcollaborator.net",
    "oastify.com",
];

/// Scan a string for SSRF targets.
pub fn scan(text: &str, location: &str, out: &mut Vec<Finding>) {
    if let Some(m) = BARE.find(text) {
        push(
            out,
            location,
            "ssrf-metadata",
            0.95,
            format!("cloud metadata endpoint `{}`", m.as_str()),
        );
        return;
    }
    for c in URL.captures_iter(text) {
        let scheme = c[1].to_ascii_lowercase();
        let has_slashes = c.get(2).is_some();
        let authority = &c[3];
        if matches!(
            scheme.as_str(),
            "file"
                | "gopher"
                | "dict"
                | "ldap"
                | "jar"
                | "netdoc"
                | "tftp"
                | "sftp"
                | "phar"
                | "expect"
        ) && (has_slashes || scheme == "file")
        {
            push(
                out,
                location,
                "ssrf-scheme",
                0.9,
                format!("dangerous URL scheme `{scheme}:`"),
            );
            return;
        }
        if !has_slashes || !matches!(scheme.as_str(), "http" | "https" | "ws" | "wss" | "ftp") {
            continue;
        }
        if let Some((rule, score, why)) = judge_host(authority) {
            push(
                out,
                location,
                rule,
                score,
                format!("{why}: `{}`", truncate(authority, 60)),
            );
            return;
        }
    }
}

fn push(out: &mut Vec<Finding>, location: &str, rule: &str, score: f32, msg: String) {
    out.push(Finding::new(rule, Category::Ssrf, score, location, msg));
}

/// Classify the host part of a URL authority.
pub fn judge_host(authority: &str) -> Option<(&'static str, f32, &'static str)> {
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or(rest)
    } else {
        host.split(':').next().unwrap_or(host)
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host == "metadata.google.internal" || host == "metadata" || host.ends_with(".internal") {
        return Some(("ssrf-metadata", 0.95, "cloud metadata / internal host"));
    }
    if let Some(ip) = parse_ipv4(&host) {
        return judge_v4(ip);
    }
    if let Ok(ip) = host.parse::<Ipv6Addr>() {
        if ip.is_loopback()
            || ip.is_unspecified()
            || (ip.segments()[0] & 0xfe00) == 0xfc00
            || (ip.segments()[0] & 0xffc0) == 0xfe80
        {
            return Some(("ssrf-private-host", 0.85, "loopback/private IPv6 host"));
        }
        return ip.to_ipv4_mapped().and_then(judge_v4);
    }
    if REBIND
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
    {
        return Some((
            "ssrf-rebinding",
            0.85,
            "loopback or DNS-rebinding host name",
        ));
    }
    None
}

fn judge_v4(ip: Ipv4Addr) -> Option<(&'static str, f32, &'static str)> {
    let o = ip.octets();
    if o == [169, 254, 169, 254] || o == [100, 100, 100, 200] {
        return Some(("ssrf-metadata", 0.95, "cloud metadata endpoint"));
    }
    if ip.is_loopback() || ip.is_unspecified() || ip.is_link_local() {
        return Some(("ssrf-loopback", 0.9, "loopback / link-local host"));
    }
    if ip.is_private() || o[0] == 100 && (64..128).contains(&o[1]) {
        return Some(("ssrf-private-host", 0.8, "private network host"));
    }
    None
}

/// Parse dotted, decimal (`2130706433`), hex (`0x7f000001`) and octal (`0177.0.0.1`) IPv4.
pub fn parse_ipv4(host: &str) -> Option<Ipv4Addr> {
    if host.is_empty()
        || !host
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == '.' || c == 'x')
    {
        return None;
    }
    let parts: Vec<u64> = host.split('.').map(parse_num).collect::<Option<_>>()?;
    let v = match parts.as_slice() {
        [a] => *a,
        [a, b] if *a < 256 && *b < (1 << 24) => (a << 24) | b,
        [a, b, c] if *a < 256 && *b < 256 && *c < (1 << 16) => (a << 24) | (b << 16) | c,
        [a, b, c, d] if [a, b, c, d].iter().all(|x| **x < 256) => {
            (a << 24) | (b << 16) | (c << 8) | d
        }
        _ => return None,
    };
    u32::try_from(v).ok().map(Ipv4Addr::from)
}

fn parse_num(s: &str) -> Option<u64> {
    if let Some(h) = s.strip_prefix("0x") {
        u64::from_str_radix(h, 16).ok()
    } else if s.len() > 1 && s.starts_with('0') {
        u64::from_str_radix(s, 8).ok()
    } else {
        s.parse().ok()
    }
}
