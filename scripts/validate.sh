#!/usr/bin/env bash
# `npm run validate`: every check CI makes, in CI's order. With TEST_DATABASE_URL set (as CI sets it)
# the tests run on that Postgres server and the server tests then run again on the embedded PGlite;
# without it, everything runs on PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "--- typecheck"
npm run -s typecheck
echo "--- lint"
npm run -s lint
echo "--- import rules (.dependency-cruiser.cjs)"
npm run -s deps
if [ -n "${TEST_DATABASE_URL:-}" ]; then where="the Postgres server"; else where="the embedded PGlite"; fi
echo "--- npm test (domain, server and browser tests) on $where"
npm test
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "--- server tests again on the embedded PGlite"
  env -u TEST_DATABASE_URL npm run -s test:server
fi
