"""Parse one YAML file into PyYAML's node tree, with Dutch messages.

We compose nodes instead of loading values for two reasons: every node keeps
its line and column, so each message can point at the exact spot; and a
scalar keeps its raw text and quoting style, which is the only way to tell
the text `nee` from the boolean `nee`, or the time `9:30` from the number 570.
Only the safe loader is ever used, and nothing is constructed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from inspiratiebox.content import amounts

YAML_TAG = "tag:yaml.org,2002:"
# A content file is a few kB; a megabyte is a mistake (or an attack) that
# would make the check and the build crawl, so it is refused before parsing.
MAX_FILE_BYTES = 1_000_000
# Values in one file, counted as the checker walks them: an alias (*naam)
# counts its whole anchored block again, so a few lines cannot make millions.
MAX_NODES = 200_000


@dataclass(frozen=True)
class Issue:
    """A problem found while reading, before the schema is involved."""

    line: int  # 1-based
    column: int  # 1-based
    message: str


def position(node_or_mark) -> tuple[int, int]:
    """1-based (line, column) of a node or a PyYAML mark."""
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return mark.line + 1, mark.column + 1


def resolved_type(node: ScalarNode) -> str:
    """What YAML 1.1 makes of a scalar: str, bool, int, float, null,
    timestamp, ... Quoted and block scalars are always str; a plain scalar
    gets the type PyYAML's resolver gave it."""
    if node.style is not None:
        return "str"
    if node.tag.startswith(YAML_TAG):
        return node.tag[len(YAML_TAG):]
    return node.tag


def yaml_value(node: ScalarNode):
    """The value PyYAML would have made of a plain scalar, to show people
    what went wrong (`9:30` became 570). Never raises."""
    try:
        return yaml.SafeLoader("").construct_object(node)
    except Exception:  # noqa: BLE001 - a bad scalar only weakens the message
        return node.value


def size_issue(n_bytes: int, name: str) -> Issue | None:
    """Why a file of `n_bytes` is not read, or None."""
    if n_bytes <= MAX_FILE_BYTES:
        return None
    return Issue(1, 1, (
        f"Het bestand {name} is {amounts.size(n_bytes)} groot; een inhoudsbestand mag hoogstens "
        f"{amounts.size(MAX_FILE_BYTES)} zijn. Maak lange teksten korter of zet ze op een aparte pagina "
        "in docs/, of verdeel de inhoud over meer bestanden (één organisatie of voorbeeld per bestand)."
    ))


def decode(data: bytes) -> tuple[str | None, list[Issue]]:
    """UTF-8 text, or a message saying where the file is not UTF-8."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [Issue(line, column, (
            "Dit bestand is niet opgeslagen als UTF-8. Sla het opnieuw op met de "
            "codering UTF-8 (in de meeste editors: 'Opslaan als' en dan 'UTF-8')."
        ))]


def parse(text: str) -> tuple[Node | None, list[Issue]]:
    """The root node (None for an empty file) and every issue found.

    Tabs in indentation are reported on every line at once before parsing,
    because PyYAML would stop at the first one. Any other syntax error stops
    the file: after it the structure is guesswork.
    """
    tabs = _tab_issues(text)
    if tabs:
        return None, tabs
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_issue(error)]
    except yaml.reader.ReaderError as error:
        return None, [_reader_issue(error, text)]
    except yaml.YAMLError:
        return None, [Issue(1, 1, _FALLBACK)]
    except RecursionError:
        return None, [Issue(1, 1, "Dit bestand is te diep genest om te lezen. Vereenvoudig de opbouw.")]
    if root is None:
        return None, []
    if expanded_size(root, MAX_NODES) > MAX_NODES:
        return None, [Issue(1, 1, (
            f"Dit bestand bevat meer dan {amounts.number(MAX_NODES)} waarden, verwijzingen (*naam) "
            "meegeteld: elke verwijzing telt het hele blok waarnaar ze verwijst opnieuw, en een "
            "verwijzing naar zichzelf houdt nooit op. Schrijf de waarden voluit en verdeel de inhoud "
            "over meer bestanden."
        ))]
    return root, duplicate_keys(root)


def expanded_size(root: Node, limit: int) -> int:
    """How many nodes a walk of the tree meets, aliases followed; more than
    `limit` (a cycle among them) is limit + 1. Each distinct node is counted
    once and remembered, so a bomb of aliases costs what its lines cost."""
    sizes: dict[int, int] = {}
    entered: set[int] = set()  # the nodes above the one being walked
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        children = _children(node)
        if finished:
            entered.discard(id(node))
            sizes[id(node)] = min(limit + 1, 1 + sum(sizes[id(child)] for child in children))
        elif id(node) in entered:
            return limit + 1
        elif id(node) not in sizes:
            entered.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def duplicate_keys(root: Node) -> list[Issue]:
    """Every key written twice in the same block. PyYAML would silently keep
    the last one, so a value someone carefully edited could vanish."""
    issues: list[Issue] = []
    seen_nodes: set[int] = set()  # aliases can make the tree a graph, even a cycle
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, MappingNode):
            first: dict[str, ScalarNode] = {}
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    if key.value in first:
                        line, column = position(first[key.value])
                        issues.append(Issue(*position(key), (
                            f"Het veld '{key.value}' staat hier twee keer. Het staat al op "
                            f"regel {line}, kolom {column}. Houd er één over: YAML zou de "
                            "eerste stilzwijgend vergeten."
                        )))
                    else:
                        first[key.value] = key
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    issues.sort(key=lambda issue: (issue.line, issue.column))
    return issues


_TAB_MESSAGE = (
    "Hier staat een tab. YAML aanvaardt geen tabs om in te springen: "
    "vervang de tab door spaties (bijvoorbeeld twee per niveau)."
)


def _tab_issues(text: str) -> list[Issue]:
    issues = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = re.match(r"[ \t]*", line).group()
        if "\t" in indent:
            issues.append(Issue(number, indent.index("\t") + 1, _TAB_MESSAGE))
    return issues


_FALLBACK = (
    "De opbouw van het bestand klopt hier niet. Kijk op deze regel en de regel "
    "erboven naar de inspringing (alleen spaties), de dubbele punt na elk veld "
    "en de aanhalingstekens."
)

# (words in PyYAML's context or problem, use the context mark?, Dutch message)
_SYNTAX = (
    ("'\\t'", False, _TAB_MESSAGE),
    ("while scanning a quoted scalar", True, (
        "Hier begint een tekst tussen aanhalingstekens die nergens wordt afgesloten. "
        "Zet het afsluitende aanhalingsteken op dezelfde regel. Staat er een apostrof "
        "in een tekst tussen enkele aanhalingstekens? Schrijf die dan dubbel: 'l''eau'."
    )),
    ("found unknown escape character", False, (
        "In tekst tussen dubbele aanhalingstekens heeft \\ een speciale betekenis. "
        "Gebruik enkele aanhalingstekens, of schrijf \\\\ voor één \\."
    )),
    ("while parsing a flow sequence", True, (
        "Deze lijst tussen [ en ] is niet goed afgesloten. Scheid de waarden met komma's, "
        "sluit af met ] op dezelfde regel, en zet een waarde met een dubbele punt of "
        "komma tussen aanhalingstekens."
    )),
    ("while parsing a flow mapping", True, (
        "Dit blok tussen { en } is niet goed afgesloten. Scheid de velden met komma's "
        "en sluit af met }. Begint een tekst met {? Zet hem dan tussen aanhalingstekens."
    )),
    ("expected a single document", False, (
        "Hier begint een tweede document (een regel met ---). Een inhoudsbestand bevat "
        "één document: haal de regel met --- weg."
    )),
    ("found undefined alias", False, (
        "Een waarde die met * begint, is in YAML een verwijzing. Bedoel je gewoon tekst? "
        "Zet ze dan tussen aanhalingstekens."
    )),
    ("while scanning an alias", False, (
        "Een waarde die met * begint, is in YAML een verwijzing. Bedoel je gewoon tekst? "
        "Zet ze dan tussen aanhalingstekens."
    )),
    ("while scanning an anchor", False, (
        "Een waarde die met & begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("while scanning a directive", False, (
        "Een regel die met % begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("expected '<document start>'", False, (
        "Een regel die met % begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("mapping keys are not allowed here", False, (
        "Een waarde die met ? begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("sequence entries are not allowed here", False, (
        "Hier staat een lijstpunt (-) waar YAML geen lijst verwacht. Begin een lijst op een "
        "nieuwe regel, onder het veld en verder ingesprongen. Begint een tekst met -? "
        "Zet hem dan tussen aanhalingstekens."
    )),
    ("expected the node content", False, (
        "Hier verwacht YAML een waarde, maar er staat een leesteken zoals ], } of -. "
        "Haal het weg, of zet een tekst die ermee begint tussen aanhalingstekens."
    )),
    ("while parsing a tag", False, (
        "Een waarde die met ! begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("while scanning a tag", False, (
        "Een waarde die met ! begint, heeft in YAML een speciale betekenis. "
        "Zet de tekst tussen aanhalingstekens."
    )),
    ("while scanning a block scalar", False, (
        "Na | of > mag op dezelfde regel niets meer staan; de tekst begint op de "
        "volgende regel, verder ingesprongen."
    )),
    ("could not find expected ':'", True, (
        "Op deze regel verwacht YAML 'veld: waarde', maar er staat geen dubbele punt "
        "gevolgd door een spatie. Voeg ': ' toe, of laat de regel even ver inspringen "
        "als de tekst erboven als hij daarbij hoort."
    )),
    ("mapping values are not allowed here", False, (
        "Hier staat een dubbele punt die YAML niet verwacht. Staat er een dubbele punt "
        "in een tekst (zoals 'Let op: ...')? Zet de hele tekst dan tussen "
        "aanhalingstekens. Of springt deze regel verder in dan het veld erboven?"
    )),
    ("but found '<scalar>'", False, (
        "Na deze waarde staat nog iets dat YAML niet verwacht. Staat er een "
        "aanhalingsteken of apostrof midden in de tekst? Zet de hele tekst tussen "
        "dubbele aanhalingstekens (\"...\"), of schrijf een apostrof binnen enkele "
        "aanhalingstekens dubbel ('')."
    )),
    ("expected <block end>", False, (
        "Deze regel springt niet goed in. Velden op hetzelfde niveau staan precies even "
        "ver naar rechts, en elk lijstpunt (-) van dezelfde lijst ook. Gebruik spaties."
    )),
    ("did not find expected key", False, (
        "Deze regel springt niet goed in. Velden op hetzelfde niveau staan precies even "
        "ver naar rechts. Gebruik spaties."
    )),
    ("did not find expected '-' indicator", False, (
        "Dit lijstpunt springt niet goed in. Zet elke - van dezelfde lijst even ver naar rechts."
    )),
    ("that cannot start any token", False, (
        "Een waarde mag niet met dit teken beginnen (zoals @ of `). "
        "Zet de hele tekst tussen aanhalingstekens."
    )),
)


def _syntax_issue(error: yaml.MarkedYAMLError) -> Issue:
    said = f"{error.context or ''} {error.problem or ''}"
    known = next((entry for entry in _SYNTAX if entry[0] in said), None)
    if known:
        _, at_context, message = known
        mark = error.context_mark if at_context and error.context_mark else error.problem_mark
    else:
        mark, message = error.problem_mark or error.context_mark, _FALLBACK
    if mark is None:
        return Issue(1, 1, message)
    return Issue(*position(mark), message)


def _reader_issue(error: yaml.reader.ReaderError, text: str) -> Issue:
    before = text[: error.position]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    code = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
    return Issue(line, column, (
        f"Hier staat een onzichtbaar of ongeldig teken (code U+{code:04X}). Haal het weg; "
        "het komt vaak mee bij kopiëren en plakken."
    ))
