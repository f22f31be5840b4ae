"""The bench report's writer and reader: what the README shows is the report's comparison, cell for cell.

No timing here: ``make bench`` measures, these tests only render and parse (``benchmarks/report.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from benchmarks.harness import ADDED, RATIO, Goal, Result
from benchmarks.report import (
    BLOCK_BEGIN,
    BLOCK_END,
    COMPARISON,
    comparison,
    readme_block,
    render_report,
    section,
    with_readme_block,
)

ROOT = Path(__file__).resolve().parents[1]
text = st.text(max_size=40)
values = st.lists(st.floats(-5, 50, allow_nan=False), min_size=1, max_size=9)


@st.composite
def results(draw: st.DrawFn) -> Result:
    kind = draw(st.sampled_from([ADDED, RATIO]))
    goal = draw(st.none() | st.builds(Goal, st.integers(1, 6), text, st.floats(0.1, 5)))
    skipped = draw(st.none() | text)
    result = Result(draw(text), draw(text), goal=goal, kind=kind, readme=draw(st.booleans()))
    if skipped is None:
        result.values = draw(values)
        result.measured_s, result.baseline_s, result.get_s = 2e-4, 1e-4, 9e-5
    else:
        result.skipped = skipped
    return result


def cells(line: str) -> list[str]:
    """A Markdown table row's cells: a pipe in a cell's text is escaped, so only the separators split."""
    assert line.startswith("| "), line
    assert line.endswith(" |"), line
    found = line[2:-2].split(" | ")
    assert not [cell for cell in found if re.search(r"(?<!\\)\|", cell)], f"an unescaped pipe in {line!r}"
    return found


def tables(block: str) -> list[list[str]]:
    """The tables of a Markdown block, each as its lines (header, rule, rows)."""
    found: list[list[str]] = []
    previous = ""
    for line in block.splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                found.append([])
            found[-1].append(line)
        previous = line
    return found


def render(items: list[Result], published: list[tuple[str, str]]) -> str:
    return render_report(
        items, machine_lines=["- CPU: test"], notes=["a note"], published=published, profile=[], pytest_lines=[]
    )


@given(st.lists(results(), max_size=8), st.lists(st.tuples(text, text), max_size=3))
def test_the_comparison_reads_back_from_the_report_with_one_row_per_shown_figure(
    items: list[Result], published: list[tuple[str, str]]
) -> None:
    report = render(items, published)
    block = section(report, COMPARISON)
    assert block == comparison(items, published)
    per_request, other = tables(block)
    shown_added = [r for r in items if r.readme and r.kind == ADDED]
    shown_other = [r for r in items if r.readme and r.kind != ADDED]
    assert len(per_request) == 2 + len(shown_added) + len(published)
    assert len(other) == 2 + len(shown_other)
    for table in (per_request, other):
        width = len(cells(table[0]))
        assert table[1] == "|" + "---|" * width
        assert all(len(cells(line)) == width for line in table[2:])
    for line, r in zip(per_request[2:], shown_added, strict=False):
        assert cells(line)[0] == " ".join(r.label.split()).replace("|", "\\|")


@given(st.lists(results(), max_size=6), text, text)
def test_the_readme_block_is_replaced_whole_and_nothing_else_moves(
    items: list[Result], before: str, after: str
) -> None:
    block = section(render(items, []), COMPARISON)
    readme = f"{before}\n## Speed\n\n{BLOCK_BEGIN}\nan older table\n{BLOCK_END}\n{after}"
    updated = with_readme_block(readme, block)
    assert updated is not None
    assert updated == f"{before}\n## Speed\n\n{BLOCK_BEGIN}\n{block}\n{BLOCK_END}\n{after}"
    assert readme_block(updated) == block
    assert with_readme_block(updated, block) == updated


def test_a_readme_without_the_markers_is_left_alone() -> None:
    assert with_readme_block("# Title\n\n## Speed\n\nno markers here\n", "| a |") is None


def test_the_readme_shows_the_committed_reports_comparison() -> None:
    """``make bench`` writes both; a hand edit of either shows here."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    report = (ROOT / "benchmarks" / "REPORT.md").read_text(encoding="utf-8")
    assert readme_block(readme) == section(report, COMPARISON)
