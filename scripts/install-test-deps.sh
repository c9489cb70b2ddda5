#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: a Chromium for Playwright. Playwright
# cannot download its own browsers here, so we use Debian's (needs root, or sudo).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
else
  echo "No /usr/bin/chromium and no apt-get: trying Playwright's own browser download." >&2
  npx playwright install chromium
fi
