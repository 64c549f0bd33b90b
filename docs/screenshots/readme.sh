#!/usr/bin/env bash
# Retakes the README's screenshots from a running demo (./puente run on a fresh PUENTE_DATA_DIR):
#   docs/screenshots/readme.sh http://localhost:8080
# Signs in as st-csm (the CSM's secretariat: MERCOSUR is a CSM matter), uploads a development-corpus communiqué for review (the MERCOSUR summit of 4 July 2023) and
# takes the pictures in headless Chromium (Debian's chromium and chromium-driver). Needs target/classpath.txt
# (mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${1:-http://localhost:8080}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
T=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | token)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode username=st-csm --data-urlencode password=puente-demo-2017 \
  --data-urlencode "_csrf=$T" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
T=$(curl -s -b "$JAR" "$BASE/agreements/reviews" | token)
PAGE=$(mktemp)
trap 'rm -f "$JAR" "$PAGE"' EXIT
REVIEW=$(curl -s -b "$JAR" -o "$PAGE" -w '%{redirect_url}' -F "_csrf=$T" -F meetingTitle="Cumbre del MERCOSUR" \
  -F meetingDate=2023-07-04 -F processes=CSM -F lang=es \
  -F "file=@src/test/resources/minutes/corpus/dev/es-mercosur-cumbre-2023-07-04.txt;type=text/plain" \
  "$BASE/agreements/reviews" | sed 's#.*/agreements/reviews/##')
# run again on the same demo: the minutes are there already, and the page links to their review
[ -n "$REVIEW" ] || REVIEW=$(sed -n 's#.*id="existing-minutes-link"[^>]*href="/agreements/reviews/\([^"]*\)".*#\1#p;s#.*href="/agreements/reviews/\([^"]*\)"[^>]*id="existing-minutes-link".*#\1#p' "$PAGE" | head -1)
[ -n "$REVIEW" ] || { echo "the upload was refused" >&2; exit 1; }
java -cp "$(cat target/classpath.txt)" docs/screenshots/ReadmeScreenshots.java "$BASE" "$SESSION" "$REVIEW" docs/screenshots
chmod 644 docs/screenshots/*.png
