#!/usr/bin/env bash
# check-deb.sh BUILD_DIR: builds the .deb with cpack, installs it with dpkg -i (as root, or with
# sudo), checks that the installed console, CLI and agent start, then removes the package.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" || {
    cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
        echo "neither root nor passwordless sudo: cannot run dpkg -i here"; exit 77; fi
fi
# The package's postinst creates the agent's system user; a user this test made goes again.
user_existed=no
getent passwd osmgmt-agent >/dev/null && user_existed=yes
"${sudo[@]}" dpkg -i "$deb"
trap '"${sudo[@]}" dpkg -r osmgmt >/dev/null || true
      [ "$user_existed" = yes ] || "${sudo[@]}" userdel osmgmt-agent 2>/dev/null || true
      rm -rf "$out"' EXIT
/usr/bin/osmgmt-cli --version
/usr/bin/osmgmt-agent --version
QT_QPA_PLATFORM=offscreen /usr/bin/osmgmt --version
test -f /usr/share/applications/osmgmt.desktop
# The agent's service unit, and the example configuration it reads, which the agent accepts.
unit=/lib/systemd/system/osmgmt-agent.service
test -f "$unit"
grep -q '^ExecStart=/usr/bin/osmgmt-agent --config /etc/osmgmt-agent/agent.json' "$unit"
# Its own user, with CAP_NET_ADMIN only (nft, SO_MARK); the boot-time quarantine restore, the
# user's sysusers line and its polkit rule come with it (tests/installer/check-units.sh checks
# what they say).
grep -q '^CapabilityBoundingSet=CAP_NET_ADMIN$' "$unit"
grep -q '^User=osmgmt-agent$' "$unit"
test -f /lib/systemd/system/osmgmt-agent-quarantine.service
test -f /usr/lib/sysusers.d/osmgmt-agent.conf
test -f /usr/share/polkit-1/rules.d/50-osmgmt-agent.rules
getent passwd osmgmt-agent >/dev/null || { echo "postinst did not create osmgmt-agent"; exit 1; }
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify --man=no "$unit" /lib/systemd/system/osmgmt-agent-quarantine.service
    systemd-analyze security --offline=true --threshold=20 "$unit" | tail -1
fi
example=/usr/share/doc/osmgmt/agent.example.json
test -f "$example"
state=$(mktemp -d)
ca=$(mktemp)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout /dev/null \
    -subj /CN=osm-hq -days 1 -addext basicConstraints=critical,CA:TRUE -out "$ca" 2>/dev/null
# Other tests run at the same time and hold ports of their own: a port the kernel just gave out
# is free, and if another test takes it before the agent binds, the agent is tried again.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
for _ in 1 2 3 4 5; do
    port=$(free_port)
    sed -e "s|/var/lib/osmgmt-agent|$state|" -e "s|/etc/osmgmt-agent/server-ca.pem|$ca|" \
        -e "s|21112|$port|" "$example" > "$state/agent.json"
    /usr/bin/osmgmt-agent --config "$state/agent.json" --ready-file "$state/ready" \
        2> "$state/agent.err" &
    agent=$!
    for _ in $(seq 50); do
        [ -f "$state/ready" ] && break
        kill -0 "$agent" 2>/dev/null || break
        sleep 0.1
    done
    kill "$agent" 2>/dev/null || true
    wait "$agent" || true
    [ -f "$state/ready" ] && break
    cat "$state/agent.err"
    grep -q 'Address already in use' "$state/agent.err" || break
done
test -f "$state/ready" || { echo "the agent did not start with the example configuration"; exit 1; }
test -f "$state/registration.json"
# What the boot-time unit runs: with no quarantine kept, it loads nothing and says so.
restored=$(/usr/bin/osmgmt-agent --config "$state/agent.json" --restore-quarantine)
grep -q 'nothing to restore' <<< "$restored"
rm -rf "$state" "$ca"
echo "installed programs start"
