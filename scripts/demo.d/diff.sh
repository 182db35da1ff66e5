# `dosering diff` in the demo (sourced by scripts/demo.sh; `show` never fails it).
show $D diff examples/vgr.yaml examples/vgr-2026.yaml
show $D diff examples/vgr.yaml examples/vgr-2026.yaml --format md -o build/diff-vgr-2026.md
show $D diff examples/vgr.yaml examples/vgr-2026.yaml --fail-on stricter
show $D diff examples/vgr.yaml examples/kalmar.yaml --map examples/crosswalk-vgr-kalmar.yaml --matrix --format md -o build/diff-vgr-kalmar.md
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && git cat-file -e HEAD:examples/vgr.yaml 2>/dev/null; then
  show $D diff HEAD:examples/vgr.yaml examples/vgr-2026.yaml --format json -o build/diff-vgr-2026.json
fi
