#!/bin/sh
# with-keyring.sh --unlocked|--locked|--none COMMAND [ARG...]
# Runs COMMAND against a private, real gnome-keyring (LAB.md, "QtKeychain headless"), with HOME
# and the XDG folders in a temporary directory, so a test never sees or touches the user's own
# keychain, settings or data. --locked locks the login collection first; --none runs with no
# Secret Service at all (a session bus address that leads nowhere).
set -eu
mode=${1:?usage: with-keyring.sh --unlocked|--locked|--none COMMAND...}
shift
case "$mode" in --unlocked|--locked|--none) ;; *) echo "with-keyring.sh: unknown mode $mode" >&2; exit 2 ;; esac

home=$(mktemp -d "${TMPDIR:-/tmp}/osmgmt-keyring.XXXXXX")
cleanup() { rm -rf "$home"; }
trap cleanup EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export OSMGMT_KEYRING_MODE="${mode#--}"

if [ "$mode" = --none ]; then
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-session-bus"
    status=0
    "$@" || status=$?
    exit "$status"
fi

for program in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$program" >/dev/null || { echo "with-keyring.sh: $program is not installed" >&2; exit 1; }
done

status=0
dbus-run-session -- sh -c '
    echo -n osmgmt-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    if [ "$OSMGMT_KEYRING_MODE" = locked ]; then
        # Make the login collection exist (it is created on first use), then lock it.
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.ReadAlias string:default >/dev/null
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.Lock \
            array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
    fi
    exec "$@"' with-keyring "$@" 2>&1 || status=$?
exit "$status"
