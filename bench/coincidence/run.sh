#!/usr/bin/env sh
# Measures the coincidence analysis for 40 terms x 25 countries against a plain word-count cosine baseline.
# Usage: bench/coincidence/run.sh [runs]   (from the repository root; Maven dependencies must be in ~/.m2)
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  org.puente.glossary.CoincidenceAnalysisBench "${1:-20}"
