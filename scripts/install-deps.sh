#!/usr/bin/env bash
# Installs every Debian 12 package that Relais needs to build, run its demo and run its tests.
# Idempotent and non-interactive: packages already present are skipped without touching apt.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
  qt6-tools-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-multimedia-dev libqt6charts6-dev qt6-charts-dev libqt6opengl6-dev
  # server libraries
  libsodium-dev libtomlplusplus-dev
  # softphone engine (SIP and media)
  libre-dev librem-dev libopus-dev
  # tests and benchmarks
  libbenchmark-dev postgresql procps
  # real SIP peers and media checks for the softphone and voice tests
  baresip-core sip-tester sox espeak-ng
  # a private sound server with virtual devices for the Qt Multimedia audio tests
  pulseaudio pulseaudio-utils
  # baresip's alsa module onto that sound server (bench_softphone_latency)
  libasound2-plugins
  # GUI tests and screenshots under a virtual display
  xvfb xauth imagemagick xdotool
  # the desk: SVG icons, Qt's own French words (standard dialogs)
  qt6-svg-dev qt6-translations-l10n
  # the agent's remembered password in the system keychain; a Secret Service for its test
  qtkeychain-qt6-dev gnome-keyring dbus-daemon
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
