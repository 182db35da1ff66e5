"""Pipeline: load, schema and checks composed into a report; commands start here."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any

from dosering.core.errors import OsReason, Shown, UserError
from dosering.core.findings import Anchor, Draft, Located, Severity
from dosering.core.paths import path_kind
from dosering.inputs.config import Config
from dosering.inputs.positions import locate
from dosering.inputs.yaml import (
    DEFAULT_MAX_BYTES,
    Document,
    inline_ignores,
    load_bytes,
    paused_gc,
    read_bytes,
)
from dosering.model.checks import REGISTRY, severity_of
from dosering.model.schema import FORMAT_VERSION, Model, validate_model, value_kind
from dosering.model.semantics import Meaning

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Options:
    """What every command passes to the pipeline."""

    config: Config = field(default_factory=Config)
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class CheckedFile:
    """One file's outcome: its located findings, and the model when it is valid."""

    name: str
    findings: tuple[Located, ...]
    ignored: int
    skipped: bool
    model: Model | None

    @property
    def ok(self) -> bool:
        """True when the file has no error (its model, if any, can be used)."""
        return self.model is not None


@dataclass(frozen=True)
class Checked:
    """What `validate` found: the located findings of every file, and the counts."""

    findings: tuple[Located, ...]
    files: tuple[str, ...]
    """The files checked (not those skipped as no model), in order."""
    ignored: int
    skipped: int
    results: tuple[CheckedFile, ...]

    @property
    def skipped_files(self) -> tuple[str, ...]:
        """The files skipped as no model, in order."""
        return tuple(r.name for r in self.results if r.skipped)

    @classmethod
    def of(
        cls,
        results: Iterable[CheckedFile],
        *,
        once: bool = False,
        folders: Iterable[CheckedFile] = (),
    ) -> Checked:
        """The outcome of several files, findings in the order they are shown.

        With `once`, a file given twice (`diff a.yaml a.yaml`) counts once.
        `folders` are outcomes of folders given (`no-models`): their findings and
        ignored ones count, but a folder is no file checked.
        """
        done = tuple(results)
        if once:
            done = tuple({r.name: r for r in done}.values())
        every = (*done, *folders)
        return cls(
            tuple(sorted((f for r in every for f in r.findings), key=Located.sort_key)),
            tuple(r.name for r in done if not r.skipped),
            sum(r.ignored for r in every),
            sum(1 for r in done if r.skipped),
            done,
        )


def check_paths(paths: Sequence[FsPath], options: Options) -> Checked:
    """Check files and directories (recursively); a missing path stops the run.

    `validate`'s run: the CLI words the findings and hands them to a reporter.
    """
    results: list[CheckedFile] = []
    folders: list[CheckedFile] = []
    for path in paths:
        if _kind_of_path(path) == "dir":
            found = [
                check_file(file, str(file), options, in_directory=True)
                for file in iter_model_files(path)
            ]
            results.extend(found)
            if all(result.skipped for result in found):
                folders.append(_no_models(path, found, options))
        else:
            results.append(check_file(path, str(path), options))
    return Checked.of(results, folders=folders)


NO_MODELS_SHOWN = 5
"""How many skipped files a `no-models` finding names before "and N more"."""


def _no_models(
    folder: FsPath, skipped: Sequence[CheckedFile], options: Options
) -> CheckedFile:
    """A folder given to validate without a model in it: a warning (CI's wrong path).

    It names the files it skipped, relative to the folder; `.dosering.yaml` can
    accept it like any warning (there is no line for an inline comment).
    """
    names = [os.path.relpath(result.name, folder) for result in skipped]
    params: dict[str, Any] = {"count": len(names)}
    if names:
        params["files"] = Shown.of(names, limit=NO_MODELS_SHOWN)
    draft = Draft(
        "no-models", (), params, message_key=None if names else "no-models.empty"
    )
    name = str(folder)
    kept, ignored = _apply_ignores(locate([draft], None, name), None, options.config)
    return CheckedFile(name, tuple(kept), ignored, False, None)


def _kind_of_path(path: FsPath) -> str:
    """Whether a path is a "dir" or a "file"; anything else stops the run."""
    try:
        kind = path_kind(path)
    except OSError as exc:
        raise UserError("path.unreadable", path=path, reason=OsReason.of(exc)) from exc
    if kind == "missing":
        raise UserError("path.missing", path=path)
    if kind == "special":
        raise UserError("path.special", path=path)
    return kind


def _unreadable(error: OSError) -> None:
    raise UserError(
        "path.folder-unreadable", path=error.filename, reason=OsReason.of(error)
    )


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
        raise UserError("path.is-dir", path=name)
    try:
        raw = read_bytes(path, options.max_bytes)
    except OSError as exc:
        raise UserError(
            "path.file-unreadable", path=name, reason=OsReason.of(exc)
        ) from exc
    if raw is None:
        draft = Draft("file-too-large", (), {"limit": options.max_bytes})
        return finish(Document(name, None, None, (draft,), False), [draft], options)
    return check_bytes(raw, name, options, in_directory=in_directory)


def load_model(path: FsPath, name: str, options: Options) -> CheckedFile:
    """Check one model file given by name, for commands that go on to use it."""
    return check_file(path, name, options)


def check_bytes(
    raw: bytes, name: str, options: Options, *, in_directory: bool = False
) -> CheckedFile:
    """Check a model given as bytes (a file, or a file from git)."""
    if in_directory and not _looks_like_a_model(raw) and not _is_empty(raw):
        return CheckedFile(name, (), 0, True, None)
    with paused_gc():
        document = load_bytes(raw, name)
        # odd numbers join the schema's drafts where it has not said more
        drafts = [d for d in document.drafts if d.message_key != "odd-number"]
        which = _unreadable_non_model(raw, drafts, name)
        if which is not None:
            # a PDF, a web page or a README named by mistake: not its YAML errors
            params = {"suffix": FsPath(name).suffix}
            draft = Draft("not-a-model", (), params, line=1, col=1, message_key=which)
            return finish(document, [draft], options, None)
        model: Model | None = None
        if document.usable:
            outcome = _model_drafts(document, in_directory)
            if outcome is None:
                return CheckedFile(name, (), 0, True, None)
            more, model = outcome
            drafts.extend(more)
        return finish(document, drafts, options, model)


def _model_drafts(
    document: Document, in_directory: bool
) -> tuple[list[Draft], Model | None] | None:
    """Schema and check drafts, or None when a directory's file is not a model."""
    data = document.data
    if document.empty:
        return [_not_a_model("empty")], None  # an emptied model fails, in a folder too
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
    has_error = any(severity_of(d.code) is Severity.ERROR for d in drafts)
    return drafts, None if has_error else model


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

    So a user sees every problem at once. First only the values with schema errors
    are left out (`language: svenska` in `region:`, `fk: no` in a role's needs): when
    the rest is then valid, the reference errors of the whole model are kept, and
    the checks' other errors where no value was left out. Otherwise the entities
    with schema errors are left out, the rest is validated again and checked, and
    only the checks' errors that cannot come from leaving them out are kept
    (warnings could, so they wait).
    """
    leaner = _without_values(data, schema_drafts)
    if leaner is not None:
        model, more = validate_model(leaner)
        if model is not None and not more:
            touched = {draft.path[:2] for draft in schema_drafts}
            return [
                draft
                for code, draft in _errors_of(Meaning(model))
                if code.startswith("unknown-") or draft.path[:2] not in touched
            ]
    dropped: dict[str, set[int]] = {}
    for draft in schema_drafts:
        path = draft.path
        entries = data.get(path[0]) if path else None
        if len(path) < 2 or path[0] not in _LISTS or not isinstance(path[1], int):  # noqa: PLR2004
            return []  # a problem outside the lists: the rest cannot be trusted
        if not isinstance(entries, list) or not 0 <= path[1] < len(entries):
            return []  # not in the data: a duplicated key's other value, say
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
    return [
        _renumbered(draft, kept)
        for code, draft in _errors_of(Meaning(model))
        if not (code.startswith("unknown-") and draft.params.get("id") in left_out)
    ]


def _errors_of(meaning: Meaning) -> Iterator[tuple[str, Draft]]:
    """The drafts of the checks whose findings are errors, with each check's code."""
    for code, check in REGISTRY.items():
        if check.SEVERITY is Severity.ERROR:
            for draft in check.check(meaning):
                yield code, draft


def _without_values(
    data: dict[Any, Any], schema_drafts: list[Draft]
) -> dict[Any, Any] | None:
    """The data without the values the schema refused, or None if one cannot go.

    Only a value that is a key of a mapping can be left out (a list's items would
    move); the mappings on its way are copied, the input is not changed.
    """
    out = dict(data)
    for draft in schema_drafts:
        path = draft.path
        if len(path) < 2:  # noqa: PLR2004 - a top-level key: nothing is left
            return None
        parent: Any = out
        for step in path[:-1]:
            if isinstance(parent, dict) and step in parent:
                child = parent[step]
            elif isinstance(parent, list) and isinstance(step, int):
                if not 0 <= step < len(parent):
                    return None
                child = parent[step]
            else:
                return None
            if isinstance(child, dict):
                child = dict(child)
            elif isinstance(child, list):
                child = list(child)
            else:
                return None
            parent[step] = child
            parent = child
        if not isinstance(parent, dict) or path[-1] not in parent:
            return None
        del parent[path[-1]]
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


_MODEL_LINE = re.compile(rb"^(?:\xef\xbb\xbf)?dosering[ \t]*:", re.MULTILINE)
"""A line that makes a file in a directory a model (DESIGN.md section 2)."""
_TOP_KEY = re.compile(
    rb"^(?:\xef\xbb\xbf)?([A-Za-z][\w .-]{0,30}?)[ \t]*:", re.MULTILINE
)
"""A key at column 0 (is it a near miss of `dosering`?)."""


def _is_empty(raw: bytes) -> bool:
    """True when a file holds nothing but blank lines and comments (a BOM aside).

    An emptied file in a folder of models is checked, not skipped: it is an error
    (`not-a-model`, "the file is empty"), so a model lost in a merge fails CI.
    """
    text = raw.removeprefix(b"\xef\xbb\xbf")
    return all(
        not line.strip() or line.lstrip().startswith(b"#") for line in text.splitlines()
    )


_LOADER_ERRORS = frozenset(
    {
        "yaml-encoding",
        "yaml-syntax",
        "yaml-tag",
        "yaml-aliases",
        "yaml-too-deep",
        "yaml-number",
        "yaml-key",
        "yaml-multiple-documents",
        "yaml-duplicate-key",
    }
)


_DOCUMENT_SUFFIXES = frozenset(
    {".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".doc", ".txt", ".rst"}
)
"""Files that are documents by their name, whatever YAML-like lines they show."""


def _unreadable_non_model(raw: bytes, drafts: list[Draft], name: str) -> str | None:
    """The `not-a-model` key for a file YAML cannot read that is no model.

    That is, one named as a document (README.md, a saved web page), or one with no
    line starting `dosering:`. Its YAML errors would be advice for a file that was
    never meant to be YAML; one `not-a-model` says what it is instead. A file too
    large, and a model saved as UTF-16 (whose `dosering:` line is not seen in its
    bytes), keep their own.
    """
    if (
        not any(d.code in _LOADER_ERRORS for d in drafts)
        or any(d.code in ("file-too-large", "not-a-model") for d in drafts)
        or any(d.key == "yaml-encoding.utf16" for d in drafts)
        or _is_empty(raw)
    ):
        return None
    if FsPath(name).suffix.casefold() in _DOCUMENT_SUFFIXES:
        return "not-a-model.document"
    return None if _looks_like_a_model(raw) else "not-a-model.no-line"


def _looks_like_a_model(raw: bytes) -> bool:
    """True when a directory's file is a model, or names a key close to `dosering`.

    Looked for before parsing, so a file that is no model is skipped whatever its
    syntax or tags (an `mkdocs.yml` with `!!python/name:`).
    """
    if _MODEL_LINE.search(raw):
        return True
    return any(
        _close_to_dosering(match.group(1).decode("ascii", "replace"))
        for match in _TOP_KEY.finditer(raw)
    )


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


def finish(
    document: Document,
    drafts: list[Draft],
    options: Options,
    model: Model | None = None,
) -> CheckedFile:
    """Locate a file's drafts, then apply what the user has accepted."""
    located = locate(drafts, document.text, document.name, document.positions)
    kept, ignored = _apply_ignores(located, document.text, options.config)
    has_error = any(f.severity is Severity.ERROR for f in located)
    return CheckedFile(
        document.name, tuple(kept), ignored, False, None if has_error else model
    )


def _apply_ignores(
    findings: list[Located], text: str | None, config: Config
) -> tuple[list[Located], int]:
    if not findings:
        return findings, 0
    inline = inline_ignores(text) if text else {}
    rules = config.settings.ignore
    kept: list[Located] = []
    ignored = 0
    for finding in findings:
        codes = inline.get(finding.line or 0, frozenset())
        if finding.severity is Severity.ERROR:
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
