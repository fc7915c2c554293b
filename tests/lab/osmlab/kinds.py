"""What each kind of lab address is, and what a query must find there.

The expectations follow DESIGN.md, "How one endpoint is classified", written out again here on
purpose: the lab's ground truth must not be computed by the code it checks.
"""

from dataclasses import dataclass
from typing import Optional

# How the lab shapes the SYNs to an address (nftables; see netns.py for IPv6 "icmp").
FILTER_NONE = None
FILTER_DROP = "drop"  # every SYN dropped: the connect times out
FILTER_ICMP = "icmp"  # every SYN answered with ICMP host-unreachable: no route
FILTER_GATE_DROP = "gate-drop"  # only SYNs to the gate port dropped (a host firewall)


@dataclass(frozen=True)
class Kind:
    name: str
    gate_listener: bool = False  # something accepts on the gate port
    agent: Optional[str] = None  # fleet behaviour on the agent port: answer, stall, garbage, close
    server: Optional[str] = None  # "this" or "other" for an answering agent
    filter: Optional[str] = FILTER_NONE
    summary: str = ""
    # An agent of this server is registered to the lab's console (run-lab does it before the
    # command, as an installation would): only then does it prove its claim (docs/security.md).
    registered: bool = True

    @property
    def registers(self) -> bool:
        """run-lab registers this kind's agents to the console's CA."""
        return self.agent == "answer" and self.server == "this" and self.registered


KINDS = {
    k.name: k
    for k in [
        Kind("this", True, "answer", "this", summary="agent of this server, gate open"),
        Kind("other", True, "answer", "other", summary="agent of another server, gate open"),
        Kind("unregistered", True, "answer", "this", registered=False,
             summary="agent claiming this server, never registered: an unverified claim"),
        Kind("stall", True, "stall", summary="agent port accepts and never answers"),
        Kind("garbage", True, "garbage", summary="agent port answers HTTP 400"),
        Kind("close", True, "close", summary="agent port accepts and closes"),
        Kind("gate-only", True, summary="gate port open, no agent"),
        Kind("agent-no-gate", False, "answer", "this",
             summary="agent of this server, gate port closed (refused)"),
        Kind("agent-gate-dropped", False, "answer", "this", filter=FILTER_GATE_DROP,
             summary="agent of this server, SYNs to the gate port dropped"),
        Kind("refused", summary="nothing listens: the kernel resets every SYN"),
        Kind("dropped", filter=FILTER_DROP, summary="every SYN dropped (timeout)"),
        Kind("icmp", filter=FILTER_ICMP, summary="every SYN answered with host-unreachable"),
    ]
}

# Raw connect results, as osmgmt-cli names them (docs/cli.md): gate keys and port outcomes.
CONNECTED, REFUSED, TIMEOUT, NO_ROUTE, SKIPPED = "connected", "refused", "timeout", "no-route", "skipped"


def gate_connect(kind: Kind) -> str:
    """How a connect to the gate port ends."""
    if kind.filter in (FILTER_DROP, FILTER_GATE_DROP):
        return TIMEOUT
    if kind.filter == FILTER_ICMP:
        return NO_ROUTE
    return CONNECTED if kind.gate_listener else REFUSED


def agent_port_outcome(kind: Kind) -> str:
    """The outcome osmgmt records for the agent port when it tries it."""
    if kind.filter == FILTER_DROP:
        return TIMEOUT
    if kind.filter == FILTER_ICMP:
        return NO_ROUTE
    return {
        None: REFUSED,
        "answer": "agent",
        "stall": "stalled",
        "garbage": "garbage",
        "close": "closed",
    }[kind.agent]


@dataclass(frozen=True)
class Expected:
    status: str
    gate: str
    port: Optional[str]  # the agent port's outcome, None when the port is never tried
    unverified: bool = False  # the endpoint's detail says its claim of this server is unverified


def expected(kind: Kind, check_on: bool) -> Expected:
    """DESIGN.md steps 2-4 for an IP-only endpoint."""
    gate = gate_connect(kind) if check_on else SKIPPED
    if check_on and gate != CONNECTED:
        # Step 2: the gate did not connect, so the endpoint is unreachable and nothing else runs.
        return Expected("unreachable", gate, None)
    port = agent_port_outcome(kind)
    if port == "agent":
        # Only a registered agent proves that it is this server's; an agent that merely claims
        # this server is an unverified claim, managed by another server (docs/security.md).
        if kind.server == "this" and kind.registered:
            return Expected("managed-by-this-server", gate, port)
        unverified = kind.server == "this"
        return Expected("managed-by-another-server", gate, port, unverified)
    if port in ("stalled", "garbage", "closed"):
        # Step 3: a port that accepted but did not complete the handshake, IP-only endpoint.
        status = "no-client-installed"
    elif gate == CONNECTED or port == REFUSED:
        # Step 4: the host showed it is alive (a refusal is an answer).
        status = "no-client-installed"
    else:
        status = "unreachable"
    return Expected(status, gate, port)
