#!/usr/bin/env python3
"""osmgmt-cli against the scan lab (issue 3, point 2): a /20 and an IPv6 /120 holding every kind
of address (lab-mixed.json), queried with the unreachable check on and off, every address
compared with the lab's ground truth. The lab's agents of this server are registered to the
lab's console (its CA in a private keyring) before the query, and are Managed by this server;
those of kind "unregistered" claim this server without proof, and must be Managed by another
server with an unverified detail (tests/lab/README.md, "The lab's console"). It runs through
each way the lab can be built that this user has: as root a named namespace and then
unshare -rn as nobody; otherwise unshare -rn.
A lab that cannot be built fails the test with the reason; nothing falls back to the host.

Environment: OSMGMT_AGENT and OSMGMT_CLI (set by CTest).
"""

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.join(os.path.dirname(os.path.dirname(HERE)), "lab")
SPEC = os.path.join(HERE, "lab-mixed.json")


class Failure(Exception):
    pass


def program(variable):
    path = os.environ.get(variable)
    if not path or not os.access(path, os.X_OK):
        raise Failure(f"{variable} does not name a program: {path!r}")
    return path


def namespaces():
    listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in listed.splitlines() if line.strip()}


def run_lab(options, command, workdir=None):
    arguments = [sys.executable, os.path.join(LAB, "run-lab"), "--spec", SPEC,
                 "--agent", program("OSMGMT_AGENT"), "--cli", program("OSMGMT_CLI"), *options]
    if workdir:
        arguments += ["--workdir", workdir]
    before = namespaces() if os.geteuid() == 0 else set()
    result = subprocess.run(arguments + ["--"] + command, capture_output=True, text=True,
                            timeout=200)
    sys.stdout.write(result.stdout)
    sys.stdout.write(result.stderr)
    if os.geteuid() == 0:
        left = {n for n in namespaces() - before if n.startswith("osmlab-")}
        if left:
            raise Failure(f"namespaces left behind: {sorted(left)}")
    return result


def check_every_address(options, retries, engine):
    """Both queries inside one lab; check-query fails on any address that differs. `engine`:
    check-query's options for the engine (threads, poller, the thread comparison)."""
    # check-query starts through its #! line: for a dropped user, run-lab's PATH finds the
    # system's python3.
    result = run_lab(options, [os.path.join(LAB, "check-query"), "--cli", program("OSMGMT_CLI"),
                               "--check", "both", "--retries", str(retries), *engine])
    if result.returncode != 0:
        raise Failure(f"run-lab {' '.join(options)}: exit status {result.returncode}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("check-query")]
    compared = [line for line in lines if " same as " in line]
    checked = [line for line in lines if line not in compared]
    if len(checked) != 2 or any(" 0 wrong" not in line for line in checked):
        raise Failure(f"expected two clean comparisons, got {lines}")
    if "--compare-threads" in engine and (len(compared) != 1 or " 0 differ" not in compared[0]):
        raise Failure(f"expected the same results with one thread, got {compared}")


def tears_down_after_failure(options):
    """A failing command still ends the fleet and the namespace; its status is the lab's."""
    workdir = tempfile.mkdtemp(prefix="osmlab-test-")
    try:
        if "--drop-to" in options:
            user = pwd.getpwnam(options[options.index("--drop-to") + 1])
            os.chown(workdir, user.pw_uid, user.pw_gid)
        result = run_lab(options + ["--no-self-check"], ["sh", "-c", "exit 7"], workdir)
        if result.returncode != 7:
            raise Failure(f"the command's exit status 7 came back as {result.returncode}")
        with open(os.path.join(workdir, "fleet-ready.json"), encoding="utf-8") as file:
            pid = json.load(file)["pid"]
        if os.path.exists(f"/proc/{pid}"):
            with open(f"/proc/{pid}/cmdline", "rb") as file:
                if b"osmgmt-agent" in file.read():
                    raise Failure(f"osmgmt-agent {pid} outlived its lab")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def nobody_can_run_the_lab():
    """nobody must reach the programs and the lab's scripts (a clone under /root it cannot)."""
    needed = [("-x", program("OSMGMT_CLI")), ("-x", program("OSMGMT_AGENT")),
              ("-x", os.path.join(LAB, "check-query")), ("-x", "/usr/bin/python3"),
              ("-r", os.path.join(LAB, "osmlab", "spec.py"))]
    test = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", "test"]
    return all(subprocess.run(test + [flag, path]).returncode == 0 for flag, path in needed)


# Issue 18: the root way runs the engine on two threads and then on one, and the results must be
# the same; the unprivileged way runs the portable poll() backend (docs/porting.md), so that CI
# tests it on Linux too, without a third lab.
TWO_THREADS_THEN_ONE = ["--threads", "2", "--compare-threads", "1"]
PORTABLE = ["--poller", "poll"]


def ways():
    if os.geteuid() != 0:
        return [("unshare -rn, poll", [], 1, PORTABLE + ["--compare-threads", "1"])]
    if nobody_can_run_the_lab():
        unprivileged = ("unshare -rn as nobody, poll", ["--drop-to", "nobody"])
    else:
        print("nobody cannot reach the build: the unprivileged path runs as root")
        unprivileged = ("unshare -rn as root, poll", ["--unprivileged"])
    # The unprivileged way also retries every timed-out connect once: the classification must
    # not change, and the detail must say two attempts were made.
    return [("root, ip netns", [], 0, TWO_THREADS_THEN_ONE), unprivileged + (1, PORTABLE)]


def main():
    passed = failed = 0
    for label, options, retries, engine in ways():
        for name, test in (("every address", lambda o: check_every_address(o, retries, engine)),
                           ("teardown after a failing command", tears_down_after_failure)):
            try:
                test(options)
                passed += 1
                print(f"PASS [{label}] {name}", flush=True)
            except (Failure, subprocess.TimeoutExpired, OSError) as error:
                failed += 1
                print(f"FAIL [{label}] {name}: {error}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
