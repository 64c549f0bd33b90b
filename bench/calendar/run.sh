#!/usr/bin/env sh
# Times GET /calendar.ics with 10,000 extra meetings in the test database (median of runs) against writing the same
# number of plain strings. Usage: bench/calendar/run.sh [meetings] [runs]   (from the repository root)
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.meetings.CalendarFeedBench "${1:-10000}" "${2:-7}"
