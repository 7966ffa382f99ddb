#!/usr/bin/env bash
# Installs the Debian 12 packages Plateau needs, on a machine that has nothing but a shell and apt.
# Idempotent: installs only what is missing, always with --no-install-recommends, so every package that
# is needed is named here (a package that is only *recommended* by another is never there by luck).
# Sourced by scripts/run, scripts/test, scripts/fuzz and bench/run.sh; usable alone:
#   scripts/deps.sh [build|test|bench|fuzz|fresh|all]      (default: all = build + test)
# After installing, every group checks the files and commands it promised and names the package of any
# that is still missing, so a gap in these lists fails here with the fix in the message.
set -euo pipefail

# build: configure (the release preset configures the tests too), compile, run the demo headless.
plateau_build_packages=(
  build-essential cmake ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-charts-dev libqt6opengl6-dev # Qt6Charts' CMake config requires Qt6OpenGL, only *recommended* by qt6-base-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools # LinguistTools: lupdate/lrelease for the catalogues
  qtkeychain-qt6-dev nlohmann-json3-dev libgl-dev
  zlib1g-dev # decodes streams that a proxy gzipped
  libssl-dev # TLS on the lean transport's fast path
  libgtest-dev libgmock-dev # tests/ is part of every configured build
  libjs-chart.js fonts-dejavu-core # the dashboard embeds Chart.js; charts render text offscreen
)
# test: the whole ctest suite (keychain round trip in a private D-Bus session, dashboard in Chromium),
# and the Debian package (cpack's DEB generator calls dpkg-shlibdeps, which needs dpkg-dev and file).
plateau_test_packages=(
  dbus-daemon dbus-x11 gnome-keyring xvfb xauth chromium dpkg-dev file
)
# bench: bench/run.sh (wrk and h2load as the floors, Locust as the peer, /usr/bin/time for CPU and RSS, taskset).
plateau_bench_packages=(
  wrk python3 python3-locust time util-linux procps
  nghttp2-client openssl curl # h2load --h1, the second floor; the https mock's certificate; the mock's health probe
)
# fuzz: scripts/fuzz (libFuzzer comes with clang's runtime).
plateau_fuzz_packages=(
  clang libclang-rt-14-dev
)
# fresh: scripts/fresh-check (a brand-new Debian 12 root to prove the quick start).
plateau_fresh_packages=(
  debootstrap git ca-certificates
)

# What each group must leave behind: "path-or-command package". Checked after the install.
plateau_build_needs=(
  "/usr/lib/x86_64-linux-gnu/cmake/Qt6OpenGL/Qt6OpenGLConfig.cmake libqt6opengl6-dev"
  "/usr/lib/x86_64-linux-gnu/cmake/Qt6Charts/Qt6ChartsConfig.cmake qt6-charts-dev"
  "/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/Qt6LinguistToolsConfig.cmake qt6-tools-dev"
  "/usr/lib/qt6/bin/lrelease qt6-l10n-tools"
  "/usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqoffscreen.so qt6-qpa-plugins"
  "/usr/lib/x86_64-linux-gnu/cmake/Qt6Keychain/Qt6KeychainConfig.cmake qtkeychain-qt6-dev"
  "/usr/share/cmake/nlohmann_json/nlohmann_jsonConfig.cmake nlohmann-json3-dev"
  "/usr/include/zlib.h zlib1g-dev"
  "/usr/include/openssl/ssl.h libssl-dev"
  "/usr/lib/x86_64-linux-gnu/cmake/GTest/GTestConfig.cmake libgtest-dev"
  "/usr/share/javascript/chart.js/chart.min.js libjs-chart.js"
  "ninja ninja-build"
  "cmake cmake"
  "g++ build-essential"
)
plateau_test_needs=(
  "dbus-run-session dbus-daemon"
  "gnome-keyring-daemon gnome-keyring"
  "xvfb-run xvfb"
  "xauth xauth"
  "/usr/bin/chromium chromium"
  "dpkg-shlibdeps dpkg-dev"
  "file file"
)
plateau_bench_needs=(
  "wrk wrk"
  "h2load nghttp2-client"
  "openssl openssl"
  "curl curl"
  "locust python3-locust"
  "/usr/bin/time time"
  "taskset util-linux"
  "python3 python3"
)
plateau_fuzz_needs=(
  "clang++ clang"
  "/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a libclang-rt-14-dev"
)
plateau_fresh_needs=(
  "debootstrap debootstrap"
  "git git"
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

# plateau_check_needs "path-or-command package"...: fails naming every package whose file is missing.
plateau_check_needs() {
  local entry what pkg bad=0
  for entry in "$@"; do
    what="${entry% *}"
    pkg="${entry##* }"
    if [[ "$what" == /* ]]; then
      [ -e "$what" ] && continue
    else
      command -v "$what" >/dev/null 2>&1 && continue
    fi
    echo "plateau: missing $what: the Debian package '$pkg' is needed (add it to scripts/deps.sh)" >&2
    bad=1
  done
  return "$bad"
}

plateau_deps_group() {
  local group="$1"
  local -n pkgs="plateau_${group}_packages"
  local -n needs="plateau_${group}_needs"
  plateau_install_missing "${pkgs[@]}"
  plateau_check_needs "${needs[@]}"
}

plateau_deps() {
  case "${1:-all}" in
    build | bench | fuzz | fresh) plateau_deps_group "$1" ;;
    test) plateau_deps_group build && plateau_deps_group test ;;
    all) plateau_deps_group build && plateau_deps_group test ;;
    *) echo "usage: scripts/deps.sh [build|test|bench|fuzz|fresh|all]" >&2; return 2 ;;
  esac
}

# Configures and builds into build/<preset> (Release by default); extra arguments go to `cmake --build`
# (e.g. --target plateau).
plateau_build() {
  local preset="${1:-release}"
  shift || true
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  # PLATEAU_WERROR=ON (as CI sets it) turns every compiler warning into an error.
  cmake --preset "$preset" -S "$root" -DPLATEAU_WERROR="${PLATEAU_WERROR:-OFF}" >/dev/null
  cmake --build "$root/build/$preset" -j"$(nproc)" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  plateau_deps "${1:-all}"
fi
