#!/usr/bin/env bash
# End to end: an author's paper as a plugin of an installed physics-claims.
#
#  1. a fresh virtual environment; physics-claims built as a wheel and installed NON-editable
#     (--no-deps: the dependencies are those of the calling interpreter, whose site folders a
#     .pth file puts after the venv's own, so nothing but the build backend is fetched);
#  2. `claims new note` scaffolds the example note (docs/examples/note/note_claims/note.md);
#     two of its claims get their routes (taken from the finished example), the package is
#     installed (editable, as an author works);
#  3. `claims audit` finds it by its entry point (and checks its quotes), `pytest --claims`
#     collects one item per claim (also with -n 2);
#  4. a broken paper module: one line on stderr, exit 2;
#  5. editing its numerics changes the cached result (the cache fingerprints the plugin).
#
# Exit 0: every check passed; 3: all but the cache check (5) passed; 1: another check failed.
# Usage: tests/e2e_plugin.sh [PYTHON]   (default: the python3 on PATH)
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
py="${1:-${PYTHON:-python3}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset PYTHONPATH CLAIMS_PAPER_MODULES CLAIMS_PAPERS_FROM_OPTION CLAIMS_MANUSCRIPTS
export CLAIMS_CACHE_DIR="$work/cache" PIP_DISABLE_PIP_VERSION_CHECK=1 HYPOTHESIS_PROFILE=ci
failed=0
ok() { echo "e2e ok: $*"; }
bad() { echo "e2e FAILED: $*" >&2; failed=1; }
die() { echo "e2e FAILED: $*" >&2; exit 1; }

# --- 1. physics-claims installed non-editable in a fresh venv --------------------------------
"$py" -m venv "$work/venv" || die "cannot create a venv with $py"
vpy="$work/venv/bin/python"
site="$("$vpy" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
# the calling interpreter's site folders (and what their .pth files add), after the venv's own
"$py" -c 'import sys; print("\n".join(p for p in sys.path if "site-packages" in p or "dist-packages" in p))' \
    > "$site/_e2e_dependencies.pth"
mkdir -p "$work/src"
(cd "$repo" && tar --exclude=.git --exclude=build --exclude=dist --exclude='*.egg-info' \
    --exclude=__pycache__ --exclude=.claims-cache --exclude=claims-report -cf - .) \
    | tar -xf - -C "$work/src"
"$vpy" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$work/src" \
    || die "pip wheel of physics-claims failed"
"$vpy" -m pip install --quiet --no-deps --ignore-installed "$work"/dist/physics_claims-*.whl \
    || die "pip install of the physics-claims wheel failed"
where="$(cd "$work" && "$vpy" -c 'import claims; print(claims.__file__)')"
case "$where" in
    "$site"/*) ok "physics-claims installed non-editable: $where" ;;
    *) die "claims imported from $where, not from the venv's site-packages $site" ;;
esac
claims="$work/venv/bin/claims"

# --- 2. scaffold the note, fill in two claims, install it ------------------------------------
example="$repo/docs/examples/note"
mkdir -p "$work/run"
cd "$work/run" || die "no run folder"
"$claims" new note --manuscript "$example/note_claims/note.md" --out "$work/note" > new.out \
    || die "claims new failed: $(cat new.out)"
grep -q "wrote 3 stub claims and 2 inputs" new.out || die "claims new: $(cat new.out)"
ok "claims new wrote $(grep -o '[0-9]* stub claims and [0-9]* inputs' new.out)"
"$vpy" - "$example" "$work/note" <<'PY' || die "filling in the routes failed"
"""Fill in two claims of the scaffold: their routes (from the finished example), the inputs
they take and the expected verdict of the wrong one."""
import ast
import pathlib
import re
import sys

ex, pkg = (pathlib.Path(a) / "note_claims" for a in sys.argv[1:3])
FILLED = ("l13_1_99937", "l20_0_730")
for side in ("derive", "numerics"):
    src = (ex / f"{side}.py").read_text(encoding="utf-8")
    tree = ast.parse(src)
    seg = {n.name: ast.get_source_segment(src, n) for n in tree.body if isinstance(n, ast.FunctionDef)}
    head = [ast.get_source_segment(src, n) for n in tree.body
            if isinstance(n, (ast.Import, ast.ImportFrom))]
    head += [s for name, s in seg.items() if name.startswith("_")]
    out = (pkg / f"{side}.py").read_text(encoding="utf-8")
    for name in FILLED:
        out, n = re.subn(rf"def {name}\(\):\n(?:    .*\n)+", seg[name] + "\n", out)
        assert n == 1, (side, name)
    doc_end = out.index('"""', 3) + 3
    out = out[:doc_end] + "\n\n" + "\n".join(head) + "\n" + out[doc_end:]
    (pkg / f"{side}.py").write_text(out, encoding="utf-8")
init = (pkg / "__init__.py").read_text(encoding="utf-8")
done = (ex / "__init__.py").read_text(encoding="utf-8")
block = re.compile(r"INPUTS = Inputs\(\n.*?\n\)\n", re.S)
init = block.sub(block.search(done).group(0).replace("\\", "\\\\"), init, count=1)
i = init.index('Claim(id="note:l20-0.730"')
j = init.index("expect=CONFIRMED", i)
init = init[:j] + 'expect=refuted("exp(−γT/2) = 0.8546")' + init[j + len("expect=CONFIRMED"):]
(pkg / "__init__.py").write_text(init, encoding="utf-8")
PY
"$vpy" -m pip install --quiet --no-deps -e "$work/note" \
    || die "pip install -e of the note failed"
ok "the note filled in (two claims) and installed"

# --- 3. found by its entry point: claims audit, claims list, pytest --claims ----------------
src="$("$vpy" -c 'from claims.core.plugins import discover; print(*[s.source for s in discover() if s.key == "note"])')"
case "$src" in
    "entry point note = note_claims (note-claims "*) ok "discovered: $src" ;;
    *) bad "note not discovered by its entry point (got: $src)" ;;
esac
"$claims" list --paper note > list.out 2>&1 || bad "claims list --paper note: $(cat list.out)"
grep -q "note:l13-1.99937" list.out && ok "claims list --paper note lists its claims" \
    || bad "claims list: $(cat list.out)"
audit() {  # audit the note, print "id verdict" lines
    "$claims" audit --paper note --no-progress --out "$work/run/report" > audit.out 2> audit.err
    "$vpy" - "$work/run/report/claims.json" <<'PY'
import json, sys
for c in json.load(open(sys.argv[1], encoding="utf-8"))["claims"]:
    print(c["id"], c["verdict"])
PY
}
audit > verdicts1.out
grep -q "note:l13-1.99937 confirmed" verdicts1.out && grep -q "note:l20-0.730 refuted" verdicts1.out \
    && grep -q "note:l15-0.10006 error" verdicts1.out \
    && ok "claims audit: filled claims confirmed/refuted, stubs error" \
    || bad "claims audit verdicts: $(cat verdicts1.out) $(cat audit.err)"
grep -q "note: quotes checked in .*note.md: 3 claims, 0 not bound" audit.out \
    && ok "claims audit checked the quotes beside the claims" || bad "quote check: $(cat audit.out)"
(cd "$work/note" && "$vpy" -m pytest --collect-only -q -p no:cacheprovider > "$work/run/collect.out" 2>&1)
n="$(grep -c '^claims::note:' collect.out)"
[ "$n" = 3 ] && ok "pytest --claims=note collects 3 claim items" || bad "pytest --collect-only: $(cat collect.out)"
(cd "$work/note" && "$vpy" -m pytest -n 2 -q -p no:cacheprovider > "$work/run/pytest.out" 2>&1)
grep -q "1 failed, 4 passed" pytest.out && grep -q "NotImplementedError: note:l15-0.10006 derive route" pytest.out \
    && ok "pytest -n 2 --claims: 2 claims and 2 package tests pass, 1 stub fails with its explanation" \
    || bad "pytest -n 2: $(tail -15 pytest.out)"

# --- 4. a broken paper module: one line, exit 2 -----------------------------------------------
cp "$work/note/note_claims/__init__.py" "$work/init.bak"
printf '\nBROKEN = undefined_name + 1\n' >> "$work/note/note_claims/__init__.py"
"$claims" audit --paper note --no-progress --out "$work/run/broken" > broken.out 2> broken.err
rc=$?
lines="$(wc -l < broken.err)"
if [ "$rc" = 2 ] && [ "$lines" = 1 ] && grep -q "note_claims.*NameError.*__init__.py:[0-9]" broken.err; then
    ok "broken module: exit 2, one line: $(cat broken.err)"
else
    bad "broken module: exit $rc, $lines line(s): $(cat broken.err)"
fi
cp "$work/init.bak" "$work/note/note_claims/__init__.py"

# --- 5. editing the numerics changes the cached result ----------------------------------------
audit > verdicts2.out  # from the cache
sed -i 's|return 2 \* np.pi / float(np.mean(np.diff(t)))|return 2 * np.pi / float(np.mean(np.diff(t))) + 0.01|' \
    "$work/note/note_claims/numerics.py"
grep -q "+ 0.01" "$work/note/note_claims/numerics.py" || die "could not inject the numerics bug"
"$claims" audit --paper note --no-progress --no-cache --out "$work/run/nocache" > /dev/null 2>&1
grep -q '"id": "note:l13-1.99937"' "$work/run/nocache/claims.json" || die "no --no-cache report"
"$vpy" -c 'import json,sys; v={c["id"]:c["verdict"] for c in json.load(open(sys.argv[1]))["claims"]}; sys.exit(v["note:l13-1.99937"] == "confirmed")' \
    "$work/run/nocache/claims.json" && ok "the injected bug is seen without the cache" \
    || bad "the injected +0.01 is not seen even with --no-cache"
audit > verdicts3.out
cache_ok=1
if grep -q "note:l13-1.99937 confirmed" verdicts3.out; then
    cache_ok=0
    echo "e2e FAILED (cache): an edit of the plugin's numerics.py (+0.01) still gives the cached" \
         "'confirmed' for note:l13-1.99937: the cache does not fingerprint the plugin's sources" >&2
else
    ok "edited numerics recomputed: $(grep l13 verdicts3.out)"
fi

[ "$failed" = 0 ] || exit 1
[ "$cache_ok" = 1 ] || exit 3
echo "e2e: every check passed"
