"""Reporters for findings (`dosering validate` and every command's invalid model)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import quote
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from dosering import __version__
from dosering.core.findings import Finding, Report, Severity
from dosering.i18n import findings as messages
from dosering.model.checks import CATALOGUE

JSON_FORMAT = 1
GITHUB_ANNOTATION_LIMIT = 10
HOMEPAGE = "https://github.com/dosering/dosering"


@dataclass(frozen=True)
class Context:
    """What reporters need besides the report."""

    lang: str = "en"
    strict: bool = False
    color: bool | None = None


Reporter = Callable[[Report, IO[str], Context], None]


def report_text(report: Report, out: IO[str], ctx: Context) -> None:
    """Human-readable: `file:line:col: severity code message`, hint, summary."""
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=out,
        highlight=False,
        soft_wrap=True,
        force_terminal=ctx.color,
        no_color=(ctx.color is False) or None,
    )
    styles = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    for finding in report.findings:
        where = finding.file
        if finding.line is not None:
            where += f":{finding.line}:{finding.col}"
        severity = messages.word(f"severity.{finding.severity}", ctx.lang)
        line = Text.assemble(
            (where, "bold"),
            ": ",
            (severity, styles[str(finding.severity)]),
            " ",
            (finding.code, "dim"),
            " ",
            finding.message,
        )
        console.print(line)
        if finding.hint:
            console.print(Text("    " + finding.hint, style="dim"))
    console.print(Text(summary_line(report, ctx.lang), style="bold"))


def summary_line(report: Report, lang: str) -> str:
    """One line of counts: files, errors, warnings, notes, ignored, skipped."""
    counts = report.summary()
    parts = [messages.word("summary.files", lang, counts["files"])]
    if not report.files:
        parts = [messages.word("summary.none", lang)]
    elif not report.findings:
        parts.append(messages.word("summary.ok", lang))
    for key in ("errors", "warnings", "infos", "ignored", "skipped"):
        if counts[key]:
            parts.append(messages.word(f"summary.{key}", lang, counts[key]))
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
    """The JSON document, indented, one trailing newline."""
    json.dump(as_json(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


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
        props = [f"file={_gh_escape(finding.file, True)}"]
        if finding.line is not None:
            props += [f"line={finding.line}", f"col={finding.col}"]
        props.append(f"title={_gh_escape('dosering ' + finding.code, True)}")
        text = finding.message + (f"\n{finding.hint}" if finding.hint else "")
        out.write(f"::{command} {','.join(props)}::{_gh_escape(text)}\n")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if any(left.values()):
        where = (
            "all are in the step summary"
            if summary_path
            else "run dosering validate to see them all"
        )
        out.write(
            f"dosering: {left['error']} more error(s), {left['warning']} more "
            f"warning(s) and {left['notice']} more note(s) are not annotated "
            f"(GitHub shows 10 of each); {where}.\n"
        )
    out.write(summary_line(report, ctx.lang) + "\n")
    if summary_path:
        try:
            with open(summary_path, "a", encoding="utf-8") as handle:  # noqa: PTH123
                handle.write(markdown_table(report, ctx.lang))
        except OSError as exc:
            out.write(
                f"::warning title=dosering::cannot write the step summary "
                f"{_gh_escape(summary_path)}: {_gh_escape(str(exc.strerror))}\n"
            )


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(report: Report, lang: str) -> str:
    """All findings as a Markdown table, for step summaries and PR comments."""
    lines = ["### dosering validate", "", summary_line(report, lang), ""]
    if report.findings:
        lines += [
            "| where | severity | code | message |",
            "| --- | --- | --- | --- |",
        ]
        for f in report.findings:
            where = f.file + (f":{f.line}:{f.col}" if f.line is not None else "")
            message = f.message + (f" — {f.hint}" if f.hint else "")
            lines.append(
                f"| `{_md_cell(where)}` | {f.severity} | `{f.code}` | "
                f"{_md_cell(message)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def as_sarif(report: Report, lang: str) -> dict[str, Any]:
    """SARIF 2.1.0 with the catalogue as rules, columns in code points."""
    codes = list(CATALOGUE)
    rules = [
        {
            "id": rule.code,
            "name": rule.code,
            "shortDescription": {"text": rule.title_sv if lang == "sv" else rule.title},
            "defaultConfiguration": {"level": _SARIF_LEVEL[str(rule.severity)]},
            "helpUri": f"{HOMEPAGE}#{rule.code}",
        }
        for rule in CATALOGUE.values()
    ]
    results = []
    for f in report.findings:
        region: dict[str, Any] = {}
        if f.line is not None:
            region = {"startLine": f.line, "startColumn": f.col}
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
                "tool": {
                    "driver": {
                        "name": "dosering",
                        "version": __version__,
                        "informationUri": HOMEPAGE,
                        "rules": rules,
                    }
                },
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
                f"    <testcase classname={quoteattr(name)} name={quoteattr('valid')}/>"
            )
        for f in findings:
            where = f"{f.file}:{f.line}:{f.col}" if f.line is not None else f.file
            case_name = quoteattr(f"{f.code} at {where}")
            body = f.message + (f"\n{f.hint}" if f.hint else "")
            if _fails(f, ctx.strict):
                failures += 1
                cases.append(
                    f"    <testcase classname={quoteattr(name)} name={case_name}>\n"
                    f"      <failure type={quoteattr(f.code)} "
                    f"message={quoteattr(f.message)}>{xml_escape(where + ': ' + body)}"
                    "</failure>\n    </testcase>"
                )
            else:
                cases.append(
                    f"    <testcase classname={quoteattr(name)} name={case_name}>\n"
                    f"      <system-out>{xml_escape(str(f.severity) + ': ' + body)}"
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
