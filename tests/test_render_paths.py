"""render's learning paths, catalogue and dimensioning follow the shared path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA, run

EXAMPLE = DATA / "paths" / "learning-path.yaml"


def test_learning_paths_and_no_demand_in_the_document():
    """Utvecklare takes coach alone; fk-intro is marked and shows – for demand."""
    result = run("render", str(EXAMPLE), "-f", "md")
    assert result.exit_code == 0, result
    lines = result.stdout.splitlines()
    start = lines.index('<a id="role-utvecklare"></a>')
    steps = [line for line in lines[start : start + 10] if line.startswith("| 1 ")]
    assert steps == [
        "| 1 | [Förbättringscoach](#course-coach) | program | 56 | "
        "Förbättringskunskap, Mätning och analys |  |"
    ]
    assert not any(line.startswith("| 2 ") for line in lines[start : start + 10])
    assert (
        '| <a id="course-fk-intro"></a>**Introduktion till förbättringsarbete**<br>'
        "*Finns inte i någon lärväg (se Dimensionering)* |" in result.stdout
    )
    assert (
        "| [Introduktion till förbättringsarbete](#course-fk-intro) "
        "| – | – |  | 0 | – |" in lines
    )
    assert (
        "| [Förbättringscoach](#course-coach) | 20,0 | – |  | 300 "
        "| platser ej angivna |" in lines
    )
    assert any(line.startswith("–: ingen lärväg innehåller kursen") for line in lines)


def test_unlimited_seats_in_the_document(tmp_path: Path):
    """`seats_per_year: unlimited` reads obegränsat; its years to cover are –."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "hours: 2, gives: {fk: veta, ps: veta}}",
        "hours: 2, gives: {fk: veta, ps: veta}, seats_per_year: unlimited}",
    )
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    result = run("render", str(model), "-f", "md")
    assert result.exit_code == 0, result
    assert (
        "| [Förbättring och patientsäkerhet](#course-kombi) | 100,0 | obegränsat | 0,0 "
        "| 1\u00a0000 | – |" in result.stdout.splitlines()
    )
    html = run("render", str(model), "-f", "html")
    assert html.exit_code == 0, html
    assert "obegränsat" in html.stdout
