# Shared by scripts/demo and scripts/test: install what is missing, configure and build.
# Both are idempotent: with everything installed and built, they only check and return.

OSMGMT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OSMGMT_BUILD=${OSMGMT_BUILD:-$OSMGMT_ROOT/build}

# Debian 12 packages (LAB.md).
OSMGMT_BUILD_PACKAGES=(cmake ninja-build ccache g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libspdlog-dev libfmt-dev
    libssl-dev libldap-dev libsqlite3-dev qt6-translations-l10n libgl1-mesa-dev libxkbcommon-dev)
# What the console needs to show every language it speaks: Japanese glyphs (Debian has no CJK
# font by default, and Qt draws empty boxes without one).
OSMGMT_RUN_PACKAGES=(fonts-ipafont-gothic)
OSMGMT_TEST_PACKAGES=(xvfb xauth imagemagick dbus dbus-x11 python3 file iproute2 nftables util-linux nmap time
    gnome-keyring libsecret-tools postgresql samba samba-ad-dc samba-ad-provision winbind krb5-user ldap-utils smbclient
    clang libclang-rt-14-dev openssl systemd)

osmgmt_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

osmgmt_missing_packages() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || printf '%s\n' "$package"
    done
}

osmgmt_install_packages() {
    local missing
    mapfile -t missing < <(osmgmt_missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    osmgmt_say "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have no package lists yet: update once, then retry.
    if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
        "${sudo[@]}" apt-get update
        "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

osmgmt_configure() {
    export CCACHE_DIR=${CCACHE_DIR:-$OSMGMT_ROOT/.cache/ccache}
    if [ ! -f "$OSMGMT_BUILD/build.ninja" ]; then
        osmgmt_say "configuring $OSMGMT_BUILD"
        cmake -S "$OSMGMT_ROOT" -B "$OSMGMT_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DOSMGMT_WERROR=ON -DOSMGMT_BUILD_TESTS=ON
    fi
}

# osmgmt_build [target...]: everything when no target is named.
osmgmt_build() {
    osmgmt_configure
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    osmgmt_say "building ${*:-everything}"
    cmake --build "$OSMGMT_BUILD" --parallel "$(nproc)" "${targets[@]}"
}
