"""An SVG opened on the site's address runs its scripts: every SVG in docs/
(the logo and the favicon among them) must hold no code and no outside reference."""

from __future__ import annotations

import pytest

from inspiratiebox.docs import svg

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 4 4">{}</svg>'
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + ']><svg xmlns="http://www.w3.org/2000/svg"><text>&j;</text></svg>'
)

UNSAFE = {
    "script": SVG.format("<script>alert(1)</script>"),
    "namespaced script": SVG.format('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'),
    "event handler": SVG.format('<rect width="4" height="4" onload="alert(1)"/>'),
    "foreignObject": SVG.format("<foreignObject><div>x</div></foreignObject>"),
    "javascript link": SVG.format('<a xlink:href="javascript:alert(1)"><rect width="4" height="4"/></a>'),
    "outside image": SVG.format('<image href="https://tracker.example/p.png" width="4" height="4"/>'),
    "outside use": SVG.format('<use href="https://evil.example/s.svg#x"/>'),
    "animated href": SVG.format('<a><set attributeName="href" to="javascript:alert(1)"/></a>'),
    "outside style": SVG.format("<style>@import url(https://evil.example/x.css);</style>"),
    "stylesheet instruction": '<?xml-stylesheet href="https://evil.example/x.css"?>' + SVG.format(""),
    "entities": BILLION_LAUGHS,
    "not xml": "<svg><rect></svg>",
}


@pytest.mark.parametrize("name", UNSAFE)
def test_an_unsafe_svg_is_refused_with_its_place_and_what_to_do(name):
    found = svg.problems(UNSAFE[name].encode())
    assert found, name
    assert all(f.line >= 1 and f.column >= 1 and svg.WHAT_TO_DO in f.message for f in found)


def test_a_plain_svg_with_its_own_gradient_and_picture_is_safe():
    safe = SVG.format(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>'
        '<rect width="4" height="4" fill="url(#g)" style="fill:url(#g)"/><use href="#g"/>'
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'
    )
    assert svg.problems(safe.encode()) == []


def test_the_project_logo_is_safe(root):
    assert svg.problems((root / "docs" / "assets" / "logo.svg").read_bytes()) == []


def test_a_logo_with_a_script_stops_the_check_with_the_file_and_line(project):
    project.page("assets/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>')
    (problem,) = project.check()
    assert (problem.file, problem.line, problem.column) == ("docs/assets/logo.svg", 2, 1)
    assert problem.message.startswith("Dit SVG-bestand bevat een script (<script>).")
