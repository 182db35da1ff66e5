"""Configuration: `.dosering.yaml`, found from the current directory upwards.

It accepts findings (`ignore`) and sets defaults for `strict`, `lang` and the options
of `gap`, `diff` and `render`, so CI lines stay short. Paths in it are relative to
the file itself.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dosering.core.errors import OsReason, UserError
from dosering.inputs.config_location import CONFIG_NAME, find_config
from dosering.inputs.yaml import load_file

__all__ = ["CONFIG_NAME", "Config", "find_config", "load_config", "read_config"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IgnoreRule(_Section):
    """Silence a code in files matching `path`, optionally at matching locations."""

    code: str
    path: str = "*"
    location: str | None = None

    def matches(self, code: str, file: str, location: str | None) -> bool:
        """True when this rule silences a finding."""
        if self.code not in ("*", code):
            return False
        posix = file.replace("\\", "/")
        if not (
            fnmatch.fnmatchcase(posix, self.path)
            or fnmatch.fnmatchcase(posix, f"*/{self.path}")
        ):
            return False
        return (
            self.location is None
            or location_glob(self.location).fullmatch(location or "") is not None
        )


def location_glob(pattern: str) -> re.Pattern[str]:
    """A glob over dotted locations: `*` and `?` are wild, brackets are literal."""
    parts = (
        ".*" if char == "*" else "." if char == "?" else re.escape(char)
        for char in pattern
    )
    return re.compile("".join(parts))


class GapDefaults(_Section):
    """Defaults for `dosering gap`."""

    courses: str | None = None
    mapping: str | None = None
    columns: dict[str, str] = Field(default_factory=dict)
    sheet: str | None = None
    fail_on: list[str] | None = None
    csv_dialect: Literal["excel-sv", "plain"] | None = None


class DiffDefaults(_Section):
    """Defaults for `dosering diff`."""

    map: str | None = None
    fail_on: list[str] | None = None


class RenderDefaults(_Section):
    """Defaults for `dosering render`."""

    templates: str | None = None
    lang: Literal["sv", "en"] | None = None


class ProgressDefaults(_Section):
    """Defaults for `dosering progress`."""

    staff: str | None = None
    completions: list[str] | None = None
    mapping: str | None = None
    target: float | None = Field(default=None, ge=0, le=1)
    min_group: int | None = Field(default=None, ge=1)


class ConfigFile(_Section):
    """The shape of `.dosering.yaml`."""

    strict: bool | None = None
    lang: Literal["sv", "en"] | None = None
    max_bytes: int | None = Field(default=None, gt=0)
    ignore: list[IgnoreRule] = Field(default_factory=list)
    gap: GapDefaults = Field(default_factory=GapDefaults)
    diff: DiffDefaults = Field(default_factory=DiffDefaults)
    render: RenderDefaults = Field(default_factory=RenderDefaults)
    progress: ProgressDefaults = Field(default_factory=ProgressDefaults)


@dataclass(frozen=True)
class Config:
    """The configuration in force, and where it came from (None: built-in defaults)."""

    settings: ConfigFile = field(default_factory=ConfigFile)
    path: Path | None = None

    def names_for(self, file: str) -> tuple[str, ...]:
        """A file's name as given and relative to the config file's folder.

        `ignore` paths are relative to the config file, wherever dosering runs.
        """
        if self.path is None:
            return (file,)
        try:
            relative = os.path.relpath(Path(file).resolve(), self.path.parent.resolve())
        except (OSError, ValueError):  # another drive on Windows
            return (file,)
        return (file, relative)

    def resolve(self, value: str | None) -> Path | None:
        """A path from the config, relative to the config file's folder."""
        if value is None:
            return None
        if self.path is None:
            return Path(value)
        return self.path.parent / value


def load_config(start: Path | None = None) -> Config:
    """Read the configuration in force; a broken file stops the run (exit 3)."""
    path = find_config((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    return Config(read_config(path), path)


_LANG_LINE = re.compile(r"^lang\s*:\s*[\"']?(\w+)", re.MULTILINE)


def written_lang(path: Path) -> str | None:
    """The language a configuration asks for, read from its text alone.

    So a file that cannot be read as a whole still gets its problem told in the
    language its `lang:` line names (`sv`, `svenska`, `Swedish`: sv; `en…`: en).
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return None
    found = _LANG_LINE.search(head)
    if found is None:
        return None
    word = found.group(1).casefold()
    if word.startswith(("sv", "swe")):
        return "sv"
    if word.startswith(("en", "eng")):
        return "en"
    return None


def read_config(path: Path) -> ConfigFile:
    """Parse and validate one configuration file."""
    try:
        document = load_file(path, str(path))
    except OSError as exc:
        raise UserError(
            "config.unreadable", path=path, reason=OsReason.of(exc)
        ) from exc
    if document.problems:
        first = document.problems[0]
        line, col = first.line or 1, first.col or 1
        raise UserError("config.yaml", path=path, line=line, col=col, reason=first)
    data: Any = document.data if document.data is not None else {}
    if not isinstance(data, dict):
        raise UserError("config.not-mapping", path=path)
    try:
        settings = ConfigFile.model_validate(data)
    except ValidationError as exc:
        raise _config_problem(path, exc) from exc
    _check_codes(path, settings)
    _check_columns(path, settings)
    return settings


def _check_codes(path: Path, settings: ConfigFile) -> None:
    """An ignore rule naming no known code would silently do nothing: stop instead."""
    from dosering.model.checks import CATALOGUE

    for index, rule in enumerate(settings.ignore):
        if rule.code == "*" or rule.code in CATALOGUE:
            continue
        near = difflib.get_close_matches(rule.code, list(CATALOGUE), 1)
        key = "config.unknown-code.near" if near else "config.unknown-code"
        near_code = near[0] if near else None
        raise UserError(key, path=path, index=index, code=rule.code, near=near_code)


def _check_columns(path: Path, settings: ConfigFile) -> None:
    """`gap.columns` names fields (in English, as `--column` does) and headers."""
    if not settings.gap.columns:
        return
    from dosering.inputs.courselist import ALIASES, FIELDS
    from dosering.inputs.tables import closest_field

    for name, header in settings.gap.columns.items():
        if name.strip().casefold() not in FIELDS:
            near = closest_field(name, ALIASES)
            key = "config.unknown-column.near" if near else "config.unknown-column"
            fields = ", ".join(FIELDS)
            raise UserError(key, path=path, field=name, near=near, fields=fields)
        if not header.strip():
            raise UserError("config.column-blank", path=path, field=name)


_KINDS = {
    "list_type": "config.not-list",
    "dict_type": "config.not-section",
    "model_type": "config.not-section",
    "model_attributes_type": "config.not-section",
    "literal_error": "config.not-allowed",
    "missing": "config.missing",
    "bool_type": "config.not-bool",
    "bool_parsing": "config.not-bool",
    "string_type": "config.not-text",
    "int_type": "config.not-positive",
    "int_parsing": "config.not-positive",
    "greater_than": "config.not-positive",
}


def _config_problem(path: Path, exc: ValidationError) -> UserError:
    """The first problem of a configuration, as a `UserError`."""
    error = exc.errors(include_url=False)[0]
    loc = error["loc"]
    where = ".".join(str(part) for part in loc)
    section: type[BaseModel] = ConfigFile
    for part in loc[:-1]:
        field = section.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        for candidate in (annotation, *get_args(annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                section = candidate
    allowed = ", ".join(section.model_fields)
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        near = difflib.get_close_matches(str(loc[-1]), list(section.model_fields), 1)
        key = "config.unknown-key.near" if near else "config.unknown-key"
        near_key = near[0] if near else None
        return UserError(key, path=path, where=where, near=near_key, allowed=allowed)
    if kind == "literal_error":
        # pydantic's English "'sv' or 'en'": the values, listed in no language
        expected = str(error.get("ctx", {}).get("expected", ""))
        allowed = ", ".join(re.findall(r"'([^']*)'", expected)) or expected
    key = _KINDS.get(kind, "config.invalid")
    return UserError(key, path=path, where=where, value=value, allowed=allowed)
