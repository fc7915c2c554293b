"""The lab spec: which address ranges, how many addresses of each kind, and the seed that places
them. The same spec always gives the same lab (tests/lab/README.md, "The spec")."""

import ipaddress
import json
import random
from dataclasses import dataclass, field
from typing import Dict, List

from .kinds import KINDS

# The lab's ranges stay inside space that is never routed on the internet, so a mistake can at
# worst reach nothing: 198.18.0.0/15 (RFC 2544, benchmarking) and fd00::/8 (unique local).
ALLOWED_IPV4 = ipaddress.ip_network("198.18.0.0/15")
ALLOWED_IPV6 = ipaddress.ip_network("fd00::/8")
SPEC_KEYS = {"seed", "timeoutMs", "gatePort", "agentPort", "thisServer", "otherServer", "ipv4",
             "ipv6"}
FAMILY_KEYS = {"range", "prefix", "fill", "kinds"}


class SpecError(Exception):
    pass


@dataclass
class FamilySpec:
    network: ipaddress._BaseNetwork
    fill: str
    counts: Dict[str, int]


@dataclass
class Spec:
    seed: int = 1
    timeout_ms: int = 1000
    gate_port: int = 135
    agent_port: int = 21112
    this_server: str = "osm-lab"
    other_server: str = "osm-branch"
    families: List[FamilySpec] = field(default_factory=list)


@dataclass
class Layout:
    """Every address of the lab with its kind, in address order per family (IPv4 first)."""
    spec: Spec
    addresses: List[ipaddress._BaseAddress]
    kinds: List[str]


def _port(value, key):
    if not isinstance(value, int) or not 1 <= value <= 65535:
        raise SpecError(f"{key}: {value!r} is not a port (1-65535)")
    return value


def _family(data, key, allowed, min_length):
    if not isinstance(data, dict) or set(data) - FAMILY_KEYS:
        raise SpecError(f"{key}: an object with keys {sorted(FAMILY_KEYS)}")
    text = data.get("range" if key == "ipv4" else "prefix")
    try:
        network = ipaddress.ip_network(text, strict=True)
    except (TypeError, ValueError) as error:
        raise SpecError(f"{key}: {text!r} is not a network: {error}") from None
    if not network.subnet_of(allowed):
        raise SpecError(f"{key}: {network} is outside {allowed}, the only space the lab uses")
    if network.prefixlen < min_length:
        raise SpecError(f"{key}: {network} is larger than a /{min_length}")
    fill = data.get("fill", "refused")
    counts = data.get("kinds", {})
    for name in [fill, *counts]:
        if name not in KINDS:
            raise SpecError(f"{key}: {name!r} is not a kind ({', '.join(KINDS)})")
    for name, count in counts.items():
        if not isinstance(count, int) or count < 0:
            raise SpecError(f"{key}.kinds.{name}: {count!r} is not a count")
    if sum(counts.values()) > network.num_addresses:
        raise SpecError(f"{key}: {sum(counts.values())} addresses do not fit in {network}")
    return FamilySpec(network, fill, dict(counts))


def parse_spec(data) -> Spec:
    if not isinstance(data, dict) or set(data) - SPEC_KEYS:
        raise SpecError(f"the spec is an object with keys {sorted(SPEC_KEYS)}")
    spec = Spec()
    spec.seed = data.get("seed", spec.seed)
    spec.timeout_ms = data.get("timeoutMs", spec.timeout_ms)
    spec.gate_port = _port(data.get("gatePort", spec.gate_port), "gatePort")
    spec.agent_port = _port(data.get("agentPort", spec.agent_port), "agentPort")
    if spec.gate_port == spec.agent_port:
        raise SpecError("gatePort and agentPort must differ")
    spec.this_server = data.get("thisServer", spec.this_server)
    spec.other_server = data.get("otherServer", spec.other_server)
    if "ipv4" in data:
        spec.families.append(_family(data["ipv4"], "ipv4", ALLOWED_IPV4, 16))
    if "ipv6" in data:
        spec.families.append(_family(data["ipv6"], "ipv6", ALLOWED_IPV6, 112))
    if not spec.families:
        raise SpecError("the spec names neither ipv4 nor ipv6")
    return spec


def load_spec(path) -> Spec:
    with open(path, encoding="utf-8") as file:
        try:
            return parse_spec(json.load(file))
        except json.JSONDecodeError as error:
            raise SpecError(f"{path}: {error}") from None


def make_layout(spec: Spec) -> Layout:
    """Places the counted kinds at addresses drawn from the seed; the fill kind takes the rest."""
    addresses, kinds = [], []
    for family in spec.families:
        size = family.network.num_addresses
        rng = random.Random(f"{spec.seed}:{family.network}")
        chosen = rng.sample(range(size), sum(family.counts.values()))
        slot = [family.fill] * size
        position = 0
        for name in sorted(family.counts):
            for index in chosen[position:position + family.counts[name]]:
                slot[index] = name
            position += family.counts[name]
        first = int(family.network.network_address)
        make = type(family.network.network_address)
        addresses.extend(make(first + i) for i in range(size))
        kinds.extend(slot)
    return Layout(spec, addresses, kinds)


def scope_json(spec: Spec, check_on: bool) -> dict:
    """A scope file (docs/scope-format.md) over the whole lab."""
    return {
        "ipScopeEnabled": True,
        "ipv4Ranges": [str(f.network) for f in spec.families if f.network.version == 4],
        "ipv6Prefixes": [str(f.network) for f in spec.families if f.network.version == 6],
        "ports": [spec.agent_port],
        "unreachableCheck": {"enabled": check_on, "port": spec.gate_port},
        "timeoutMs": spec.timeout_ms,
    }
