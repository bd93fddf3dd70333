"""The wijzer form as rendered at build time: structure, labels, escaping."""

from __future__ import annotations

import copy
import datetime as dt
from html.parser import HTMLParser

import pytest

from inspiratiebox.bundle.contract import ANSWERS, DATA, IDS
from inspiratiebox.content import schema
from inspiratiebox.content.model import Content
from inspiratiebox.pages import form

TODAY = dt.date(2026, 11, 23)

VOID = {"input", "br", "hr", "img", "meta", "link"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def find_all(self, tag):
        return [n for n in self.walk() if n.tag == tag]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    return builder.root



@pytest.fixture(scope="module")
def tree(example):
    return parse(form.render(example, TODAY))


def fieldsets(tree):
    return [f for f in tree.find_all("fieldset") if DATA["question"] in f.attrs]


def options(tree, qid):
    fieldset = next(f for f in fieldsets(tree) if f.attrs[DATA["question"]] == qid)
    return [i.attrs["value"] for i in fieldset.find_all("input") if i.attrs["name"] == qid]


def steps(tree):
    return [f for f in fieldsets(tree) if "wijzer-vraag" in f.attrs.get("class", "").split()]


def test_one_fieldset_with_legend_per_question_in_wijzer_order(example, tree):
    found = fieldsets(tree)
    assert len(found) == len(example.wijzer["vragen"]) == 13
    assert len(steps(tree)) == schema.MAX_VRAGEN == 12
    assert [f.attrs[DATA["question"]] for f in found] == [v["id"] for v in example.wijzer["vragen"]]
    for fieldset, vraag in zip(found, example.wijzer["vragen"], strict=True):
        legend = fieldset.children and next(c for c in fieldset.children if isinstance(c, Node))
        assert legend.tag == "legend", "the legend must be the fieldset's first element"
        assert legend.text() == vraag["vraag"]


def test_every_input_has_a_label_and_a_unique_id(tree):
    inputs = tree.find_all("input")
    ids = [i.attrs.get("id") for i in inputs]
    assert all(ids) and len(set(ids)) == len(ids)
    labels = {lab.attrs.get("for"): lab.text().strip() for lab in tree.find_all("label")}
    for input_ in inputs:
        assert labels.get(input_.attrs["id"]), f"no label text for {input_.attrs['id']}"


def test_no_question_is_required_and_nothing_is_sent_anywhere(tree):
    assert not [i for i in tree.find_all("input") if "required" in i.attrs]
    (form_node,) = tree.find_all("form")
    assert form_node.attrs.get("method") == "dialog"
    assert "action" not in form_node.attrs


def test_hints_are_linked_with_aria_describedby(example, tree):
    ids = {n.attrs.get("id") for n in tree.walk()}
    with_hint = {v["id"] for v in example.wijzer["vragen"] if v.get("uitleg")}
    assert with_hint, "the example should have hints to test"
    for fieldset in fieldsets(tree):
        described = fieldset.attrs.get("aria-describedby")
        assert bool(described) == (fieldset.attrs[DATA["question"]] in with_hint)
        if described:
            assert described in ids


def test_options_come_from_the_schema(tree):
    assert options(tree, "motieven") == list(schema.MOTIEVEN)
    assert options(tree, "interesses") == list(schema.SECTOREN)
    assert options(tree, "tijd") == list(schema.TIJD)
    assert options(tree, "begeleiding") == [str(k) for k in schema.BEGELEIDING_NODIG]


def test_place_offers_the_areas_home_and_no_preference(example, tree):
    assert options(tree, "plaats") == [*example.gemeente["deelgemeenten"], ANSWERS["thuis"], ANSWERS["overal"]]


def test_situation_offers_only_the_own_region(example, tree):
    regio = example.gemeente["regio"]
    expected = [k for k, (r, _) in schema.SITUATIES.items() if r == regio] + ["weet_niet", "geen"]
    assert options(tree, "situatie") == expected
    other = [k for k, (r, _) in schema.SITUATIES.items() if r and r != regio]
    assert other and not set(other) & set(options(tree, "situatie"))


def test_moments_are_a_labelled_grid_plus_flexible(tree):
    assert options(tree, "momenten") == [*schema.MOMENTEN, ANSWERS["flexibel"]]
    labels = {lab.attrs["for"]: " ".join(lab.text().split()) for lab in tree.find_all("label")}
    assert labels["wijzer-momenten-ma_ochtend"] == "maandag ochtend"
    assert labels["wijzer-momenten-flexibel"] == "Ik ben flexibel"
    (table,) = tree.find_all("table")
    assert [th.text() for th in table.find_all("th") if th.attrs.get("scope") == "row"] == list(schema.DAGEN.values())


def test_widget_starts_loading_with_a_status_region(tree):
    root = next(n for n in tree.walk() if n.attrs.get("id") == IDS["root"])
    assert root.attrs[DATA["state"]] == "loading"
    status = next(n for n in tree.walk() if n.attrs.get("id") == IDS["status"])
    assert status.attrs.get("role") == "status" and "geladen" in status.text()


def test_fallback_lists_desk_and_vacancies(example, tree):
    html = form.render(example, TODAY)
    assert example.gemeente["loket"]["telefoon"] in html
    org, vacancy = next(example.vacatures())
    assert IDS["allVacancies"] in html and org["naam"] in html


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>"'


def hostile_content(example) -> Content:
    gemeente = copy.deepcopy(example.gemeente)
    gemeente["deelgemeenten"] = [HOSTILE]
    gemeente["loket"]["naam"] = HOSTILE
    wijzer = copy.deepcopy(example.wijzer)
    wijzer["intro"] = HOSTILE
    for vraag in wijzer["vragen"]:
        vraag["vraag"] = HOSTILE
        vraag["uitleg"] = HOSTILE
    return Content(root=example.root, gemeente=gemeente, organisaties=[], wijzer=wijzer)


def test_every_text_is_escaped(example):
    html = form.render(hostile_content(example), TODAY)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    tree = parse(html)
    assert not [n for n in tree.walk() if any(a.startswith("on") for a in n.attrs)]
    # The hostile area name arrives intact as a value, so the engine sees it as typed.
    assert HOSTILE in options(tree, "plaats")


def test_the_form_shows_at_most_twelve_questions(example):
    content = copy.copy(example)
    content.wijzer = {**example.wijzer, "vragen": example.wijzer["vragen"] + example.wijzer["vragen"][:3]}
    assert len(steps(parse(form.render(content, TODAY)))) == schema.MAX_VRAGEN


def test_who_helps_is_asked_inside_the_benefit_step_as_its_own_question(tree):
    (situatie,) = [f for f in steps(tree) if f.attrs[DATA["question"]] == "situatie"]
    (hulp,) = [f for f in situatie.find_all("fieldset") if f.attrs.get(DATA["question"]) == "hulp"]
    assert next(c for c in hulp.children if isinstance(c, Node)).tag == "legend"
    assert {i.attrs["name"] for i in hulp.find_all("input")} == {"hulp"}
    assert {i.attrs["type"] for i in hulp.find_all("input")} == {"checkbox"}
    assert options(tree, "hulp") == list(schema.HULP)


def test_the_full_list_shows_the_vacancies_current_on_the_date_it_is_given(example):
    titles = [v["titel"] for _, v in example.vacatures() if str(v.get("geldig_tot", "")) == "2027-06-30"]
    assert titles, "the example data should have vacancies that end on 2027-06-30"
    assert titles[0] in form.render(example, TODAY)
    assert titles[0] not in form.render(example, dt.date(2027, 7, 1))


def test_the_page_holds_the_desk_once_as_a_template_for_the_results(example):
    loket = example.gemeente["loket"]
    tree = parse(form.render(example, TODAY))
    template = next(n for n in tree.walk() if n.attrs.get("id") == IDS["deskTemplate"])
    assert template.tag == "template"
    text = template.text()
    wanted = [loket["naam"], loket["adres"], *loket["openingsuren"], loket["telefoon"], loket["email"], "Maak een afspraak"]
    assert [text.index(part) for part in wanted] == sorted(text.index(part) for part in wanted)
    hrefs = [n.attrs.get("href") for n in template.walk() if n.tag == "a"]
    assert hrefs == [f"tel:{''.join(c for c in loket['telefoon'] if c.isdigit())}", f"mailto:{loket['email']}", loket["afspraak"]]
