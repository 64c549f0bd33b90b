#!/usr/bin/env bash
# Early warning against R: 50 routes × 520 weeks with injected surges (bench/early-warning/farrington_peer.R, R's
# surveillance::farringtonFlexible), then ./puente early-warning on the same series.csv in the same run.
# Prints both times and their ratio, agreement with R's alarms, surge weeks caught and false alarms.
# Usage: bench/early-warning/run.sh [OUTDIR]   (default target/bench-early-warning; needs r-cran-surveillance)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
out="${1:-target/bench-early-warning}"
mkdir -p "$out"
if ! Rscript -e 'suppressMessages(library(surveillance))' >/dev/null 2>&1; then
  echo "installing Debian's r-cran-surveillance" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -qq r-cran-surveillance >/dev/null
fi
# build first and run from a copy of the classes, so the timing below is the command alone (JVM start-up
# included) and a build started meanwhile cannot pull the classes from under it
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
rm -rf target/bench-ew-classes && cp -r target/classes target/bench-ew-classes
cp="target/bench-ew-classes:$(cat target/classpath.txt)"

echo "R 4 with r-cran-surveillance $(dpkg-query -W -f='${Version}' r-cran-surveillance 2>/dev/null): surveillance::farringtonFlexible (b=5, w=3, noPeriods=10, pastWeeksNotIncluded=26, alpha=0.01, nbPlugin)"
r_line="$(Rscript "$here/farrington_peer.R" "$out" 2>/dev/null | tail -1)"
echo "  $r_line"
r_secs="$(sed -E 's/.* ([0-9.]+) s;.*/\1/' <<<"$r_line")"

rm -f "$out/times.txt.tmp"
for method in farrington cusum ewma; do
  start=$(date +%s.%N)
  java -cp "$cp" org.puente.flows.EarlyWarningCommand --method "$method" "$out/series.csv" >"$out/puente-$method.csv"
  end=$(date +%s.%N)
  echo "$method $(echo "$end - $start" | bc)" >>"$out/times.txt.tmp"
done
mv "$out/times.txt.tmp" "$out/times.txt"

python3 - "$out" "$r_secs" <<'PY'
import csv, sys
out, r_secs = sys.argv[1], float(sys.argv[2])
times = dict(line.split() for line in open(f"{out}/times.txt"))
surge = {(r["route"], r["week"]): r["surge"] == "1" for r in csv.DictReader(open(f"{out}/series.csv"))}
def alarms(path):
    return {(r["route"], r["week"]): r for r in csv.DictReader(open(path))}
ref = alarms(f"{out}/alarms.csv")
def tally(rows):
    caught = sum(1 for k, r in rows.items() if r["alarm"] == "1" and surge[k])
    false = sum(1 for k, r in rows.items() if r["alarm"] == "1" and not surge[k])
    weeks = sum(1 for k in rows if surge[k])
    return caught, weeks, false
c, n, f = tally(ref)
print(f"R farringtonFlexible      {r_secs:8.2f} s   surge weeks caught {c}/{n}   false alarms {f}")
for method in ("farrington", "cusum", "ewma"):
    rows = alarms(f"{out}/puente-{method}.csv")
    secs = float(times[method])
    c, n, f = tally(rows)
    line = f"Puente {method:<18} {secs:8.2f} s   surge weeks caught {c}/{n}   false alarms {f}"
    if method == "farrington":
        same = sum(1 for k in ref if rows[k]["alarm"] == ref[k]["alarm"])
        bounds = sum(1 for k in ref if rows[k]["upperbound"] == ref[k]["upperbound"])
        line += (f"\n  ratio R/Puente {r_secs / secs:.1f}x (Puente's time includes JVM start-up and CSV I/O; R's is "
                 f"the detection loop only)\n  alarms agreeing with R: {same}/{len(ref)} route-weeks "
                 f"({100 * same / len(ref):.2f} %); identical upper bounds: {bounds}/{len(ref)}")
    print(line)
PY
