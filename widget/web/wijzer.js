// The Vrijwilligerswijzer in the page: finds the form the build rendered and
// wires the parts: the engine's worker (worker-client.js), the answers and
// their opt-in storage (answers.js), the link (link.js), the small-screen
// steps (stepper.js) and the results (render.js). No matching happens here:
// the Python engine decides, the script renders. Answers stay in memory,
// unless the visitor ticks "Onthoud" or copies the link that carries them.

import contract from "./contract.js";
import i18n from "./i18n.js";
import { answerStore, fillForm, fitsForm, readAnswers, summariseAnswers } from "./answers.js";
import { addressWithoutAnswers, answersInAddress, linkTo } from "./link.js";
import { renderResults } from "./render.js";
import { createStepper } from "./stepper.js";
import { afterFirstPaint, startEngine } from "./worker-client.js";

const { ids, states } = contract;
const T = i18n.status;

const root = document.getElementById(ids.root);
if (root) start(root);

/** The page's parts, found once: the script writes nowhere else. */
function findParts(root) {
  const form = root.querySelector(`#${ids.form}`);
  const questions = [...form.querySelectorAll(`fieldset[${contract.data.question}]`)];
  return {
    root, form, questions,
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
  const wijzer = { ui, engine: null, ready: false, failed: false, pending: false };
  wijzer.stepper = createStepper(ui.form, ui.questions);
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
function notify(ui, text) { ui.notice.textContent = text; }

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
      actions: {
        print: () => window.print(),
        clear: () => clearAll(wijzer),
        // Replace, not push: "Wis" must be able to take the answers out of the
        // history as well as out of the address bar.
        link: (href) => { history.replaceState(null, "", href); say(ui, T.linkGemaakt); },
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

function clearAll(wijzer) {
  const { ui } = wijzer;
  ui.form.reset();
  ui.store.forget();
  wijzer.pending = false;
  wijzer.engine?.drop(); // an answer still on its way is now stale
  ui.results.hidden = true;
  ui.results.replaceChildren();
  notify(ui, "");
  history.replaceState(null, "", addressWithoutAnswers());
  if (!wijzer.failed) setState(ui, wijzer.ready ? states.ready : states.loading);
  say(ui, T.gewist);
  wijzer.stepper.restart();
  ui.questions[0]?.focus();
}

/** Fills the form from the link; false when the address carries no answers. */
function readFragment(ui) {
  const answers = answersInAddress();
  if (answers === undefined) return false;
  // Only unknown values: keep what the visitor ticked instead of wiping it.
  if (answers && fitsForm(ui.questions, answers)) {
    fillForm(ui.questions, answers);
    notify(ui, T.linkGelezen);
    ui.store.saveIfAsked();
  } else {
    notify(ui, T.linkKapot);
  }
  return true;
}

// The visitor asked to be remembered on this device; a link they opened
// wins over what was stored, and is then remembered instead.
function restoreAnswers({ ui }) {
  const stored = ui.store.read();
  if (stored) ui.remember.checked = true;
  if (!readFragment(ui) && stored) {
    fillForm(ui.questions, stored);
    notify(ui, T.onthouden);
  }
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
  ui.form.addEventListener("change", (event) => {
    if (event.target === ui.remember && !ui.remember.checked) ui.store.forget();
    else ui.store.saveIfAsked();
  });
  ui.root.querySelector(`#${ids.clear}`).addEventListener("click", () => clearAll(wijzer));
  window.addEventListener("hashchange", () => readFragment(ui));
}
