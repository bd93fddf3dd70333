// Every Dutch text the group placement page's script writes (the page's own
// texts are rendered by the build, the engine writes its sentences itself).

export default Object.freeze({
  status: Object.freeze({
    laden: "De rekenmodule wordt geladen…",
    klaar: "Klaar: voeg de kandidaten toe.",
    wachten: "Even geduld: de rekenmodule wordt nog geladen. Het voorstel verschijnt zodra ze klaar is.",
    rekenen: "Het voorstel wordt berekend…",
    voorstel: "Het voorstel staat hieronder.",
    fout: "De groepsplaatsing werkt nu niet. Je groep blijft staan.",
    toegevoegd: (name) => `${name} staat in de groep.`,
    gewijzigd: (name) => `De antwoorden van ${name} zijn aangepast.`,
    verwijderd: (name) => `${name} is uit de groep gehaald.`,
    wijzigen: (name) => `Je wijzigt nu de antwoorden van ${name}. Kies "Bewaar de wijzigingen" of "Annuleer".`,
    geannuleerd: "Er is niets veranderd.",
    verouderd: "De groep is veranderd: het voorstel hieronder klopt niet meer.",
    leeg: "Voeg eerst minstens één kandidaat toe.",
    vol: (max) => `De groep is vol: hoogstens ${max} kandidaten tegelijk. Haal eerst iemand uit de groep, of maak een tweede groep.`,
  }),
  link: Object.freeze({
    leeg: "Plak eerst de link van de kandidaat in het veld.",
    vreemd: "Dit is geen link met antwoorden uit de Vrijwilligerswijzer. Zo'n link eindigt op #antwoorden= en een lange reeks tekens.",
    kapot: "Deze link is beschadigd: we konden de antwoorden niet lezen. Vraag de kandidaat om de link opnieuw te kopiëren. De groep blijft zoals ze was.",
    past: "De antwoorden in deze link passen niet bij de vragen van deze wijzer. Komt de link misschien van een andere website? De groep blijft zoals ze was.",
  }),
  lijst: Object.freeze({
    kandidaat: (number) => `Kandidaat ${number}`,
    aantal: (count, max) => (count === 0 ? "Er staat nog niemand in de groep."
      : `${count === 1 ? "1 kandidaat" : `${count} kandidaten`} in de groep (hoogstens ${max}).`),
    geenAntwoorden: "Nog geen vragen beantwoord.",
    alleAntwoorden: "Alle antwoorden",
    wijzig: "Wijzig",
    verwijder: "Verwijder",
    voegToe: "Voeg toe",
    bewaar: "Bewaar de wijzigingen",
    formulierNieuw: "Of vul de vragen in met de kandidaat",
    formulierWijzig: (name) => `De antwoorden van ${name} wijzigen`,
  }),
  voorstel: Object.freeze({
    titel: "Voorstel voor de groep",
    gemaakt: (day, count) => `Gemaakt op ${day} voor ${count === 1 ? "1 kandidaat" : `${count} kandidaten`}.`,
    verouderd: "Dit voorstel klopt niet meer: de groep is veranderd. Kies opnieuw \"Stel een plaatsing voor\".",
    score: (score) => `score ${score}`,
    geenPlaats: "Geen plaats:",
    onbekend: "Deze vacature staat niet meer op de site.",
    loketmodus: "Bekijk in de loketmodus",
    afdrukken: "Druk het voorstel af",
  }),
});
