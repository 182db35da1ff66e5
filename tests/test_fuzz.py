"""Property tests: no input makes validate raise, whatever the bytes or YAML."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dosering.pipeline.check import Options, check_bytes

OPTIONS = Options()

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["no", "010", "1.10", "2025-01-01", "veta", ".nan", "~"]),
)
keys = st.sampled_from(
    [
        "dosering",
        "region",
        "levels",
        "areas",
        "roles",
        "courses",
        "id",
        "name",
        "needs",
        "gives",
        "level",
        "includes",
        "headcount",
        "lms",
        "x",
    ]
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=25,
)


def _dump(value: object) -> bytes:
    import yaml

    return yaml.safe_dump(value, allow_unicode=True).encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(raw: bytes):
    """Random bytes give findings or a model, never an exception."""
    check_bytes(raw, "fuzz.yaml", OPTIONS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values)
def test_random_documents_never_raise(value: object):
    """Random YAML documents (model-like keys, odd scalars) never raise."""
    check_bytes(_dump(value), "fuzz.yaml", OPTIONS)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(keys, values, max_size=6))
def test_random_models_never_raise(value: dict[str, object]):
    """Documents with `dosering: 1` reach the schema and checks without raising."""
    check_bytes(_dump({"dosering": 1, **value}), "fuzz.yaml", OPTIONS)
