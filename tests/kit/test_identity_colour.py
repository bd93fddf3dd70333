"""The main colour: the build refuses one that white text cannot be read on,
and names a darker shade of the same colour that can.

The contrast is computed here from the WCAG 2 formula, independently of
inspiratiebox/content/colour.py, so a wrong formula there cannot pass its own test.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from positions import location, position_in

from inspiratiebox.cli import main
from inspiratiebox.content.load import load_content

SUGGESTION = re.compile(r'kleur: "(#[0-9a-f]{6})"')


def wcag_contrast(a: str, b: str) -> float:
    def lum(colour: str) -> float:
        values = []
        for i in (1, 3, 5):
            c = int(colour[i:i + 2], 16) / 255
            values.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * values[0] + 0.7152 * values[1] + 0.0722 * values[2]

    light, dark = sorted((lum(a), lum(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hue(colour: str) -> float:
    import colorsys

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)[0]


@pytest.fixture
def project(root, tmp_path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(root / "content", target / "content")
    shutil.copytree(root / "docs", target / "docs")
    return target


def set_colour(project: Path, colour: str) -> None:
    path = project / "content" / "gemeente.yml"
    text, count = re.subn(r'(?m)^kleur: .*$', f'kleur: "{colour}"', path.read_text(encoding="utf-8"))
    assert count == 1
    path.write_text(text, encoding="utf-8")


def colour_problems(project: Path):
    _content, problems = load_content(project / "content", project / "docs")
    return [p for p in problems if p.file.endswith("gemeente.yml") and not p.warning]


@pytest.mark.parametrize("colour", ["#3399ff", "#ffcc00", "#ffffff", "#ff0000", "#777777", "#2e8b57"])
def test_a_light_colour_is_refused_with_a_darker_shade_that_passes(project, colour):
    assert wcag_contrast(colour, "#ffffff") < 4.5  # the premise of the case
    set_colour(project, colour)
    problems = colour_problems(project)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.line, problem.column) == position_in(project / "content" / "gemeente.yml", f'"{colour}"')  # where kleur's value stands
    assert colour in problem.message and "contrast" in problem.message
    suggested = SUGGESTION.search(problem.message)
    assert suggested, problem.message
    shade = suggested.group(1)
    ratio = wcag_contrast(shade, "#ffffff")
    assert ratio >= 4.5, (shade, ratio)
    # Near the line, not simply black: the lightest shade that passes.
    assert ratio < 4.75, (shade, ratio)
    # A shade of the same colour: darker, same hue (greys have none).
    assert all(int(shade[i:i + 2], 16) <= int(colour[i:i + 2], 16) for i in (1, 3, 5))
    if len({colour[1:3], colour[3:5], colour[5:7]}) > 1:
        assert abs(hue(shade) - hue(colour)) < 0.01, (colour, shade)


def test_the_suggested_colour_is_accepted(project):
    set_colour(project, "#3399ff")
    shade = SUGGESTION.search(colour_problems(project)[0].message).group(1)
    set_colour(project, shade)
    assert colour_problems(project) == []


@pytest.mark.parametrize("colour", ["#1d5a8e", "#000000", "#767676"])
def test_a_readable_colour_is_accepted(project, colour):
    assert wcag_contrast(colour, "#ffffff") >= 4.5
    set_colour(project, colour)
    assert colour_problems(project) == []


def test_the_build_refuses_a_light_colour_and_says_what_would_pass(project, tmp_path, capsys):
    set_colour(project, "#3399ff")
    site = tmp_path / "site"
    assert main(["--root", str(project), "build", "--site-dir", str(site)]) == 1
    assert not site.exists()
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if "#3399ff" in l)
    assert line.startswith(location(project, "content/gemeente.yml", '"#3399ff"') + ": ")
    shade = SUGGESTION.search(line).group(1)
    assert wcag_contrast(shade, "#ffffff") >= 4.5
