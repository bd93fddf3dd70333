"""Build-time code: content schema and loader, pages, widget bundle, CLI.

The MkDocs hook in hooks/ only calls into this package, so another site
generator could reuse it.
"""
