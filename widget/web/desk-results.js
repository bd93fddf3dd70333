// The engine's answer for the desk: every vacancy that fits and every near
// miss, in full (the coordinator reads them all; no "Toon meer"), each as a
// desk card with its toggle, and the attention points.

import T from "./desk-i18n.js";
import { deskCard } from "./desk-cards.js";
import { el, list, texts } from "./dom.js";

const R = T.resultaten;
const items = (value) => (Array.isArray(value) ? value.filter((item) => item && typeof item === "object") : []);

/**
 * Renders `result` into `container`; returns {items (matches, then near
 * misses, as the toggles' data-index counts them), matches, near}.
 */
export function renderDeskResults(container, result, { base, idPrefix, titleId, isMarked, onToggle }) {
  result = result && typeof result === "object" ? result : {};
  const matches = items(result.resultaten);
  const near = items(result.bijna);
  const all = [...matches, ...near];
  const card = (item, nearMiss) => {
    const index = all.indexOf(item);
    return deskCard(item, nearMiss, { base, id: `${idPrefix}-${index}`, index, marked: isMarked(item), onToggle });
  };
  const heading = el("h2", R.titel);
  heading.id = titleId;
  heading.tabIndex = -1;
  const parts = [heading];
  if (result.samenvatting) parts.push(el("p", result.samenvatting, "wijzer-samenvatting"));
  if (matches.length) parts.push(el("h3", R.passen(matches.length)), list(matches.map((item) => card(item, false)), "ol"));
  if (near.length) {
    const nearList = list(near.map((item) => card(item, true)), "ol");
    parts.push(el("h3", R.bijna(near.length)), el("p", R.bijnaUitleg), nearList);
  }
  if (!all.length) parts.push(el("p", R.geen));
  const attention = texts(result.aandachtspunten);
  if (attention.length) parts.push(el("h3", R.aandacht), list(attention));
  container.setAttribute("aria-labelledby", titleId);
  container.replaceChildren(...parts);
  return { items: all, matches: matches.length, near: near.length };
}
