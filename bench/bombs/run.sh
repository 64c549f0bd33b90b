#!/usr/bin/env bash
# Three 1 GiB zip bombs (1 MB DOCX files whose word/document.xml inflates to 1 GiB) uploaded at once while other
# people read pages. Prints the heap of the Puente JVM (max of 0.5 s samples) before and during, the latency of
# the other people's requests (wrk, p50/p99) before (the baseline) and during, and what became of the three
# versions (FAILED with the 'bomb' reason). Usage: ./puente bench bombs [inflated-bytes]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/puente.sh
SIZE="${1:-1073741824}"
work_dir bombs
need_tools wrk
build_jar
trap stop_started EXIT
say "making the bomb ($SIZE bytes inflated)"
python3 - "$DIR/bomb.docx" "$SIZE" <<'PY'
import sys, zipfile
path, size = sys.argv[1], int(sys.argv[2])
head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>').encode()
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with z.open('word/document.xml', 'w', force_zip64=True) as part:
        part.write(head)
        chunk = b' ' * (1 << 20)
        for _ in range(size // len(chunk)):
            part.write(chunk)
        part.write(b'</w:t></w:r></w:p></w:body></w:document>')
PY
say "bomb: $(du -k "$DIR/bomb.docx" | cut -f1) KB"
start_node "$BENCH_PORT" "$DIR/node.log" PUENTE_DATA_DIR="$DIR/data"
URL="http://127.0.0.1:$BENCH_PORT"
read -r ADMIN _ < <(sign_in "$BENCH_PORT" admin)
read -r SESSION CSRF < <(sign_in "$BENCH_PORT" st-crm)
# the value is the last field: the pool names in the labels hold spaces ("G1 Old Gen"), so $2 read a word of a name
heap() { curl -s -H "Cookie: SESSION=$ADMIN" "$URL/actuator/prometheus" \
  | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {if (s > 0) printf "%d\n", s / 1048576}'; }
sample() { set +e; while true; do heap; sleep 0.5; done; }
wrk -t1 -c4 -d20s -s bench/load/mix.lua "$URL" >/dev/null   # warm-up, anonymous mix
sample > "$DIR/heap-before.txt" & S=$!
say "baseline: 4 anonymous users, 30 s"
wrk -t1 -c4 -d30s --timeout 30s -s bench/load/mix.lua "$URL" | tee "$DIR/before.txt" | tail -2
kill $S 2>/dev/null || true
sample > "$DIR/heap-during.txt" & S=$!
say "three bombs at once, same 4 users for 30 s"
wrk -t1 -c4 -d30s --timeout 30s -s bench/load/mix.lua "$URL" > "$DIR/during.txt" & W=$!
sleep 2
for i in 1 2 3; do
  curl -s -o /dev/null -w "upload $i: HTTP %{http_code} in %{time_total} s -> %{redirect_url}\n" -H "Cookie: SESSION=$SESSION" \
    -F "title.es=Bomba $i" -F kind=REPORT -F language=es -F date=2017-06-20 -F confidentiality=CONFERENCES \
    -F processes=CRM -F "_csrf=$CSRF" -F "file=@$DIR/bomb.docx;filename=bomba-$i.docx" "$URL/documents" \
    | tee -a "$DIR/uploads.txt" &
done
wait $W
sleep 5
kill $S 2>/dev/null || true
tail -2 "$DIR/during.txt"
for id in $(grep -o '/documents/[0-9a-f-]*' "$DIR/uploads.txt" | cut -d/ -f3); do
  for _ in $(seq 1 60); do
    page=$(curl -s -H "Cookie: SESSION=$SESSION" "$URL/documents/$id")
    echo "$page" | grep -q 'posible bomba de compresión' && { echo "document $id: FAILED — bomb"; break; }
    sleep 2
  done
done
max() { sort -n "$1" | tail -1; }
p() { grep -o "$2 [0-9.]* ms" "$1" | awk '{print $2}'; }
echo "heap (MB, max of samples): before $(max "$DIR/heap-before.txt"), during the bombs $(max "$DIR/heap-during.txt") (-Xmx1g)"
echo "other users' latency p50/p99 (ms): before $(p "$DIR/before.txt" p50)/$(p "$DIR/before.txt" p99)," \
  "during $(p "$DIR/during.txt" p50)/$(p "$DIR/during.txt" p99);" \
  "p99 ratio $(awk -v a="$(p "$DIR/during.txt" p99)" -v b="$(p "$DIR/before.txt" p99)" 'BEGIN {printf "%.1f", a / b}')"
echo "requests served: before $(grep -o '^requests [0-9]*' "$DIR/before.txt"), during $(grep -o '^requests [0-9]*' "$DIR/during.txt")"
