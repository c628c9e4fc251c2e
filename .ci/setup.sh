#!/usr/bin/env bash
# Installs what the test suite needs and is not on a fresh machine. Idempotent; safe to run on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Card validation (tests/card-validation): Microsoft's adaptivecards renderer library from npm.
(cd tests/card-validation && { [ -d node_modules/adaptivecards ] || npm ci --no-audit --no-fund; })
# Storage tests (tests/CqpBot.Storage.Tests): a PostgreSQL server on 127.0.0.1:5432 with role cqpbot.
bash .ci/postgres.sh
