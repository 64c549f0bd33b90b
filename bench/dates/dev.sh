#!/usr/bin/env sh
# The temporal tagger on the gold dates of a corpus branch's development part (never its frozen test part), per batch.
# Usage: bench/dates/dev.sh BRANCH [--misses]   e.g. bench/dates/dev.sh corpus-a
# Only src/test/resources/minutes/corpus/dev/ is taken from the branch (git archive), into target/dates-dev/BRANCH.
set -e
cd "$(dirname "$0")/../.."
branch="$1"; shift
out="target/dates-dev/$branch"
rm -rf "$out" && mkdir -p "$out"
git archive "$branch" src/test/resources/minutes/corpus/dev | tar -x -C "$out" --strip-components=5
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.minutes.dates.DevGoldCheck "$out/dev" "$@"
