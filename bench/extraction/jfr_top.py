#!/usr/bin/env python3
"""Where the minutes reading spends its time, from a JFR recording of the throughput bench.

  java -XX:ActiveProcessorCount=1 -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile \
       -cp "$CP" org.puente.minutes.ExtractionThroughputBench 20
  python3 bench/extraction/jfr_top.py /tmp/x.jfr [N]

Prints the N (15) commonest top frames and first org.puente frames (share of the samples), then the org.puente frames
by inclusive share. Only the samples of the extraction count: the bench's baseline regex scan is left out. JDK 17's
`jfr` has no `view` command, hence this script.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '256', path],
                     capture_output=True, text=True, check=True).stdout
top, first, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
for event in out.split('jdk.ExecutionSample')[1:]:
    m = re.search(r'stackTrace = \[(.*?)\n\s*\]', event, re.S)
    if not m:
        continue
    frames = [re.sub(r'\s+line:.*', '', f.strip()) for f in m.group(1).strip().split('\n')
              if f.strip() and f.strip() != '...']
    if not frames or any('ExtractionThroughputBench.scan' in f for f in frames) \
            or not any('MinutesReading.read' in f for f in frames):
        continue
    total += 1
    top[frames[0]] += 1
    first[next((f for f in frames if f.startswith('org.puente')), '(none)')] += 1
    for f in set(f for f in frames if f.startswith('org.puente')):
        inclusive[f] += 1


def show(title, counter):
    print(f'## {title} ({total} samples of the extraction)')
    for frame, count in counter.most_common(n):
        print(f'{100 * count / max(total, 1):5.1f}%  {frame}')


show('top frame', top)
show('first org.puente frame', first)
show('inclusive org.puente frame', inclusive)
