"""Creates the lab's network namespace and tears it down, whatever happens in between.

Two ways in (LAB.md, "The scan lab"):
- as root, a named namespace: `ip netns add osmlab-PID-RANDOM`, entered with `ip netns exec`;
- without root, `unshare -rn`: a user namespace that maps the caller to root, with its own
  network namespace, which vanishes with its last process. As root, `drop_to` first switches
  to another user (setpriv), so the unprivileged path is the one tested.
Nothing ever falls back to the host's namespace: if no namespace can be made, the lab fails.
"""

import ctypes
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import time

PR_SET_PDEATHSIG = 1


class LabError(Exception):
    pass


def die_with_parent():
    """preexec_fn: the child gets SIGTERM when the process that started it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def raise_on_termination():
    """SIGTERM and SIGHUP unwind the stack like Ctrl-C, so every `finally` tears down."""
    def handler(signum, _frame):
        raise SystemExit(128 + signum)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, handler)


def stop_process(process, grace=3.0):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def host_netns_inode():
    return os.stat("/proc/self/ns/net").st_ino


def system_python():
    """The interpreter for a dropped user: a per-user one (pyenv under /root) is not readable."""
    for candidate in ("/usr/bin/python3", sys.executable):
        if os.access(candidate, os.X_OK):
            return candidate
    raise LabError("no python3 the lab user can run (install Debian's python3)")


class Namespace:
    """Runs one command inside a fresh network namespace; call `run`, which always tears down."""

    def __init__(self, unprivileged=False, drop_to=None):
        self.unprivileged = unprivileged or os.geteuid() != 0
        self.drop_to = drop_to
        self.name = None
        if drop_to and os.geteuid() != 0:
            raise LabError(f"--drop-to {drop_to} needs root")
        if drop_to:
            self.unprivileged = True
            try:
                self.user = pwd.getpwnam(drop_to)
            except KeyError:
                raise LabError(f"no user {drop_to!r} to drop to") from None
        tools = ["ip"] if not self.unprivileged else ["unshare", "setpriv"] if drop_to else \
            ["unshare"]
        for tool in tools:
            if shutil.which(tool) is None:
                raise LabError(f"cannot create a network namespace: {tool} is not installed")

    @property
    def mode(self):
        if not self.unprivileged:
            return "root"
        return f"unshare -rn as {self.drop_to}" if self.drop_to else "unshare -rn"

    def _prefix(self):
        if not self.unprivileged:
            return ["ip", "netns", "exec", self.name]
        prefix = []
        if self.drop_to:
            prefix = ["setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}",
                      "--clear-groups", "--"]
        return prefix + ["unshare", "--user", "--map-root-user", "--net", "--"]

    @staticmethod
    def _remove_stale():
        """A lab whose run-lab was killed outright (SIGKILL) leaves its empty named namespace
        behind: remove those of run-lab processes that no longer exist."""
        listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
        for line in listed.splitlines():
            name = line.split()[0] if line.strip() else ""
            parts = name.split("-")
            if len(parts) != 3 or parts[0] != "osmlab" or not parts[1].isdigit():
                continue
            pids = subprocess.run(["ip", "netns", "pids", name], capture_output=True,
                                  text=True).stdout.split()
            if not os.path.exists(f"/proc/{parts[1]}") and not pids:
                subprocess.run(["ip", "netns", "del", name], capture_output=True)

    def _create(self):
        if self.unprivileged:
            return
        self._remove_stale()
        self.name = f"osmlab-{os.getpid()}-{secrets.token_hex(3)}"
        result = subprocess.run(["ip", "netns", "add", self.name], capture_output=True, text=True)
        if result.returncode != 0:
            self.name = None
            raise LabError(f"cannot create a network namespace: {result.stderr.strip()}")

    def _destroy(self):
        if self.name is None:
            return
        # Everything still inside is ours: the namespace was made for this lab alone.
        for attempt in range(30):
            listed = subprocess.run(["ip", "netns", "pids", self.name], capture_output=True,
                                    text=True).stdout.split()
            if not listed:
                break
            for pid in listed:
                try:
                    os.kill(int(pid), signal.SIGTERM if attempt < 20 else signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        result = subprocess.run(["ip", "netns", "del", self.name], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"run-lab: cannot delete namespace {self.name}: {result.stderr.strip()}",
                  file=sys.stderr)
        self.name = None

    def run(self, inner_command, env):
        """Runs inner_command inside the namespace; returns its exit status."""
        process = None
        try:
            self._create()
            process = subprocess.Popen(self._prefix() + inner_command, env=env,
                                       preexec_fn=die_with_parent)
            return process.wait()
        finally:
            stop_process(process)
            self._destroy()
