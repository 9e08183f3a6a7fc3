#!/usr/bin/env bash
# Throughput of `redline audit` on generated entity lists, beside ripgrep's raw search over the
# same file and phrases (the floor: a byte search with no normalization, evasion handling,
# rules or output).
#
# usage: benches/audit.sh [ROWS=1000000] [THREADS=all]
# Needs python3 (the generator), GNU time (peak RSS) and rg; installs the last two if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
threads=${2:-0}
out=benches/out
mkdir -p "$out"
data="$out/entities-$rows.csv"

command -v rg >/dev/null && [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq ripgrep time >/dev/null; }
cargo build --release --quiet
[ -f "$data" ] || python3 benches/gen_entities.py "$rows" "$data"
bytes=$(stat -c %s "$data")

# The seven terms of art. 8 and their common variants, for the raw-search floor.
cat > "$out/terms.txt" <<'TERMS'
虚拟货币
虛擬貨幣
虚拟资产
加密货币
加密资产
加密資產
稳定币
穩定幣
现实世界资产代币化
RWA
virtual currency
crypto asset
cryptocurrency
stablecoin
stable coin
real-world asset tokenization
TERMS

threads_arg=()
[ "$threads" != 0 ] && threads_arg=(--threads "$threads")
/usr/bin/time -f "%e %M" -o "$out/time.txt" ./target/release/redline audit "$data" "${threads_arg[@]}" -o "$out/findings.jsonl" 2> "$out/stderr.txt" || true
read -r secs rss_kb < <(tail -n 1 "$out/time.txt")
start=$(date +%s.%N); rg -F -i -c -f "$out/terms.txt" "$data" > /dev/null || true; end=$(date +%s.%N)
rg_secs=$(echo "$end - $start" | bc -l)

python3 - "$rows" "$bytes" "$secs" "$rss_kb" "$rg_secs" <<'PY'
import sys
rows, size, secs, rss, rg = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
print(f"rows            {rows:,} ({size / 1e6:.0f} MB)")
print(f"redline audit   {secs:.2f} s  {rows / secs:,.0f} rows/s  {size / secs / 1e6:.0f} MB/s  peak RSS {rss / 1024:.0f} MB")
print(f"rg -F -i -c -f  {rg:.2f} s  {rows / rg:,.0f} rows/s")
print(f"ratio           {secs / rg:.2f} (redline time / rg time)")
PY
tail -n 6 "$out/stderr.txt"
