#!/usr/bin/env bash
# Installs what the test suite needs and is not on a fresh machine. Idempotent; safe to run on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# The PDF guide embeds DejaVu Sans (French accents, ☐/☑); the document tests read PDFs back with poppler's pdftotext/pdffonts.
missing=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: nothing to install"
fi

# Card validation (tests/card-validation): Microsoft's adaptivecards renderer library from npm.
(cd tests/card-validation && { [ -d node_modules/adaptivecards ] || npm ci --no-audit --no-fund; })
