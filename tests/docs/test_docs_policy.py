"""HTML in docs/ that would escape the site's policy is refused with what to
do instead; HTML shown as code is text, not HTML."""

from __future__ import annotations

import pytest

HOSTILE = [
    ('<meta http-equiv="refresh" content="2;url=https://evil.example/">', "Een <meta>", "gewone link"),
    ('<script src="assets/x.js"></script>', "Een <script>", "extra_javascript"),
    ('<iframe src="https://evil.example/"></iframe>', "<iframe>", "gewone link"),
    ('<object data="https://evil.example/x.swf"></object>', "<object>", "gewone link"),
    ('<embed src="https://evil.example/x.swf">', "<embed>", "gewone link"),
    ('<base href="https://evil.example/">', "Een <base>", "Haal het weg"),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "Een <link>", "extra_css"),
    ('<form action="https://evil.example/post"><button>Stuur</button></form>', "Een formulier", "link naar het formulier"),
    ('<form><button formaction="//evil.example/post">Stuur</button></form>', "Een formulier", "link naar het formulier"),
    ('<p onclick="steal()">klik</p>', "Het attribuut onclick", "Haal het weg"),
    ('<a href="javascript:steal()">klik</a>', "met javascript: begint", "gewoon webadres"),
    ('<img src="https://tracker.example/p.gif" alt="">', "andere site laden", "docs/assets/"),
    ('<img srcset="a.png 1x, https://tracker.example/p.gif 2x" alt="">', "andere site laden", "docs/assets/"),
    ("![pixel](https://tracker.example/p.gif)", "andere site laden", "docs/assets/"),
    ('<p style="background:url(https://tracker.example/p.gif)">x</p>', "andere site laden", "url()"),
    ("<style>@import 'https://evil.example/x.css';</style>", "andere site laden", "@import"),
]


@pytest.mark.parametrize(("html", "names", "instead"), HOSTILE, ids=[h[0][:30] for h in HOSTILE])
def test_html_that_escapes_the_policy_is_refused_with_its_line_and_what_to_do(project, html, names, instead):
    project.page("over.md", f"# Over ons\n\nEen gewone zin.\n\n{html}\n")
    (problem,) = project.check()
    assert (problem.file, problem.line) == ("docs/over.md", 5)
    assert names in problem.message and instead in problem.message


def test_two_hostile_elements_of_one_kind_are_each_named_on_their_own_line(project):
    project.page("over.md", '# Over\n\n<p onclick="a()">x</p>\n\n<p>ok</p>\n\n<p onclick="b()">y</p>\n')
    assert [(p.line, p.column) for p in project.check()] == [(3, 4), (7, 4)]


def test_html_shown_as_code_is_text_and_not_refused(project):
    project.page("over.md", (
        "# Over\n\nZet nooit `<script src=\"x.js\"></script>` in een pagina.\n\n"
        "```html\n<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\">\n<iframe src=\"https://x.example/\"></iframe>\n```\n\n"
        "    <form action=\"https://x.example/\"></form>\n"
    ))
    assert project.messages() == []


def test_ordinary_links_images_and_html_are_allowed(project):
    project.page("assets/foto.png", "png")
    project.page("over.md", (
        '# Over\n\n[Vlaanderen](https://www.vlaanderen.be/) <a href="mailto:info@voorbeeld.be">mail</a>\n\n'
        '![Foto van het loket](assets/foto.png)\n\n<div class="kader" markdown>\n**Let op**\n</div>\n\n'
        '<details><summary>Meer</summary>Tekst</details>\n'
    ))
    assert project.messages() == []
