#!/usr/bin/env sh
# Search at N documents (default 100,000) in four languages: Puente's latency (p50/p95/p99 over the queries, default
# 1,000), relevance on the judged queries, and the same against a plain Lucene index of the same documents; then
# how fast bad input is answered. Usage: bench/search/run.sh [N] [queries]   (Maven dependencies must be in ~/.m2)
# Extra JVM options in BENCH_JVM_OPTS (e.g. BENCH_JVM_OPTS=-Dbench.profile=1, or a JFR recording).
# The documents and both indexes stay in target/bench-search; a second run at the same N skips building them.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# a copy of the classes, so a build started meanwhile cannot pull them from under the running benchmark
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/test-classes target/bench-classes/
exec java -Xmx2g ${BENCH_JVM_OPTS:-} -cp "target/bench-classes/test-classes:target/bench-classes/classes:$(cat target/classpath.txt)" \
  org.puente.search.SearchBench "${1:-100000}" "${2:-1000}"
