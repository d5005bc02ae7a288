//! Helpers shared by the integration tests.

use std::io::{BufRead, BufReader, Lines};
use std::process::{Child, ChildStdout, Command, Stdio};

/// Runs the test `name` of this same test binary as a child process (to be
/// killed by the caller), with `env`, and returns it with its stdout lines.
/// The child test does its work only when its environment is set.
pub fn spawn_child_test(
    name: &str,
    env: &[(&str, &std::ffi::OsStr)],
) -> (Child, Lines<BufReader<ChildStdout>>) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args([name, "--exact", "--nocapture", "--test-threads=1"]);
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    (child, lines)
}
