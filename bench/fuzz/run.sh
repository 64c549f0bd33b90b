#!/usr/bin/env bash
# The fuzz suite at full size: 2,500 generated inputs for each of the four fuzzed paths (damaged DOCX/PDF/ODT through the reader,
# .ics files through the import, search queries through the API, CSV cells round-tripped), 10,000 in all. The default test suite runs the same tests with 150.
# Usage: ./puente bench fuzz [tries-per-parser]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -B -q test -Dtest='*FuzzTests' -Djqwik.tries.default="${1:-2500}" -Dpuente.test.smtp-port="${PUENTE_SMTP_PORT:-3103}"
