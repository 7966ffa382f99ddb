#!/usr/bin/env bash
# Runs the keychain tests against a real Secret Service: a private D-Bus session and gnome-keyring
# with a throw-away HOME (docs/architecture.md, "Testing, fuzzing, benchmarks"), so the developer's own keyring is never touched.
# Usage: scripts/keychain-test.sh [path/to/test_secrets]
#        (default: the first of build/debug, build/release that has it, as CMakePresets.json lays out)
set -euo pipefail

bin="${1:-}"
if [[ -z "$bin" ]]; then
    for dir in build/debug build/release; do
        if [[ -x "$dir/tests/secrets/test_secrets" ]]; then
            bin="$dir/tests/secrets/test_secrets"
            break
        fi
    done
fi
if [[ -z "$bin" || ! -x "$bin" ]]; then
    echo "keychain-test.sh: no test binary at '$bin' (build the test_secrets target first)" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "keychain-test.sh: '$tool' is not installed (apt-get install dbus gnome-keyring)" >&2
        exit 2
    fi
done
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

# Inside the session: a fresh HOME, a keyring unlocked with a throw-away password, then the tests.
# The keyring daemon exits with the session bus when dbus-run-session ends.
dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME="$(mktemp -d)"
    trap "rm -rf \"$HOME\"" EXIT
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    PLATEAU_KEYCHAIN_TEST=1 "$1" --gtest_filter="*Keychain*"
' keychain-test "$bin"
