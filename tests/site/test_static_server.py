"""The one static server compresses and labels files as a static host does, and serves only under its prefix."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

import pytest

from inspiratiebox.site import server


@pytest.fixture
def served(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "index.html").write_text("<p>hallo</p>" * 50, encoding="utf-8")
    (tmp_path / "m.wasm").write_bytes(b"\0asm" + bytes(2000))
    (tmp_path / "a.zip").write_bytes(b"PK" + bytes(2000))
    (tmp_path.parent / "geheim.txt").write_text("niet voor jou", encoding="utf-8")
    with server.serve(tmp_path) as url:
        yield url


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request) as response:
        return response.status, dict(response.headers), response.read()


def test_wasm_is_served_as_application_wasm_and_gzipped(served):
    status, headers, body = get(served + "m.wasm", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Type"] == "application/wasm"
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == b"\0asm" + bytes(2000)
    assert int(headers["Content-Length"]) == len(body) < 2004


def test_html_is_gzipped_only_when_the_browser_accepts_it(served):
    _, plain_headers, plain = get(served + "sub/")
    assert "Content-Encoding" not in plain_headers
    assert plain == ("<p>hallo</p>" * 50).encode()
    _, headers, packed = get(served + "sub/index.html", **{"Accept-Encoding": "gzip, br"})
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(packed) == plain
    assert headers["Content-Type"].startswith("text/html")


def test_zip_archives_are_not_compressed_again(served):
    _, headers, body = get(served + "a.zip", **{"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in headers and headers["Content-Type"] == "application/zip"
    assert body == b"PK" + bytes(2000)


def test_etag_gives_304_and_files_outside_the_root_are_404(served):
    _, headers, _ = get(served + "m.wasm")
    assert headers["Cache-Control"] == "max-age=600"
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        get(served + "m.wasm", **{"If-None-Match": headers["ETag"]})
    assert not_modified.value.code == 304
    for path in ("../geheim.txt", "%2e%2e/geheim.txt", "nergens.html"):
        with pytest.raises(urllib.error.HTTPError) as missing:
            get(served + path)
        assert missing.value.code == 404


@pytest.mark.parametrize(("name", "compressed"), [
    ("x.js", True), ("x.mjs", True), ("x.json", True), ("x.css", True), ("x.svg", True),
    ("x.wasm", True), ("x.zip", False), ("x.png", False), ("x.onbekend", False),
])
def test_text_scripts_and_wasm_are_compressed_but_archives_and_images_not(name, compressed):
    from pathlib import Path

    assert server.compressible(server.content_type(Path(name))) is compressed


def test_under_a_subpath_only_that_path_is_served_and_every_request_is_listed(tmp_path):
    (tmp_path / "index.html").write_text("<p>thuis</p>", encoding="utf-8")
    seen = []
    with server.serve(tmp_path, prefix="/gemeente/", seen=seen) as url:
        assert url.endswith("/gemeente/")
        assert get(url)[2] == b"<p>thuis</p>"
        with pytest.raises(urllib.error.HTTPError) as outside:
            get(url.replace("/gemeente/", "/index.html"))
        assert outside.value.code == 404
    assert seen == ["/gemeente/", "/index.html"]


def test_a_changed_file_is_served_as_it_is_now(tmp_path):
    page = tmp_path / "a.json"
    page.write_text("[1]", encoding="utf-8")
    with server.serve(tmp_path) as url:
        assert get(url + "a.json")[2] == b"[1]"
        page.write_text("[1, 2]", encoding="utf-8")
        assert get(url + "a.json")[2] == b"[1, 2]"


def test_a_missing_address_under_the_prefix_gets_the_sites_404_page_at_any_depth(tmp_path):
    (tmp_path / "404.html").write_text("<h1>Pagina niet gevonden</h1>", encoding="utf-8")
    with server.serve(tmp_path, prefix="/gemeente/") as url:
        for path in ("nergens.html", "a/b/c/", "assets/weg.js"):
            with pytest.raises(urllib.error.HTTPError) as missing:
                get(url + path)
            assert missing.value.code == 404
            assert missing.value.headers["Content-Type"].startswith("text/html")
            assert missing.value.read() == b"<h1>Pagina niet gevonden</h1>"
        with pytest.raises(urllib.error.HTTPError) as outside:
            get(url.replace("/gemeente/", "/elders/"))
        assert outside.value.code == 404 and outside.value.read() == b"Niet gevonden"
