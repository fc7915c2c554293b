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
"${sudo[@]}" dpkg -i "$deb"
trap '"${sudo[@]}" dpkg -r osmgmt >/dev/null || true; rm -rf "$out"' EXIT
/usr/bin/osmgmt-cli --version
/usr/bin/osmgmt-agent --version
QT_QPA_PLATFORM=offscreen /usr/bin/osmgmt --version
test -f /usr/share/applications/osmgmt.desktop
echo "installed programs start"
