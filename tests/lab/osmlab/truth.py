"""Reads the ground truth and compares what a scanner found with it, address by address."""

import ipaddress
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List

from .kinds import CONNECTED, NO_ROUTE, REFUSED, TIMEOUT

# The words of the classifier's detail for a claim of this server that the agent did not prove
# (core/probe/classifier.cpp; osmgmt-cli is not translated).
UNVERIFIED = "unverified"


@dataclass
class Comparison:
    addresses: int = 0
    mismatches: List[str] = field(default_factory=list)
    wrong: int = 0  # addresses with at least one wrong field, or missing or unexpected
    by_kind: Counter = field(default_factory=Counter)  # wrong addresses per kind

    @property
    def accuracy(self):
        return 1.0 - self.wrong / self.addresses if self.addresses else 0.0

    def add(self, address, kind, message):
        self.wrong += 1
        self.by_kind[kind] += 1
        if len(self.mismatches) < 10000:
            self.mismatches.append(f"{address} ({kind}): {message}")


def read_truth(path) -> Dict[ipaddress._BaseAddress, dict]:
    truth = {}
    with open(path, encoding="utf-8") as file:
        columns = file.readline().rstrip("\n").split("\t")
        for line in file:
            row = dict(zip(columns, line.rstrip("\n").split("\t")))
            truth[ipaddress.ip_address(row["address"])] = row
    return truth


def _agent_port_outcome(endpoint, agent_port):
    for port in endpoint.get("ports", []):
        if port.get("port") == agent_port:
            return port.get("outcome")
    return "-"


def compare_osmgmt(truth, endpoints, check_on, agent_port) -> Comparison:
    """endpoints: osmgmt-cli's JSON array (docs/cli.md). Status, gate, the agent port's outcome
    and whether the detail calls a claim unverified must all match the truth; every address
    exactly once."""
    suffix = "on" if check_on else "off"
    result = Comparison(addresses=len(truth))
    seen = set()
    for endpoint in endpoints:
        address = ipaddress.ip_address(endpoint["address"])
        row = truth.get(address)
        if row is None:
            result.add(address, "?", "not in the lab, yet in the results")
            continue
        if address in seen:
            result.add(address, row["kind"], "reported twice")
            continue
        seen.add(address)
        # An agent that claims this server without proving it is named so in the detail
        # (docs/security.md); one that proved it, or claims another server, is not.
        unverified = "yes" if UNVERIFIED in endpoint.get("detail", "") else "no"
        got = (endpoint.get("status"), endpoint.get("gate"),
               _agent_port_outcome(endpoint, agent_port), unverified)
        want = (row[f"status_{suffix}"], row[f"gate_{suffix}"], row[f"port_{suffix}"],
                row[f"unverified_{suffix}"])
        if got != want:
            result.add(address, row["kind"],
                       "status/gate/agent port/unverified {}, expected {}".format(
                           "/".join(map(str, got)), "/".join(want)))
    for address, row in truth.items():
        if address not in seen:
            result.add(address, row["kind"], "missing from the results")
    return result


NMAP_STATE = {"open": CONNECTED, "closed": REFUSED, "filtered": (TIMEOUT, NO_ROUTE)}


def read_nmap_grepable(path, port):
    """{address: state} from nmap -oG for one port; hosts nmap skipped are absent."""
    states = {}
    with open(path, encoding="utf-8", errors="replace") as file:
        for line in file:
            if not line.startswith("Host: ") or "Ports: " not in line:
                continue
            address = ipaddress.ip_address(line.split()[1])
            for entry in line.split("Ports: ", 1)[1].split("\t")[0].split(", "):
                fields = entry.strip().split("/")
                if fields[0] == str(port):
                    states[address] = fields[1]
    return states


def compare_nmap(truth, states) -> Comparison:
    """nmap's port state for the gate port against the truth's gate result (check on): open is
    connected, closed is refused, filtered is a timeout or an ICMP unreachable."""
    result = Comparison(addresses=len(truth))
    for address, row in truth.items():
        state = states.get(address)
        want = row["gate_on"]
        if state is None:
            result.add(address, row["kind"], f"no answer from nmap, expected {want}")
            continue
        mapped = NMAP_STATE.get(state.split("|")[0], ())
        if want != mapped and want not in (mapped if isinstance(mapped, tuple) else ()):
            result.add(address, row["kind"], f"nmap says {state}, expected {want}")
    return result


def load_results(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)
