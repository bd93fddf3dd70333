// The engine's proposal for the group as text in the page: its summary, then
// per candidate (in the order they were added) the vacancy or the reason
// there is none. Every decision is the engine's (wijzer.allocate); this only
// looks up how a vacancy is named and linked on this page.

import i18n from "./group-i18n.js";
import { el, list, texts } from "./dom.js";
import { FRAGMENT, encodeAnswers } from "./link.js";
import { candidateName } from "./group-list.js";

const T = i18n.voorstel;
const TITLE_ID = "groep-voorstel-titel";
const OUTDATED = "groep-verouderd";
const items = (value) => (Array.isArray(value) ? value : []);
// Only an address the build wrote (relative), never one a text could carry.
const relative = (href) => typeof href === "string" && href !== "" && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);

function link(href, text) {
  if (!relative(href)) return el("span", text);
  const a = el("a", text);
  a.href = href;
  return a;
}

function placed(entry, vacancy) {
  const line = el("p", null, "groep-plaats");
  const known = vacancy || {};
  line.append(link(known.pagina, known.titel || String(entry.vacature)));
  const org = known.organisatie;
  const parts = [org, Number.isFinite(entry.score) ? T.score(entry.score) : ""].filter(Boolean);
  if (parts.length) line.append(` · ${parts.join(" · ")}`);
  const shown = [line];
  if (!vacancy) shown.push(el("p", T.onbekend));
  const reasons = texts(entry.redenen);
  if (reasons.length) {
    const why = list(reasons);
    why.className = "groep-redenen";
    shown.push(why);
  }
  return shown;
}

function notPlaced(entry) {
  const p = el("p", null, "groep-geen-plaats");
  p.append(el("strong", T.geenPlaats), ` ${entry.waarom_niet || ""}`);
  return [p];
}

function candidateProposal(entry, candidate, { vacancies, deskMode }) {
  const article = el("article", null, "groep-toewijzing");
  const name = candidateName(candidate);
  article.append(el("h3", name));
  const vacancy = entry.vacature != null ? vacancies[entry.vacature] : null;
  article.append(...(entry.vacature != null ? placed(entry, vacancy) : notPlaced(entry)));
  if (relative(deskMode)) {
    const detail = el("p", null, "groep-loketmodus");
    const a = el("a", `${T.loketmodus}: `);
    a.append(name);
    a.href = `${deskMode}#${FRAGMENT}${encodeAnswers(candidate.answers)}`;
    detail.append(a);
    article.append(detail);
  }
  return article;
}

/** {vacancy id: {titel, organisatie, pagina}} from the build's <template> (pages/group.py). */
export function vacancyNames(template) {
  const names = {};
  for (const row of template?.content.querySelectorAll("[data-vacature]") || []) {
    names[row.dataset.vacature] = {
      titel: row.querySelector("a")?.textContent || "",
      pagina: row.querySelector("a")?.getAttribute("href") || "",
      organisatie: row.querySelector("span")?.textContent || "",
    };
  }
  return names;
}

/** The proposal for `candidates` (the group as it was sent), replacing what was shown. */
export function renderProposal(container, result, { candidates, vacancies, deskMode, today, print }) {
  const heading = el("h2", T.titel);
  heading.id = TITLE_ID;
  heading.tabIndex = -1;
  const outdated = el("p", T.verouderd, OUTDATED);
  outdated.hidden = true;
  const parts = [heading, outdated, el("p", T.gemaakt(today, candidates.length), "groep-gemaakt")];
  if (result?.samenvatting) parts.push(el("p", result.samenvatting, "groep-samenvatting"));
  const entries = items(result?.toewijzing).filter((entry) => candidates[entry?.kandidaat]);
  const proposals = list(entries.map((entry) => candidateProposal(entry, candidates[entry.kandidaat], { vacancies, deskMode })), "ol");
  proposals.className = "groep-toewijzingen";
  parts.push(proposals);
  const bar = el("div", null, "groep-knoppen groep-acties");
  const button = el("button", T.afdrukken, "md-button");
  button.type = "button";
  button.addEventListener("click", print);
  bar.append(button);
  parts.push(bar);
  container.setAttribute("aria-labelledby", TITLE_ID);
  container.replaceChildren(...parts);
  container.hidden = false;
}

/** The group changed after this proposal was made: say so above it, until it is made again. */
export function markOutdated(container) {
  const notice = container.querySelector(`.${OUTDATED}`);
  if (notice) notice.hidden = false;
}
