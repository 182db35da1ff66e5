#!/usr/bin/env bash
# `make demo`: run every finished command on examples/. Exits 0; can be run twice.
set -uo pipefail
cd "$(dirname "$0")/.."
D=.venv/bin/dosering
show() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; rc=$?; [ $rc -ne 0 ] && printf '(exit %s)\n' "$rc"; return 0; }
mkdir -p build
show $D --version
show $D validate examples models/ihi.yaml
show $D validate --lang sv examples/kalmar.yaml
show $D validate --format json docs/broken-model.yaml
show $D checks
rm -rf build/init-demo && mkdir -p build/init-demo
show $D init build/init-demo/modell.yaml --from kalmar
show $D validate build/init-demo/modell.yaml
for step in scripts/demo.d/*.sh; do [ -f "$step" ] && . "$step"; done
printf '\nDone.\n'
exit 0
