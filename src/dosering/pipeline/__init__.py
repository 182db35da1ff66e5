"""The stages composed: one `run_*` per command, frozen results and findings."""
