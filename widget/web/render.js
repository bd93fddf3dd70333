// The engine's answer as text in the page: headings, lists and the actions
// under them. No matching happens here: the Python engine decides.

import contract from "./contract.js";
import i18n from "./i18n.js";
import { deskBlock, kindBox, vacancyCard } from "./cards.js";
import { el, list, texts } from "./dom.js";

const T = i18n.resultaten;
const items = (value) => (Array.isArray(value) ? value : []);

function matchParts(result) {
  const parts = [];
  const matches = items(result.resultaten);
  if (matches.length) parts.push(el("h3", T.vacatures), list(matches.map((item) => vacancyCard(item, false)), "ol"));
  const near = items(result.bijna);
  if (near.length) {
    const nearList = list(near.map((item) => vacancyCard(item, true)));
    nearList.className = "wijzer-bijna-lijst";
    parts.push(el("h3", T.bijna), el("p", T.bijnaUitleg), nearList);
  }
  const kinds = items(result.soorten);
  if (kinds.length) parts.push(el("h3", T.soorten), list(kinds.map(kindBox)));
  const attention = texts(result.aandachtspunten);
  if (attention.length) parts.push(el("h3", T.aandacht), list(attention));
  return parts;
}

function deskParts(result, deskTemplate) {
  const loket = result.loket && typeof result.loket === "object" ? result.loket : null;
  if (!loket || !loket.aanbevolen || !deskTemplate) return [];
  return [el("h3", T.loket), deskBlock(deskTemplate, loket.waarom)];
}

function answeredParts(answered) {
  if (!answered.length) return [];
  const dl = el("dl", null, "wijzer-antwoorden");
  for (const [question, chosen] of answered) dl.append(el("dt", question), el("dd", chosen.join(", ")));
  return [el("h3", T.antwoorden), dl];
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

export function renderResults(container, result, { answered, link, actions, deskTemplate }) {
  result = result && typeof result === "object" ? result : {};
  const heading = el("h2", T.titel);
  heading.id = contract.ids.resultsTitle;
  heading.tabIndex = -1;
  const parts = [heading];
  if (result.samenvatting) parts.push(el("p", result.samenvatting, "wijzer-samenvatting"));
  parts.push(...matchParts(result), ...deskParts(result, deskTemplate), ...answeredParts(answered));
  parts.push(actionBar(link, actions), el("p", T.linkUitleg, "wijzer-uitleg"));
  container.setAttribute("aria-labelledby", heading.id);
  container.replaceChildren(...parts);
}
