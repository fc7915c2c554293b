#!/usr/bin/env bash
# check-units.sh INSTALLER_DIR: the agent's systemd units, its system user and its polkit rule,
# checked from the sources (no package, no systemd running: systemd-analyze works offline).
#   - both units parse and their dependencies resolve (systemd-analyze verify);
#   - their exposure (systemd-analyze security --offline) is at most 2.0, "OK" (docs/security.md);
#   - the hardening the agent relies on is there, by name;
#   - the boot-time restore runs before the network is up;
#   - the sysusers line makes the user; the polkit rule allows only starting the product's units.
# Exit 77 (a skip) without systemd-analyze.
set -euo pipefail
installer=$1
command -v systemd-analyze >/dev/null || { echo "no systemd-analyze here"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
agent=$installer/osmgmt-agent.service
restore=$installer/osmgmt-agent-quarantine.service
fail() { echo "FAIL: $*"; exit 1; }

# verify checks that ExecStart's program exists: the package's is not installed here.
for unit in "$agent" "$restore"; do
    sed 's|^ExecStart=/usr/bin/osmgmt-agent|ExecStart=/bin/true|' "$unit" > "$work/$(basename "$unit")"
done
(cd "$work" && systemd-analyze verify --man=no ./osmgmt-agent.service ./osmgmt-agent-quarantine.service) \
    || fail "systemd-analyze verify"

for unit in "$agent" "$restore"; do
    systemd-analyze security --offline=true --threshold=20 "$unit" > "$work/security.txt" 2>&1 \
        || { tail -25 "$work/security.txt"; fail "$(basename "$unit"): exposure above 2.0"; }
    tail -1 "$work/security.txt"
done

has() { grep -qx -- "$2" "$1" || fail "$(basename "$1") lacks $2"; }
for unit in "$agent" "$restore"; do
    has "$unit" 'User=osmgmt-agent'
    has "$unit" 'CapabilityBoundingSet=CAP_NET_ADMIN'
    has "$unit" 'AmbientCapabilities=CAP_NET_ADMIN'
    has "$unit" 'NoNewPrivileges=yes'
    has "$unit" 'SystemCallFilter=@system-service'
    has "$unit" 'RestrictNamespaces=yes'
    has "$unit" 'MemoryDenyWriteExecute=yes'
    has "$unit" 'ProtectKernelTunables=yes'
    has "$unit" 'ProtectKernelModules=yes'
    has "$unit" 'ProtectKernelLogs=yes'
    has "$unit" 'ProtectClock=yes'
done
has "$agent" 'LimitNOFILE=4096'
has "$agent" 'TasksMax=64'
has "$agent" 'Wants=network-online.target osmgmt-agent-quarantine.service'
# The restore: early, before any interface is configured, and only while a quarantine is kept.
has "$restore" 'DefaultDependencies=no'
has "$restore" 'Before=network-pre.target shutdown.target'
has "$restore" 'Wants=network-pre.target'
has "$restore" 'ConditionPathExists=/var/lib/osmgmt-agent/quarantine.json'
has "$restore" 'ExecStart=/usr/bin/osmgmt-agent --config /etc/osmgmt-agent/agent.json --restore-quarantine'

# The user, created in an empty root.
mkdir -p "$work/root/etc"
touch "$work/root/etc/passwd" "$work/root/etc/group"
# Read whole before matching: `grep -q` would close the pipe at the first match and, under
# pipefail, sysusers' SIGPIPE would fail the check at random.
sysusers=$(systemd-sysusers --dry-run --root="$work/root" \
    --inline "$(grep -v '^#' "$installer/osmgmt-agent.sysusers")" 2>&1) || true
grep -q "Creating user 'osmgmt-agent'" <<<"$sysusers" || fail "sysusers does not create osmgmt-agent"

# The polkit rule, run as polkit would run it (polkit's engine is not node, but the rule is
# plain ECMAScript 5): what the agent's user and another user may do.
if command -v node >/dev/null; then
    node - "$installer/50-osmgmt-agent.rules" <<'JS' || fail "the polkit rule"
const fs = require('fs');
let rule = null;
const polkit = { Result: { YES: 'yes', NO: 'no' }, addRule: (f) => { rule = f; } };
new Function('polkit', fs.readFileSync(process.argv[2], 'utf8'))(polkit);
const ask = (user, id, verb, unit) => rule(
    { id, lookup: (key) => ({ verb, unit })[key] }, { user });
const manage = 'org.freedesktop.systemd1.manage-units';
const cases = [
    [ask('osmgmt-agent', manage, 'start', 'osm-rtscan.service'), 'yes'],
    [ask('osmgmt-agent', manage, 'start', 'osm-listen.service'), 'yes'],
    [ask('osmgmt-agent', manage, 'stop', 'osm-rtscan.service'), 'no'],
    [ask('osmgmt-agent', manage, 'start', 'sshd.service'), 'no'],
    [ask('osmgmt-agent', manage, 'restart', 'osmgmt-agent.service'), 'no'],
    [ask('osmgmt-agent', 'org.freedesktop.systemd1.manage-unit-files', undefined, undefined), undefined],
    [ask('alice', manage, 'start', 'osm-rtscan.service'), undefined],
];
cases.forEach(([got, want], i) => {
    if (got !== want) { console.log(`case ${i}: got ${got}, want ${want}`); process.exit(1); }
});
JS
    echo "polkit rule: starts the product's units only"
else
    echo "no node here: the polkit rule's logic is not run"
fi
echo "units checked"
