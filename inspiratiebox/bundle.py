"""Writes the widget's files into the built site. Placeholder."""


def write(content, site_dir, root) -> None:
    pass
