#!/bin/sh
# The production server, as `npm start` runs it after a build; the load benchmark starts it the same
# way. Memory defaults (docs/performance.md):
# - a 256 MB old-space heap: without a cap V8 lets garbage grow the heap to 200 MB and more before
#   collecting (376-386 MB RSS over a load run of every case); with it, 201 MB at the same
#   throughput. The live data is 50-60 MB under load; three dense 1 MB articles saved at once
#   peak at 243 MB RSS;
# - 4 MB young-generation semispaces (V8's default grows them to 16 MB);
# - two malloc arenas (glibc's default is eight per core).
# They go first in NODE_OPTIONS, so a flag set there wins (the last one given counts); MALLOC_ARENA_MAX
# can be set too.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
export NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=4${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node "$(dirname "$0")/../build/cli/claimdesk.mjs" serve "$@"
