#!/usr/bin/env bash
# System packages Duet runs and tests with, from Debian's packages; installed only when missing.
# Each entry is BINARY:PACKAGE — the package is installed when the binary is not on PATH.
set -euo pipefail
REQUIRED=(
  "prometheus:prometheus"
  "promtool:prometheus"
  "chromium:chromium"
  "redis-server:redis-server"
  "systemd-analyze:systemd"
)
needed=()
for pair in "${REQUIRED[@]}"; do
  binary=${pair%%:*}; package=${pair##*:}
  command -v "$binary" >/dev/null 2>&1 || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages: ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
