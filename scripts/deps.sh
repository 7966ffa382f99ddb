#!/usr/bin/env bash
# Installs the Debian 12 packages Plateau needs to build, test and run. Idempotent: installs only what
# is missing. Sourced by scripts/run and scripts/test; usable alone: scripts/deps.sh [build|test|all]
set -euo pipefail

plateau_build_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qtkeychain-qt6-dev nlohmann-json3-dev libgl-dev
  libjs-chart.js fonts-dejavu-core
)
plateau_test_packages=(
  libgtest-dev libgmock-dev xvfb xauth dbus dbus-x11 gnome-keyring chromium dpkg-dev file
)

plateau_install_missing() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "plateau: installing ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

plateau_deps() {
  case "${1:-build}" in
    build) plateau_install_missing "${plateau_build_packages[@]}" ;;
    test | all) plateau_install_missing "${plateau_build_packages[@]}" "${plateau_test_packages[@]}" ;;
    *) echo "usage: scripts/deps.sh [build|test|all]" >&2; return 2 ;;
  esac
}

# Configures and builds into build/<preset> (Release by default).
plateau_build() {
  local preset="${1:-release}"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cmake --preset "$preset" -S "$root" >/dev/null
  cmake --build "$root/build/$preset" -j"$(nproc)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  plateau_deps "${1:-all}"
fi
