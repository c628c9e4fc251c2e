#!/usr/bin/env bash
# Installs what the test suite needs and is not on a fresh machine. Idempotent; safe to run on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/postgres.sh
