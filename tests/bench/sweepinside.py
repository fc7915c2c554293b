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


def nmap_command(spec, target, out, style):
    """"tuned": issue 18's strongest connect-scan settings, nmap's round-trip limit set to the
    scope's connect timeout; "plain": LAB.md's flags with nmap's per-host time limit set to it
    (the tables of issue 3)."""
    family = ["-6"] if ":" in target else []
    common = ["nmap", *family, "-sT", "-Pn", "-n", "-p", str(spec["gatePort"]), "--min-rate",
              "5000", "--max-retries", "1"]
    if style == "tuned":
        return common + ["--max-rtt-timeout", f"{spec['timeoutMs']}ms", "--min-hostgroup", "8192",
                         "--min-parallelism", "2000", "-oG", out, target]
    return common + ["--host-timeout", f"{spec['timeoutMs']}ms", "-oG", out, target]


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


def run_osmgmt(arguments, workdir, run, threads):
    """One query on `threads` engine threads; its log is moved aside first so that the figures
    are this run's."""
    for base, _, files in os.walk(os.path.join(workdir, "home")):
        for name in files:
            if name.startswith("osmgmt-cli") and name.endswith(".log"):
                os.rename(os.path.join(base, name), os.path.join(base, f"old-{run}-{name}"))
    run = f"{run}-t{threads}"
    out = os.path.join(workdir, f"osmgmt-{run}.json")
    usage_file = os.path.join(workdir, f"time-osmgmt-{run}.txt")
    command = ["/usr/bin/time", "-v", "-o", usage_file, *arguments.osmgmt_prefix.split(),
               arguments.cli, "query", "--scope", os.environ["OSMLAB_SCOPE_ON"],
               "--server-name", os.environ["OSMLAB_SERVER_NAME"],
               "--db", os.path.join(workdir, f"bench-{run}.sqlite"), "--format", "json",
               "--out", out, "--threads", str(threads)]
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


def connect_floor(spec, target, concurrency, workdir, threads):
    """connectfloor.c over the gate port on `threads` threads: the engine's system calls and
    nothing else. Without a C compiler, no figures."""
    binary = os.path.join(workdir, "connectfloor")
    if not os.path.exists(binary):
        compiled = subprocess.run(["cc", "-O2", "-pthread", "-o", binary,
                                   os.path.join(HERE, "connectfloor.c")], capture_output=True)
        if compiled.returncode != 0:
            return {"s": None}
    ran = subprocess.run(["/usr/bin/time", "-f", "cpu %U %S", binary, str(spec["gatePort"]),
                          str(spec["timeoutMs"]), str(concurrency), target, str(threads)],
                         capture_output=True, text=True)
    wall = re.match(r"([\d.]+) s:", ran.stdout)
    cpu = re.search(r"cpu ([\d.]+) ([\d.]+)", ran.stderr)
    if not wall or not cpu:
        return {"s": None}
    return {"s": float(wall.group(1)), "cpu_s": float(cpu.group(1)) + float(cpu.group(2))}


def run_nmap(arguments, spec, target, workdir, truth):
    grepable = os.path.join(workdir, "nmap.gnmap")
    command = nmap_command(spec, target, grepable, arguments.nmap_style)
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


def summarise(result, name, runs):
    """Medians of `runs` under name_key."""
    for key in ("s", "engine_s", "cpu_s", "rss_mb"):
        if runs:
            result[f"{name}_{key}"] = median_of(runs, key)


def run_case_inside(arguments):
    """Inside the lab, --repeat times each, one after another: osmgmt-cli on one thread and on
    all (--threads-all), the connect floor on one thread and on all, and nmap."""
    workdir = os.environ["OSMLAB_DIR"]
    with open(os.path.join(workdir, "spec.json"), encoding="utf-8") as file:
        spec = json.load(file)
    truth = read_truth(os.environ["OSMLAB_TRUTH"])
    target = spec["ipv4"]["range"] if "ipv4" in spec else spec["ipv6"]["prefix"]
    agent_port = int(os.environ["OSMLAB_AGENT_PORT"])
    counts = sorted({1, arguments.threads_all})
    result = {"addresses": len(truth), "repeat": arguments.repeat, "threads": counts,
              "dropped": sum(1 for row in truth.values() if row["gate_on"] == "timeout")}
    mine = {threads: [] for threads in counts}
    floors = {threads: [] for threads in counts}
    theirs = []
    for run in range(arguments.repeat):
        for threads in counts:
            measured = run_osmgmt(arguments, workdir, run, threads)
            comparison = compare_osmgmt(truth, measured.pop("endpoints"), True, agent_port)
            measured.update(accuracy=comparison.accuracy, wrong=dict(comparison.by_kind),
                            examples=comparison.mismatches[:5])
            mine[threads].append(measured)
        concurrency = mine[1][-1]["concurrency"][0]
        for threads in counts:
            floors[threads].append(connect_floor(spec, target, concurrency, workdir, threads))
        if not arguments.no_nmap:
            theirs.append(run_nmap(arguments, spec, target, workdir, truth))
    result["concurrency"], result["concurrency_source"] = mine[1][-1]["concurrency"]
    result["bound_s"] = result["dropped"] / result["concurrency"] * spec["timeoutMs"] / 1000
    for threads in counts:
        result[f"osmgmt{threads}_runs"] = mine[threads]
        result[f"floor{threads}_runs"] = floors[threads]
        summarise(result, f"osmgmt{threads}", mine[threads])
        # The worst run's memory and accuracy, not the median's.
        result[f"osmgmt{threads}_rss_mb"] = max(run["rss_mb"] for run in mine[threads])
        result[f"osmgmt{threads}_accuracy"] = min(run["accuracy"] for run in mine[threads])
        summarise(result, f"floor{threads}", floors[threads])
    result["nmap_runs"] = theirs
    summarise(result, "nmap", theirs)
    if theirs:
        result["nmap_finished"] = all(run["finished"] for run in theirs)
        result["nmap_command"] = theirs[0]["command"]
        accuracies = [run["accuracy"] for run in theirs if "accuracy" in run]
        if accuracies:
            result["nmap_accuracy"] = min(accuracies)
    with open(arguments.result, "w", encoding="utf-8") as file:
        json.dump(result, file, indent=1)
    return 0
