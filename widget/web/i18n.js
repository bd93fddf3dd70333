// Every Dutch text the wijzer's script writes, in one place (like GOV.UK
// Frontend's i18n): the page's own texts are rendered by the build, the
// engine writes its sentences itself; this is only what the script adds.

export default Object.freeze({
  status: Object.freeze({
    laden: "De wijzer wordt geladen…",
    klaar: "Klaar: vul de vragen in.",
    wachten: "Even geduld: de wijzer wordt nog geladen. Je resultaten verschijnen zodra hij klaar is.",
    zoeken: "We zoeken wat bij je past…",
    resultaten: "Je resultaten staan hieronder.",
    fout: "De wijzer werkt nu niet. Je antwoorden blijven staan.",
    geenWasm: "Je browser kan de wijzer niet uitvoeren.",
    gewist: "Je antwoorden zijn gewist.",
    linkGelezen: "Je antwoorden uit de link staan ingevuld.",
    linkGemaakt: "De link met je antwoorden staat nu in de adresbalk. Bewaar hem als bladwijzer of kopieer hem.",
    linkKapot: "De link met je antwoorden is beschadigd: we konden hem niet lezen. Wat je al had ingevuld, blijft staan.",
    onthouden: "Je antwoorden zijn weer ingevuld: je had gevraagd om ze op dit toestel te onthouden.",
  }),
  stap: (number, total) => `Vraag ${number} van ${total}`,
  resultaten: Object.freeze({
    titel: "Wat bij je past",
    vacatures: "Vacatures die bij je passen",
    bijna: "Bijna een match",
    bijnaUitleg: "Deze vacatures passen bijna. Na een gesprek met de organisatie lukt het misschien wel.",
    soorten: "Soorten vrijwilligerswerk die bij je passen",
    voorbeelden: (examples) => `Bijvoorbeeld: ${examples.join(", ")}.`,
    aandacht: "Goed om te weten",
    loket: "Praat erover met het vrijwilligersloket",
    antwoorden: "Je antwoorden",
    meenemen: "Neem mee naar je gesprek",
    link: "Link naar je antwoorden",
    wissen: "Wis mijn antwoorden",
    linkUitleg: "Bewaar of deel de link als je later verder wilt. Je antwoorden zitten in de link zelf: ze gaan niet naar ons.",
  }),
  kaart: Object.freeze({
    thuis: "van thuis uit",
    nietHelemaal: "Waarom nog niet helemaal:",
    vraag: "Vraag in een gesprek:",
    waarom: "Waarom dit past",
    bespreken: "Om te bespreken",
    volgendeStap: "Volgende stap:",
    contact: "Contact: ",
    website: "website",
  }),
});
