"""Medians, verdicts and the Markdown table of the benchmark."""

from __future__ import annotations

import pytest

from tools.bench import report
from tools.bench.__main__ import placement_section
from tools.bench.stats import median, ratio, verdict


def test_median_ignores_runs_that_were_not_measured():
    assert median([5, None, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == 2.5
    assert median([None, None]) is None
    assert median([]) is None


def test_ratio_and_verdict_never_hide_a_missing_figure():
    assert ratio(3, 4) == 0.75
    assert ratio(None, 4) is None and ratio(3, 0) is None
    assert verdict(0.75, 0.75) == "gehaald"
    assert verdict(0.76, 0.75) == "niet gehaald"
    assert verdict(None, 0.75) == "niet gemeten"


def test_times_bytes_and_ratios_are_formatted_for_reading():
    assert report.fmt_ms(42.4) == "42 ms"
    assert report.fmt_ms(1500) == "1.50 s"
    assert report.fmt_ms(None) == "–"
    assert report.fmt_bytes(512) == "512 B"
    assert report.fmt_bytes(2_500) == "2.5 kB"
    assert report.fmt_bytes(3_546_372) == "3.55 MB"
    assert report.fmt_ratio(0.745) == "0.74×" or report.fmt_ratio(0.745) == "0.75×"
    assert report.fmt_ratio(None) == "–"


def test_table_is_markdown_with_escaped_cells():
    text = report.table(["Meting", "Waarde"], [["a|b", 1], ["c", None]])
    assert text.splitlines() == ["| Meting | Waarde |", "|---|---|", "| a\\|b | 1 |", "| c | None |"]
    with pytest.raises(ValueError):
        report.table(["een", "twee"], [["alleen een"]])


def test_the_table_replaces_only_what_is_between_the_markers():
    page = f"# Prestaties\n\nUitleg.\n\n{report.BEGIN}\noud\n{report.END}\n\n## Zelf meten\n"
    new = report.replace_between_markers(page, "| nieuw |")
    assert "oud" not in new and "| nieuw |" in new
    assert new.startswith("# Prestaties\n\nUitleg.") and new.endswith("## Zelf meten\n")
    assert report.replace_between_markers(new, "| nieuw |") == new
    appended = report.replace_between_markers("# Leeg\n", "tabel")
    assert appended == f"# Leeg\n\n{report.BEGIN}\ntabel\n{report.END}\n"


def test_the_placement_table_judges_realistic_groups_and_reports_the_large_offer_without_a_goal():
    rows = [{"geval": "Groep", "n": 40, "kandidaten": 30, "extra": 12, "voorstellen": 28, "cpython_ms": 60, "pyodide_ms": 190},
            {"geval": "Groep", "n": 10_000, "kandidaten": 30, "extra": 12, "voorstellen": 28, "cpython_ms": 4000,
             "pyodide_ms": None}]
    lines = placement_section(rows)[-1].splitlines()
    assert lines[2] == "| Groep | 40 | 30 | 12 | 28 | 60 ms | 190 ms | ≤ 2.00 s in Pyodide: gehaald |"
    assert lines[3] == "| Groep | 10.000 | 30 | 12 | 28 | 4.00 s | – | – |"
