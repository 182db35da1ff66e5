# `make demo`, gap: the examples against their course lists (exit 1 on purpose: gaps).
show $D gap examples/kalmar.yaml --courses examples/kalmar-courses.xlsx
show $D gap examples/vgr.yaml --courses examples/vgr-courses.csv --lang sv --format md -o build/vgr-gaps.md
show $D gap examples/vgr.yaml --courses examples/vgr-courses.csv --format csv -o build/vgr-gaps.csv
show $D gap examples/vgr.yaml --courses examples/vgr-courses.csv --format json -o build/vgr-gaps.json --write-mapping build/vgr-mapping.yaml --force
show $D gap examples/vgr.yaml --fail-on capacity
