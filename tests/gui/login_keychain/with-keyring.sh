#!/bin/sh
# Runs a test inside its own D-Bus session with a real, unlocked GNOME keyring (Secret Service)
# in a throw-away HOME, so QtKeychain has a system keychain to talk to.
set -e
export HOME=$(mktemp -d /tmp/relais-keyring.XXXXXX)
trap 'rm -rf "$HOME"' EXIT
exec dbus-run-session -- sh -c 'printf relais | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"
