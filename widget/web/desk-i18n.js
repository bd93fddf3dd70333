// Every Dutch text the desk mode's script writes (desk*.js), in one place:
// the page's own texts are rendered by the build (pages/deskmode.py), the
// engine writes its sentences itself. The reader is the coordinator, except
// on the referral sheet, which the candidate reads and signs.

export default Object.freeze({
  status: Object.freeze({
    laden: "De loketmodus wordt geladen…",
    klaar: "Klaar: vul de vragen samen met de kandidaat in.",
    wachten: "Even geduld: de loketmodus wordt nog geladen. De voorstellen verschijnen zodra hij klaar is.",
    zoeken: "De wijzer zoekt vacatures…",
    resultaten: (matches, near) => `${matches} ${matches === 1 ? "vacature past" : "vacatures passen"}, ${near} ${near === 1 ? "past" : "passen"} bijna. Ze staan hieronder.`,
    fout: "De loketmodus werkt nu niet. De antwoorden blijven staan.",
    gewist: "Alles is gewist: de antwoorden, de voorstellen, de namen en wat op dit toestel bewaard was.",
    nietGewist: "Er is niets gewist.",
    linkGelezen: "De antwoorden uit de link van de kandidaat staan ingevuld.",
    linkKapot: "De link met antwoorden is beschadigd: we konden hem niet lezen.",
    bewaard: "De antwoorden, voorstellen en namen die op dit toestel bewaard waren, staan er weer.",
    opslagKapot: "Wat op dit toestel bewaard was, is beschadigd. Vul de vragen opnieuw in.",
  }),
  wis: Object.freeze({
    vraag: "Wil je echt alles wissen?",
    uitleg: "De antwoorden, de voorstellen en de getypte namen zijn dan weg, ook van dit toestel.",
    ja: "Ja, wis alles",
    nee: "Nee, terug",
  }),
  resultaten: Object.freeze({
    titel: "Wat de wijzer vindt",
    passen: (count) => `Vacatures die passen (${count})`,
    bijna: (count) => `Bijna een match (${count})`,
    bijnaUitleg: "Eén voorwaarde klopt niet. Na een vraag aan de organisatie lukt het misschien wel.",
    geen: "Geen enkele vacature past of past bijna. Bespreek andere soorten vrijwilligerswerk, of pas een antwoord aan.",
    aandacht: "Goed om te weten",
  }),
  kaart: Object.freeze({
    score: (score) => `${score} van 100`,
    scoreLabel: "Score",
    draagkracht: "Draagkracht (vrijwilligers met extra begeleiding)",
    draagkrachtNu: (nu, maximum, vrij) => `nu ${nu} van ${maximum}, nog ${vrij} vrij`,
    draagkrachtVol: (nu, maximum) => `nu ${nu} van ${maximum}: vol`,
    onbekend: "niet opgegeven",
    ervaring: "Ervaring met",
    begeleiding: "Begeleiding",
    duo: "Duo mogelijk",
    ja: "ja",
    nee: "nee",
    deeltaken: "Deeltaken",
    plaatsen: "Open plaatsen",
    nagekeken: "Laatst nagekeken",
    poorten: "Voorwaarden die niet kloppen",
    kies: "Kies als voorstel",
  }),
  voorstellen: Object.freeze({
    teVeel: "Er zijn al drie voorstellen. Haal eerst een voorstel weg bij Voorstellen.",
    gekozen: (title, count) => `${title} staat nu bij Voorstellen (${count} van 3).`,
    weg: (title) => `${title} staat niet meer bij Voorstellen.`,
    fiche: "Maak een doorverwijsfiche",
    haalWeg: "Haal weg",
  }),
  fiche: Object.freeze({
    open: (title) => `De doorverwijsfiche voor ${title} staat hieronder.`,
    dicht: "De doorverwijsfiche is gesloten.",
  }),
});
