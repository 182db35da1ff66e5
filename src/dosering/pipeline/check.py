"""Pipeline: load, schema and checks composed into a report; commands start here."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any

from dosering.core.errors import UserError
from dosering.core.findings import Anchor, Draft, Finding, Report, format_location
from dosering.i18n import findings as messages
from dosering.inputs.config import Config
from dosering.inputs.yaml import (
    DEFAULT_MAX_BYTES,
    KEY_SUFFIX,
    Document,
    Spot,
    inline_ignores,
    load_bytes,
    locate,
    paused_gc,
    read_bytes,
    spot_for,
)
from dosering.model.checks import CATALOGUE, REGISTRY
from dosering.model.schema import FORMAT_VERSION, Model, validate_model, value_kind
from dosering.model.semantics import Meaning

# The one terminal-text escaper; wording findings moves to report/ (issue 11), and
# with it this use of a report-side function.
from dosering.report.escape import terminal as visible

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Options:
    """What every command passes to the pipeline."""

    lang: str = "en"
    config: Config = field(default_factory=Config)
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class CheckedFile:
    """One file's outcome: its findings, and the model when it is valid."""

    name: str
    findings: tuple[Finding, ...]
    ignored: int
    skipped: bool
    model: Model | None

    @property
    def ok(self) -> bool:
        """True when the file has no error (its model, if any, can be used)."""
        return self.model is not None


def check_paths(
    paths: Sequence[FsPath], options: Options
) -> tuple[Report, list[CheckedFile]]:
    """Check files and directories (recursively); a missing path stops the run."""
    results: list[CheckedFile] = []
    for path in paths:
        if _kind_of_path(path) == "dir":
            for file in iter_model_files(path):
                results.append(check_file(file, str(file), options, in_directory=True))
        else:
            results.append(check_file(path, str(path), options))
    report = Report.of(
        (f for r in results for f in r.findings),
        (r.name for r in results if not r.skipped),
        ignored=sum(r.ignored for r in results),
        skipped=sum(1 for r in results if r.skipped),
    )
    return report, results


def _kind_of_path(path: FsPath) -> str:
    """Whether a path is a "dir" or a "file"; anything else stops the run."""
    try:
        if path.is_dir():
            return "dir"
        if path.is_file():
            return "file"
        if not path.exists():
            raise UserError(f"{path}: no such file or directory")
    except OSError as exc:
        raise UserError(f"{path}: cannot read it: {exc.strerror}") from exc
    raise UserError(f"{path}: is not a regular file (a pipe or device?)")


def _unreadable(error: OSError) -> None:
    raise UserError(f"{error.filename}: cannot read the folder: {error.strerror}")


def iter_model_files(folder: FsPath) -> Iterator[FsPath]:
    """YAML files under a folder, sorted, skipping names that start with a dot.

    Only regular files count (a pipe or a dangling link is passed over); a folder
    that cannot be read stops the run rather than pass silently.
    """
    for root, dirs, files in os.walk(folder, onerror=_unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(YAML_SUFFIXES) and not name.startswith("."):
                path = FsPath(root) / name
                if path.is_file():
                    yield path


def check_file(
    path: FsPath, name: str, options: Options, *, in_directory: bool = False
) -> CheckedFile:
    """Read and check one file; an unreadable file or a directory stops the run."""
    if _kind_of_path(path) == "dir":
        raise UserError(f"{name}: is a directory, not a model file")
    try:
        raw = read_bytes(path, options.max_bytes)
    except OSError as exc:
        raise UserError(f"{name}: cannot read the file: {exc.strerror}") from exc
    if raw is None:
        draft = Draft("file-too-large", (), {"limit": options.max_bytes})
        return _finish(Document(name, None, None, (draft,), False), [draft], options)
    return check_bytes(raw, name, options, in_directory=in_directory)


def load_model(path: FsPath, name: str, options: Options) -> CheckedFile:
    """Check one model file given by name, for commands that go on to use it."""
    return check_file(path, name, options)


def check_bytes(
    raw: bytes, name: str, options: Options, *, in_directory: bool = False
) -> CheckedFile:
    """Check a model given as bytes (a file, or a file from git)."""
    with paused_gc():
        document = load_bytes(raw, name)
        # odd numbers join the schema's drafts where it has not said more
        drafts = [d for d in document.drafts if d.message_key != "odd-number"]
        model: Model | None = None
        if document.usable:
            outcome = _model_drafts(document, in_directory)
            if outcome is None:
                return CheckedFile(name, (), 0, True, None)
            more, model = outcome
            drafts.extend(more)
        return _finish(document, drafts, options, model)


def _model_drafts(
    document: Document, in_directory: bool
) -> tuple[list[Draft], Model | None] | None:
    """Schema and check drafts, or None when a directory's file is not a model."""
    data = document.data
    if document.empty:
        return None if in_directory else ([_not_a_model("empty")], None)
    if not isinstance(data, dict):
        if in_directory:
            return None
        return [_not_a_model("root", value_kind(data))], None
    if "dosering" not in data:
        close = [k for k in data if isinstance(k, str) and _close_to_dosering(k)]
        if close:
            draft = Draft(
                "not-a-model",
                (close[0],),
                {"key": close[0]},
                anchor=Anchor.KEY,
                message_key="not-a-model.close",
            )
            return [draft], None
        if in_directory:
            return None
        return [
            Draft(
                "not-a-model",
                ("dosering",),
                {},
                anchor=Anchor.FIRST_KEY,
                message_key="not-a-model.no-key",
            )
        ], None
    version = data["dosering"]
    if type(version) is int and version > FORMAT_VERSION:
        return [Draft("format-version", ("dosering",), {"version": version})], None
    if type(version) is not int:  # `true` and `1.0` are not the integer 1
        params = {"field": "dosering", "value": version}
        return [Draft("schema", ("dosering",), params, message_key="version")], None
    model, drafts = validate_model(data)
    drafts = _with_odd_numbers(drafts, document.drafts)
    if model is None:
        return drafts + _checks_around(data, drafts), None
    meaning = Meaning(model)
    for check in REGISTRY.values():
        drafts.extend(check.check(meaning))
    has_error = any(CATALOGUE[d.code].severity == "error" for d in drafts)
    return drafts, None if has_error else model


_MEGABYTE = 1_000_000
_LISTS = ("levels", "areas", "groups", "roles", "courses")


def _with_odd_numbers(schema: list[Draft], loaded: tuple[Draft, ...]) -> list[Draft]:
    """Schema drafts plus the loader's odd numbers, where the schema said nothing.

    `id: 010` is a text problem (the schema says so); `headcount: 010` passes the
    schema as 8, so only the loader's note tells the user.
    """
    said = {draft.path for draft in schema}
    odd = [d for d in loaded if d.message_key == "odd-number" and d.path not in said]
    return schema + odd


def _checks_around(data: dict[Any, Any], schema_drafts: list[Draft]) -> list[Draft]:
    """The checks' errors in the rest of a model whose schema failed in a few entities.

    So a user sees every problem at once: the entities with schema errors are left
    out, the rest is validated again and checked, and only the checks' errors that
    cannot come from leaving them out are kept (warnings could, so they wait).
    """
    dropped: dict[str, set[int]] = {}
    for draft in schema_drafts:
        path = draft.path
        entries = data.get(path[0]) if path else None
        if len(path) < 2 or path[0] not in _LISTS or not isinstance(path[1], int):  # noqa: PLR2004
            return []  # a problem outside the lists: the rest cannot be trusted
        if not isinstance(entries, list):
            return []
        dropped.setdefault(str(path[0]), set()).add(path[1])
    pruned = dict(data)
    kept: dict[str, list[int]] = {}
    left_out: set[Any] = set()
    for name, indices in dropped.items():
        entries = data[name]
        kept[name] = [i for i in range(len(entries)) if i not in indices]
        pruned[name] = [entries[i] for i in kept[name]]
        left_out.update(
            entries[i]["id"]
            for i in indices
            if isinstance(entries[i], dict) and isinstance(entries[i].get("id"), str)
        )
    model, more = validate_model(pruned)
    if model is None or more:
        return []
    meaning = Meaning(model)
    out: list[Draft] = []
    for code, check in REGISTRY.items():
        if CATALOGUE[code].severity != "error":
            continue
        for draft in check.check(meaning):
            if code.startswith("unknown-") and draft.params.get("id") in left_out:
                continue
            out.append(_renumbered(draft, kept))
    return out


def _renumbered(draft: Draft, kept: dict[str, list[int]]) -> Draft:
    """A draft from a pruned model, with list indices of the original file."""

    def original(path: Any) -> Any:
        if len(path) >= 2 and path[0] in kept and isinstance(path[1], int):  # noqa: PLR2004
            return (path[0], kept[path[0]][path[1]], *path[2:])
        return path

    params = {
        key: original(value) if key.startswith("@") else value
        for key, value in draft.params.items()
    }
    return replace(draft, path=original(draft.path), params=params)


def _close_to_dosering(key: str) -> bool:
    lowered = key.strip().casefold()
    return lowered == "dosering" or bool(
        difflib.get_close_matches(lowered, ["dosering"], n=1, cutoff=0.75)
    )


def _not_a_model(which: str, value_kind: str | None = None) -> Draft:
    params = {} if value_kind is None else {"kind": value_kind}
    return Draft(
        "not-a-model", (), params, line=1, col=1, message_key=f"not-a-model.{which}"
    )


def _finish(
    document: Document,
    drafts: list[Draft],
    options: Options,
    model: Model | None = None,
) -> CheckedFile:
    """Locate and word the drafts, then apply what the user has accepted."""
    found: dict[Any, Spot] = {}
    if document.text is not None and drafts:
        found = locate(document.text, _requests(drafts), document.positions)
    findings = [_word(d, document.name, found, options.lang) for d in drafts]
    kept, ignored = _apply_ignores(findings, document.text, options.config)
    has_error = any(f.severity == "error" for f in findings)
    return CheckedFile(
        document.name, tuple(kept), ignored, False, None if has_error else model
    )


def _requests(drafts: Iterable[Draft]) -> Iterator[tuple[Any, Anchor]]:
    for draft in drafts:
        if draft.line is None and draft.code != "file-too-large":
            yield draft.path, draft.anchor
        for key, value in draft.params.items():
            if key.startswith("@"):
                yield value, Anchor.VALUE


def _word(draft: Draft, file: str, found: dict[Any, Spot], lang: str) -> Finding:
    line, col = draft.line, draft.col
    spot = None
    if line is None and draft.code != "file-too-large":
        spot = spot_for(found, draft.path, draft.anchor)
        line, col = (spot.line, spot.col) if spot else (1, 1)
    params = _enrich(draft, found, spot, lang)
    key = messages.draft_key(draft.code, draft.message_key, draft.params)
    location = format_location(draft.path)
    hint = messages.hint(key, lang, params)
    return Finding(
        code=draft.code,
        severity=CATALOGUE[draft.code].severity,
        message=visible(messages.message(key, lang, params)),
        file=visible(file),
        line=line,
        col=col,
        location=visible(location) if location is not None else None,
        hint=visible(hint) if hint is not None else None,
    )


def _enrich(
    draft: Draft, found: dict[Any, Spot], spot: Spot | None, lang: str
) -> dict[str, Any]:
    params = dict(draft.params)
    for key, value in draft.params.items():
        if key.startswith("@"):
            located = found.get(value)
            params[key[1:]] = located.line if located else "?"
    exact = found.get(draft.path)
    if draft.anchor is Anchor.KEY:
        exact = found.get((*draft.path, KEY_SUFFIX)) or exact
    if "value" in params:
        params["raw"] = (
            exact.raw if exact and exact.raw is not None else _show(params["value"])
        )
    elif exact is not None and exact.raw is not None:
        params["raw"] = exact.raw
    if "kind" in params:
        params["kind_text"] = messages.word(f"kind.{params['kind']}", lang)
    suggestion = params.get("suggestion")
    if draft.code == "unknown-key":
        allowed = params.get("allowed") or ()
        near = difflib.get_close_matches(str(params.get("key")), list(allowed), 1, 0.6)
        suggestion = near[0] if near else None
        params["allowed"] = ", ".join(allowed)
        container = format_location(draft.path[:-1])
        params["where"] = messages.word("in", lang, container) if container else ""
    if draft.code == "schema" and draft.message_key == "not-allowed":
        expected = str(params.get("expected", ""))
        choices = [c.strip(" '\"") for c in expected.replace(" or ", ",").split(",")]
        near = difflib.get_close_matches(str(params.get("raw", "")), choices, 1, 0.6)
        suggestion = near[0] if near else None
    if "list" in params:
        params["list"] = messages.word(f"list.{params['list']}", lang)
    if "limit" in params and draft.code == "file-too-large":
        limit = int(params["limit"])
        params["limit_text"] = (
            f"{limit / 1_000_000:.1f} MB"
            if limit >= _MEGABYTE / 10
            else f"{limit} bytes"
        )
    params["suggestion"] = (
        messages.word("did-you-mean", lang, suggestion) if suggestion else ""
    )
    return params


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    return str(value)


def _apply_ignores(
    findings: list[Finding], text: str | None, config: Config
) -> tuple[list[Finding], int]:
    if not findings:
        return findings, 0
    inline = inline_ignores(text) if text else {}
    rules = config.settings.ignore
    kept: list[Finding] = []
    ignored = 0
    for finding in findings:
        codes = inline.get(finding.line or 0, frozenset())
        if finding.severity == "error":
            kept.append(finding)  # errors cannot be accepted: the model is unusable
        elif (
            finding.code in codes
            or "*" in codes
            or any(
                rule.matches(finding.code, name, finding.location)
                for rule in rules
                for name in config.names_for(finding.file)
            )
        ):
            ignored += 1
        else:
            kept.append(finding)
    return kept, ignored
