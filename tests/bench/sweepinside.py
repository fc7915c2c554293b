"""The part of tests/bench/sweep that runs inside the lab: osmgmt-cli, the connect floor and
nmap on the same addresses, each compared with the lab's ground truth."""

import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "lab"))

from osmlab.truth import compare_nmap, compare_osmgmt, read_nmap_grepable, read_truth  # noqa

# The engine's cap on open connections (ProbeSettings::maxConnections) and the descriptors it
# keeps for the rest of the process (core/probe), used when its log does not say.
ENGINE_MAX_CONNECTIONS = 16384
ENGINE_RESERVED_DESCRIPTORS = 256


def nmap_command(spec, target, out):
    """LAB.md's flags, and nmap's per-host time limit set to the scope's connect timeout."""
    family = ["-6"] if ":" in target else []
    return ["nmap", *family, "-sT", "-Pn", "-n", "-p", str(spec["gatePort"]), "--min-rate", "5000",
            "--max-retries", "1", "--host-timeout", f"{spec['timeoutMs']}ms", "-oG", out, target]


def timed(command, limit_s):
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    try:
        _, err = process.communicate(timeout=limit_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None, time.monotonic() - started, "stopped at the limit"
    return process.returncode, time.monotonic() - started, err


def cli_log_lines(workdir):
    for base, _, files in os.walk(os.path.join(workdir, "home")):
        for name in files:
            if name.startswith("osmgmt-cli") and name.endswith(".log"):
                with open(os.path.join(base, name), errors="replace") as file:
                    yield from file


def engine_seconds(lines):
    """From "query started" to "query completed" in osmgmt-cli's log: the engine's own span.
    The rest of the wall time is start-up, sorting and writing the results, and the store."""
    stamps = {}
    for line in lines:
        match = re.match(r"\[([\d-]+ [\d:.]+)\] \[probe\] \[info\] query (started|completed)", line)
        if match:
            stamps[match.group(2)] = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S.%f")
    if len(stamps) != 2:
        return None
    return (stamps["completed"] - stamps["started"]).total_seconds()


def engine_concurrency(lines):
    """What the engine says it used ("up to N connections"), else its formula."""
    found = [int(n) for line in lines for n in re.findall(r"up to (\d+) connections", line)]
    if found:
        return found[-1], "engine log"
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    return min(ENGINE_MAX_CONNECTIONS, hard - ENGINE_RESERVED_DESCRIPTORS), "formula"


def run_osmgmt(arguments, workdir, run):
    """One query; its log is moved aside first so that the figures are this run's."""
    for base, _, files in os.walk(os.path.join(workdir, "home")):
        for name in files:
            if name.startswith("osmgmt-cli") and name.endswith(".log"):
                os.rename(os.path.join(base, name), os.path.join(base, f"old-{run}-{name}"))
    out = os.path.join(workdir, f"osmgmt-{run}.json")
    usage_file = os.path.join(workdir, f"time-osmgmt-{run}.txt")
    command = ["/usr/bin/time", "-v", "-o", usage_file, *arguments.osmgmt_prefix.split(),
               arguments.cli, "query", "--scope", os.environ["OSMLAB_SCOPE_ON"],
               "--server-name", os.environ["OSMLAB_SERVER_NAME"],
               "--db", os.path.join(workdir, f"bench-{run}.sqlite"), "--format", "json",
               "--out", out]
    code, seconds, err = timed(command, arguments.limit)
    if code != 0:
        raise SystemExit(f"sweep: osmgmt-cli failed ({code}): {err}")
    with open(usage_file, encoding="utf-8") as file:
        usage = file.read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", usage)
    cpu = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", usage)
    lines = list(cli_log_lines(workdir))
    with open(out, encoding="utf-8") as file:
        endpoints = json.load(file)
    os.unlink(out)
    return {"s": seconds, "engine_s": engine_seconds(lines), "cpu_s": sum(map(float, cpu)),
            "rss_mb": int(rss.group(1)) / 1024, "concurrency": engine_concurrency(lines),
            "endpoints": endpoints, "prefix_output": err[-4000:] if arguments.osmgmt_prefix else ""}


def connect_floor(spec, target, concurrency, workdir):
    """connectfloor.c over the gate port: the engine's system calls and nothing else. Without
    a C compiler, no figures."""
    binary = os.path.join(workdir, "connectfloor")
    if not os.path.exists(binary):
        compiled = subprocess.run(["cc", "-O2", "-o", binary,
                                   os.path.join(HERE, "connectfloor.c")], capture_output=True)
        if compiled.returncode != 0:
            return {"s": None}
    ran = subprocess.run(["/usr/bin/time", "-f", "cpu %U %S", binary, str(spec["gatePort"]),
                          str(spec["timeoutMs"]), str(concurrency), target],
                         capture_output=True, text=True)
    wall = re.match(r"([\d.]+) s:", ran.stdout)
    cpu = re.search(r"cpu ([\d.]+) ([\d.]+)", ran.stderr)
    if not wall or not cpu:
        return {"s": None}
    return {"s": float(wall.group(1)), "cpu_s": float(cpu.group(1)) + float(cpu.group(2))}


def run_nmap(arguments, spec, target, workdir, truth):
    grepable = os.path.join(workdir, "nmap.gnmap")
    command = nmap_command(spec, target, grepable)
    code, seconds, err = timed(command, arguments.nmap_limit)
    result = {"s": seconds, "finished": code == 0, "command": " ".join(command)}
    if code == 0:
        comparison = compare_nmap(truth, read_nmap_grepable(grepable, spec["gatePort"]))
        result.update(accuracy=comparison.accuracy, wrong=dict(comparison.by_kind),
                      examples=comparison.mismatches[:5])
    else:
        result["error"] = (err or "")[-2000:]
    return result


def median_of(runs, key):
    values = [run[key] for run in runs if run.get(key) is not None]
    return statistics.median(values) if values else None


def run_case_inside(arguments):
    """Inside the lab: osmgmt-cli, the floor and nmap, --repeat times each, one after another."""
    workdir = os.environ["OSMLAB_DIR"]
    with open(os.path.join(workdir, "spec.json"), encoding="utf-8") as file:
        spec = json.load(file)
    truth = read_truth(os.environ["OSMLAB_TRUTH"])
    target = spec["ipv4"]["range"] if "ipv4" in spec else spec["ipv6"]["prefix"]
    agent_port = int(os.environ["OSMLAB_AGENT_PORT"])
    result = {"addresses": len(truth), "repeat": arguments.repeat,
              "dropped": sum(1 for row in truth.values() if row["gate_on"] == "timeout")}
    mine, floors, theirs = [], [], []
    for run in range(arguments.repeat):
        measured = run_osmgmt(arguments, workdir, run)
        comparison = compare_osmgmt(truth, measured.pop("endpoints"), True, agent_port)
        measured.update(accuracy=comparison.accuracy, wrong=dict(comparison.by_kind),
                        examples=comparison.mismatches[:5])
        mine.append(measured)
        concurrency = measured["concurrency"][0]
        floors.append(connect_floor(spec, target, concurrency, workdir))
        if not arguments.no_nmap:
            theirs.append(run_nmap(arguments, spec, target, workdir, truth))
    result["concurrency"], result["concurrency_source"] = mine[-1]["concurrency"]
    result["bound_s"] = result["dropped"] / result["concurrency"] * spec["timeoutMs"] / 1000
    result["osmgmt_runs"], result["floor_runs"], result["nmap_runs"] = mine, floors, theirs
    for name, runs in (("osmgmt", mine), ("floor", floors), ("nmap", theirs)):
        for key in ("s", "engine_s", "cpu_s", "rss_mb"):
            if runs:
                result[f"{name}_{key}"] = median_of(runs, key)
    result["osmgmt_rss_mb"] = max(run["rss_mb"] for run in mine)
    result["osmgmt_accuracy"] = min(run["accuracy"] for run in mine)
    if theirs:
        result["nmap_finished"] = all(run["finished"] for run in theirs)
        result["nmap_command"] = theirs[0]["command"]
        accuracies = [run["accuracy"] for run in theirs if "accuracy" in run]
        if accuracies:
            result["nmap_accuracy"] = min(accuracies)
    with open(arguments.result, "w", encoding="utf-8") as file:
        json.dump(result, file, indent=1)
    return 0
