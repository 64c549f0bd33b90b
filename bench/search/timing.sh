#!/usr/bin/env sh
# Where a search's time goes with and without the glossary's synonym graph (search.QueryPreparationTiming): boots the
# application with the tests' profile and demo data (its own data directory, target/timing-data), runs the query set,
# prints TIMING lines. Usage: bench/search/timing.sh [rounds, default 30]   (Maven dependencies must be in ~/.m2)
# It is a main, not a test: it asserts nothing, so neither the suite nor an IDE's "run all" should boot a context for it.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.search.QueryPreparationTiming "${1:-30}"
