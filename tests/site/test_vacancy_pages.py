"""A page per current vacancy: its facts in plain Dutch, schema.org JSON-LD
that stays data, and the links to it from the Vacatures page, the wijzer's
data and the open data; an expired vacancy has no page and no link."""

from __future__ import annotations

import datetime as dt
import json
import posixpath

import htmlscan
import pytest
from fixed_dates import BUILD_DATE
from test_build_renderers import content, organisation, vacancy

from inspiratiebox.content import schema
from inspiratiebox.content.wording import date_text
from inspiratiebox.kit import opendata
from inspiratiebox.pages import vacancies
from inspiratiebox.pages import vacancy as vacancy_page
from inspiratiebox.site import csp


def _split(example):
    current = [(o, v) for o, v in example.vacatures() if vacancies.is_current(v, BUILD_DATE)]
    expired = [(o, v) for o, v in example.vacatures() if not vacancies.is_current(v, BUILD_DATE)]
    assert current and expired, "the example content should hold current and expired vacancies"
    return current, expired


def _page(site, vid) -> htmlscan.Page:
    return htmlscan.parse(site / "vacatures" / vid / "index.html")


def _json_ld(page: htmlscan.Page) -> dict:
    (block,) = [s for s in page.find("script") if s.attrs.get("type") == "application/ld+json"]
    return json.loads(block.text)


def _resolves(site, from_dir: str, href: str) -> bool:
    path, _, anchor = href.partition("#")
    target = site / posixpath.normpath(posixpath.join(from_dir, path)) / "index.html"
    return target.is_file() and (not anchor or f'id="{anchor}"' in target.read_text(encoding="utf-8"))


# --- the built example site -----------------------------------------------------


def test_every_current_vacancy_of_the_example_has_a_page_with_its_facts(built_site, example):
    current, _ = _split(example)
    regio = example.gemeente["regio"]
    for org, vac in current:
        page = _page(built_site, vac["id"])
        assert [h.text for h in page.find("title")][0].startswith(vac["titel"]), vac["id"]
        for fact in (vac["titel"], vac["samenvatting"], org["naam"], org["beschrijving"], vacancies.moments(vac),
                     vacancies.place(vac, org), date_text(vac["geldig_tot"]), date_text(vac["laatst_nagekeken"]),
                     schema.UREN[vac["uren"]].capitalize(), schema.BEGELEIDING_AANBOD[vac["begeleiding"]],
                     vacancy_page.DESK_HEADING, vacancies.FICTIEF):
            assert str(fact) in page.text, (vac["id"], fact)
        for item in vac["vereisten"]:
            assert vacancies.requirement(item, regio) in page.text, vac["id"]
        for task in vac["deeltaken"]:
            assert task in page.text, vac["id"]
        hrefs = {a.attrs["href"] for a in page.find("a")}
        assert f"../#{vac['id']}" in hrefs and "../../vrijwilligerswijzer/" in hrefs, vac["id"]
        if org["contact"].get("telefoon"):
            assert any(h.startswith("tel:") for h in hrefs), vac["id"]
        if org["contact"].get("email"):
            assert f"mailto:{org['contact']['email']}" in hrefs, vac["id"]


def test_access_facts_say_yes_or_ask_the_organisation_for_each_need(built_site, example):
    current, _ = _split(example)
    said = {"ja": "ja", "nee": "nee"}
    org, vac = next((o, v) for o, v in current
                    if v["toegankelijkheid"] and {"ja", "nee", None} <= set(v["toegankelijkheid"].values()))
    text = _page(built_site, vac["id"]).text
    for key, name in schema.TOEGANKELIJKHEID.items():
        expected = said.get(vac["toegankelijkheid"][key], "niet bekend. Vraag het aan de organisatie.")
        assert f"{name}: {expected}" in text, key


def test_an_expired_vacancy_has_no_page_and_no_link_anywhere(built_site, example):
    _, expired = _split(example)
    for _, vac in expired:
        assert not (built_site / "vacatures" / vac["id"]).exists()
        for page in htmlscan.pages(built_site):
            hrefs = [a.attrs.get("href", "") for a in page.find("a")]
            assert not [h for h in hrefs if f"vacatures/{vac['id']}" in h or h.startswith(f"{vac['id']}/")], page.path


def test_the_vacancies_page_links_each_current_title_to_a_page_that_exists(built_site, example):
    current, _ = _split(example)
    page = htmlscan.parse(built_site / "vacatures" / "index.html")
    hrefs = {a.attrs["href"] for a in page.find("a")}
    for _, vac in current:
        assert f"{vac['id']}/" in hrefs, vac["id"]
        assert _resolves(built_site, "vacatures", f"{vac['id']}/"), vac["id"]
    assert "eigen pagina, die zoekmachines kunnen tonen" in page.text


def test_json_ld_is_a_volunteer_job_posting_with_dates_and_organisation(built_site, example):
    current, _ = _split(example)
    for org, vac in current:
        data = _json_ld(_page(built_site, vac["id"]))
        assert data["@type"] == "JobPosting" and data["employmentType"] == "VOLUNTEER", vac["id"]
        assert data["title"] == vac["titel"] and data["description"].startswith(vac["samenvatting"])
        assert data["datePosted"] == vac["laatst_nagekeken"].isoformat()
        assert data["validThrough"] == vac["geldig_tot"].isoformat()
        assert data["hiringOrganization"] == {"@type": "Organization", "name": org["naam"], "sameAs": org["website"]}
        assert data["directApply"] is False
        if vac["van_thuis"]:
            assert data["jobLocationType"] == "TELECOMMUTE"
        address = data["jobLocation"]["address"]
        assert address["addressCountry"] == "BE" and address["streetAddress"] == org["adres"]
        assert address["addressLocality"] == (vac["deelgemeente"] or org["deelgemeente"])
        assert org["contact"]["naam"] not in json.dumps(data, ensure_ascii=False), vac["id"]


def test_the_policy_leaves_the_json_ld_block_unhashed_and_intact(built_site, example):
    current, _ = _split(example)
    html = (built_site / "vacatures" / current[0][1]["id"] / "index.html").read_text(encoding="utf-8")
    page = htmlscan.parse_fragment(html)
    (policy,) = [m.attrs["content"] for m in page.find("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    block = next(s.text for s in page.find("script") if s.attrs.get("type") == "application/ld+json")
    assert csp.source_hash(block) not in policy
    assert csp.add_policy(f"<html><head><meta charset=utf-8></head><body>{vacancy_page.json_ld_block({'a': 1})}</body></html>").count("ld+json") == 1


def test_widget_data_links_current_vacancies_to_pages_from_the_wijzer(built_site, example):
    current, expired = _split(example)
    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    pagina = {v["id"]: v.get("pagina") for v in data["vacatures"]}
    assert {vid for vid, url in pagina.items() if url} == {v["id"] for _, v in current}
    assert all("pagina" not in v for v in data["vacatures"] if v["id"] in {e["id"] for _, e in expired})
    for vid, url in pagina.items():
        if url:
            assert url == f"../vacatures/{vid}/" and _resolves(built_site, "vrijwilligerswijzer", url), vid


def test_open_data_carries_each_vacancy_page_address(built_site, example):
    data = json.loads((built_site / "open-data" / "vacatures.json").read_text(encoding="utf-8"))
    assert data["opportunities"]
    for item in data["opportunities"]:
        assert item["page_url"] == f"vacatures/{item['id']}/"
        assert (built_site / item["page_url"] / "index.html").is_file()
    absolute = opendata.dataset(example, BUILD_DATE, site_url="https://example.org/vrijwilligers")
    first = absolute["opportunities"][0]
    assert first["page_url"] == f"https://example.org/vrijwilligers/vacatures/{first['id']}/"
    flat = opendata.dataset(example, BUILD_DATE, directory_urls=False)["opportunities"][0]
    assert flat["page_url"] == f"vacatures/{first['id']}.html"


def test_vacancy_pages_stay_out_of_the_navigation(built_site, example):
    current, _ = _split(example)
    home = htmlscan.parse(built_site / "index.html")
    hrefs = [a.attrs.get("href", "") for a in home.find("a")]
    assert not [h for h in hrefs if h.startswith("vacatures/") and h != "vacatures/"]
    assert "vacatures/" in hrefs


# --- small fixtures for what the example does not show ----------------------


def _render(tmp_path, org, **gemeente):
    made = vacancy_page.generate(content(tmp_path, organisaties=[org], gemeente=gemeente), BUILD_DATE)
    return made


def test_a_title_with_script_end_tag_cannot_break_out_of_the_json_ld(tmp_path):
    title = '</script><script>alert(1)</script><!-- & "'
    made = _render(tmp_path, organisation(vacatures=[vacancy(titel=title)]))
    page = htmlscan.parse_fragment(made["vacatures/koffie.md"])
    scripts = page.find("script")
    assert [s.attrs for s in scripts] == [{"type": "application/ld+json"}]
    assert "<" not in scripts[0].text and json.loads(scripts[0].text)["title"] == title
    assert title in page.text  # the heading shows it as text


def test_work_from_home_is_telecommute_and_an_area_falls_back_to_the_organisation(tmp_path):
    org = organisation(deelgemeente="Zuid", vacatures=[vacancy(van_thuis=True, deelgemeente=None)])
    made = _render(tmp_path, org, regio="NL")
    page = htmlscan.parse_fragment(made["vacatures/koffie.md"])
    data = _json_ld(page)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "NL"}
    assert data["jobLocation"]["address"] == {"@type": "PostalAddress", "streetAddress": "Straat 1",
                                              "addressLocality": "Zuid", "addressCountry": "NL"}
    assert "Zuid en van thuis uit" in page.text
    assert "Onthaal" not in json.dumps(data)  # the contact is left out


def test_from_home_without_any_address_has_no_empty_place(tmp_path):
    org = organisation(adres=None, deelgemeente=None, website=None, vacatures=[vacancy(van_thuis=True, deelgemeente=None)])
    data = _json_ld(htmlscan.parse_fragment(_render(tmp_path, org)["vacatures/koffie.md"]))
    assert "jobLocation" not in data and data["jobLocationType"] == "TELECOMMUTE"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Buurthuis"}


def test_expired_or_unusable_ids_get_no_page(tmp_path):
    org = organisation(vacatures=[
        vacancy(id="oud", geldig_tot=BUILD_DATE - dt.timedelta(days=1)),
        vacancy(id="vandaag", geldig_tot=BUILD_DATE),
        vacancy(id="index"), vacancy(id="../weg"), vacancy(id="vandaag", titel="Tweede met dezelfde id"),
    ])
    made = _render(tmp_path, org)
    assert set(made) == {"vacatures/vandaag.md"}
    html = vacancies.render_vacancies(content(tmp_path, organisaties=[org]), BUILD_DATE)
    hrefs = [a.attrs["href"] for a in htmlscan.parse_fragment(html).find("a") if "/" in a.attrs["href"][:10]]
    assert "vandaag/" in hrefs and "oud/" not in hrefs


def test_a_fictional_site_keeps_its_notice_on_each_vacancy_page(tmp_path):
    assert vacancies.FICTIEF in _render(tmp_path, organisation(), fictief=True)["vacatures/koffie.md"]
    assert vacancies.FICTIEF not in _render(tmp_path, organisation())["vacatures/koffie.md"]


@pytest.mark.parametrize("value, given", [
    (["rolstoel"], {"rolstoel": "ja"}),
    ({"rolstoel": "nee", "zittend": "ja"}, {"rolstoel": "nee", "zittend": "ja"}),
    ({"rustig": "misschien", "gehoor": None}, {}),
    (None, {}),
])
def test_access_facts_read_a_list_or_a_mapping_of_needs(value, given):
    expected = {need: given.get(need, "onbekend") for need in schema.TOEGANKELIJKHEID}
    assert vacancies.access_facts(value) == [(schema.TOEGANKELIJKHEID[k], v) for k, v in expected.items()]


def test_a_need_that_is_not_met_says_no_on_the_page(tmp_path):
    org = organisation(vacatures=[vacancy(toegankelijkheid={"rolstoel": "nee", "zittend": "ja"})])
    text = htmlscan.parse_fragment(_render(tmp_path, org)["vacatures/koffie.md"]).text
    assert f"{schema.TOEGANKELIJKHEID['rolstoel']}: nee" in text
    assert f"{schema.TOEGANKELIJKHEID['zittend']}: ja" in text
    assert f"{schema.TOEGANKELIJKHEID['rustig']}: niet bekend. Vraag het aan de organisatie." in text
