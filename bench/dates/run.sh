#!/usr/bin/env sh
# Puente's temporal tagger beside Python's dateparser on bench/dates/expressions.tsv (accuracy, coverage, time and
# their ratios), then its throughput on whole minutes beside the old agreements.DateExtractor, in the same run.
# Usage: bench/dates/run.sh [seconds] [file]   (from anywhere; Maven dependencies must be in ~/.m2)
#   file: bench/dates/expressions.tsv (default) or bench/dates/forms.tsv (the annotation rules' general forms)
set -e
cd "$(dirname "$0")/../.."
if ! /usr/bin/python3 -c 'import dateparser' >/dev/null 2>&1; then
  echo "Installing Debian's python3-dateparser (the peer)…" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-dateparser >/dev/null
fi
mkdir -p target
file="${2:-bench/dates/expressions.tsv}"
/usr/bin/python3 bench/dates/peer_dateparser.py "$file" > target/dates-peer.tsv
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.minutes.dates.TemporalTaggerBench target/dates-peer.tsv "${1:-3}" "$file"
