"""Bad input never crashes: mangled files give problems, not exceptions."""

from __future__ import annotations

import random

import pytest

NOISE = [":", "-", "\t", '"', "'", "[", "]", "{", "}", "#", "&a", "*a", "!!", "?", "|", ">", "\n", "  ", "%", "@", "\x00", "~"]


@pytest.mark.parametrize("seed", range(60))
def test_mangled_files_give_problems_not_exceptions(tree, seed):
    rng = random.Random(seed)
    name = rng.choice(sorted(n for n in tree.files if n.startswith("content/")))
    text = tree.files[name]
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text))
        if rng.random() < 0.3:
            text = text[:at] + text[at + rng.randint(1, 8):]
        else:
            text = text[:at] + rng.choice(NOISE) + text[at:]
    tree.write(name, text.encode("utf-8"))
    content, problems = tree.load()
    assert problems or content is not None  # what did not load says why
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1
        assert problem.file.startswith("content/")
        assert "Traceback" not in problem.message


SHAPES = ["[]", "{}", "[[1]]", "{a: {b: c}}", "~", "''", "-1", "99999999999999999999", "2027-13-45", ".nan", "[~]"]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_field_accepts_any_shape_without_crashing(tree, shape):
    """Put the same odd value in every field of the organisation file."""
    lines = []
    for line in tree.files["content/organisaties/buurthuis.yml"].splitlines():
        key, sep, value = line.partition(": ")
        lines.append(f"{key}: {shape}" if sep and value else line)
    tree.write("content/organisaties/buurthuis.yml", "\n".join(lines) + "\n")
    content, problems = tree.load()
    assert content is not None
    assert any(p.file == "content/organisaties/buurthuis.yml" for p in problems)
