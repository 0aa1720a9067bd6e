#!/usr/bin/env bash
# Installs what Registrum needs on a fresh machine: Debian's Chromium (for the end-to-end tests and
# screenshots) and the npm dependencies. The Electron binary is fetched later, by `npm start`, where the
# network allows it; the tests do not need it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install the Debian package 'chromium' (needed by the end-to-end tests)." >&2
  fi
fi

ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
