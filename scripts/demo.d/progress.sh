# `make demo`, progress: the follow-up of the VGR example from its staff list and LMS export.
show $D progress examples/vgr.yaml --staff examples/vgr-staff.csv --completions examples/vgr-completions.xlsx --column unit=Förvaltning,Enhet --on 2026-03-31 --lang sv --format html -o build/vgr-progress.html
show $D progress examples/vgr.yaml --staff examples/vgr-staff.csv --completions examples/vgr-completions.xlsx --column unit=Förvaltning,Enhet --on 2026-03-31 --target 0.8 --fail-below 0.5
