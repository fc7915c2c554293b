#!/bin/sh
# A service manager for tests (no systemd here), given to osmgmt-agent as its serviceManager.
# It answers the two verbs of systemctl that the agent uses, and manages real processes:
#
#   service-manager.sh is-active UNIT   prints active (exit 0) or inactive (exit 3)
#   service-manager.sh start UNIT       starts UNIT (exit 0), or says why not (exit 5: no such
#                                       unit; 1: it exited at once)
#
# Units live in $OSMGMT_SERVICES_DIR: UNIT.command holds the command line of the service; a
# started service's PID is kept in UNIT.pid, its output in UNIT.log.
set -u
dir=${OSMGMT_SERVICES_DIR:?OSMGMT_SERVICES_DIR names the folder of the units}
verb=${1:-}
unit=${2:-}

running() {
    [ -f "$dir/$unit.pid" ] && kill -0 "$(cat "$dir/$unit.pid")" 2>/dev/null
}

case $verb in
is-active)
    if running; then echo active; exit 0; fi
    echo inactive
    exit 3
    ;;
start)
    if [ ! -f "$dir/$unit.command" ]; then
        echo "Failed to start $unit: Unit $unit not found." >&2
        exit 5
    fi
    running && exit 0
    # Its own session, so it outlives this script and the agent's wait for it.
    setsid sh -c "exec $(cat "$dir/$unit.command")" </dev/null >>"$dir/$unit.log" 2>&1 &
    echo $! >"$dir/$unit.pid.new"
    mv "$dir/$unit.pid.new" "$dir/$unit.pid"
    sleep 0.2
    if ! running; then
        echo "Job for $unit failed: the service exited at once." >&2
        exit 1
    fi
    exit 0
    ;;
*)
    echo "unknown verb \"$verb\": is-active or start" >&2
    exit 2
    ;;
esac
