#!/usr/bin/env sh
# Search latency (p50/p95 over 1,000 queries) at N synthetic documents in four languages, against a primary-key lookup.
# Usage: bench/search/run.sh [N] [queries]   (from anywhere; Maven dependencies must be in ~/.m2)
# The generated documents stay in target/bench-search-data; a second run at the same N skips generation.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.documents.SearchLatencyBench "${1:-20000}" "${2:-1000}" ${3:+"$3"}
