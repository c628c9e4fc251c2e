#!/usr/bin/env bash
# Installs what the test suite needs and is not on a fresh machine. Idempotent; safe to run on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "setup: nothing to install yet"

# --- web chat page and browser tests (tests/CqpBot.Browser.Tests) ---------------------------------------------
# Debian's Chromium for Playwright (never `playwright install`), and the npm packages of the page and of the
# Direct Line client test. npm ci runs only when node_modules is missing or older than package-lock.json.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
for app in src/CqpBot/ClientApp tests/directline-client; do
  if [ ! -f "$app/node_modules/.package-lock.json" ] || [ "$app/package-lock.json" -nt "$app/node_modules/.package-lock.json" ]; then
    (cd "$app" && npm ci --no-audit --no-fund)
  fi
done
# --- end web chat ---------------------------------------------------------------------------------------------
