"""The README's Speed table is the one ``make bench`` wrote into ``bench/REPORT.md`` (no timing here)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- bench-table:begin"
END = "<!-- bench-table:end -->"
HEADER = "| figure | baseline |"


def readme_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n", readme.index(BEGIN)) + 1
    return readme[start : readme.index(END, start)].strip()


def report_table() -> str:
    report = (ROOT / "bench" / "REPORT.md").read_text(encoding="utf-8")
    start = report.index(HEADER)
    end = report.find("\n\n", start)
    return report[start : end if end >= 0 else len(report)].strip()


def test_readme_speed_table_is_the_reports_table() -> None:
    assert readme_table().startswith(HEADER)
    assert readme_table() == report_table()


def test_report_names_the_machine_and_every_goal() -> None:
    report = (ROOT / "bench" / "REPORT.md").read_text(encoding="utf-8")
    for needed in ("- CPU:", "- Python:", "- httpx:", "## Goals of issue 14", "## Where the time goes"):
        assert needed in report
    goals = report[report.index("## Goals of issue 14") :]
    for number in range(1, 7):
        assert f"\n| {number} | " in goals
