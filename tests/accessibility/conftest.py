"""The built site served at the root of a host, for the one page that needs
it: MkDocs writes 404.html with root-absolute links (it is served for any
missing path, so relative links cannot work). Everything else is tested under
the /gemeente/ subpath from tests/conftest.py."""

from __future__ import annotations

import pytest

from inspiratiebox.site import server


@pytest.fixture(scope="session")
def root_url(built_site):
    with server.serve(built_site) as url:
        yield url
