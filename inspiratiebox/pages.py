"""Markdown for the pages made from content. Placeholder."""


def generate(content) -> dict[str, str]:
    return {
        "praktijkvoorbeelden/index.md": "# Praktijkvoorbeelden\n",
        "tips.md": "# Tips\n",
        "vacatures.md": "# Vacatures\n",
    }
