#!/usr/bin/env bash
# Prints an HTML file to PDF with Debian's headless Chromium, for round-trip tests of the PDF import.
# Usage: eng/html-to-pdf.sh in.html out.pdf
# Needs: apt-get install -y chromium fonts-noto-cjk   (.ci/run installs them)
# Chromium draws table borders (border-collapse: collapse) as filled rectangles and embeds Noto CJK subsets with
# ToUnicode maps, so GovBudget.Pdf reads the words and rules back. No header/footer lines are printed.
set -euo pipefail
in=${1:?input html}
out=${2:?output pdf}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "html-to-pdf: chromium is not installed (apt-get install -y chromium fonts-noto-cjk)" >&2
  exit 127
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --user-data-dir keeps concurrent runs apart; --no-pdf-header-footer drops the date/URL lines.
"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$profile" \
  --no-pdf-header-footer --print-to-pdf="$out" "file://$(readlink -f "$in")" >/dev/null 2>&1
test -s "$out"
