// The engine's answer as text in the page: headings, lists and the actions
// under them. No matching happens here: the Python engine decides, the page
// only chooses how much to show at once (a few cards, then "Toon meer").

import contract from "./contract.js";
import i18n from "./i18n.js";
import { deskBlock, kindBox, vacancyCard } from "./cards.js";
import { el, list, texts } from "./dom.js";
import { SMALL_SCREEN } from "./stepper.js";

const T = i18n.resultaten;
const items = (value) => (Array.isArray(value) ? value : []);
// How many cards show before "Toon meer": fewer on a phone, where each card is long.
const SMALL = window.matchMedia(SMALL_SCREEN).matches;
const MATCHES_FIRST = SMALL ? 3 : 5;
const NEAR_FIRST = 2;
const PRINT_ONLY = "wijzer-alleen-print";

/** A list that shows `first` items, and a button that shows `first` more each time. */
function revealing(nodes, first, tag) {
  const shown = list(nodes, tag);
  const rows = [...shown.children];
  rows.slice(first).forEach((row) => { row.hidden = true; });
  if (rows.length <= first) return [shown];
  const more = el("button", null, "md-button wijzer-toon-meer");
  more.type = "button";
  const label = () => { more.textContent = T.toonMeer(rows.filter((row) => row.hidden).length); };
  more.addEventListener("click", () => {
    const next = rows.filter((row) => row.hidden).slice(0, first);
    next.forEach((row) => { row.hidden = false; });
    next[0].tabIndex = -1;
    next[0].focus();
    if (rows.some((row) => row.hidden)) label(); else more.remove();
  });
  label();
  return [shown, more];
}

function matchParts(result) {
  const matches = items(result.resultaten);
  if (!matches.length) return [];
  const heading = el("h3", result.lijst === "alle" ? T.alle : T.vacatures);
  return [heading, ...revealing(matches.map((item) => vacancyCard(item, false)), MATCHES_FIRST, "ol")];
}

function relaxParts(result, relax) {
  const found = items(result.verruimen).filter((item) => item && item.tekst);
  if (!found.length || !relax) return [];
  const rows = found.map((item) => {
    const row = el("p", `${item.tekst} `);
    const button = el("button", T.probeerZonder, "md-button");
    button.type = "button";
    button.addEventListener("click", () => relax(String(item.vraag)));
    row.append(button);
    return row;
  });
  return [el("h3", T.verruimen), el("p", T.verruimenUitleg), list(rows)];
}

/** Near misses: open when nothing fits, folded under the matches when some do
 *  (the printout opens them: see wijzer.js). */
function nearParts(result) {
  const near = items(result.bijna);
  if (!near.length) return [];
  const [nearList, ...more] = revealing(near.map((item) => vacancyCard(item, true)), NEAR_FIRST);
  nearList.className = "wijzer-bijna-lijst";
  if (!items(result.resultaten).length) return [el("h3", T.bijna), el("p", T.bijnaUitleg), nearList, ...more];
  const details = el("details", null, "wijzer-bijna-sectie");
  details.append(el("summary", T.bijnaAantal(near.length)), el("p", T.bijnaUitleg), nearList, ...more);
  return [details];
}

/** Kinds of work: in full when no vacancy fits, folded away when some do. */
function kindParts(result) {
  const kinds = items(result.soorten);
  if (!kinds.length) return [];
  const boxes = list(kinds.map(kindBox));
  if (!items(result.resultaten).length) return [el("h3", T.soorten), boxes];
  const details = el("details", null, "wijzer-soorten");
  details.append(el("summary", T.soorten), boxes);
  return [details];
}

function deskParts(loket, deskTemplate, first) {
  if (!deskTemplate || Boolean(loket.eerst) !== first) return [];
  const wrapper = el("div", null, first ? "wijzer-loket-eerst" : "wijzer-loket");
  // The printout always names the desk; on screen only when it is advised.
  if (!loket.aanbevolen) wrapper.classList.add(PRINT_ONLY);
  wrapper.append(el("h3", first ? T.loketEerst : T.loket), deskBlock(deskTemplate, loket.aanbevolen ? loket.waarom : ""));
  return [wrapper];
}

function answeredParts(answered) {
  if (!answered.length) return [];
  const dl = el("dl", null, "wijzer-antwoorden");
  for (const [question, chosen] of answered) dl.append(el("dt", question), el("dd", chosen.join(", ")));
  const block = el("div", null, PRINT_ONLY);
  block.append(el("h3", T.antwoorden), dl);
  return [block];
}

function actionBar(link, actions) {
  const bar = el("div", null, "wijzer-acties");
  const print = el("button", T.meenemen, "md-button md-button--primary");
  print.type = "button";
  print.addEventListener("click", actions.print);
  const share = el("a", T.link, "md-button");
  share.href = link;
  share.id = contract.ids.link;
  share.addEventListener("click", (event) => { event.preventDefault(); actions.link(link); });
  const clear = el("button", T.wissen, "md-button");
  clear.type = "button";
  clear.setAttribute(contract.data.action, "wis");
  clear.addEventListener("click", actions.clear);
  bar.append(print, share, clear);
  return bar;
}

export function renderResults(container, result, { answered, link, actions, deskTemplate, today }) {
  result = result && typeof result === "object" ? result : {};
  const loket = result.loket && typeof result.loket === "object" ? result.loket : {};
  const heading = el("h2", T.titel);
  heading.id = contract.ids.resultsTitle;
  heading.tabIndex = -1;
  const parts = [heading];
  if (today) parts.push(el("p", T.gemaakt(today), PRINT_ONLY));
  if (result.samenvatting) parts.push(el("p", result.samenvatting, "wijzer-samenvatting"));
  parts.push(
    ...deskParts(loket, deskTemplate, true),
    ...matchParts(result), ...relaxParts(result, actions.relax), ...nearParts(result), ...kindParts(result),
  );
  const attention = texts(result.aandachtspunten);
  if (attention.length) parts.push(el("h3", T.aandacht), list(attention));
  parts.push(...deskParts(loket, deskTemplate, false), ...answeredParts(answered));
  parts.push(actionBar(link, actions), el("p", T.linkUitleg, "wijzer-uitleg"));
  container.setAttribute("aria-labelledby", heading.id);
  container.replaceChildren(...parts);
}
