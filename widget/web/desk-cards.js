// One vacancy as the coordinator sees it: the wijzer's own card
// (cards.js: title, organisation, reasons, near-miss question, contact),
// with what the engine adds for the desk (voor_loket) and the toggle that
// marks it as a proposal. Only text goes in; the engine decides everything.

import T from "./desk-i18n.js";
import { vacancyCard } from "./cards.js";
import { el, list, texts } from "./dom.js";

const K = T.kaart;
const isCount = (value) => Number.isInteger(value) && value >= 0;

/** A vacancy page's address as it works from this page: the engine's is relative to the wijzer page. */
export function fromHere(item, base) {
  const page = String(item.pagina || "");
  if (!page || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(page)) return item;
  return { ...item, pagina: `${base}${page}` };
}

function capacity(draagkracht) {
  const d = draagkracht && typeof draagkracht === "object" ? draagkracht : {};
  if (!isCount(d.nu) || !isCount(d.maximum)) return K.onbekend;
  return d.vol ? K.draagkrachtVol(d.nu, d.maximum) : K.draagkrachtNu(d.nu, d.maximum, isCount(d.vrij) ? d.vrij : d.maximum - d.nu);
}

function row(dl, label, value) {
  const wrap = el("div");
  wrap.append(el("dt", label), el("dd", value === "" || value == null ? K.onbekend : String(value)));
  dl.append(wrap);
  return wrap;
}

function deskFacts(item) {
  const desk = item.voor_loket && typeof item.voor_loket === "object" ? item.voor_loket : {};
  const dl = el("dl", null, "loketmodus-feiten");
  if (Number.isFinite(item.score)) row(dl, K.scoreLabel, K.score(item.score));
  const full = row(dl, K.draagkracht, capacity(desk.draagkracht));
  if (desk.draagkracht?.vol) full.classList.add("loketmodus-vol");
  row(dl, K.ervaring, texts(desk.ervaring).join(", "));
  row(dl, K.begeleiding, desk.begeleiding?.tekst);
  row(dl, K.duo, desk.duo_mogelijk ? K.ja : K.nee);
  row(dl, K.deeltaken, texts(desk.deeltaken).join(", ") || K.nee);
  row(dl, K.plaatsen, isCount(desk.plaatsen) ? String(desk.plaatsen) : "");
  row(dl, K.nagekeken, desk.nagekeken);
  const gates = (Array.isArray(desk.poorten) ? desk.poorten : []).map((gate) => gate?.reden).filter(Boolean);
  if (gates.length) {
    const wrap = row(dl, K.poorten, " ");
    wrap.className = "loketmodus-poorten";
    wrap.lastElementChild.replaceChildren(list(gates.map(String)));
  }
  return dl;
}

/** The card, with a toggle button (aria-pressed) that `onToggle` answers. */
export function deskCard(item, nearMiss, { base, id, index, marked, onToggle }) {
  const card = vacancyCard(fromHere(item, base), nearMiss);
  card.classList.add("loketmodus-kaart");
  const title = card.querySelector("h4");
  title.id = `${id}-titel`;
  card.append(deskFacts(item));
  const toggle = el("button", K.kies, "md-button loketmodus-kies");
  toggle.type = "button";
  toggle.setAttribute("aria-pressed", String(Boolean(marked)));
  toggle.setAttribute("aria-describedby", title.id);
  toggle.dataset.index = String(index);
  toggle.addEventListener("click", () => onToggle(item, toggle));
  card.append(toggle);
  return card;
}
