#!/usr/bin/env bash
# probe17 (issue 9, measurement only): compiles the encoder probe against the build of this worktree and the
# encoder-probe profile's classpath, then runs one of its mains on one thread.
#   bench/minutes-quality/encoder/run.sh EncodeCandidates F.tsv V.f32
#   bench/minutes-quality/encoder/run.sh EncoderThroughputBench 20
# Needs the offline build first (mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ ! -s target/encoder-classpath.txt ]; then
  mvn -o -q dependency:build-classpath -Pencoder-probe -Dmdep.outputFile=target/encoder-classpath.txt
fi
CP="target/test-classes:target/classes:$(cat target/encoder-classpath.txt)"
mkdir -p target/encoder-classes
javac -nowarn -d target/encoder-classes -cp "$CP" bench/minutes-quality/encoder/*.java
main=$1; shift
# one thread: the JVM told it has one processor, the process pinned to one CPU (the ONNX session has one thread too)
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "target/encoder-classes:$CP" "org.puente.minutes.$main" "$@"
