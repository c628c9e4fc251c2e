#!/usr/bin/env bash
# Installs what the test suite needs and is not on a fresh machine. Idempotent; safe to run on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ----------------------------------------------------------------------------------------------
# chromium: the browser tests (Playwright drives /usr/bin/chromium; never `playwright install`).
# fonts-dejavu-core: the PDF guide embeds DejaVu Sans (French accents). poppler-utils: the document tests read PDFs back.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
{ command -v pdftotext && command -v pdffonts && command -v pdftoppm; } >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- PostgreSQL: the storage contract, two-instance and outage tests (127.0.0.1:5432, role cqpbot) -----------------
if [ -f .ci/postgres.sh ]; then bash .ci/postgres.sh; fi

# --- npm packages: the web page, Microsoft's Direct Line client test, the Adaptive Cards validator -----------------
# npm ci runs only when node_modules is missing or older than package-lock.json.
for app in src/CqpBot/ClientApp tests/directline-client tests/card-validation; do
  if [ ! -f "$app/node_modules/.package-lock.json" ] || [ "$app/package-lock.json" -nt "$app/node_modules/.package-lock.json" ]; then
    (cd "$app" && npm ci --no-audit --no-fund)
  fi
done
echo "setup: done"
