#!/usr/bin/env bash
# console-screenshot.sh CONSOLE SHOT.png [LANGUAGE]: starts the console with --demo under Xvfb in a fresh
# home, waits until its first query is stored as completed, photographs the screen, and fails
# when the picture is blank or the query never finished. Run through with-keyring.sh: the
# console creates its certificate authority at this first start, and the check ends by making
# sure that its private key is in the keychain and in no file the console wrote (DESIGN.md).
set -euo pipefail
console=$1
shot=$2
language=${3:-en} # the console's --lang: the Japanese run shows that its font is installed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/share XDG_CONFIG_HOME=$work/config
export XDG_RUNTIME_DIR=$work/run QT_QPA_PLATFORM=xcb
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
database=$XDG_DATA_HOME/osmgmt/osmgmt/osmgmt.sqlite
log=$XDG_DATA_HOME/osmgmt/osmgmt/logs/osmgmt.log

cat > "$work/inside.sh" <<INSIDE
set -eu
"$console" --demo --lang $language > "$work/console.log" 2>&1 &
pid=\$!
deadline=\$((\$(date +%s) + 150))
# The console's log says when the first query is stored; reading the database itself while the
# console creates it would be a second writer's lock in the way.
until grep -qs 'query 1 ended completed' "$log"
do
    if ! kill -0 \$pid 2>/dev/null; then echo "the console exited"; cat "$work/console.log"; exit 1; fi
    if [ \$(date +%s) -ge \$deadline ]; then
        echo "no completed query after 150 s"; cat "$work/console.log"; kill \$pid; exit 1
    fi
    sleep 0.2
done
until grep -qs "certificate authority is loaded" "$log"
do
    if [ \$(date +%s) -ge \$deadline ]; then
        echo "the certificate authority did not load"; cat "$log"; kill \$pid; exit 1
    fi
    sleep 0.2
done
sleep 1 # let the window paint the finished query
import -window root "$shot"
kill \$pid
wait \$pid || true
INSIDE
xvfb-run -a -s "-screen 0 1280x800x24" sh "$work/inside.sh"

python3 - "$database" "$XDG_DATA_HOME/osmgmt/osmgmt/demo/fleet.json" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
query, state, server, count = db.execute(
    "select q.id, q.state, q.server_name, (select count(*) from endpoints e where e.query_id = q.id) "
    "from queries q order by q.started_at desc, q.id desc limit 1").fetchone()
statuses = {s for (s,) in db.execute("select distinct status from endpoints")}
print(f"demo query: {state}, {count} endpoints, statuses {sorted(statuses)}")
expected = {"managed-by-this-server", "managed-by-another-server", "no-client-installed", "unreachable"}
if state != "completed" or count != 254 or not expected <= statuses:
    sys.exit("the demo query did not classify the whole fleet")
# An agent counts as this server's only once registered to its CA (docs/security.md): the demo
# registers every answering agent of this server, so each one must be Managed by this server,
# and no endpoint may be an unverified claim.
with open(sys.argv[2], encoding="utf-8") as file:
    fleet = json.load(file)
ours = {e["address"] for e in fleet["endpoints"]
        if e.get("agent", {}).get("server") == server and "behaviour" not in e["agent"]}
found = dict(db.execute("select address, status from endpoints where query_id = ?", (query,)))
wrong = sorted(a for a in ours if found.get(a) != "managed-by-this-server")
unverified = [a for (a,) in db.execute(
    "select address from endpoints where query_id = ? and detail like '%unverified%'", (query,))]
print(f"demo agents of {server}: {len(ours)}, {len(ours) - len(wrong)} Managed by this server, "
      f"{len(unverified)} unverified claims")
if not ours or wrong or unverified:
    sys.exit(f"the demo's registered agents are not all Managed by this server: {wrong[:10]} "
             f"unverified {unverified[:10]}")
PY
colours=$(convert "$shot" -format '%k' info:)
deviation=$(convert "$shot" -colorspace Gray -format '%[fx:int(standard_deviation*1000)]' info:)
echo "screenshot $shot: $colours colours, grey deviation $deviation/1000"
if [ "$colours" -lt 50 ] || [ "$deviation" -lt 20 ]; then
    echo "the screenshot is blank"
    exit 1
fi

# The key: in the keychain (QtKeychain stores binary secrets base64-encoded), nowhere else.
key=$(secret-tool lookup server osmgmt user server-ca-private-key | base64 -d)
case "$key" in
    "-----BEGIN PRIVATE KEY-----"*) ;;
    *) echo "the keychain holds no private key for the server's CA"; exit 1 ;;
esac
printf '%s\n' "$key" | grep -v -- '-----' > "$work/key-lines"
leaks=$(grep -rlF -f "$work/key-lines" -e 'PRIVATE KEY' "$work" --exclude=key-lines || true)
if [ -n "$leaks" ]; then
    echo "the CA private key appears in: $leaks"
    exit 1
fi
echo "the CA private key is in the keychain only ($(find "$work" -type f | wc -l) files checked)"
