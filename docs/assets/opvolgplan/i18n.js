// Every Dutch text the follow-up plan's script writes, in one place (like
// GOV.UK Frontend's i18n): the moments, questions and signs come from the
// page itself, which the build renders from content/opvolging.yml.

export default Object.freeze({
  // getUTCDay() order: Sunday first.
  dagen: Object.freeze(["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]),
  maanden: Object.freeze([
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
  ]),
  fout: Object.freeze({
    geenStart: "Kies eerst de eerste dag van de vrijwilliger. Dan zetten we de gesprekken in je agenda.",
    geenDatum: "Deze datum bestaat niet. Kies een dag in de kalender, of typ dag, maand en jaar.",
  }),
  status: Object.freeze({
    datums: "De datum staat nu bij elk gesprek.",
    leeg: "Er is geen startdatum meer: de datums zijn weg.",
    gedownload: (name) => `De agenda is klaar: ${name}. Open het bestand om de gesprekken in je agenda te zetten.`,
  }),
  agenda: Object.freeze({
    bestand: (start) => `opvolgplan-${start}.ics`,
    titel: (weeks, vacancy) => `Opvolging vrijwilligerswerk: na week ${weeks}${vacancy ? ` – ${vacancy}` : ""}`,
    vragen: "Vragen:",
    signalen: "Signalen dat de plaatsing vastloopt (neem dan meteen contact op):",
    vacature: "Vacature:",
    organisatie: "Organisatie:",
    wie: "Wie volgt op:",
    start: "Eerste dag:",
  }),
});
