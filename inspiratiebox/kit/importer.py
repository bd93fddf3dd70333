"""Import organisations and vacancies from a spreadsheet into content/.

There is one set of rules, the loader's: the import writes each
organisation's would-be YAML file into a temporary copy of content/, loads
that copy exactly as `check` and the build do, and reports every problem as
`rij N, kolom 'x': <the loader's message>`. Only when no row is wrong are the
files written, each to a temporary file first and then renamed into place,
so an interruption never leaves half a file. Organisations that are not in
the sheet are left alone; one that is gets its file replaced.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from inspiratiebox.content import amounts, explain, kinds, schema
from inspiratiebox.content.explain import shown
from inspiratiebox.content.kinds.groups import Objecten
from inspiratiebox.content.kinds.values import Datum
from inspiratiebox.content.load import load_content
from inspiratiebox.content.validate import ID_PATTERN
from inspiratiebox.kit.columns import (
    BY_NAME,
    COLUMNS,
    ORG_COLUMNS,
    ORG_ID,
    ORG_PREFIX,
    VACANCIES,
    VACANCY_COLUMNS,
    parts_form,
    split_list,
    split_parts,
)
from inspiratiebox.kit.sheet import EXTENSIONS, SheetError, read
from inspiratiebox.kit.yamlwriter import Cell, Document, Tag, normal_date, write_field

ORDER = {c.name: i for i, c in enumerate(COLUMNS)}
ID_LENGTH = kinds.KINDS["id"].max_length  # the organisation id becomes a file name
_FILE_REF = re.compile(r"content/organisaties/([a-z0-9-]+)\.yml:(\d+):(\d+)")


class UsageError(Exception):
    """The command was used wrongly (exit code 2); the message is Dutch."""


@dataclass
class Organisation:
    id: str
    first_row: int
    cells: dict[str, Cell] = field(default_factory=dict)
    vacancies: list[dict[str, Cell]] = field(default_factory=list)


@dataclass
class Report:
    """What an import found: errors block, warnings and notes inform."""

    errors: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[tuple[int, int, str]] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def error(self, row: int, column: str | None, message: str) -> None:
        self.errors.append((row, ORDER.get(column, -1), _at(row, column, message)))


def _at(row: int, column: str | None, message: str) -> str:
    return f"rij {row}, kolom '{column}': {message}" if column else f"rij {row}: {message}"


def letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


# --- reading the sheet ----------------------------------------------------------


def _header(header: list[str], rows, report: Report) -> list[str | None]:
    """The column name of each position, or None for a column to skip."""
    names: list[str | None] = []
    typo_of: set[str] = set()
    seen: set[str] = set()
    width = max([len(header)] + [len(cells) for _, cells in rows])
    for index in range(width):
        raw = header[index] if index < len(header) else ""
        name = raw.strip().lower()
        if not name:
            if any(index < len(cells) and cells[index] for _, cells in rows):
                report.error(1, None, (
                    f"Kolom {letter(index)} heeft geen naam in de eerste rij, maar er staan wel "
                    "gegevens in. Zet de kolomnaam erboven of haal de gegevens weg."
                ))
            names.append(None)
        elif name not in BY_NAME:
            report.error(1, shown(raw), (
                f"Onbekende kolom.{explain.nearest(name, BY_NAME)} De kolommen staan in het sjabloon "
                "sjabloon-vacatures.csv en op de pagina 'Vacatures importeren'."
            ))
            typo_of.update(explain.closest(name, BY_NAME))
            names.append(None)
        elif name in seen:
            report.error(1, raw, f"De kolom '{name}' staat twee keer in de eerste rij. Houd er één over.")
            names.append(None)
        else:
            seen.add(name)
            names.append(name)
    for column in COLUMNS:
        if column.required and column.name not in seen and column.name not in typo_of:
            report.errors.append((1, ORDER[column.name], _at(1, None, (
                f"De verplichte kolom '{column.name}' ontbreekt. {column.field.help} "
                "Voeg de kolom toe, zoals in het sjabloon."
            ))))
    return names


def _organisations(names, rows, report: Report) -> dict[str, Organisation]:
    orgs: dict[str, Organisation] = {}
    dates = []
    for number, cells in rows:
        by_name = {name: cells[i] if i < len(cells) else "" for i, name in enumerate(names) if name}
        for name, text in by_name.items():
            if text and isinstance(kinds.of(BY_NAME[name].field), Datum) and normal_date(text) != text:
                dates.append((number, name, text, normal_date(text)))
        org_id = by_name.get(ORG_ID, "")
        if not org_id:
            report.error(number, ORG_ID, (
                "Deze rij hoort bij geen organisatie. Vul de id van de organisatie in, "
                f"bijvoorbeeld {_suggested_id(by_name.get(ORG_PREFIX + 'naam', '')) or 'buurthuis-de-linde'}."
            ))
            continue
        if len(org_id) > ID_LENGTH:
            report.error(number, ORG_ID, (
                f"Deze id is {amounts.number(len(org_id))} tekens lang; hoogstens {ID_LENGTH} mogen: de id wordt "
                f"de bestandsnaam. Kies een korte naam, bijvoorbeeld {_suggested_id(org_id) or 'buurthuis-de-linde'}."
            ))
            continue
        if not ID_PATTERN.fullmatch(org_id):
            suggestion = _suggested_id(org_id)
            report.error(number, ORG_ID, (
                f"'{shown(org_id)}' is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes (-)."
                + (f" Bijvoorbeeld: {suggestion}" if suggestion else "")
            ))
            continue
        org = orgs.setdefault(org_id, Organisation(org_id, number))
        for column in ORG_COLUMNS:
            text = by_name.get(column.name, "")
            if not text:
                continue
            earlier = org.cells.get(column.name)
            if earlier is None:
                org.cells[column.name] = Cell(text, number, column.name)
            elif earlier.text != text:
                report.error(number, column.name, (
                    f"'{shown(text)}' verschilt van rij {earlier.row} ('{shown(earlier.text)}'). Alle rijen van "
                    f"organisatie '{org_id}' hebben hier hetzelfde, of laat de cel leeg."
                ))
        if any(by_name.get(c.name) for c in VACANCY_COLUMNS):
            vacancy = {c.name: Cell(by_name.get(c.name, ""), number, c.name) for c in VACANCY_COLUMNS}
            for c in VACANCY_COLUMNS:
                if isinstance(kinds.of(c.field), Objecten):
                    _check_parts(c, vacancy[c.name], report)
            org.vacancies.append(vacancy)
    if dates:
        number, name, text, date = dates[0]
        report.notes.append(
            f"{len(dates)} datum(s) met de dag eerst gelezen als JJJJ-MM-DD, bijvoorbeeld "
            f"rij {number}, kolom '{name}': {text} werd {date}."
        )
    return orgs


def _suggested_id(text: str) -> str:
    """An id made of the start of `text`, short enough to be a file name."""
    return explain.slug(text[:ID_LENGTH * 2])[:ID_LENGTH].strip("-")


def _check_parts(column, cell: Cell, report: Report) -> None:
    """The one notation only the spreadsheet has: soort:nodig:leeftijd."""
    for item in split_list(cell.text, column.field):
        if len(split_parts(item)) > len(column.field.fields):
            report.error(cell.row, column.name, (
                f"'{shown(item)}' heeft te veel delen. Schrijf elk punt als {parts_form(column.field)} "
                f"en scheid de punten met ;, bijvoorbeeld: minimumleeftijd:moet:18; rijbewijs:pluspunt"
            ))


# --- writing YAML -------------------------------------------------------------------


def document(org: Organisation, source: str) -> Document:
    doc = Document()
    name = org.cells.get(ORG_PREFIX + "naam")
    title = " ".join(name.text.split()) if name else org.id  # a line break would end the comment
    doc.add(f"# {shown(title)}: gemaakt met 'make import' uit {' '.join(source.split())}.")
    doc.add("# Een nieuwe import van deze organisatie vervangt dit bestand.")
    _mapping(doc, schema.ORGANISATIE, "", (), org, org.cells)
    return doc


def _mapping(doc: Document, fields, indent: str, path: tuple[str, ...], org: Organisation, cells: dict[str, Cell]) -> None:
    for f in fields:
        if f is VACANCIES:
            if not org.vacancies:
                doc.add(f"{indent}{f.name}: []")
                continue
            doc.add(f"{indent}{f.name}:")
            for number, vacancy in enumerate(org.vacancies):
                if number:
                    doc.add("")
                _vacancy(doc, indent + "  ", vacancy)
            continue
        column = ORG_PREFIX + "_".join((*path, f.name))
        if kinds.of(f).groups:
            inner = [c for c in ORG_COLUMNS if c.name.startswith(column + "_")]
            if not any(c.name in cells or c.required for c in inner):
                if f.required:
                    doc.add(f"{indent}{f.name}: {{}}")
                continue
            doc.add(f"{indent}{f.name}:")
            _mapping(doc, f.fields, indent + "  ", (*path, f.name), org, cells)
            continue
        cell = cells.get(column) or Cell("", org.first_row, column)
        if cell.text or BY_NAME[column].required:
            write_field(doc, indent, "", f, cell)


def _vacancy(doc: Document, indent: str, vacancy: dict[str, Cell]) -> None:
    first = True
    for f in schema.VACATURE:
        prefix = "- " if first else "  "
        if kinds.of(f).groups:  # a block (toegankelijkheid): one column per sub-field
            filled = [(sub, vacancy[f"{f.name}_{sub.name}"]) for sub in f.fields]
            filled = [(sub, cell) for sub, cell in filled if cell.text]
            if filled:
                doc.add(f"{indent}{prefix}{f.name}:")
                for sub, cell in filled:
                    write_field(doc, indent + "    ", "", sub, cell)
                first = False
            continue
        cell = vacancy[f.name]
        if not (cell.text or f.required or first):
            continue
        write_field(doc, indent, prefix, f, cell)
        first = False


# --- checking with the loader ------------------------------------------------------


def _validate(orgs: dict[str, Organisation], docs: dict[str, Document], root: Path, report: Report, today) -> None:
    with tempfile.TemporaryDirectory(prefix="import-") as tmp:
        copy = Path(tmp) / "content"
        shutil.copytree(root / "content", copy, ignore=shutil.ignore_patterns(".*"))
        (copy / "organisaties").mkdir(exist_ok=True)
        for org_id, doc in docs.items():
            (copy / "organisaties" / f"{org_id}.yml").write_text(doc.text(), encoding="utf-8")
        _content, problems = load_content(copy, root / "docs", today=today)
    for problem in problems:
        match = re.fullmatch(r"content/organisaties/([a-z0-9-]+)\.yml", problem.file)
        message = _FILE_REF.sub(lambda m: _ref(m, orgs, docs), problem.message)
        if not (match and match.group(1) in docs):
            if not problem.warning:
                report.elsewhere.append(str(problem).replace(problem.message, message))
            continue
        org = orgs[match.group(1)]
        row, column = _cell_of(docs[org.id], problem.line, problem.column, message, org)
        target = report.warnings if problem.warning else report.errors
        prefix = "waarschuwing: " if problem.warning else ""
        target.append((row, ORDER.get(column, -1), _at(row, column, prefix + message)))


def _tag(doc: Document, line: int) -> Tag | None:
    return doc.tags[line - 1] if 0 < line <= len(doc.tags) else None


def _cell_of(doc: Document, line: int, column: int, message: str, org: Organisation) -> tuple[int, str | None]:
    """The cell a loader position points at. A message at the start of a
    block (a vacancy: its first line is also the id's) is about the row,
    unless it names the field of that line."""
    tag = _tag(doc, line)
    if tag is None:
        return org.first_row, None
    if column < tag.value_column and f"'{BY_NAME[tag.column].field.name}'" not in message:
        return tag.row, None
    return tag.row, tag.column


def _ref(match: re.Match, orgs, docs) -> str:
    org_id, line, column = match.group(1), int(match.group(2)), int(match.group(3))
    if org_id not in docs:
        return match.group(0)
    row, name = _cell_of(docs[org_id], line, column, "", orgs[org_id])
    return f"rij {row}" + (f", kolom '{name}'" if name else "")


# --- the command --------------------------------------------------------------------


def run(path: Path, root: Path, *, today, dry_run: bool = False) -> int:
    """0 when imported (or, with dry_run, importable), 1 when the file has
    problems. Raises UsageError when the file is missing or of an unknown kind."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"Het bestand {path} bestaat niet. Geef het pad naar een .csv- of .xlsx-bestand.")
    if path.suffix.lower() not in EXTENSIONS:
        raise UsageError(
            f"{path.name} is geen .csv- of .xlsx-bestand. Sla de tabel in Excel of LibreOffice op als "
            "'CSV UTF-8' of als 'Excel-werkmap (.xlsx)'."
        )
    try:
        sheet = read(path)
    except SheetError as error:
        print(f"{path.name}: {error}")
        print("\nEr is niets geschreven.", file=sys.stderr)
        return 1
    report = Report()
    names = _header(sheet.header, sheet.rows, report)
    orgs = {}
    if not report.errors:
        orgs = _organisations(names, sheet.rows, report)
        if not orgs and not report.errors:
            report.error(2, None, "Er staan geen rijen met vacatures onder de kolomnamen.")
    docs = {org_id: document(org, path.name) for org_id, org in orgs.items()}
    if docs:  # rows the own checks refused are not in docs; the rest is still checked
        _validate(orgs, docs, root, report, today)
    for line in sorted(report.errors + report.warnings):
        print(line[2])
    if report.elsewhere:
        print("\nFouten in andere bestanden van content/ (verbeter die ook, anders werkt de site niet):")
        for line in report.elsewhere:
            print(line)
    for note in report.notes:
        print(f"Opmerking: {note}")
    if report.errors or report.elsewhere:
        count = len(report.errors) + len(report.elsewhere)
        print(f"\n{count} fout(en). Er is niets geschreven: verbeter {path.name} en probeer opnieuw.", file=sys.stderr)
        return 1
    return _write(docs, orgs, root, dry_run)


def _write(docs: dict[str, Document], orgs, root: Path, dry_run: bool) -> int:
    folder = root / "content" / "organisaties"
    plans = []
    for org_id in sorted(docs):
        target = folder / f"{org_id}.yml"
        data = docs[org_id].text().encode("utf-8")
        if not target.exists():
            status = "nieuw"
        elif target.read_bytes() == data:
            status = "ongewijzigd"
        else:
            status = "vervangen"
        plans.append((target, data, status, len(orgs[org_id].vacancies)))
    if not dry_run:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = []
        try:
            for target, data, status, _ in plans:
                if status == "ongewijzigd":
                    continue
                tmp = target.with_name(f".{target.name}.import")
                with open(tmp, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                temporary.append((tmp, target))
            for tmp, target in temporary:
                os.replace(tmp, target)
        finally:
            for tmp, _ in temporary:
                tmp.unlink(missing_ok=True)
    vacancies = sum(p[3] for p in plans)
    for target, _, status, count in plans:
        print(f"content/organisaties/{target.name}: {status}, {count} vacature(s).")
    if dry_run:
        print(f"Proef: het bestand is in orde ({len(plans)} organisatie(s), {vacancies} vacature(s)). "
              "Er is niets geschreven; laat --proef weg om te importeren.")
    else:
        print(f"Klaar: {len(plans)} organisatie(s) en {vacancies} vacature(s) staan in content/organisaties/. "
              "Bekijk het resultaat met make serve.")
    return 0
