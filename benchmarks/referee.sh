#!/usr/bin/env bash
# The independent referee (../shared/eval/score.py) on the seed article, PLOVER dev/test and re3d.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${EVAL:-../shared/eval}
KG=${KG:-.venv/bin/kg}
PY=${PY:-.venv/bin/python}
OUT=out/eval
rm -rf "$OUT"; mkdir -p "$OUT"
"$PY" - "$EVAL/plover/PLOVER_GSR_CAMEO.json" "$OUT/plover.jsonl" <<'PY'
import json, sys
recs = json.load(open(sys.argv[1]))[1:]
with open(sys.argv[2], "w") as f:
    for r in recs:
        f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
PY
"$KG" build "$EVAL/seed/russia_north_korea.txt" "$OUT/plover.jsonl" "$EVAL"/re3d/*.docs.jsonl --store "$OUT/store" >/dev/null
"$KG" export --store "$OUT/store" --format jsonl -o "$OUT/pred.jsonl"
echo "== seed";        python3 "$EVAL/score.py" --pred "$OUT/pred.jsonl" --gold "$EVAL/seed/"
for split in dev test; do
  echo "== PLOVER $split"; python3 "$EVAL/score.py" --pred "$OUT/pred.jsonl" --gold "$EVAL/plover/PLOVER_GSR_CAMEO.json" --split "$split"
done
for set in centcom uk_government us_state_department; do
  echo "== re3d $set"; python3 "$EVAL/score.py" --pred "$OUT/pred.jsonl" --gold "$EVAL/re3d/$set.gold.jsonl"
done
