#!/bin/sh
# Renders produced files (exported ledger .xlsx, summary .xlsx/.pdf, notice .docx/.pdf, registers)
# with LibreOffice into PNG pages under OUTDIR/<name>-<extension>/ for a person to look at, and reports for each
# the fonts (pdffonts) and the words whose printed height is below 10.5 pt (pdftotext -bbox; the
# height of a word's box is taken as its size after the sheet's print scale).
#   scripts/render-check.sh OUTDIR FILE...
# Needs soffice (LibreOffice), pdftoppm, pdffonts and pdftotext (poppler-utils). Exits 1 when a
# file has text below 10.5 pt or cannot be rendered.
set -u
out="${1:?usage: scripts/render-check.sh OUTDIR FILE...}"
shift
[ $# -gt 0 ] || { echo "usage: scripts/render-check.sh OUTDIR FILE..." >&2; exit 2; }
min="${MIN_PT:-10.5}"
bad=0
mkdir -p "$out"
for f in "$@"; do
  name="$(basename "$f")"
  dest="$out/${name%.*}-${name##*.}"
  mkdir -p "$dest"
  case "$f" in
    *.pdf) pdf="$dest/$name"; cp "$f" "$pdf" ;;
    *)
      soffice --headless --convert-to pdf --outdir "$dest" "$f" >/dev/null 2>&1
      pdf="$dest/${name%.*}.pdf" ;;
  esac
  if [ ! -s "$pdf" ]; then
    printf '%s\tNOT RENDERED\n' "$name"; bad=1; continue
  fi
  pdftoppm -png -r 60 "$pdf" "$dest/page"
  pages=$(ls "$dest"/page*.png 2>/dev/null | wc -l)
  pdffonts "$pdf" > "$dest/fonts.txt" 2>&1
  pdftotext -bbox "$pdf" "$dest/words.html" 2>/dev/null
  small=$(awk -v min="$min" '
    /<word / {
      match($0, /yMin="[0-9.]+"/); y0 = substr($0, RSTART + 6, RLENGTH - 7)
      match($0, /yMax="[0-9.]+"/); y1 = substr($0, RSTART + 6, RLENGTH - 7)
      h = y1 - y0
      if (h < min * 0.97) { n++; if (h < least || least == "") least = h }
    }
    END { printf "%d %s", n + 0, (least == "" ? "-" : sprintf("%.1f", least)) }' "$dest/words.html")
  count=${small% *}
  least=${small#* }
  if [ "$count" -gt 0 ]; then
    printf '%s\t%d pages\t%d words below %s pt (smallest %s pt)\t%s\n' "$name" "$pages" "$count" "$min" "$least" "$dest"
    bad=1
  else
    printf '%s\t%d pages\tno text below %s pt\t%s\n' "$name" "$pages" "$min" "$dest"
  fi
done
exit $bad
