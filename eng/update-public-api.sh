#!/usr/bin/env bash
# Appends every symbol the PublicApiAnalyzers report as missing (RS0016) to the project's PublicAPI.Unshipped.txt and
# removes the symbols they report as gone (RS0017).
# Usage: eng/update-public-api.sh src/GovBudget   (run until the build has no RS0016 left)
set -euo pipefail
project=${1:?project folder}
log=$(mktemp)
dotnet build "$project" -c Release --no-incremental 2>&1 > "$log" || true
grep -o "error RS0016: Symbol '[^']*'" "$log" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u > "$log.symbols" || true
count=$(wc -l < "$log.symbols")
if [ "$count" -gt 0 ]; then
  cat "$log.symbols" >> "$project/PublicAPI.Unshipped.txt"
  sort -u -o "$project/PublicAPI.Unshipped.txt" "$project/PublicAPI.Unshipped.txt"
  # '#nullable enable' must stay the first line
  { echo '#nullable enable'; grep -v '^#nullable enable$' "$project/PublicAPI.Unshipped.txt"; } > "$log.sorted"
  mv "$log.sorted" "$project/PublicAPI.Unshipped.txt"
fi
grep -o "error RS0017: Symbol '[^']*'" "$log" | sed "s/error RS0017: Symbol '//; s/'\$//" | sort -u > "$log.gone" || true
if [ -s "$log.gone" ]; then
  grep -vxF -f "$log.gone" "$project/PublicAPI.Unshipped.txt" > "$log.kept" || true
  mv "$log.kept" "$project/PublicAPI.Unshipped.txt"
fi
echo "removed $(wc -l < "$log.gone") symbols from $project/PublicAPI.Unshipped.txt"
rm -f "$log.gone"
echo "added $count symbols to $project/PublicAPI.Unshipped.txt"
rm -f "$log" "$log.symbols"
