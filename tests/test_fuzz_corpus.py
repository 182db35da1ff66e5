"""The fuzz targets on their seeds and on every crash found: nothing escapes."""

from __future__ import annotations

import time

import pytest

from tests.fuzz.harness import TARGETS

TIME_LIMIT = 5.0


@pytest.mark.parametrize("name", list(TARGETS))
def test_no_seed_or_past_crash_escapes_a_reader(name: str):
    """Each seed and regression case reads to findings or exit 3, within 5 s."""
    target = TARGETS[name]
    seeds = list(target.seed_files())
    assert seeds, f"no seeds for {name}"
    for seed in seeds:
        started = time.monotonic()
        target(seed.read_bytes())
        assert time.monotonic() - started < TIME_LIMIT, seed
