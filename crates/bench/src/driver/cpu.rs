//! CPU time of a child process, read from `/proc/PID/stat` (Linux): what a proxy spends per
//! call. Unlike requests/s, it barely moves when other jobs share the machine.

/// Clock ticks per second of the `utime`/`stime` fields: `USER_HZ`, which Linux fixes at 100
/// in its user-space ABI on every mainstream architecture.
const USER_HZ: f64 = 100.0;

/// User plus system CPU seconds `pid` has used so far; `None` off Linux or once it exited.
pub fn seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&stat)
}

/// `utime + stime` of a `/proc/PID/stat` line, in seconds. The command name (field 2) may hold
/// spaces and parentheses, so fields are counted after its last `)`.
fn parse_stat(stat: &str) -> Option<f64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace();
    // After the name: state is field 3, utime field 14 and stime field 15.
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some((utime + stime) as f64 / USER_HZ)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utime_and_stime_are_read_after_the_command_name() {
        let line = "4242 (tokio (rt) x) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 8 0 99 0 0";
        assert_eq!(parse_stat(line), Some(3.0));
    }

    #[test]
    fn this_process_has_a_cpu_time() {
        assert!(seconds(std::process::id()).is_some());
    }
}
