"""Hypothesis strategies for what an editor or a stranger may put where the
loader and the importer read: bytes, text, YAML of any shape, a valid file
with one value swapped for anything, spreadsheets with any cells.

The project they land in is the minimal valid tree of tests/content (its
FILES), so each example costs milliseconds and any problem is the input's.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import runpy
import signal
import zipfile
from pathlib import Path

import openpyxl
import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from inspiratiebox.content import schema
from inspiratiebox.kit import template
from inspiratiebox.kit.columns import COLUMNS

FILES = runpy.run_path(str(Path(__file__).resolve().parents[1] / "content" / "conftest.py"))["FILES"]
CONTENT_FILES = sorted(name for name in FILES if name.startswith("content/"))

# A hang would stop the whole suite, and Hypothesis's deadline only speaks
# after an example ends; the alarm ends it. The deadline keeps each one fast.
HANG_SECONDS = 20
LOADER = settings(
    max_examples=int(os.environ.get("LOADER_PROPERTY_EXAMPLES", "200")),
    deadline=dt.timedelta(seconds=3),
    derandomize=not os.environ.get("LOADER_PROPERTY_RANDOM"),  # set it to search beyond the fixed examples
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    """Raise TimeoutError in the test when the code under it runs longer."""
    def stop(signum, frame):
        raise TimeoutError(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def write_project(root: Path) -> None:
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# --- YAML and what goes in it ---------------------------------------------------------

def _names(fields):
    for f in fields:
        yield f.name
        yield from _names(f.fields)


FIELD_NAMES = sorted({name for kind in schema.FILES.values() for name in _names(kind.fields)})
# Text that means something to YAML, to Markdown, to a person or to Python.
TRICKY = st.sampled_from([
    "", " ", "ja", "nee", "NO", "on", "~", "null", "9:30", "1:2:3", "0123", "1e3", "0x1F", "-", "- a", ": ", "#",
    "&a", "*a", "!!str", "!tag", "%YAML", "@", "`", "|", ">", "[", "]", "{", "}", "'", '"', "\\", "\t", "\x00",
    "\ufeff", "\u200b", "\u2028", "а", "🙂", "\ud800", "9" * 5000, "x" * 300, "[" * 500, "<a " * 200,
    "2027-06-30", "2027-02-30", "30/06/2027", "45000", "https://x.be", "javascript:alert(1)", "a@b.be",
    "#1d5a8e", "onthaal", "buurt", "met_mensen", "di_ochtend", "2_tot_4", "kleine_groep", "basis",
])
TEXT = st.one_of(TRICKY, st.text(max_size=60), st.text(alphabet="[]()<>*_`#-:!&'\"\n ab", max_size=200))
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(allow_nan=True),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), TEXT,
)
KEYS = st.one_of(st.sampled_from(FIELD_NAMES), TEXT)
STRUCTURES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


def dump(value) -> str:
    """YAML of anything PyYAML can write; what it cannot write is its repr."""
    try:
        return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)
    except (yaml.YAMLError, ValueError, TypeError):
        return repr(value)


@st.composite
def swapped(draw, name: str):
    """The valid file `name` with one value, anywhere in it, swapped for
    anything, or one field added: the checks behind the first ones run."""
    data = yaml.safe_load(FILES[name])
    holder, key = data, None
    while True:
        keys = list(range(len(holder))) if isinstance(holder, list) else list(holder)
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        if not isinstance(holder[key], (dict, list)) or draw(st.booleans()):
            break
        holder = holder[key]
    if isinstance(holder, dict) and draw(st.booleans()):
        holder[draw(KEYS)] = draw(STRUCTURES)
    elif key is not None:
        holder[key] = draw(STRUCTURES)
    return dump(data)


@st.composite
def edited(draw, name: str):
    """The valid file `name` as text, with a few snippets typed in or cut
    out anywhere: the syntax errors a hand edit makes."""
    text = FILES[name]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(TEXT) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
    return text


# --- spreadsheets -----------------------------------------------------------------------

HEADER = [c.name for c in COLUMNS]
CELLS = st.one_of(TEXT, st.sampled_from(["club", "club-1", "ja", "nee", "1", "2", "Centrum", "onthaal;buurt"]))
SHEET_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 1, 1)), st.text(max_size=40), TRICKY,
)


@st.composite
def headers(draw) -> list[str]:
    """The template's header, often cut, shuffled or with a wrong name."""
    header = list(HEADER)
    if draw(st.booleans()):
        header = draw(st.permutations(header))[: draw(st.integers(0, len(header)))]
    if draw(st.booleans()):
        header.append(draw(TEXT))
    return header


@st.composite
def template_rows(draw) -> list[list[str]]:
    """The template's example rows with a few cells changed to anything:
    most of the row is right, so the odd cell reaches the loader's checks."""
    _header, *examples = template.rows()
    rows = []
    for _ in range(draw(st.integers(1, 3))):
        row = list(draw(st.sampled_from(examples)))
        for _ in range(draw(st.integers(1, 3))):
            row[draw(st.integers(0, len(row) - 1))] = draw(CELLS)
        rows.append(row)
    return rows


@st.composite
def csv_texts(draw) -> str:
    """A CSV with the template's columns and cells of anything, or any text."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=500))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    if draw(st.booleans()):
        header, rows = HEADER, draw(template_rows())
    else:
        header = draw(headers())
        rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=4))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow([draw(CELLS) if i < 2 and draw(st.booleans()) else cell for i, cell in enumerate(row)])
    return out.getvalue()


@st.composite
def xlsx_bytes(draw) -> bytes:
    """A small workbook made by openpyxl with cells of any type, or bytes
    that only pretend to be one."""
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(st.binary(max_size=2000))
    if choice == 1:
        data = io.BytesIO()
        with zipfile.ZipFile(data, "w") as archive:
            for name in draw(st.lists(st.sampled_from(
                    ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "_rels/.rels", "x"]),
                    max_size=4, unique=True)):
                archive.writestr(name, draw(st.binary(max_size=200)))
        return data.getvalue()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if draw(st.booleans()):
        for row in [HEADER, *draw(template_rows())]:
            sheet.append([_cell_safe(v) for v in row])
    else:
        sheet.append([_cell_safe(name) for name in draw(headers())])
        for _ in range(draw(st.integers(0, 4))):
            sheet.append([_cell_safe(v) for v in draw(st.lists(SHEET_VALUES, max_size=12))])
    if draw(st.booleans()):
        sheet.cell(row=draw(st.integers(1, 60)), column=draw(st.integers(1, 60)), value=_cell_safe(draw(SHEET_VALUES)))
    data = io.BytesIO()
    workbook.save(data)
    return data.getvalue()


def _cell_safe(value):
    """openpyxl refuses control characters and surrogates in cells (so does Excel)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value).encode("utf-8", "ignore").decode("utf-8")[:32767]
    return value
