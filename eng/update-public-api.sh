#!/usr/bin/env bash
# Appends every symbol the PublicApiAnalyzers report as missing (RS0016) to the project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh src/GovBudget   (run until the build has no RS0016 left)
set -euo pipefail
project=${1:?project folder}
log=$(mktemp)
dotnet build "$project" -c Release 2>&1 > "$log" || true
grep -o "error RS0016: Symbol '[^']*'" "$log" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u > "$log.symbols" || true
count=$(wc -l < "$log.symbols")
if [ "$count" -gt 0 ]; then
  cat "$log.symbols" >> "$project/PublicAPI.Unshipped.txt"
  sort -u -o "$project/PublicAPI.Unshipped.txt" "$project/PublicAPI.Unshipped.txt"
  # '#nullable enable' must stay the first line
  { echo '#nullable enable'; grep -v '^#nullable enable$' "$project/PublicAPI.Unshipped.txt"; } > "$log.sorted"
  mv "$log.sorted" "$project/PublicAPI.Unshipped.txt"
fi
echo "added $count symbols to $project/PublicAPI.Unshipped.txt"
rm -f "$log" "$log.symbols"
