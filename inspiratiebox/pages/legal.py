"""The privacy statement and the accessibility statement, from gemeente.yml.

Both are legal texts a municipality must publish, and both depend on what
this kit really does (no cookies, answers stay in the browser, tests on every
build), so they are generated here next to the code they describe instead of
being copied by hand into every municipality's docs/. What differs per
municipality (who is responsible, the host, contacts, the date of the last
check, Belgian or Dutch law) comes from `privacy` and `toegankelijkheid` in
gemeente.yml. Values from content are escaped: they are typed by people.
"""

from __future__ import annotations

from inspiratiebox.content.wording import as_dict, date_text
from inspiratiebox.pages import desk
from inspiratiebox.pages.html import email_href, link, text

PRIVACY_PAGE = "privacyverklaring.md"
ACCESSIBILITY_PAGE = "toegankelijkheid.md"
STORAGE_KEY = "vrijwilligerswijzer.antwoorden"  # widget/web/wijzer.js
DESK_STORAGE_KEY = "vrijwilligerswijzer.loketmodus"  # widget/web/desk.js

STATUS = {  # toegankelijkheid.status -> how the statement words it
    "volledig": "voldoet volledig",
    "gedeeltelijk": "voldoet gedeeltelijk",
    "niet": "voldoet niet",
}

# Who supervises and who mediates, per region. Only names and home pages:
# addresses and phone numbers change, the home page stays findable.
REGIO = {
    "BE": {
        "wet_toegankelijkheid": (
            "het Vlaamse Bestuursdecreet van 7 december 2018, dat de Europese richtlijn 2016/2102 "
            "over toegankelijke overheidswebsites omzet"
        ),
        "ombudsman": (
            "Ben je niet tevreden met ons antwoord? Dien dan eerst een klacht in bij je gemeente. "
            "Vind je daarna nog dat je probleem niet goed is opgelost, dan kun je terecht bij de "
            "{vlaamse}. Dat is gratis."
        ),
        "links": {
            "vlaamse": ("Vlaamse Ombudsdienst", "https://www.vlaamseombudsdienst.be"),
        },
        "klacht_privacy": (
            "Ben je niet tevreden over hoe we met je vraag omgaan, dan kun je een klacht indienen "
            "bij de toezichthouder. Gaat je klacht over de gemeente of het OCMW, dan is dat de "
            "{vtc}: die houdt toezicht op Vlaamse overheden, ook op lokale besturen. Gaat je klacht "
            "over de host of een ander bedrijf, dan is dat de {gba}."
        ),
        "privacy_links": {
            "vtc": ("Vlaamse Toezichtcommissie", "https://www.vlaanderen.be/vlaamse-toezichtcommissie"),
            "gba": ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be"),
        },
    },
    "NL": {
        "wet_toegankelijkheid": (
            "het Besluit digitale toegankelijkheid overheid, dat de Europese richtlijn 2016/2102 "
            "over toegankelijke overheidswebsites omzet. Deze verklaring volgt het model van "
            "Logius (digitoegankelijk.nl)"
        ),
        "ombudsman": (
            "Ben je niet tevreden met ons antwoord? Dien dan eerst een klacht in bij de gemeente. "
            "Is je probleem daarna nog niet opgelost, dan kun je gratis terecht bij de {nationale}. "
            "Heeft je gemeente een eigen ombudsman of ombudscommissie, dan ga je daar naartoe."
        ),
        "links": {
            "nationale": ("Nationale ombudsman", "https://www.nationaleombudsman.nl"),
        },
        "klacht_privacy": (
            "Ben je niet tevreden over hoe we met je vraag omgaan, dan kun je een klacht indienen "
            "bij de toezichthouder: de {ap}."
        ),
        "privacy_links": {
            "ap": ("Autoriteit Persoonsgegevens", "https://www.autoriteitpersoonsgegevens.nl"),
        },
    },
}


def _regio(gemeente: dict) -> dict:
    """Belgian wording unless the content says NL: the kit started in Flanders."""
    return REGIO.get(gemeente.get("regio"), REGIO["BE"])


def _fill(template: str, links: dict) -> str:
    return template.format(**{key: link(url, name) for key, (name, url) in links.items()})


def _mail(address, fallback: str = "") -> str:
    href = email_href(address)
    return link(href, address, external=False) if href else text(fallback)


def _naam(gemeente: dict) -> str:
    return str(gemeente.get("naam") or "de gemeente")


def responsible(gemeente: dict) -> str:
    return str(as_dict(gemeente.get("privacy")).get("verantwoordelijke") or _naam(gemeente))


def privacy_contact(gemeente: dict) -> str | None:
    return as_dict(gemeente.get("privacy")).get("contact") or as_dict(gemeente.get("loket")).get("email")


def accessibility_contact(gemeente: dict) -> str | None:
    return as_dict(gemeente.get("toegankelijkheid")).get("contact") or as_dict(gemeente.get("loket")).get("email")


def _p(html: str) -> str:
    """A paragraph as an HTML block: MkDocs leaves it alone, so the escaping
    done here is the only escaping, and no Markdown in content can slip in."""
    return f"<p>{html}</p>\n"


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>\n"


# --- privacy -----------------------------------------------------------------


def render_privacy(content) -> str:
    gemeente = as_dict(getattr(content, "gemeente", None))
    regio = _regio(gemeente)
    who = responsible(gemeente)
    host = as_dict(gemeente.get("privacy")).get("host")
    host_text = f"{text(host)}, de host van deze website" if host else "de host: het bedrijf of de dienst waar deze website staat"
    contact = privacy_contact(gemeente)
    contact_html = _mail(contact, "het loket") if contact else "het loket"
    return "\n".join([
        *_privacy_site(who),
        *_privacy_host(who, host_text),
        *_privacy_rights(who, contact_html, regio),
        "",
    ])


def _privacy_site(who: str) -> list[str]:
    """What the site itself does and does not do, the wijzer included."""
    return [
        "# Privacyverklaring",
        "",
        _p(
            f"Deze verklaring gaat over deze website van {text(who)}. Kort gezegd: de website zelf "
            "verzamelt geen gegevens over jou. Alleen de host houdt, zoals elke webserver, een "
            "technisch logboek bij. Hieronder lees je wat dat precies betekent."
        ),
        "## Wat deze website niet doet",
        "",
        _ul([
            "Ze zet <strong>geen cookies</strong>.",
            "Ze gebruikt <strong>geen statistieken of volgsystemen</strong> (tracking), ook niet van "
            "Google of sociale media.",
            "Je maakt <strong>geen account</strong> aan en je logt nergens in.",
            "Er zijn <strong>geen formulieren</strong> die iets versturen.",
            "Alles komt van deze website zelf: ze laadt geen lettertypes, scripts of beelden "
            "van andere websites.",
        ]),
        "## Je antwoorden in de Vrijwilligerswijzer",
        "",
        _p(
            "De Vrijwilligerswijzer werkt helemaal in je eigen browser, op je eigen toestel. "
            "Je antwoorden gaan niet naar de gemeente, niet naar de host en niet naar iemand anders. "
            "Ook het zoeken naar vacatures die bij je passen, gebeurt op je toestel."
        ),
        _ul([
            "<strong>Onthouden is jouw keuze.</strong> Alleen als je \"Onthoud mijn antwoorden op dit "
            "toestel\" aanvinkt, bewaart je browser je antwoorden. Dat gebeurt in de lokale opslag van "
            f"je browser (localStorage), onder één naam: <code>{text(STORAGE_KEY)}</code>. "
            "Niemand anders kan ze daar lezen, behalve wie hetzelfde toestel en dezelfde browser gebruikt. "
            "Gebruik je een computer samen met anderen, vink het dan niet aan.",
            "<strong>Zolang het tabblad open is.</strong> Ook zonder \"Onthoud\" houdt je browser je "
            "antwoorden bij in de geschiedenis van het tabblad, zodat ze er nog staan als je de pagina "
            "opnieuw laadt of terug en vooruit gaat. Dat is geen cookie en niet de lokale opslag. Sluit je "
            "het tabblad, dan zijn ze weg. Alleen als je browser een gesloten tabblad terugzet, kunnen "
            "ze terugkomen.",
            "<strong>Wissen kan altijd.</strong> Met de knop \"Wis mijn antwoorden\" haal je ze weg. "
            "Ook als je de gegevens van je browser wist, zijn ze weg.",
            "<strong>De link met je antwoorden.</strong> Vraag je een link naar je antwoorden, dan staan "
            "ze in het laatste deel van de link, na het teken #. Browsers sturen dat deel nooit naar "
            "de website. Maar wie de link krijgt, kan je antwoorden wel zien, en de link kan in de "
            "geschiedenis van je browser blijven staan.",
            "<strong>Aan het loket.</strong> De loketmodus, waarmee een medewerker de vragen samen met "
            "jou invult, werkt ook alleen in de browser van het loket. Hij bewaart je antwoorden, de "
            "gekozen vacatures en getypte namen alleen als de medewerker \"Bewaar op dit toestel\" "
            f"aanvinkt, onder de naam <code>{text(DESK_STORAGE_KEY)}</code>, tot \"Wis alles\".",
        ]),
        "## Wat deze website publiceert",
        "",
        _p(
            "De site toont de vacatures en de organisaties, met hun adres, telefoonnummer en e-mailadres. "
            "Voor de Vrijwilligerswijzer en als open data staan ze ook in bestanden die iedereen kan "
            "downloaden, samen met de draagkracht van elke organisatie: hoeveel vrijwilligers met extra "
            "begeleiding ze tegelijk kan opvangen en hoeveel er nu zijn. Er staan geen gegevens van "
            "vrijwilligers in, en in die bestanden ook geen naam van een contactpersoon."
        ),
    ]


def _privacy_host(who: str, host_text: str) -> list[str]:
    """The host's log and links to elsewhere: what the municipality does not control."""
    return [
        "## Wat de host bijhoudt",
        "",
        _p(
            f"Deze website staat bij {host_text}. Zoals elke webserver houdt die automatisch een "
            "logboek bij van elke opgevraagde pagina of elk bestand: je IP-adres, de datum en het "
            "uur, welke pagina of welk bestand, en welke browser je gebruikt. Dat is nodig om de "
            "website veilig en bereikbaar te houden."
        ),
        _p(
            f"{text(who)} gebruikt die logboeken niet om je te volgen en maakt er geen profielen of "
            "statistieken van. Hoe lang de host ze bewaart, staat in het privacybeleid van de host."
        ),
        "## Links naar andere websites",
        "",
        _p(
            "Op deze website staan links naar organisaties en bronnen. Klik je op zo'n link, dan "
            "ga je naar een andere website; daar geldt het privacybeleid van die website. Neem je "
            "contact op met een organisatie, bijvoorbeeld voor een vacature, dan geef je je gegevens "
            "rechtstreeks aan die organisatie."
        ),
    ]


def _privacy_rights(who: str, contact_html: str, regio: dict) -> list[str]:
    return [
        "## Wie is verantwoordelijk",
        "",
        _p(
            f"Verantwoordelijk voor deze website is {text(who)}. Heb je een vraag over je privacy "
            f"of over deze verklaring? Mail dan naar {contact_html}."
        ),
        "## Jouw rechten",
        "",
        _p(
            "De Algemene Verordening Gegevensbescherming (AVG, in het Engels GDPR) geeft je rechten "
            "over je persoonsgegevens. Je mag vragen welke gegevens we over je hebben (inzage), ze laten "
            "verbeteren of wissen, het gebruik ervan laten beperken, bezwaar maken, en je gegevens "
            "meekrijgen (overdraagbaarheid)."
        ),
        _p(
            "Omdat deze website zelf niets over je verzamelt, heeft de gemeente via de website meestal "
            "geen gegevens van je. Je antwoorden in de Vrijwilligerswijzer staan alleen op je eigen "
            "toestel: die wis je zelf. Vragen over de logboeken van de host stel je aan ons of aan de host."
        ),
        "## Een klacht indienen",
        "",
        _p(_fill(regio["klacht_privacy"], regio["privacy_links"])),
    ]


# --- accessibility -------------------------------------------------------------


LIMITATIONS = [
    "De <strong>Vrijwilligerswijzer</strong> werkt alleen in een recente browser met JavaScript en "
    "WebAssembly. Zonder die twee toont de pagina meteen alle vacatures en de gegevens van het loket. "
    "Alle vacatures staan ook op de pagina Vacatures, die geen JavaScript nodig heeft.",
    "De eerste keer dat je de Vrijwilligerswijzer opent, laadt hij enkele megabytes. "
    "Op een trage verbinding duurt het even voor je resultaten ziet; de vragen kun je meteen invullen.",
    "De teksten van vacatures schrijven de organisaties zelf. We vragen hen eenvoudige taal te "
    "gebruiken, maar kunnen dat niet voor elke tekst beloven.",
    "Links naar websites van organisaties en bronnen vallen niet onder deze verklaring: "
    "die websites beheren we niet.",
]


def render_accessibility(content) -> str:
    gemeente = as_dict(getattr(content, "gemeente", None))
    regio = _regio(gemeente)
    who = responsible(gemeente)
    info = as_dict(gemeente.get("toegankelijkheid"))
    datum = date_text(info.get("datum")) if info.get("datum") else ""
    status_text = _status_text(info.get("status"))
    checked = (
        f"We hebben de toegankelijkheid van deze website laatst nagekeken op {text(datum)}. "
        "Dat doen we minstens één keer per jaar."
        if datum else "De datum van de laatste controle is nog niet ingevuld."
    )
    reach = _ways_to_report(gemeente)
    return "\n".join([
        "# Toegankelijkheidsverklaring",
        "",
        _p(
            f"{text(who)} wil dat iedereen deze website kan gebruiken, ook mensen met een beperking. "
            f"Daarom volgen we de regels voor toegankelijke overheidswebsites: {text(regio['wet_toegankelijkheid'])}. "
            "De norm is EN 301 549, die verwijst naar de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA. "
            "Deze verklaring geldt voor deze website."
        ),
        "## Hoe toegankelijk is deze website",
        "",
        _p(status_text),
        "## Wat (nog) niet toegankelijk is",
        "",
        _p("Deze beperkingen kennen we. We werken eraan, of we zeggen hoe je er toch omheen kunt:"),
        _ul(LIMITATIONS),
        "## Hoe we dit nagekeken hebben",
        "",
        _p(checked),
        _ul([
            "Bij elke nieuwe versie van de website test een programma (axe-core) automatisch elke "
            "pagina, op een breed scherm (1280 pixels) en op een smal scherm zoals dat van een "
            "gsm (320 pixels).",
            "We testen of je de website, ook de Vrijwilligerswijzer, helemaal met het toetsenbord "
            "kunt gebruiken.",
            "Een tweede programma (de Nu Html Checker van W3C) kijkt na of de code van elke pagina "
            "klopt. Dan kunnen hulpmiddelen zoals een schermlezer de pagina goed lezen.",
            "We meten of er niets verspringt terwijl een pagina laadt op een gsm.",
            f"We beoordeelden de website zelf. {text(who)} is verantwoordelijk voor deze verklaring.",
        ]),
        "## Een probleem melden",
        "",
        _p(
            "Kun je iets op deze website niet gebruiken, of is iets moeilijk te lezen? Laat het ons "
            "weten. Zeg welke pagina het is en wat er misloopt. Dan zoeken we een oplossing, en "
            "bezorgen we je de informatie intussen op een andere manier."
        ),
        _ul(reach),
        "## Niet tevreden met ons antwoord?",
        "",
        _p(_fill(regio["ombudsman"], regio["links"])),
        "",
    ])


def _status_text(status) -> str:
    if status not in STATUS:
        return "De toegankelijkheid van deze website is nog niet beoordeeld."
    status_text = (
        f"Deze website <strong>{STATUS[status]}</strong> aan de Web Content Accessibility "
        "Guidelines (WCAG) 2.1, niveau AA."
    )
    if status != "volledig":
        status_text += " Wat (nog) niet toegankelijk is, lees je hieronder."
    return status_text


def _ways_to_report(gemeente: dict) -> list[str]:
    """Every way to reach someone about a barrier, so a person who cannot
    use one channel (mail, phone) finds another."""
    loket = desk.details(gemeente)
    contact = accessibility_contact(gemeente)
    reach = []
    if contact:
        reach.append(f"Mail naar {_mail(contact)}.")
    if loket["telefoon"]:
        reach.append(f"Bel {link(loket['telefoon_href'], loket['telefoon'], external=False)}.")
    if loket["adres"]:
        reach.append(f"Kom langs bij {text(loket['naam'] or 'het loket')}, {text(loket['adres'])}.")
    if loket["afspraak_href"]:
        reach.append(link(loket["afspraak_href"], "Maak een afspraak") + ".")
    if not reach:
        reach.append(f"Neem contact op met {text(_naam(gemeente))}.")
    return reach


def generate(content) -> dict[str, str]:
    return {PRIVACY_PAGE: render_privacy(content), ACCESSIBILITY_PAGE: render_accessibility(content)}
