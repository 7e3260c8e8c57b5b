#!/bin/sh
# The production server, as `npm start` runs it after a build; the load benchmark starts it the same
# way. Young-generation semispaces of 4 MB (V8's default grows them to 16 MB) and two malloc arenas
# (glibc's default is eight per core) keep a busy server's resident memory about a tenth lower at the
# same throughput (docs/performance.md). Either can be overridden: NODE_OPTIONS, MALLOC_ARENA_MAX.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node --max-semi-space-size=4 "$(dirname "$0")/../build/cli/claimdesk.mjs" serve "$@"
