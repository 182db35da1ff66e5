"""Reporters for findings (`dosering validate` and every command's invalid model)."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import quote

from dosering import __version__
from dosering.core.errors import Shown
from dosering.core.findings import Finding, Report, Severity
from dosering.i18n import catalogue
from dosering.i18n import findings as messages
from dosering.i18n._text import compose
from dosering.model.checks import CATALOGUE, REGISTRY
from dosering.report.escape import (
    github_message,
    github_property,
    markdown,
    terminal,
    xml_attr,
    xml_text,
)

JSON_FORMAT = 1
MARKDOWN = frozenset({"github"})
"""Formats that write Markdown (github: the step summary's table of findings)."""
GITHUB_ANNOTATION_LIMIT = 10
# The labels (normalised as PEP 753 says) of `[project.urls]` in pyproject.toml
# that SARIF links to: the project's home, and the page where each finding code
# has its own heading (docs/findings.md, published). None is invented: without
# them SARIF carries no `informationUri` or `helpUri`, only the words.
HOME_LABELS = ("homepage", "home", "source", "repository")
FINDINGS_LABEL = "findings"


def _line_col(finding: Finding) -> str:
    """`:line:col` of a finding in a file, or `:line` for a row of a table."""
    if finding.col is None:
        return f":{finding.line}"
    return f":{finding.line}:{finding.col}"


@cache
def project_urls() -> dict[str, str]:
    """The installed package's addresses, by normalised label (none: empty).

    Read from its metadata (`Project-URL: Label, URL`, and the older `Home-page`),
    which `[project.urls]` in pyproject.toml fills.
    """
    try:
        meta = metadata.metadata("dosering")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a tree
        return {}
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if url.strip():
            urls.setdefault(re.sub(r"[^a-z0-9]", "", label.lower()), url.strip())
    for home in meta.get_all("Home-page") or ():
        if home.strip() and home.strip() != "UNKNOWN":
            urls.setdefault("homepage", home.strip())
    return urls


def homepage() -> str | None:
    """The project's home address from its metadata, or None when it has none."""
    urls = project_urls()
    return next((urls[label] for label in HOME_LABELS if label in urls), None)


def findings_page() -> str | None:
    """The published page with a heading per finding code, or None."""
    return project_urls().get(FINDINGS_LABEL)


@dataclass(frozen=True)
class Context:
    """What reporters need besides the report."""

    lang: str = "en"
    strict: bool = False
    color: bool | None = None
    cells: bool = False
    """Positions are workbook cells: text shows `file:Sheet!B7` (`import`)."""


Reporter = Callable[[Report, IO[str], Context], None]


def colour_wanted(out: IO[str], color: bool | None) -> bool:
    """Colour when asked, else on a terminal unless `NO_COLOR` is set (or forced)."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


_STYLES = {
    "where": "bold",
    "error": "bold red",
    "warning": "yellow",
    "info": "cyan",
    "code": "dim",
    "hint": "dim",
    "summary": "bold",
}


def _painters(colour: bool) -> dict[str, tuple[str, str]]:
    """Per style, the codes before and after a text (both empty without colour)."""
    if not colour:
        return dict.fromkeys(_STYLES, ("", ""))
    from rich.color import ColorSystem
    from rich.style import Style

    painters = {}
    for name, style in _STYLES.items():
        before, _, after = (
            Style.parse(style).render("\0", color_system=ColorSystem.STANDARD)
        ).partition("\0")
        painters[name] = (before, after)
    return painters


def report_text(report: Report, out: IO[str], ctx: Context) -> None:
    """Human-readable: `file:line:col: severity code message`, hint, summary.

    Written as plain strings (colour codes only on a terminal): tens of thousands
    of findings print in a moment.
    """
    paint = _painters(colour_wanted(out, ctx.color))
    severities = {str(s): messages.word(f"severity.{s}", ctx.lang) for s in Severity}
    lines = []
    for finding in report.findings:
        where = terminal(finding.file)
        if ctx.cells and finding.location:
            where += f":{terminal(finding.location)}"
        elif finding.line is not None:
            where += _line_col(finding)
        severity = str(finding.severity)
        lines.append(
            f"{_paint(paint, 'where', where)}: "
            f"{_paint(paint, severity, severities[severity])} "
            f"{_paint(paint, 'code', finding.code)} {terminal(finding.message)}"
        )
        if finding.hint:
            lines.append(_paint(paint, "hint", "    " + terminal(finding.hint)))
    if report.skipped_files:
        lines.append(_paint(paint, "hint", skipped_line(report, ctx.lang)))
    lines.append(_paint(paint, "summary", summary_line(report, ctx.lang)))
    out.write("\n".join(lines) + "\n")


def _paint(painters: dict[str, tuple[str, str]], style: str, text: str) -> str:
    before, after = painters[style]
    return f"{before}{text}{after}" if before else text


SKIPPED_SHOWN = 5
"""How many skipped files the text names before "and N more"."""


def skipped_line(report: Report, lang: str) -> str:
    """The files skipped as no model, named (the first few), for the text."""
    names = [terminal(name) for name in report.skipped_files]
    listed = catalogue.shown(Shown.of(names, SKIPPED_SHOWN, width=1000), lang)
    return messages.word("summary.skipped-files", lang, listed)


def summary_line(report: Report, lang: str) -> str:
    """One line of counts: files, errors, warnings, notes, ignored, skipped."""
    counts = report.summary()
    parts = [messages.counted("summary.files", counts["files"], lang)]
    if not report.files:
        parts = [messages.word("summary.none", lang)]
    elif not report.findings:
        parts.append(messages.word("summary.ok", lang))
    for key in ("errors", "warnings", "infos", "ignored", "skipped"):
        if counts[key]:
            parts.append(messages.counted(f"summary.{key}", counts[key], lang))
    return ", ".join(parts)


def as_json(report: Report) -> dict[str, Any]:
    """The validate JSON document (DESIGN.md "Machine outputs")."""
    return {
        "tool": "dosering",
        "version": __version__,
        "format": JSON_FORMAT,
        "files": list(report.files),
        "findings": [finding.as_dict() for finding in report.findings],
        "summary": report.summary(),
    }


def report_json(report: Report, out: IO[str], ctx: Context) -> None:
    """The JSON document, indented, one trailing newline.

    The same text as `json.dump(..., indent=2)`, but each finding is written from
    its flat fields by hand: the indenting encoder runs in pure Python, seconds for
    40,000 findings.
    """
    parts = []
    for key, value in as_json(report).items():
        if key == "findings" and value:
            text = "[\n" + ",\n".join(map(_json_finding, value)) + "\n  ]"
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2)
            text = text.replace("\n", "\n  ")
        parts.append(f"  {_json_text(key)}: {text}")
    out.write("{\n" + ",\n".join(parts) + "\n}\n")


_json_text = json.encoder.encode_basestring  # a str as JSON (C), non-ASCII kept


def _json_value(value: Any) -> str:
    if isinstance(value, str):
        return _json_text(value)
    if value is None:
        return "null"
    return str(value) if type(value) is int else json.dumps(value)


def _json_finding(fields: dict[str, Any]) -> str:
    """One finding's flat fields as an item of an indent=2 list two levels deep."""
    lines = ",\n".join(
        f"      {_json_text(key)}: {_json_value(value)}"
        for key, value in fields.items()
    )
    return "    {\n" + lines + "\n    }"


def report_github(report: Report, out: IO[str], ctx: Context) -> None:
    """GitHub Actions workflow commands; the first 10 errors and warnings annotated.

    GitHub shows at most 10 error and 10 warning annotations per step; the rest are
    counted in a summary line and, when `GITHUB_STEP_SUMMARY` is set, listed in full
    in a Markdown table appended there.
    """
    shown = {"error": 0, "warning": 0, "notice": 0}
    left = {"error": 0, "warning": 0, "notice": 0}
    for finding in report.findings:
        command = {"error": "error", "warning": "warning", "info": "notice"}[
            str(finding.severity)
        ]
        if shown[command] >= GITHUB_ANNOTATION_LIMIT:
            left[command] += 1
            continue
        shown[command] += 1
        props = [f"file={github_property(finding.file)}"]
        if finding.line is not None:
            props.append(f"line={finding.line}")
            if finding.col is not None:
                props.append(f"col={finding.col}")
        props.append(f"title={github_property('dosering ' + finding.code)}")
        text = finding.message + (f"\n{finding.hint}" if finding.hint else "")
        out.write(f"::{command} {','.join(props)}::{github_message(text)}\n")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if any(left.values()):
        where = messages.word(
            "github.more.summary" if summary_path else "github.more.run", ctx.lang
        )
        more = messages.word(
            "github.more",
            ctx.lang,
            messages.counted("summary.errors", left["error"], ctx.lang),
            messages.counted("summary.warnings", left["warning"], ctx.lang),
            messages.counted("summary.infos", left["notice"], ctx.lang),
            where,
        )
        out.write(f"{more}\n")
    out.write(summary_line(report, ctx.lang) + "\n")
    if summary_path:
        try:
            with open(summary_path, "a", encoding="utf-8") as handle:  # noqa: PTH123
                handle.write(markdown_table(report, ctx.lang))
        except OSError as exc:
            from dosering.core.errors import OsReason
            from dosering.i18n.catalogue import message

            line = message(
                "github.summary-unwritable",
                ctx.lang,
                {"path": summary_path, "reason": OsReason.of(exc)},
            )
            out.write(f"::warning title=dosering::{github_message(line)}\n")


_TABLE_COLUMNS = ("where", "severity", "code", "message")


def markdown_table(report: Report, lang: str) -> str:
    """All findings as a Markdown table, for step summaries and PR comments."""
    lines = ["### dosering validate", "", summary_line(report, lang), ""]
    if report.findings:
        head = (messages.word(f"table.{key}", lang) for key in _TABLE_COLUMNS)
        lines += [f"| {' | '.join(head)} |", "| --- | --- | --- | --- |"]
        for f in report.findings:
            where = f.file + (_line_col(f) if f.line is not None else "")
            message = compose(f.message, " — ", f.hint) if f.hint else f.message
            severity = messages.word(f"severity.{f.severity}", lang)
            lines.append(
                f"| {markdown(where)} | {severity} | `{f.code}` | {markdown(message)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _sarif_rule(code: str, level: str, lang: str, page: str | None) -> dict[str, Any]:
    """One catalogue entry as a SARIF rule: its title and explanation travel with it.

    The explanation is the title and where the code is explained; an English run
    adds the check's own documentation (the text docs/findings.md shows).
    """
    title = messages.title(code, lang)
    pointer = messages.word("sarif.help", lang, code)
    text, markdown_text = f"{title}. {pointer}", f"**{title}**\n\n{pointer}"
    module = REGISTRY.get(code)
    doc = (inspect.getdoc(module) or "") if module is not None else ""
    if lang == "en" and "\n" in doc:
        # reST's `text::` before an indented example: Markdown shows the indented
        # lines as code after a plain colon.
        body = re.sub(r"::$", ":", doc.split("\n", 1)[1].strip(), flags=re.MULTILINE)
        text += f"\n\n{body}"
        markdown_text = f"**{title}**\n\n{body}\n\n{pointer}"
    rule: dict[str, Any] = {
        "id": code,
        "name": code,
        "shortDescription": {"text": title},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": markdown_text},
        "defaultConfiguration": {"level": level},
    }
    if page:
        rule["helpUri"] = f"{page}#{code}"
    return rule


def as_sarif(report: Report, lang: str) -> dict[str, Any]:
    """SARIF 2.1.0 with the catalogue as rules, columns in code points.

    `informationUri` and each rule's `helpUri` come from the package's metadata
    (`homepage()`, `findings_page()`), and are left out when it has none.
    """
    codes = list(CATALOGUE)
    page = findings_page()
    rules = [
        _sarif_rule(rule.code, _SARIF_LEVEL[str(rule.severity)], lang, page)
        for rule in CATALOGUE.values()
    ]
    driver: dict[str, Any] = {"name": "dosering", "version": __version__}
    home = homepage()
    if home:
        driver["informationUri"] = home
    driver["rules"] = rules
    results = []
    for f in report.findings:
        region: dict[str, Any] = {}
        if f.line is not None:
            region = {"startLine": f.line}
            if f.col is not None:
                region["startColumn"] = f.col
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.file)}}
        if region:
            location["region"] = region
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _SARIF_LEVEL[str(f.severity)],
            "message": {"text": f.message + (f" {f.hint}" if f.hint else "")},
            "locations": [{"physicalLocation": location}],
        }
        if f.location:
            result["locations"][0]["logicalLocations"] = [
                {"fullyQualifiedName": f.location}
            ]
        results.append(result)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {"location": {"uri": _uri(name)}} for name in report.files
                ],
                "results": results,
            }
        ],
    }


def _uri(path: str) -> str:
    """A path as a URI reference: relative paths percent-encoded, absolute as file:."""
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe="/")


def report_sarif(report: Report, out: IO[str], ctx: Context) -> None:
    """SARIF 2.1.0 for code scanning."""
    json.dump(as_sarif(report, ctx.lang), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _fails(finding: Finding, strict: bool) -> bool:
    return finding.severity is Severity.ERROR or (
        strict and finding.severity is Severity.WARNING
    )


def report_junit(report: Report, out: IO[str], ctx: Context) -> None:
    """JUnit XML: a test case per file, and one per finding (failing ones fail)."""
    cases: list[str] = []
    failures = 0
    by_file = report.by_file()
    for name, findings in by_file.items():
        if not findings:
            cases.append(
                f"    <testcase classname={xml_attr(name)} name={xml_attr('valid')}/>"
            )
        for f in findings:
            where = f.file + (_line_col(f) if f.line is not None else "")
            case_name = xml_attr(f"{f.code} at {where}")
            body = f.message + (f"\n{f.hint}" if f.hint else "")
            if _fails(f, ctx.strict):
                failures += 1
                cases.append(
                    f"    <testcase classname={xml_attr(name)} name={case_name}>\n"
                    f"      <failure type={xml_attr(f.code)} "
                    f"message={xml_attr(f.message)}>{xml_text(where + ': ' + body)}"
                    "</failure>\n    </testcase>"
                )
            else:
                cases.append(
                    f"    <testcase classname={xml_attr(name)} name={case_name}>\n"
                    f"      <system-out>{xml_text(str(f.severity) + ': ' + body)}"
                    "</system-out>\n    </testcase>"
                )
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        f'<testsuites name="dosering" tests="{len(cases)}" failures="{failures}">\n'
        f'  <testsuite name="dosering validate" tests="{len(cases)}" '
        f'failures="{failures}" errors="0" skipped="0">\n'
    )
    for case in cases:
        out.write(case + "\n")
    out.write("  </testsuite>\n</testsuites>\n")


_GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def as_gitlab(report: Report) -> list[dict[str, Any]]:
    """GitLab Code Quality issues."""
    issues = []
    for f in report.findings:
        fingerprint = hashlib.sha256(
            f"{f.file}\0{f.code}\0{f.location}\0{f.message}".encode()
        ).hexdigest()
        issues.append(
            {
                "description": f.message + (f" {f.hint}" if f.hint else ""),
                "check_name": f.code,
                "fingerprint": fingerprint,
                "severity": _GITLAB_SEVERITY[str(f.severity)],
                "location": {
                    "path": f.file.replace("\\", "/"),
                    "lines": {"begin": f.line or 1},
                },
            }
        )
    return issues


def report_gitlab(report: Report, out: IO[str], ctx: Context) -> None:
    """GitLab Code Quality JSON (a list of issues)."""
    json.dump(as_gitlab(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
    "junit": report_junit,
    "gitlab": report_gitlab,
}
