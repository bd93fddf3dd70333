"""The site's prose must be written anew from the seed texts, not copied.

The rule the writers work by: no run of 12 or more consecutive words shared
with a source text. Words are compared lowercased with punctuation stripped,
so moving a comma or a capital does not hide a copied sentence. Every file a
person reads (docs/**/*.md and content/**/*.yml) is checked against every
seed text in <repo>/../shared/seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 12  # the shortest shared run that counts as copying

WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lowercased words without punctuation; markup characters drop out too."""
    return WORD.findall(text.lower())


def ngrams(tokens: list[str], n: int = RUN) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def shared_runs(text: str, source_grams: set[tuple[str, ...]], n: int = RUN) -> list[str]:
    """Every maximal run of at least n words of `text` found in the sources.

    Overlapping n-gram hits are merged so one copied sentence is reported once,
    in full, rather than as a dozen overlapping windows.
    """
    tokens = words(text)
    hits = [i for i in range(len(tokens) - n + 1) if tuple(tokens[i:i + n]) in source_grams]
    runs: list[tuple[int, int]] = []
    for start in hits:
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], start + n)
        else:
            runs.append((start, start + n))
    return [" ".join(tokens[a:b]) for a, b in runs]


def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def site_texts() -> list[Path]:
    files = sorted(ROOT.glob("docs/**/*.md")) + sorted(ROOT.glob("content/**/*.yml"))
    return [p for p in files if p.is_file()]


@pytest.fixture(scope="module")
def seeds() -> dict[str, set[tuple[str, ...]]]:
    texts = seed_texts()
    if not texts:
        pytest.skip(f"geen brontekst gevonden in {SEEDS}: de originaliteitstoets kan niet draaien")
    return {name: ngrams(words(text)) for name, text in texts.items()}


def test_detector_finds_a_copied_run_and_lets_a_shorter_one_pass(seeds):
    """Guards the check itself: a real 12-word run from a seed is caught, even
    with changed case and punctuation; 11 words of it are not."""
    name, text = next(iter(seed_texts().items()))
    tokens = words(text)
    copied = tokens[40:40 + RUN]
    planted = "Eigen inleiding. " + ", ".join(w.upper() for w in copied) + "! Eigen slot."
    found = shared_runs(planted, seeds[name])
    assert found == [" ".join(copied)]
    assert shared_runs("Eigen inleiding " + " ".join(copied[:RUN - 1]) + " eigen slot", seeds[name]) == []


def test_the_detector_merges_overlapping_hits_into_one_run(seeds):
    name, text = next(iter(seed_texts().items()))
    tokens = words(text)
    copied = tokens[10:10 + RUN + 5]
    found = shared_runs("nieuw " + " ".join(copied) + " nieuw", seeds[name])
    assert found == [" ".join(copied)]


@pytest.mark.parametrize("path", site_texts(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_takes_over_a_long_run_from_a_source(path: Path, seeds):
    text = path.read_text(encoding="utf-8", errors="replace")
    offences = [
        f"{seed}: \"{run}\""
        for seed, grams in seeds.items()
        for run in shared_runs(text, grams)
    ]
    assert not offences, (
        f"{path.relative_to(ROOT)} neemt {RUN} of meer woorden na elkaar over uit een bron; "
        "herschrijf in eigen woorden:\n" + "\n".join(offences)
    )
