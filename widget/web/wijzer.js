// The Vrijwilligerswijzer in the page: finds the form the build rendered and
// wires the parts: the engine's worker (worker-client.js), the answers and
// their opt-in storage (answers.js), the link (link.js), the small-screen
// steps (stepper.js), the questions asked in the page (choice.js), the
// tab's history (session.js) and the results (render.js). No matching
// happens here: the Python engine decides, the script renders. Answers stay
// in the tab (memory and its own history entries), unless the visitor ticks
// "Onthoud" or copies the link that carries them.

import contract from "./contract.js";
import i18n from "./i18n.js";
import { answerStore, clearQuestion, fillForm, fitsForm, readAnswers, sameAnswers, summariseAnswers } from "./answers.js";
import { askChoice } from "./choice.js";
import { addressWithoutAnswers, answersInAddress, linkTo } from "./link.js";
import { renderResults } from "./render.js";
import { fromHistory, keepInHistory } from "./session.js";
import { createStepper } from "./stepper.js";
import { afterFirstPaint, startEngine } from "./worker-client.js";

const { ids, states } = contract;
const T = i18n.status;
const K = i18n.keuze;

const root = document.getElementById(ids.root);
if (root) start(root);

/** The page's parts, found once: the script writes nowhere else. */
function findParts(root) {
  const form = root.querySelector(`#${ids.form}`);
  // Every question, and the steps: a step may hold a second question inside it.
  const questions = [...form.querySelectorAll(`fieldset[${contract.data.question}]`)];
  const steps = [...form.querySelectorAll(`:scope > fieldset[${contract.data.question}]`)];
  return {
    root, form, questions, steps,
    status: root.querySelector(`#${ids.status}`),
    notice: root.querySelector(`#${ids.notice}`),
    results: root.querySelector(`#${ids.results}`),
    remember: root.querySelector(`#${ids.remember}`),
    error: root.querySelector(`#${ids.error}`),
    noWasm: root.querySelector(`#${ids.noWasm}`),
    deskTemplate: document.getElementById(ids.deskTemplate),
    allVacancies: document.getElementById(ids.allVacancies),
    store: answerStore(root.querySelector(`#${ids.remember}`), questions),
  };
}

function start(root) {
  const ui = findParts(root);
  // asking: a link's answers wait for the visitor's choice; until then
  // nothing is stored and the history entry is left as it was.
  const wijzer = { ui, engine: null, ready: false, failed: false, pending: false, asking: false };
  wijzer.stepper = createStepper(ui.form, ui.steps, { onStep: () => keep(wijzer) });
  wire(wijzer);
  restoreAnswers(wijzer);
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    fail(wijzer, "wasm");
    return;
  }
  if (ui.allVacancies) ui.allVacancies.hidden = true; // the wijzer will show them
  say(ui, T.laden);
  afterFirstPaint(() => {
    wijzer.engine = startEngine({
      onReady: () => onReady(wijzer),
      onResult: (result) => showResults(wijzer, result),
      onFailure: () => fail(wijzer, "engine"),
    });
  });
}

function setState(ui, state) { ui.root.dataset.state = state; }
function say(ui, text) { ui.status.textContent = text; }
function notify(ui, ...text) { ui.notice.textContent = text.filter(Boolean).join(" "); }

/** Keeps the tab's history entry current (answers and step); `url` replaces the address. */
function keep(wijzer, url) {
  if (wijzer.asking) return;
  keepInHistory(readAnswers(wijzer.ui.questions), wijzer.stepper.current(), url);
}

function fail(wijzer, kind) {
  const { ui } = wijzer;
  wijzer.failed = true;
  wijzer.pending = false;
  setState(ui, states.error);
  say(ui, kind === "wasm" ? T.geenWasm : T.fout);
  (kind === "wasm" ? ui.noWasm : ui.error).hidden = false;
  if (ui.allVacancies) ui.allVacancies.hidden = false;
}

function onReady(wijzer) {
  if (wijzer.failed) return;
  wijzer.ready = true;
  if (wijzer.ui.root.dataset.state === states.loading) setState(wijzer.ui, states.ready);
  say(wijzer.ui, T.klaar);
  if (wijzer.pending) ask(wijzer);
}

function ask(wijzer) {
  wijzer.pending = false;
  say(wijzer.ui, T.zoeken);
  wijzer.engine.ask(readAnswers(wijzer.ui.questions));
}

function showResults(wijzer, result) {
  const { ui } = wijzer;
  if (wijzer.failed) return;
  try {
    renderResults(ui.results, result, {
      answered: summariseAnswers(ui.form, ui.questions),
      link: linkTo(readAnswers(ui.questions)),
      deskTemplate: ui.deskTemplate,
      today: new Date().toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" }),
      actions: {
        print: () => window.print(),
        relax: (question) => relax(wijzer, question),
        clear: (event) => confirmClear(wijzer, event.currentTarget),
        // Replace, not push: "Wis" must be able to take the answers out of the
        // history as well as out of the address bar.
        link: (href) => { history.replaceState(history.state, "", href); say(ui, T.linkGemaakt); },
      },
    });
  } catch (error) {
    console.error(error);
    fail(wijzer, "engine");
    return;
  }
  ui.results.hidden = false;
  setState(ui, states.results);
  say(ui, T.resultaten);
  ui.results.querySelector("h2").focus();
}

// "Probeer zonder deze keuze": the engine named a preference that holds every
// vacancy back; the visitor asked to drop it, so untick it and ask again.
function relax(wijzer, question) {
  clearQuestion(wijzer.ui.questions, question);
  wijzer.ui.store.saveIfAsked();
  keep(wijzer);
  ask(wijzer);
}

// On paper the near misses and the points to ask about belong: open them while
// printing (however printing was started) and fold them back afterwards.
function foldForPrint(results) {
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...results.querySelectorAll("details.wijzer-meer-bespreken:not([open]), details.wijzer-bijna-sectie:not([open])")];
    opened.forEach((details) => { details.open = true; });
  });
  window.addEventListener("afterprint", () => { opened.forEach((details) => { details.open = false; }); });
}

// The clear button asks first; `opener` is the one that asked, in the form or the results.
function confirmClear(wijzer, opener) {
  const { ui } = wijzer;
  askChoice({
    id: ids.clearConfirm,
    place: opener.closest(`#${ids.results}`) || opener.parentElement,
    question: K.wisVraag, explanation: K.wisUitleg, yes: K.wisJa, no: K.wisNee,
    onYes: () => clearAll(wijzer),
    onNo: () => {
      say(ui, T.nietGewist);
      (opener.isConnected ? opener : ui.steps[0])?.focus();
    },
  });
}

function clearAll(wijzer) {
  const { ui } = wijzer;
  document.getElementById(ids.linkChoice)?.remove();
  wijzer.asking = false;
  ui.form.reset();
  ui.store.forget();
  wijzer.pending = false;
  wijzer.engine?.drop(); // an answer still on its way is now stale
  ui.results.hidden = true;
  ui.results.replaceChildren();
  notify(ui, "");
  wijzer.stepper.restart();
  keep(wijzer, addressWithoutAnswers());
  if (!wijzer.failed) setState(ui, wijzer.ready ? states.ready : states.loading);
  say(ui, T.gewist);
  ui.steps[0]?.focus();
}

/**
 * The link's answers, if the address carries any (else false). Damaged ones
 * leave the form as it is; answers that differ from the visitor's `own`
 * (remembered, or already in the form) are only used when the visitor says so.
 */
function readLink(wijzer, own, also = "") {
  const { ui } = wijzer;
  const linked = answersInAddress();
  if (linked === undefined) return false;
  if (!linked || !fitsForm(ui.questions, linked)) {
    notify(ui, T.linkKapot, also);
  } else if (own && Object.keys(own).length && !sameAnswers(ui.questions, own, linked)) {
    notify(ui, also);
    askAboutLink(wijzer, linked);
  } else {
    fillForm(ui.questions, linked);
    notify(ui, T.linkGelezen, also);
  }
  return true;
}

function askAboutLink(wijzer, linked) {
  const { ui } = wijzer;
  const done = (text) => {
    wijzer.asking = false;
    ui.store.saveIfAsked(); // a choice the visitor made: remembered if "Onthoud" is ticked
    notify(ui, text);
    ui.steps[wijzer.stepper.current()]?.focus();
  };
  wijzer.asking = true;
  askChoice({
    id: ids.linkChoice, place: ui.notice,
    question: K.linkVraag, explanation: K.linkUitleg, yes: K.linkGebruik, no: K.linkHoud,
    onYes: () => { fillForm(ui.questions, linked); done(T.linkGebruikt); keep(wijzer); },
    onNo: () => { done(T.eigenGehouden); keep(wijzer, addressWithoutAnswers()); },
  });
}

/**
 * This tab's own answers win (a reload, Back or Forward into the page);
 * else what the visitor asked to remember on this device, unless a link
 * brings others: then the visitor chooses. Nothing here writes storage.
 */
function restoreAnswers(wijzer) {
  const { ui } = wijzer;
  const stored = ui.store.read();
  if (stored) ui.remember.checked = true;
  const damaged = stored?.damaged ? T.opslagKapot : "";
  const kept = fromHistory();
  if (kept) {
    fillForm(ui.questions, kept.answers);
    wijzer.stepper.goTo(kept.step);
    notify(ui, Object.keys(kept.answers).length ? T.terug : "", damaged);
  } else {
    const own = stored?.answers;
    if (own) fillForm(ui.questions, own);
    if (!readLink(wijzer, own, damaged)) notify(ui, own ? T.onthouden : "", damaged);
  }
  keep(wijzer);
}

/**
 * Back or Forward within the page (e.g. after a link to #wijzer-zelf) finds an
 * entry this page already wrote: the answers in the form now win over it. A
 * new entry (an anchor, a link pasted in this tab) may bring a link's answers.
 */
function onAddressChange(wijzer, event) {
  if (fromHistory()) { keep(wijzer); return; }
  if (event.type !== "hashchange") return;
  readLink(wijzer, readAnswers(wijzer.ui.questions));
  keep(wijzer);
}

function wire(wijzer) {
  const { ui } = wijzer;
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    notify(ui, "");
    if (wijzer.failed) { fail(wijzer, ui.noWasm.hidden ? "engine" : "wasm"); return; }
    if (!wijzer.ready) { wijzer.pending = true; say(ui, T.wachten); return; }
    ask(wijzer);
  });
  // Only the visitor's own change saves, and only while "Onthoud" is ticked.
  ui.form.addEventListener("change", (event) => {
    if (event.target === ui.remember && !ui.remember.checked) ui.store.forget();
    else if (!wijzer.asking) ui.store.saveIfAsked();
    keep(wijzer);
  });
  ui.root.querySelector(`#${ids.clear}`).addEventListener("click", (event) => confirmClear(wijzer, event.currentTarget));
  window.addEventListener("popstate", (event) => onAddressChange(wijzer, event));
  window.addEventListener("hashchange", (event) => onAddressChange(wijzer, event));
  foldForPrint(ui.results);
}
