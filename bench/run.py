"""Time whole ``dosering`` processes against their floors and write bench/RESULTS.md.

Each benchmark runs a command and its *floor* (the least any tool doing the same job
must pay, e.g. libyaml composing the same file) as separate processes, paired and
alternating (command, floor, command, floor, ...) after a warm-up pair, and reports
the median wall time of each, their ratio, and the command's peak memory (the child's
``ru_maxrss`` from ``os.wait4``).  Benchmarks are rows of ``BENCHMARKS``; the models
and course lists they use are generated into ``bench/.data/`` when missing.

Standard library only.  Run it with the project's venv, whose ``bin/`` holds
``dosering``::

    .venv/bin/python bench/run.py            # everything, median of 5
    .venv/bin/python bench/run.py --quick    # 100 and 2,000 roles, 3 runs
    .venv/bin/python bench/run.py --only help --only version
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import runpy
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / ".data"
# Not resolved: the venv's bin/python is a symlink, and its directory is the venv's.
BIN = Path(sys.executable).parent
SIZES = (100, 2000, 20000)
QUICK_SIZES = (100, 2000)
# Exit 1 is a normal answer ("findings"); anything else but 0 is an error.
OK_EXITS = (0, 1)
MIB = 1024  # ru_maxrss is in KiB on Linux


class Benchmark(TypedDict):
    """One row of the benchmark table.

    ``command`` and ``floor`` are argv lists whose items may hold placeholders:
    ``{python}`` (this interpreter), ``{dosering}``, ``{check_jsonschema}``,
    ``{schema}`` (models/dosering.schema.json), ``{bench}``, ``{root}``, and the data
    files for the row's ``size``: ``{model}``, ``{model_changed}`` (1 % of the roles
    changed), ``{model_warnings}`` and ``{model_schema}`` (about two warnings per
    role; three courses in five with a refused ``format``), ``{courses_csv}``,
    ``{courses_xlsx}``.  ``max_seconds`` bounds the command's median itself.  A row
    with ``ratio_of`` runs nothing: it divides the command medians of two other
    rows, each named ``(name, size)``.
    """

    name: str
    size: int | None
    command: list[str]
    floor: list[str] | None
    target: str
    max_ratio: NotRequired[float]
    max_mib: NotRequired[float]
    max_seconds: NotRequired[float]
    slow: NotRequired[bool]
    floor_exits: NotRequired[tuple[int, ...]]
    ratio_of: NotRequired[tuple[tuple[str, int], tuple[str, int]]]


VALIDATE = ["{dosering}", "validate", "{model}"]
YAML_FLOOR = [
    "{python}",
    "-c",
    "import gc,sys,yaml; gc.disable(); "
    "yaml.compose(open(sys.argv[1],'rb'), Loader=yaml.CSafeLoader)",
    "{model}",
]
CHECK_JSONSCHEMA = ["{check_jsonschema}", "--schemafile", "{schema}", "{model}"]
TYPER_FLOOR = ["{python}", "{bench}/typer_floor.py", "--help"]

BENCHMARKS: list[Benchmark] = [
    Benchmark(
        name="validate-vs-yaml",
        size=100,
        command=VALIDATE,
        floor=YAML_FLOOR,
        target="",
    ),
    Benchmark(
        name="validate-vs-yaml",
        size=2000,
        command=VALIDATE,
        floor=YAML_FLOOR,
        target="",
    ),
    Benchmark(
        name="validate-vs-yaml",
        size=20000,
        command=VALIDATE,
        floor=YAML_FLOOR,
        target="≤2.0×, <256 MiB",
        max_ratio=2.0,
        max_mib=256.0,
    ),
    Benchmark(
        name="validate-vs-check-jsonschema",
        size=2000,
        command=VALIDATE,
        floor=CHECK_JSONSCHEMA,
        target="≤0.15×",
        max_ratio=0.15,
        slow=True,
        floor_exits=(0,),
    ),
    Benchmark(
        name="validate-vs-check-jsonschema",
        size=20000,
        command=VALIDATE,
        floor=CHECK_JSONSCHEMA,
        target="≤0.1×",
        max_ratio=0.1,
        slow=True,
        floor_exits=(0,),
    ),
    Benchmark(
        name="validate-linearity",
        size=20000,
        command=[],
        floor=None,
        target="20k/2k ≤12",
        max_ratio=12.0,
        ratio_of=(("validate-vs-yaml", 20000), ("validate-vs-yaml", 2000)),
    ),
    Benchmark(
        name="version",
        size=None,
        command=["{dosering}", "--version"],
        floor=TYPER_FLOOR,
        target="≤1.3×",
        max_ratio=1.3,
    ),
    Benchmark(
        name="help",
        size=None,
        command=["{dosering}", "--help"],
        floor=TYPER_FLOOR,
        target="≤1.3×",
        max_ratio=1.3,
    ),
    # Later rows, for example:
    # Benchmark(name="gap-csv", size=20000,
    #           command=["{dosering}", "gap", "{model}", "--courses", "{courses_csv}"],
    #           floor=YAML_FLOOR, target="≤3.0×", max_ratio=3.0),
    # Benchmark(name="diff", size=20000,
    #           command=["{dosering}", "diff", "{model}", "{model_changed}"],
    #           floor=YAML_FLOOR, target="≤4.0×", max_ratio=4.0),
]


def _load_cases() -> list[Benchmark]:
    """Rows from ``bench/cases_*.py`` files (one per command), in name order.

    Each file defines ``BENCHMARKS: list[Benchmark]`` and may use ``Benchmark``,
    ``VALIDATE``, ``YAML_FLOOR``, ``CHECK_JSONSCHEMA`` and ``TYPER_FLOOR``, which are
    given to it.
    """
    rows: list[Benchmark] = []
    given = {
        "Benchmark": Benchmark,
        "VALIDATE": VALIDATE,
        "YAML_FLOOR": YAML_FLOOR,
        "CHECK_JSONSCHEMA": CHECK_JSONSCHEMA,
        "TYPER_FLOOR": TYPER_FLOOR,
    }
    for path in sorted(Path(__file__).resolve().parent.glob("cases_*.py")):
        rows.extend(runpy.run_path(str(path), init_globals=given)["BENCHMARKS"])
    return rows


BENCHMARKS.extend(_load_cases())


@dataclass
class Run:
    """One process: wall seconds, peak memory, exit code, the end of its stderr."""

    seconds: float
    peak_mib: float
    exit_code: int
    stderr: str


@dataclass
class Result:
    """The outcome of one benchmark row, as the report shows it."""

    bench: Benchmark
    runs: list[Run] = field(default_factory=list)
    floor_runs: list[Run] = field(default_factory=list)
    median: float | None = None
    floor_median: float | None = None
    ratio: float | None = None
    status: str = "—"  # pass | FAIL | — (no target) | error | skipped
    note: str = ""

    @property
    def peak(self) -> float | None:
        """Return the command's largest peak memory over its runs, in MiB."""
        return max((r.peak_mib for r in self.runs), default=None)

    @property
    def floor_peak(self) -> float | None:
        """Return the floor's largest peak memory over its runs, in MiB."""
        return max((r.peak_mib for r in self.floor_runs), default=None)


def log(message: str) -> None:
    """Print progress to stderr (stdout is for the table)."""
    print(message, file=sys.stderr, flush=True)


def child_env() -> dict[str, str]:
    """Return the environment for timed processes.

    Bytecode caching stays on (a user's Python writes .pyc files), so the warm-up
    run leaves them for the timed ones; colour is off, as when piped.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_COLOR"] = "1"
    return env


def run_once(argv: list[str], timeout: float, env: dict[str, str]) -> Run:
    """Run one process to its end; time it and read its peak memory from wait4."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=ROOT,
                env=env,
            )
        except OSError as exc:
            return Run(0.0, 0.0, 127, f"cannot start {argv[0]}: {exc}")
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace")
    if code == -signal.SIGKILL and seconds >= timeout:
        tail = f"timed out after {timeout:.0f} s\n{tail}"
    return Run(seconds, usage.ru_maxrss / MIB, code, tail)


def last_line(text: str) -> str:
    """Return the last non-blank line of a process's stderr, for the notes."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no stderr)"


@dataclass
class Tools:
    """Paths of the programs and files the placeholders stand for."""

    dosering: Path
    check_jsonschema: Path | None
    schema: Path

    def missing(self, argv: list[str]) -> str | None:
        """Return why ``argv`` cannot run here, or None when it can."""
        joined = " ".join(argv)
        if "{dosering}" in joined and not os.access(self.dosering, os.X_OK):
            return f"{self.dosering} not found (pip install -e . in the venv)"
        if "{check_jsonschema}" in joined and self.check_jsonschema is None:
            return "check-jsonschema not installed (pip install check-jsonschema)"
        if "{schema}" in joined and not self.schema.is_file():
            return f"{self.schema} not found"
        return None


def data_files(size: int | None) -> dict[str, Path]:
    """Return the data files for ``size`` roles, by placeholder name."""
    if size is None:
        return {}
    return {
        "model": DATA / f"model-{size}.yaml",
        "model_changed": DATA / f"model-{size}-changed.yaml",
        "model_warnings": DATA / f"model-{size}-warnings.yaml",
        "model_schema": DATA / f"model-{size}-schema.yaml",
        "courses_csv": DATA / f"courses-{size}.csv",
        "courses_xlsx": DATA / f"courses-{size}.xlsx",
        "courses_50k_csv": DATA / f"courses-50000rows-{size}.csv",
        "courses_50k_xlsx": DATA / f"courses-50000rows-{size}.xlsx",
        "staff_50k": DATA / f"staff-50000-{size}.csv",
        "done_200k": DATA / f"done-200000-{size}.csv",
        "done_2m": DATA / f"done-2000000-{size}.csv",
    }


def course_rows(size: int) -> int:
    """Return the course list's row count for a model of ``size`` roles."""
    return max(50, size // 4)  # 5,000 rows for 20,000 roles (the gap issue's case)


def ensure_data(size: int, names: set[str]) -> str | None:
    """Generate the data files named in ``names`` for ``size`` if stale or missing.

    Returns why they could not be made, or None.  Generation runs in a child process
    so this process stays small: a child's peak memory starts at its parent's.
    """
    files = data_files(size)
    commands: dict[str, list[str]] = {
        "model": [
            sys.executable,
            str(BENCH / "generate.py"),
            str(size),
            str(files["model"]),
        ],
        "model_changed": [
            sys.executable,
            str(BENCH / "generate.py"),
            str(size),
            str(files["model_changed"]),
            "--change-percent",
            "1",
        ],
        **{
            name: [
                sys.executable,
                str(BENCH / "generate.py"),
                str(size),
                str(files[name]),
                "--findings",
                name.removeprefix("model_"),
            ]
            for name in ("model_warnings", "model_schema")
        },
        "courses_csv": [
            sys.executable,
            str(BENCH / "generate_courses.py"),
            str(course_rows(size)),
            str(files["courses_csv"]),
            "--roles",
            str(size),
            "--xlsx",
            str(files["courses_xlsx"]),
        ],
    }
    commands["courses_xlsx"] = commands["courses_csv"]
    commands["courses_50k_csv"] = [
        sys.executable,
        str(BENCH / "generate_courses.py"),
        "50000",
        str(files["courses_50k_csv"]),
        "--roles",
        str(size),
        "--xlsx",
        str(files["courses_50k_xlsx"]),
    ]
    commands["courses_50k_xlsx"] = commands["courses_50k_csv"]
    for name, rows in (("done_200k", 200_000), ("done_2m", 2_000_000)):
        commands[name] = [
            sys.executable,
            str(BENCH / "generate_progress.py"),
            str(files["model"]),
            str(files["staff_50k"]),
            str(files[name]),
            "--rows",
            str(rows),
        ]
    commands["staff_50k"] = commands["done_200k"]
    newest_source = max(
        (BENCH / name).stat().st_mtime
        for name in ("generate.py", "generate_courses.py", "generate_progress.py")
    )
    if names & {"staff_50k", "done_200k", "done_2m"}:
        names = names | {"model"}  # the staff list's roles are the model's
    for name in sorted(names, key=lambda n: (n != "model", n)):
        path = files[name]
        if path.exists() and path.stat().st_mtime >= newest_source:
            continue
        log(f"generating {path.relative_to(ROOT)}")
        done = subprocess.run(
            commands[name], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not path.exists():
            return f"could not generate {path.name}: {last_line(done.stderr)}"
    return None


def expand(argv: list[str], size: int | None, tools: Tools) -> list[str]:
    """Fill in the placeholders of an argv list."""
    values = {
        "python": sys.executable,
        "dosering": str(tools.dosering),
        "check_jsonschema": str(tools.check_jsonschema),
        "schema": str(tools.schema),
        "bench": str(BENCH),
        "root": str(ROOT),
        **{name: str(path) for name, path in data_files(size).items()},
    }
    return [item.format_map(values) for item in argv]


def placeholders(bench: Benchmark) -> set[str]:
    """Return the data placeholders a row's command and floor use."""
    text = " ".join(bench["command"] + (bench["floor"] or []))
    return {name for name in data_files(1) if "{" + name + "}" in text}


def judge(result: Result) -> None:
    """Set a measured result's ratio and pass/fail status."""
    bench = result.bench
    if result.median is not None and result.floor_median:
        result.ratio = result.median / result.floor_median
    if not any(key in bench for key in ("max_ratio", "max_mib", "max_seconds")):
        result.status = "—"
        return
    ok = True
    if "max_ratio" in bench:
        ok = result.ratio is not None and result.ratio <= bench["max_ratio"]
    if "max_seconds" in bench:
        ok = ok and result.median is not None and result.median <= bench["max_seconds"]
    if "max_mib" in bench and result.peak is not None:
        ok = ok and result.peak < bench["max_mib"]
    result.status = "pass" if ok else "FAIL"


def measure(
    bench: Benchmark, runs: int, warmup: int, timeout: float, tools: Tools
) -> Result:
    """Run one benchmark row: warm-up, then command and floor in turn."""
    result = Result(bench)
    size = bench["size"]
    why = tools.missing(bench["floor"] or [])
    if why is None and size is not None:
        why = ensure_data(size, placeholders(bench))
    if why is not None:
        result.status, result.note = "skipped", why
        return result
    # Without the command (not installed yet), the floor is still measured alone.
    missing_command = tools.missing(bench["command"])
    command = None if missing_command else expand(bench["command"], size, tools)
    floor = expand(bench["floor"], size, tools) if bench["floor"] else None
    if command is None and floor is None:
        result.status, result.note = "skipped", str(missing_command)
        return result
    floor_exits = bench.get("floor_exits", OK_EXITS)
    env = child_env()
    label = f"{bench['name']} {size or ''}".strip()
    for index in range(warmup + runs):
        timed = index >= warmup
        run = None
        if command is not None:
            run = run_once(command, timeout, env)
            if run.exit_code not in OK_EXITS:
                result.status = "error"
                result.note = f"command exited {run.exit_code}: {last_line(run.stderr)}"
                return result
            if timed:
                result.runs.append(run)
        floor_run = None
        if floor is not None:
            floor_run = run_once(floor, timeout, env)
            if floor_run.exit_code not in floor_exits:
                result.status = "error"
                result.note = (
                    f"floor exited {floor_run.exit_code}: {last_line(floor_run.stderr)}"
                )
                return result
            if timed:
                result.floor_runs.append(floor_run)
        kind = f"run {index - warmup + 1}/{runs}" if timed else "warm-up"
        times = [f"command {run.seconds:.3f} s"] if run else []
        times += [f"floor {floor_run.seconds:.3f} s"] if floor_run else []
        log(f"  {label}: {kind}: {', '.join(times)}")
    if result.floor_runs:
        result.floor_median = statistics.median(r.seconds for r in result.floor_runs)
    if missing_command:
        result.status, result.note = (
            "skipped",
            f"{missing_command}; floor measured alone",
        )
        return result
    result.median = statistics.median(r.seconds for r in result.runs)
    judge(result)
    return result


def derive(bench: Benchmark, done: dict[tuple[str, int | None], Result]) -> Result:
    """Compute a ``ratio_of`` row from two measured rows."""
    result = Result(bench)
    top, bottom = bench["ratio_of"]
    upper, lower = done.get(top), done.get(bottom)
    if upper is None or lower is None or upper.median is None or lower.median is None:
        result.status = "skipped"
        result.note = f"needs {top[0]} at {top[1]:,} and at {bottom[1]:,} roles"
        return result
    result.runs = upper.runs
    result.median, result.floor_median = upper.median, lower.median
    judge(result)
    result.note = f"median at {top[1]:,} roles / median at {bottom[1]:,} roles"
    return result


def fmt(value: float | None, digits: int = 3) -> str:
    """Format a number for the table; a dash when unknown."""
    return "—" if value is None else f"{value:.{digits}f}"


def table(results: list[Result]) -> list[str]:
    """Return the Markdown table of the results."""
    lines = [
        "| benchmark | size | median s | floor median s | ratio | target | pass/fail "
        "| peak MiB | floor peak MiB |",
        "|---|--:|--:|--:|--:|---|---|--:|--:|",
    ]
    for r in results:
        bench = r.bench
        size = "—" if bench["size"] is None else f"{bench['size']:,}"
        if "ratio_of" in bench:
            size = "/".join(f"{s:,}" for _, s in bench["ratio_of"])
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        peak = "—" if "ratio_of" in bench else fmt(r.peak, 0)
        lines.append(
            f"| {bench['name']} | {size} | {fmt(r.median)} | {fmt(r.floor_median)} "
            f"| {ratio} | {bench['target'] or '—'} | {r.status} | {peak} "
            f"| {fmt(r.floor_peak, 0)} |"
        )
    return lines


def machine() -> list[str]:
    """Describe the machine, the interpreter and libyaml."""
    cpu = "unknown"
    try:
        found = re.search(
            r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE
        )
        cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import yaml; print(yaml.__version__, yaml.__with_libyaml__)",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode == 0:
        version, libyaml = probe.stdout.split()
        yaml_text = f"PyYAML {version}, libyaml {'yes' if libyaml == 'True' else 'NO'}"
    else:
        yaml_text = "PyYAML not installed"
    return [
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu}, {os.cpu_count()} cores",
        f"- Python: {platform.python_version()} ({sys.executable})",
        f"- YAML: {yaml_text}",
    ]


def dosering_version(tools: Tools) -> str:
    """Return what ``dosering --version`` prints, or why it could not run."""
    if not os.access(tools.dosering, os.X_OK):
        return "not installed"
    done = subprocess.run(
        [str(tools.dosering), "--version"], capture_output=True, text=True, check=False
    )
    return (done.stdout.strip() or last_line(done.stderr)).replace("\n", " ")


def report(
    results: list[Result], args: argparse.Namespace, tools: Tools, argv: list[str]
) -> str:
    """Return the whole Markdown report."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    sizes = sorted({r.bench["size"] for r in results if r.bench["size"] is not None})
    data_lines = []
    for size in sizes:
        model = data_files(size)["model"]
        if model.exists():
            data_lines.append(f"{size:,} roles: {model.stat().st_size / 1e6:.1f} MB")
    lines = [
        "# Benchmark results",
        "",
        f"Written on {now} by `{' '.join(['python bench/run.py', *argv])}`.",
        "",
        *machine(),
        f"- dosering: {dosering_version(tools)}",
        f"- Models: {'; '.join(data_lines) or '—'}",
        "",
        f"Whole processes, median of {args.runs} runs ({args.runs_slow} for "
        "check-jsonschema), command and floor paired and alternating after "
        f"{args.warmup} warm-up pair(s). "
        "Ratio = command median / floor median. Peak = the largest `ru_maxrss` of the "
        "process over its runs (a child's count starts at its parent's, here "
        f"{harness_mib():.0f} MiB).",
        "",
        *table(results),
    ]
    notes = [
        f"- {r.bench['name']} ({r.bench['size'] or '—'}): {r.status}: {r.note}"
        for r in results
        if r.note
    ]
    if notes:
        lines += ["", "Notes:", "", *notes]
    return "\n".join(lines) + "\n"


def harness_mib() -> float:
    """Return this process's own peak memory, in MiB."""
    import resource  # Unix only

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MIB


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def select(args: argparse.Namespace) -> list[Benchmark]:
    """Return the rows the options ask for, in table order."""
    sizes = set(QUICK_SIZES if args.quick else args.sizes)
    chosen = []
    for bench in BENCHMARKS:
        if bench["size"] is not None and bench["size"] not in sizes:
            continue
        if args.only and not any(pattern in bench["name"] for pattern in args.only):
            continue
        chosen.append(bench)
    return chosen


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="timed runs per row (default 5)"
    )
    parser.add_argument(
        "--runs-slow",
        type=int,
        default=None,
        help="timed runs for slow rows such as check-jsonschema (default: --runs)",
    )
    parser.add_argument(
        "--warmup", type=int, default=1, help="untimed pairs first (default 1)"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="sizes 100 and 2,000 only, 3 runs: a smoke test",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run rows whose name contains NAME (repeatable)",
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(s) for s in text.split(",")],
        default=list(SIZES),
        help="comma-separated role counts (default 100,2000,20000)",
    )
    parser.add_argument(
        "--dosering",
        type=Path,
        default=BIN / "dosering",
        help="the dosering command to time",
    )
    parser.add_argument(
        "--schema",
        type=Path,
        default=ROOT / "models" / "dosering.schema.json",
        help="JSON Schema for check-jsonschema (default models/dosering.schema.json)",
    )
    parser.add_argument(
        "--timeout", type=float, default=600.0, help="seconds per process"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=BENCH / "RESULTS.md",
        help="Markdown report to write (default bench/RESULTS.md)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = min(args.runs, 3)
    if args.runs_slow is None:
        args.runs_slow = args.runs
    if args.runs < 1 or args.runs_slow < 1:
        parser.error("--runs and --runs-slow must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks, print the table and write the report.

    Returns 1 when a row failed its target or could not run, else 0.
    """
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    found = BIN / "check-jsonschema"
    which = shutil.which("check-jsonschema")
    tools = Tools(
        dosering=args.dosering.absolute(),
        check_jsonschema=found if found.exists() else (Path(which) if which else None),
        schema=args.schema.absolute(),
    )
    DATA.mkdir(parents=True, exist_ok=True)
    chosen = select(args)
    if not chosen:
        log("no benchmark matches the options")
        return 2
    done: dict[tuple[str, int | None], Result] = {}
    results = []
    for bench in chosen:
        if "ratio_of" in bench:
            result = derive(bench, done)
        else:
            log(f"{bench['name']} {bench['size'] or ''}".rstrip())
            runs = args.runs_slow if bench.get("slow") else args.runs
            result = measure(bench, runs, args.warmup, args.timeout, tools)
            done[(bench["name"], bench["size"])] = result
        if result.status in ("skipped", "error"):
            log(f"  {result.status}: {result.note}")
        results.append(result)
    text = report(results, args, tools, argv)
    write_atomic(args.output, text)
    print("\n".join(table(results)))
    notes = [
        f"{r.bench['name']} ({r.bench['size'] or '—'}): {r.note}"
        for r in results
        if r.note
    ]
    for note in notes:
        print(f"note: {note}")
    log(f"wrote {args.output}")
    return 1 if any(r.status in ("FAIL", "error") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
