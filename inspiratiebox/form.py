"""The Vrijwilligerswijzer's HTML form, rendered at build time from wijzer.yml.

Placeholder: replaced by the full renderer.
"""

PLACEHOLDER = "<!-- vrijwilligerswijzer -->"


def render(content) -> str:
    return '<div class="wijzer" data-state="loading"></div>'
