"""The policy builder on small documents: what is hashed, what stays blocked,
and where the meta element lands."""

from __future__ import annotations

import base64
import hashlib

from inspiratiebox.site import csp

HEAD = '<!doctype html><html><head>\n<meta charset="utf-8">\n<title>t</title>\n'


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directive(policy: str, name: str) -> list[str]:
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    raise AssertionError(f"{name} missing from {policy}")


def test_inline_scripts_are_hashed_and_data_blocks_and_files_are_not():
    page = (HEAD + "<script>var a = 'é';</script><script type=module>b()</script>"
            '<script type="application/json">{"x": 1}</script><script src="x.js"></script></head><body></body></html>')
    sources = directive(csp.policy(page), "script-src")
    assert sources[:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert sorted(sources[2:]) == sorted([sha("var a = 'é';"), sha("b()")])


def test_scripts_from_page_content_stay_blocked():
    content = "<p>x</p><script>steal()</script>"
    page = HEAD + "<script>theme()</script></head><body>" + content + "</body></html>"
    sources = directive(csp.policy(page, content), "script-src")
    assert sha("theme()") in sources and sha("steal()") not in sources


def test_windows_line_ends_hash_as_the_browser_reads_them():
    page = HEAD + "<script>a()\r\nb()\rc()</script></head></html>"
    assert sha("a()\nb()\nc()") in directive(csp.policy(page), "script-src")


def test_the_policy_allows_inline_scripts_only_by_hash_and_never_eval():
    page = HEAD + "<script>a()</script></head></html>"
    built = csp.policy(page)
    assert "'unsafe-inline'" not in built and "'unsafe-eval'" not in built
    assert sha("a()") in directive(built, "script-src")


def test_styles_need_no_unsafe_inline_and_written_styles_are_hashed():
    plain = csp.policy(HEAD + "</head><body><p>x</p></body></html>")
    assert directive(plain, "style-src") == ["'self'"]
    styled = csp.policy(HEAD + '<style>p{color:red}</style></head><body><p style="color: &amp;blue">x</p></body></html>')
    sources = directive(styled, "style-src")
    assert "'unsafe-inline'" not in sources
    assert {"'unsafe-hashes'", sha("p{color:red}"), sha("color: &blue")} <= set(sources)


def test_meta_lands_after_charset_and_before_the_first_script():
    page = HEAD + "<script>a()</script></head><body></body></html>"
    out = csp.add_policy(page)
    assert out.count('http-equiv="Content-Security-Policy"') == 1
    assert out.index('<meta charset="utf-8">') < out.index("Content-Security-Policy") < out.index("<script>")
    assert out.replace("\n    " + csp.meta(csp.policy(page)), "", 1) == page


def test_charset_after_a_script_moves_the_meta_to_the_top_of_head():
    page = "<html><head><script>a()</script><meta charset=utf-8></head></html>"
    out = csp.add_policy(page)
    assert out.index("Content-Security-Policy") < out.index("<script>")


def test_a_document_without_head_is_left_alone():
    for odd in ("", "<p>geen pagina</p>", "<script>a()</script><head></head>", "<scr"):
        assert csp.add_policy(odd) == odd
