// The group as a list: each candidate with a short summary of the answers,
// all answers folded away, and the buttons to change or remove them.

import contract from "./contract.js";
import i18n from "./group-i18n.js";
import { el } from "./dom.js";

const T = i18n.lijst;
const SHORT = 160; // characters of the one-line summary; the rest is folded away

/** "Kandidaat 3", or "Kandidaat 3 (AB)" with the label the coordinator typed. */
export function candidateName(candidate) {
  const number = T.kandidaat(candidate.number);
  return candidate.label ? `${number} (${candidate.label})` : number;
}

function shortSummary(lines) {
  if (!lines.length) return T.geenAntwoorden;
  const all = lines.flatMap(([, chosen]) => chosen).join(" · ");
  return all.length > SHORT ? `${all.slice(0, SHORT - 1).trimEnd()}…` : all;
}

function allAnswers(lines) {
  const details = el("details", null, "groep-antwoorden");
  const dl = el("dl", null, "wijzer-antwoorden");
  for (const [question, chosen] of lines) dl.append(el("dt", question), el("dd", chosen.join(", ")));
  details.append(el("summary", T.alleAntwoorden), dl);
  return details;
}

/** A button whose visible word is completed for screen readers: "Wijzig Kandidaat 3". */
function actionButton(action, word, name, onClick) {
  const button = el("button", null, "md-button");
  button.type = "button";
  button.setAttribute(contract.data.action, action);
  button.append(`${word} `, el("span", name, "wijzer-sr"));
  button.addEventListener("click", onClick);
  return button;
}

function candidateItem(candidate, { describe, onEdit, onRemove, editing }) {
  const name = candidateName(candidate);
  const item = el("li", null, editing ? "groep-kandidaat groep-wordt-gewijzigd" : "groep-kandidaat");
  item.dataset.kandidaat = String(candidate.number);
  const heading = el("h3", name);
  heading.id = `groep-kandidaat-${candidate.number}`;
  heading.tabIndex = -1;
  const lines = describe(candidate.answers);
  item.append(heading, el("p", shortSummary(lines), "groep-kort"));
  if (lines.length) item.append(allAnswers(lines));
  const bar = el("div", null, "groep-knoppen");
  bar.append(
    actionButton("wijzig", T.wijzig, name, () => onEdit(candidate)),
    actionButton("verwijder", T.verwijder, name, () => onRemove(candidate)),
  );
  item.append(bar);
  return item;
}

/** Draws the list anew: it is short, and a full redraw keeps it simple. */
export function renderCandidates(list, count, candidates, max, actions) {
  list.replaceChildren(...candidates.map((candidate) => candidateItem(candidate, {
    ...actions, editing: actions.editing === candidate,
  })));
  list.hidden = !candidates.length;
  count.textContent = T.aantal(candidates.length, max);
}

/** Where the focus goes after a candidate left the list: the next one, else the list's heading. */
export function focusAfterRemoval(list, index, fallback) {
  const items = list.querySelectorAll("li > h3");
  (items[Math.min(index, items.length - 1)] || fallback).focus();
}
