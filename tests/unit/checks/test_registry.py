"""Every check module has its test module here, with a passing and a failing case."""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.model.checks import REGISTRY

HERE = Path(__file__).parent


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_each_check_is_tested(code: str) -> None:
    """tests/unit/checks/test_<module>.py exists and has test_passes and test_fails."""
    module = REGISTRY[code].__name__.rsplit(".", 1)[-1]
    text = (HERE / f"test_{module}.py").read_text(encoding="utf-8")
    assert "def test_passes(" in text
    assert "def test_fails(" in text
    assert f'"{code}"' in text
