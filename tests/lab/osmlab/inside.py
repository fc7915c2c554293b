"""What runs inside the lab's namespace: routes, nftables, the fleet, a self-check, the command."""

import errno
import json
import os
import resource
import selectors
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
