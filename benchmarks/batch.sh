#!/usr/bin/env bash
# Batch validation with the built CLI: disclosures per second, CPU time / wall time (both cores busy?) and peak memory
# (independent of the number of disclosures?). Needs GNU time (apt-get install -y time).
#   benchmarks/batch.sh [counts...]        default: 1000 10000
# Writes the table to stdout; benchmarks/results/batch.md holds the recorded run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/GovBudget.Cli -c Release -v quiet -nologo > /dev/null
cli=src/GovBudget.Cli/bin/Release/net10.0/GovBudget.Cli.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(1000 10000)

echo "| disclosures | input MB | wall s | user s | sys s | CPU/wall | disclosures/s | peak RSS MB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${counts[@]}"; do
  dotnet "$cli" generate --count "$n" --output "$work/batch-$n.jsonl" > /dev/null
  /usr/bin/time -v -o "$work/time-$n.txt" dotnet "$cli" validate "$work/batch-$n.jsonl" --format json -o /dev/null > /dev/null || true
  awk -v n="$n" -v size="$(stat -c %s "$work/batch-$n.jsonl")" -F': ' '
    /User time/ {user=$2} /System time/ {sys=$2} /Maximum resident/ {rss=$2}
    /Elapsed \(wall clock\)/ {split($2, p, ":"); wall = (length(p) == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2]}
    END {printf "| %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f |\n", n, size/1048576, wall, user, sys, (user+sys)/wall, n/wall, rss/1024}' "$work/time-$n.txt"
done
