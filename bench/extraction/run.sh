#!/usr/bin/env sh
# Measures extraction throughput (pages/s, one thread, a page = 3,000 characters) against a plain regex scan.
# Usage: bench/extraction/run.sh [seconds]   (from the repository root; Maven dependencies must be in ~/.m2)
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.minutes.ExtractionThroughputBench "${1:-5}"
