#!/bin/sh
# Renders produced files (exported ledger .xlsx, summary .xlsx/.pdf, notice .docx/.pdf, registers)
# with LibreOffice into PNG pages under OUTDIR/<name>-<extension>/ for a person to look at, with the
# fonts each uses (pdffonts) and its text layer (pdftotext) beside them. The printed sizes and the
# text compared with the ledger's data are checked by RenderedPaperTest in `mvn verify`.
#   scripts/render-check.sh OUTDIR FILE...
# Needs soffice (LibreOffice), pdftoppm, pdffonts and pdftotext (poppler-utils). Exits 1 when a
# file cannot be rendered.
set -u
out="${1:?usage: scripts/render-check.sh OUTDIR FILE...}"
shift
[ $# -gt 0 ] || { echo "usage: scripts/render-check.sh OUTDIR FILE..." >&2; exit 2; }
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
  pdftotext "$pdf" "$dest/text.txt" 2>/dev/null
  printf '%s\t%d pages\t%s\n' "$name" "$pages" "$dest"
done
exit $bad
