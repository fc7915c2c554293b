"""What runs inside the lab's namespace: routes, nftables, the fleet, a self-check, the command."""

import errno
import json
import os
import resource
import selectors
import shutil
import socket
import subprocess
import time

from .kinds import CONNECTED, FILTER_DROP, FILTER_ICMP, KINDS, NO_ROUTE, REFUSED, TIMEOUT, \
    gate_connect
from .netns import LabError, die_with_parent, stop_process


def assert_isolated(host_inode):
    """Refuses to go on unless this is a new namespace whose only interface is lo: then no
    packet of the lab can leave the machine, whatever the command does."""
    if os.stat("/proc/self/ns/net").st_ino == host_inode:
        raise LabError("still in the host's network namespace; refusing to build the lab here")
    interfaces = sorted(name for _, name in socket.if_nameindex())
    if interfaces != ["lo"]:
        raise LabError(f"the namespace has interfaces {interfaces}; a lab has lo only")


def run_checked(command, what):
    try:
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    except FileNotFoundError:
        raise LabError(f"{what}: {command[0]} is not installed") from None
    if result.returncode != 0:
        raise LabError(f"{what} failed: {(result.stderr or result.stdout).strip()}")


def raise_open_file_limit():
    """Children inherit the hard limit as their soft one (LAB.md: 20,000 here)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def shape_network(paths):
    run_checked(["ip", "-batch", paths["routes"]], "ip -batch (AnyIP routes)")
    run_checked(["nft", "-f", paths["nft"]], "nft -f (the lab's ruleset)")


def start_fleet(agent, paths, workdir, timeout_s):
    ready = os.path.join(workdir, "fleet-ready.json")
    if os.path.exists(ready):
        os.unlink(ready)
    log_dir = os.path.join(workdir, "log")
    os.makedirs(log_dir, exist_ok=True)
    stderr = open(os.path.join(log_dir, "osmgmt-agent.stderr"), "wb")
    process = subprocess.Popen(
        [agent, "--fleet", paths["fleet"], "--ready-file", ready, "--log-dir", log_dir],
        stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=die_with_parent)
    stderr.close()
    deadline = time.monotonic() + timeout_s
    while not os.path.exists(ready):
        if process.poll() is not None:
            with open(os.path.join(log_dir, "osmgmt-agent.stderr"), errors="replace") as file:
                tail = file.read()[-2000:]
            raise LabError(f"osmgmt-agent exited with {process.returncode}: {tail}")
        if time.monotonic() > deadline:
            stop_process(process)
            raise LabError(f"osmgmt-agent was not ready within {timeout_s} s")
        time.sleep(0.02)
    with open(ready, encoding="utf-8") as file:
        return process, json.load(file)


def _raw_agent_connect(kind):
    if kind.filter == FILTER_DROP:
        return TIMEOUT
    if kind.filter == FILTER_ICMP:
        return NO_ROUTE
    return CONNECTED if kind.agent is not None else REFUSED


def _errno_result(code):
    if code == 0:
        return CONNECTED
    if code == errno.ECONNREFUSED:
        return REFUSED
    return NO_ROUTE


def self_check(layout, wait_s=0.3):
    """Connects once to the gate and agent ports of one address of every kind and family, and
    compares with what the ground truth assumes. A lab that is wrong fails here, before it
    blames the code under test."""
    samples = {}
    for address, name in zip(layout.addresses, layout.kinds):
        samples.setdefault((address.version, name), address)
    selector = selectors.DefaultSelector()
    results, sockets = {}, []
    for (_, name), address in samples.items():
        kind = KINDS[name]
        for port, want in ((layout.spec.gate_port, gate_connect(kind)),
                           (layout.spec.agent_port, _raw_agent_connect(kind))):
            family = socket.AF_INET if address.version == 4 else socket.AF_INET6
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setblocking(False)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
            sockets.append(sock)
            key = (str(address), port, name, want)
            code = sock.connect_ex((str(address), port))
            if code == errno.EINPROGRESS:
                selector.register(sock, selectors.EVENT_WRITE, key)
            else:
                results[key] = _errno_result(code)
    deadline = time.monotonic() + wait_s
    while selector.get_map() and time.monotonic() < deadline:
        for selected, _ in selector.select(max(0.0, deadline - time.monotonic())):
            code = selected.fileobj.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            results[selected.data] = _errno_result(code)
            selector.unregister(selected.fileobj)
    for selected in list(selector.get_map().values()):
        results[selected.data] = TIMEOUT
    for sock in sockets:
        sock.close()
    wrong = [f"{a} port {p} ({n}): {got}, expected {want}"
             for (a, p, n, want), got in sorted(results.items()) if got != want]
    if wrong:
        raise LabError("the lab does not behave as its ground truth says:\n  " + "\n  ".join(wrong))
    return len(results)


# The password of the lab console's private keychain (a test keyring, like
# tests/support/with-keyring.sh's): it guards nothing but a CA made for this lab.
KEYRING_PASSWORD = "osmlab-keyring"


def _with_keyring(command):
    """command, run against the lab console's own gnome-keyring: a private session bus, the
    keyring daemon unlocked in it. The keyring's files live in the lab's XDG_DATA_HOME, so the
    CA key made by the first call is there for the next one."""
    script = (f"printf %s {KEYRING_PASSWORD} | gnome-keyring-daemon --unlock "
              "--components=secrets >/dev/null && exec \"$@\"")
    return ["dbus-run-session", "--", "sh", "-c", script, "osmlab-keyring"] + command


def _run_console(command, env, what):
    try:
        return subprocess.run(_with_keyring(command), env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True)
    except FileNotFoundError:
        raise LabError(f"{what}: dbus-run-session is not installed") from None


def _cli_base(cli, workdir, spec):
    # The console's audit log records the registrations, in its own store in the lab's folder.
    return [cli, "register", "--server-name", spec.this_server,
            "--db", os.path.join(workdir, "console.sqlite"), "--port", str(spec.agent_port)]


def make_console_identity(cli, env, workdir, spec, ca_path):
    """The console's first start: osmgmt-cli makes this server's CA (its key in the keychain,
    its certificate in the data folder) at its first command. That command is a registration
    that reaches nobody (127.0.0.1, before the fleet listens, inside the namespace); what
    matters is the CA it leaves. The fleet then pins that CA (fleet.json's `servers`), as an
    agent's installation package carries its server's CA."""
    for program in ("gnome-keyring-daemon", "dbus-run-session"):
        if shutil.which(program, path=env.get("PATH")) is None:
            raise LabError(f"the lab's console needs a keychain: {program} is not installed")
    command = _cli_base(cli, workdir, spec) + ["--timeout", "1000", "--address", "127.0.0.1"]
    result = _run_console(command, env, "making the console's CA")
    data = env["XDG_DATA_HOME"]
    made = [os.path.join(base, "server-ca.pem") for base, _, files in os.walk(data)
            if "server-ca.pem" in files]
    if len(made) != 1:
        raise LabError(f"osmgmt-cli made no CA in {data} (exit status {result.returncode}): "
                       f"{(result.stderr or result.stdout).strip()[-2000:]}")
    shutil.copyfile(made[0], ca_path)


def register_agents(cli, env, workdir, spec, addresses):
    """Registers the agents of this server at these addresses to the console, with osmgmt-cli
    register, as an administrator does after installing them; every one must take it."""
    if not addresses:
        return 0
    command = _cli_base(cli, workdir, spec)
    for address in addresses:
        command += ["--address", str(address)]
    result = _run_console(command, env, "registering the agents")
    lines = [line.split("\t") for line in result.stdout.splitlines() if line.strip()]
    failed = [line for line in lines if len(line) < 2 or line[1] != "done"]
    if result.returncode != 0 or failed or len(lines) != len(addresses):
        shown = "\n  ".join("\t".join(line) for line in failed[:10])
        raise LabError(f"osmgmt-cli register exited with {result.returncode}, "
                       f"{len(lines) - len(failed)} of {len(addresses)} agents registered:\n  "
                       f"{shown}\n{result.stderr.strip()[-2000:]}")
    return len(addresses)
