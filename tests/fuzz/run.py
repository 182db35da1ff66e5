"""`make fuzz`: a coverage-guided atheris run per reader, and a table of the runs.

    python -m tests.fuzz.run [--seconds N] [TARGET …]

Each target runs in a child process of its own (libFuzzer stops at the first
crash) for N seconds (default 600, `FUZZ_SECONDS` in `make fuzz`), with a
working corpus in `.fuzz/corpus/TARGET` seeded from `examples/` and `tests/data/`.
A run fails on any exception escaping the reader, an input taking over 5 s
(`-timeout=5`) or the process passing 1 GiB (`-rss_limit_mb=1024`); the input
is kept in `.fuzz/crashes/TARGET/` to be added to `tests/data/fuzz/TARGET/` as a
regression case once fixed. The exit code is 1 when any target failed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.fuzz.harness import ROOT, TARGETS

WORK = ROOT / ".fuzz"
INSTRUMENTED = (
    "dosering.core",
    "dosering.inputs",
    "dosering.model",
    "dosering.pipeline",
)
"""The readers and what they stand on: coverage is measured there."""
TIMEOUT_SECONDS = 5
SMOKE_RUNS = 150
"""Inputs per target in the smoke run: the seeds, then mutations from seed 1."""
RSS_LIMIT_MB = 1024
_DONE = re.compile(r"Done (\d+) runs in (\d+) second")
_CORPUS = re.compile(r"corp: (\d+)/")
_RATE = re.compile(r"exec/s: (\d+)")


@dataclass(frozen=True)
class Outcome:
    """One target's run, as the table shows it."""

    target: str
    seconds: float
    executions: int
    corpus: int
    crashes: tuple[str, ...]
    exit_code: int

    @property
    def ok(self) -> bool:
        """True when nothing escaped, timed out or ran out of memory."""
        return self.exit_code == 0 and not self.crashes


def fuzz_child(name: str, flags: list[str]) -> None:
    """In the child: instrument dosering, then hand the target to libFuzzer."""
    atheris: Any = importlib.import_module("atheris")
    with atheris.instrument_imports(include=list(INSTRUMENTED)):
        for package in INSTRUMENTED:
            module = importlib.import_module(package)
            for found in pkgutil.walk_packages(module.__path__, f"{package}."):
                importlib.import_module(found.name)
    target = TARGETS[name]
    atheris.Setup([sys.argv[0], *flags], target)
    atheris.Fuzz()


def run_target(name: str, seconds: int, *, smoke: bool = False) -> Outcome:
    """Fuzz one target for `seconds` in a child process; parse libFuzzer's lines.

    `smoke`: the seeds alone, in a temporary folder, then `SMOKE_RUNS` inputs in
    all from a fixed seed (make test); `seconds` is then only a cap.
    """
    corpus = (
        Path(tempfile.mkdtemp(prefix=f"dosering-fuzz-{name}-"))
        if smoke
        else WORK / "corpus" / name
    )
    crashes = WORK / "crashes" / name
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    for seed in TARGETS[name].seed_files():
        shutil.copyfile(seed, corpus / f"seed-{seed.name}")
    before = set(crashes.iterdir())
    flags = [
        f"-max_total_time={seconds}",
        f"-timeout={TIMEOUT_SECONDS}",
        f"-rss_limit_mb={RSS_LIMIT_MB}",
        "-max_len=65536",
        f"-artifact_prefix={crashes}/",
        "-print_final_stats=1",
        # make test: the same inputs every time (a seed, a number of runs)
        *(["-seed=1", f"-runs={SMOKE_RUNS}"] if smoke else []),
        str(corpus),
    ]
    started = time.monotonic()
    child = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.run", "--child", name, *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    elapsed = time.monotonic() - started
    if smoke:
        shutil.rmtree(corpus, ignore_errors=True)
    log = child.stdout + child.stderr
    (WORK / f"{name}.log").write_text(log, encoding="utf-8")
    done = _DONE.findall(log)
    executions = int(done[-1][0]) if done else _last_count(log)
    sizes = _CORPUS.findall(log)
    found = tuple(sorted(str(p) for p in set(crashes.iterdir()) - before))
    return Outcome(
        name,
        elapsed,
        executions,
        int(sizes[-1]) if sizes else 0,
        found,
        child.returncode,
    )


def _last_count(log: str) -> int:
    counts = re.findall(r"^#(\d+)", log, re.MULTILINE)
    return int(counts[-1]) if counts else 0


def table(outcomes: list[Outcome]) -> str:
    """The runs as a Markdown table: target, time, executions, rate, corpus, result."""
    lines = [
        "| target | seconds | executions | exec/s | corpus | result |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for o in outcomes:
        rate = o.executions / o.seconds if o.seconds else 0
        result = "ok" if o.ok else f"FAILED (exit {o.exit_code}, {len(o.crashes)} kept)"
        lines.append(
            f"| {o.target} | {o.seconds:.0f} | {o.executions} | {rate:.0f} | "
            f"{o.corpus} | {result} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the targets asked for (all by default) and print the table."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        fuzz_child(args[1], args[2:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.run")
    parser.add_argument(
        "--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", "600"))
    )
    parser.add_argument(
        "--smoke", action="store_true", help="seeds only, two targets at a time"
    )
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=", ".join(TARGETS))
    options = parser.parse_args(args)
    unknown = [t for t in options.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]} (targets: {', '.join(TARGETS)})")
    try:
        importlib.import_module("atheris")
    except ImportError:
        print("fuzz: atheris is not installed (pip install -e '.[dev]' on Linux)")
        return 0 if options.smoke else 1
    names = options.targets or list(TARGETS)
    with ThreadPoolExecutor(max_workers=2 if options.smoke else 1) as pool:
        outcomes = list(
            pool.map(
                lambda n: run_target(n, options.seconds, smoke=options.smoke), names
            )
        )
    for outcome in outcomes:
        name = outcome.target
        status = "ok" if outcome.ok else "FAILED: see " + str(WORK / f"{name}.log")
        print(f"{name}: {outcome.executions} runs in {outcome.seconds:.0f} s, {status}")
        for crash in outcome.crashes:
            print(f"  kept {crash}")
    print(table(outcomes))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
