// The desk mode (hulpmiddelen/loketmodus): the coordinator and the candidate
// fill in the wijzer's questions together; the engine (askDesk, in the
// worker) answers with what the desk needs per vacancy; the coordinator
// marks up to three proposals and prints a referral sheet for each. It
// reuses the wijzer's parts: the form's answers and opt-in storage
// (answers.js), the answer link (link.js), the steps (stepper.js), the
// question before "Wis" (choice.js) and the worker (worker-client.js).
// Nothing is stored unless "Bewaar op dit toestel" is ticked.

import contract from "./contract.js";
import T from "./desk-i18n.js";
import { fillForm, fitsForm, optInStore, readAnswers } from "./answers.js";
import { askChoice } from "./choice.js";
import { renderDeskResults } from "./desk-results.js";
import { openSheet } from "./desk-sheet.js";
import { el } from "./dom.js";
import { addressWithoutAnswers, answersInAddress, checkAnswers, LIMITS } from "./link.js";
import { createStepper } from "./stepper.js";
import { afterFirstPaint, startEngine } from "./worker-client.js";

const { ids, desk: D, states } = contract;
const STORAGE_KEY = "vrijwilligerswijzer.loketmodus";
const MAX_PROPOSALS = 3;
const S = T.status;

const root = document.getElementById(D.root);
if (root) start(root);

function findParts(root) {
  const form = root.querySelector(`#${ids.form}`);
  const proposals = root.querySelector(`#${D.proposals}`);
  return {
    root, form,
    questions: [...form.querySelectorAll(`fieldset[${contract.data.question}]`)],
    steps: [...form.querySelectorAll(`:scope > fieldset[${contract.data.question}]`)],
    status: root.querySelector(`#${D.status}`),
    notice: root.querySelector(`#${D.notice}`),
    error: root.querySelector(`#${D.error}`),
    results: root.querySelector(`#${D.results}`),
    proposals, proposalList: proposals.querySelector("ol"), noProposal: proposals.querySelector(".loketmodus-geen"),
    markNotice: root.querySelector(`#${D.markNotice}`),
    sheet: root.querySelector(`#${D.sheet}`),
    template: root.querySelector(`#${D.sheetTemplate}`),
    remember: root.querySelector(`#${ids.remember}`),
    base: root.getAttribute(D.vacancyBase) || "",
  };
}

/** What "Bewaar op dit toestel" keeps, checked like a link's answers before anything reads it. */
function parseStored(text) {
  if (typeof text !== "string" || text.length > 2 * LIMITS.text) return null;
  try {
    const held = JSON.parse(text);
    const antwoorden = checkAnswers(held?.antwoorden);
    const namen = checkAnswers(held?.namen);
    const voorstellen = held?.voorstellen;
    const fine = antwoorden && namen && Array.isArray(voorstellen) && voorstellen.length <= MAX_PROPOSALS
      && voorstellen.every((id) => typeof id === "string" && id.length <= LIMITS.value);
    return fine ? { antwoorden, namen, voorstellen, typen: held.typen === true } : null;
  } catch {
    return null;
  }
}

function start(root) {
  const ui = findParts(root);
  const desk = { ui, engine: null, ready: false, failed: false, pending: false, proposals: [], restoring: [], shown: [] };
  desk.people = { names: {}, typing: false };
  desk.store = optInStore(ui.remember, STORAGE_KEY, {
    collect: () => ({
      antwoorden: readAnswers(ui.questions), voorstellen: desk.proposals.map((item) => String(item.vacature)),
      namen: { ...desk.people.names }, typen: desk.people.typing,
    }),
    parse: parseStored,
  });
  desk.stepper = createStepper(ui.form, ui.steps);
  wire(desk);
  restore(desk);
  say(ui, S.laden);
  afterFirstPaint(() => {
    desk.engine = startEngine({
      onReady: () => onReady(desk),
      onResult: (result) => showResults(desk, result),
      onFailure: () => fail(desk),
    });
  });
}

function setState(ui, state) { ui.root.dataset.state = state; }
function say(ui, text) { ui.status.textContent = text; }
function notify(ui, ...text) { ui.notice.textContent = text.filter(Boolean).join(" "); }
/** A live region only speaks when its text changes: empty it first, so a refusal said twice is heard twice. */
function announce(node, text) {
  node.textContent = "";
  requestAnimationFrame(() => { node.textContent = text; });
}

/** What this device kept (only if the coordinator asked), then a candidate's answer link on top. */
function restore(desk) {
  const { ui } = desk;
  const stored = desk.store.read();
  const told = [];
  if (stored?.damaged) told.push(S.opslagKapot);
  else if (stored) {
    ui.remember.checked = true;
    fillForm(ui.questions, stored.antwoorden);
    desk.people = { names: { ...stored.namen }, typing: stored.typen };
    desk.restoring = stored.voorstellen;
    desk.pending = true; // the proposals come back with the engine's answer
    told.push(S.bewaard);
  }
  const linked = answersInAddress();
  if (linked !== undefined) {
    if (!linked || !fitsForm(ui.questions, linked)) told.push(S.linkKapot);
    else {
      fillForm(ui.questions, linked);
      desk.store.saveIfAsked();
      told.push(S.linkGelezen);
    }
    // The candidate's answers leave the address bar: they are in the form now.
    history.replaceState(history.state, "", addressWithoutAnswers());
  }
  notify(ui, ...told);
}

function fail(desk) {
  desk.failed = true;
  desk.pending = false;
  setState(desk.ui, states.error);
  say(desk.ui, S.fout);
  desk.ui.error.hidden = false;
}

function onReady(desk) {
  if (desk.failed) return;
  desk.ready = true;
  if (desk.ui.root.dataset.state === states.loading) setState(desk.ui, states.ready);
  say(desk.ui, S.klaar);
  if (desk.pending) search(desk);
}

function search(desk) {
  desk.pending = false;
  say(desk.ui, S.zoeken);
  desk.engine.askDesk(readAnswers(desk.ui.questions));
}

function showResults(desk, result) {
  const { ui } = desk;
  if (desk.failed) return;
  let counts;
  try {
    counts = renderDeskResults(ui.results, result, {
      base: ui.base, idPrefix: D.results, titleId: D.resultsTitle,
      isMarked: (item) => desk.proposals.some((p) => p.vacature === item.vacature),
      onToggle: (item, button) => toggle(desk, item, button),
    });
  } catch (error) {
    console.error(error);
    fail(desk);
    return;
  }
  desk.shown = counts.items;
  if (desk.restoring.length) {
    desk.proposals = desk.restoring.map((id) => counts.items.find((item) => item.vacature === id)).filter(Boolean);
    desk.restoring = [];
    syncToggles(desk);
    renderProposals(desk);
  }
  ui.results.hidden = false;
  setState(ui, states.results);
  say(ui, S.resultaten(counts.matches, counts.near));
  ui.results.querySelector("h2").focus();
}

function syncToggles(desk) {
  for (const button of desk.ui.results.querySelectorAll("button[aria-pressed]")) {
    const item = desk.shown[Number(button.dataset.index)];
    button.setAttribute("aria-pressed", String(desk.proposals.some((p) => p.vacature === item?.vacature)));
  }
}

function toggle(desk, item, button) {
  const { ui } = desk;
  const at = desk.proposals.findIndex((p) => p.vacature === item.vacature);
  if (at >= 0) {
    desk.proposals.splice(at, 1);
    announce(ui.markNotice, T.voorstellen.weg(item.titel));
  } else if (desk.proposals.length >= MAX_PROPOSALS) {
    announce(ui.markNotice, T.voorstellen.teVeel);
    button?.focus();
    return;
  } else {
    desk.proposals.push(item);
    announce(ui.markNotice, T.voorstellen.gekozen(item.titel, desk.proposals.length));
  }
  syncToggles(desk);
  renderProposals(desk);
  desk.store.saveIfAsked();
}

function proposalRow(desk, item) {
  const li = el("li", null, "loketmodus-voorstel");
  li.append(el("h3", item.titel), el("p", item.organisatie?.naam || "", "wijzer-org"));
  const bar = el("div", null, "wijzer-knoppen");
  const sheet = el("button", T.voorstellen.fiche, "md-button md-button--primary");
  sheet.type = "button";
  sheet.addEventListener("click", () => showSheet(desk, item, sheet));
  const remove = el("button", T.voorstellen.haalWeg, "md-button");
  remove.type = "button";
  remove.addEventListener("click", () => { toggle(desk, item); desk.ui.proposals.querySelector("h2").focus(); });
  for (const button of [sheet, remove]) button.setAttribute("aria-label", `${button.textContent}: ${item.titel}`);
  bar.append(sheet, remove);
  li.append(bar);
  return li;
}

function renderProposals(desk) {
  const { ui } = desk;
  ui.proposalList.replaceChildren(...desk.proposals.map((item) => proposalRow(desk, item)));
  ui.noProposal.hidden = desk.proposals.length > 0;
}

function showSheet(desk, item, opener) {
  const { ui } = desk;
  openSheet(ui.sheet, ui.template, item, {
    state: desk.people,
    onChange: () => desk.store.saveIfAsked(),
    onPrint: () => window.print(),
    onClose: () => closeSheet(desk, opener),
  });
  ui.root.setAttribute(D.sheetOpen, "open");
  say(ui, T.fiche.open(item.titel));
}

function closeSheet(desk, opener) {
  const { ui } = desk;
  ui.sheet.hidden = true;
  ui.sheet.replaceChildren();
  ui.root.removeAttribute(D.sheetOpen);
  say(ui, T.fiche.dicht);
  (opener?.isConnected ? opener : ui.proposals.querySelector("h2")).focus();
}

function confirmClear(desk, opener) {
  askChoice({
    id: D.clearConfirm, place: opener.parentElement,
    question: T.wis.vraag, explanation: T.wis.uitleg, yes: T.wis.ja, no: T.wis.nee,
    onYes: () => clearAll(desk),
    onNo: () => { say(desk.ui, S.nietGewist); opener.focus(); },
  });
}

function clearAll(desk) {
  const { ui } = desk;
  ui.form.reset();
  desk.store.forget();
  desk.engine?.drop();
  Object.assign(desk, { pending: false, proposals: [], restoring: [], shown: [], people: { names: {}, typing: false } });
  ui.results.hidden = true;
  ui.results.replaceChildren();
  renderProposals(desk);
  if (!ui.sheet.hidden) closeSheet(desk);
  notify(ui, "");
  ui.markNotice.textContent = "";
  desk.stepper.restart();
  if (!desk.failed) setState(ui, desk.ready ? states.ready : states.loading);
  say(ui, S.gewist);
  ui.steps[0]?.focus();
}

function wire(desk) {
  const { ui } = desk;
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (desk.failed) { fail(desk); return; }
    if (!desk.ready) { desk.pending = true; say(ui, S.wachten); return; }
    search(desk);
  });
  // Only the coordinator's own change saves, and only while "Bewaar" is ticked.
  ui.form.addEventListener("change", (event) => {
    if (event.target === ui.remember && !ui.remember.checked) desk.store.forget();
    else desk.store.saveIfAsked();
  });
  ui.root.querySelector(`#${ids.clear}`).addEventListener("click", (event) => confirmClear(desk, event.currentTarget));
}
