// Group placement for staff: the coordinator adds candidates (by their answer
// link or by filling in the wijzer's questions for them), and the engine
// proposes one vacancy per candidate for the whole group (wijzer.allocate in
// the worker). No placing happens here: the script collects answers, sends
// them and shows the engine's proposal. The group lives in this page's memory
// only: nothing is stored, and the typed labels are never sent.

import contract from "./contract.js";
import i18n from "./group-i18n.js";
import { describeAnswers, fillForm, fitsForm, readAnswers } from "./answers.js";
import { answersInLink } from "./link.js";
import { focusAfterRemoval, renderCandidates, candidateName } from "./group-list.js";
import { markOutdated, renderProposal, vacancyNames } from "./group-proposal.js";
import { afterFirstPaint, startEngine } from "./worker-client.js";

const G = contract.group;
const S = G.states;
const T = i18n.status;
const L = i18n.link;

const root = document.getElementById(G.root);
if (root) start(root);

function findParts(root) {
  const part = (id) => root.querySelector(`#${id}`);
  const form = part(G.form);
  return {
    root, form, vacancies: vacancyNames(document.getElementById(G.vacancies)),
    questions: [...form.querySelectorAll(`fieldset[${contract.data.question}]`)],
    status: part(G.status), error: part(G.error),
    linkForm: part(G.linkForm), link: part(G.link), linkLabel: part(G.linkLabel), linkMessage: part(G.linkMessage),
    formTitle: part(G.formTitle), label: part(G.label), add: part(G.add), cancel: part(G.cancel),
    count: part(G.count), list: part(G.list), listTitle: part(G.listTitle),
    propose: part(G.propose), proposal: part(G.proposal),
    max: Number(root.getAttribute(G.maximum)),
    deskMode: root.getAttribute(G.deskMode) || "",
  };
}

function start(root) {
  const ui = findParts(root);
  // version counts changes to the group: a proposal made for an older version is out of date.
  const group = { ui, engine: null, ready: false, failed: false, pending: false, candidates: [], next: 1, editing: null, version: 0, sent: null };
  wire(group);
  redraw(group);
  if (typeof WebAssembly !== "object") { fail(group); return; }
  afterFirstPaint(() => {
    group.engine = startEngine({
      onReady: () => onReady(group),
      onResult: (result) => showProposal(group, result),
      onFailure: () => fail(group),
    });
    if (!group.engine) fail(group);
  });
}

const setState = (ui, state) => { ui.root.dataset.state = state; };
const say = (ui, ...text) => { ui.status.textContent = text.filter(Boolean).join(" "); };

function fail(group) {
  group.failed = true;
  group.pending = false;
  setState(group.ui, S.error);
  group.ui.error.hidden = false;
  say(group.ui, T.fout);
}

function onReady(group) {
  if (group.failed) return;
  group.ready = true;
  if (group.ui.root.dataset.state === S.loading) setState(group.ui, S.ready);
  say(group.ui, T.klaar);
  if (group.pending) propose(group);
}

function redraw(group) {
  const { ui } = group;
  renderCandidates(ui.list, ui.count, group.candidates, ui.max, {
    describe: (answers) => describeAnswers(ui.form, ui.questions, answers),
    onEdit: (candidate) => startEditing(group, candidate),
    onRemove: (candidate) => remove(group, candidate),
    editing: group.editing,
  });
}

/** After every change to the group: a proposal on the page no longer holds. */
function changed(group, message) {
  const { ui } = group;
  group.version += 1;
  redraw(group);
  const shown = !ui.proposal.hidden;
  if (shown) {
    markOutdated(ui.proposal);
    if (!group.failed) setState(ui, S.outdated);
  }
  say(ui, message, shown ? T.verouderd : "");
}

function add(group, answers, label) {
  const candidate = { number: group.next, label: label.trim(), answers };
  group.next += 1;
  group.candidates.push(candidate);
  changed(group, T.toegevoegd(candidateName(candidate)));
}

function isFull(group) {
  return group.candidates.length >= group.ui.max;
}

/** A link's answers, or the message that says why they cannot be used. */
function readLink(ui) {
  if (!ui.link.value.trim()) return { message: L.leeg };
  const answers = answersInLink(ui.link.value);
  if (answers === undefined) return { message: L.vreemd };
  if (!answers) return { message: L.kapot };
  if (!fitsForm(ui.questions, answers)) return { message: L.past };
  return { answers };
}

function linkMessage(ui, message) {
  ui.linkMessage.textContent = message;
  if (message) ui.link.setAttribute("aria-invalid", "true");
  else ui.link.removeAttribute("aria-invalid");
}

function addByLink(group) {
  const { ui } = group;
  const { answers, message } = isFull(group) ? { message: T.vol(ui.max) } : readLink(ui);
  if (message) {
    linkMessage(ui, message);
    say(ui, message);
    ui.link.focus();
    return;
  }
  linkMessage(ui, "");
  add(group, answers, ui.linkLabel.value);
  ui.linkForm.reset();
  ui.link.focus();
}

function addByForm(group) {
  const { ui } = group;
  const answers = readAnswers(ui.questions);
  if (group.editing) {
    const candidate = group.editing;
    Object.assign(candidate, { answers, label: ui.label.value.trim() });
    stopEditing(group);
    changed(group, T.gewijzigd(candidateName(candidate)));
    ui.list.querySelector(`[data-kandidaat="${candidate.number}"] h3`)?.focus();
    return;
  }
  if (isFull(group)) { say(ui, T.vol(ui.max)); return; }
  add(group, answers, ui.label.value);
  ui.form.reset();
  ui.formTitle.focus();
}

function startEditing(group, candidate) {
  const { ui } = group;
  group.editing = candidate;
  ui.form.reset();
  fillForm(ui.questions, candidate.answers);
  ui.label.value = candidate.label;
  ui.formTitle.textContent = i18n.lijst.formulierWijzig(candidateName(candidate));
  ui.add.textContent = i18n.lijst.bewaar;
  ui.cancel.hidden = false;
  redraw(group);
  say(ui, T.wijzigen(candidateName(candidate)));
  ui.formTitle.focus();
}

function stopEditing(group) {
  const { ui } = group;
  const was = group.editing;
  group.editing = null;
  ui.form.reset();
  ui.formTitle.textContent = i18n.lijst.formulierNieuw;
  ui.add.textContent = i18n.lijst.voegToe;
  ui.cancel.hidden = true;
  return was;
}

function cancelEditing(group) {
  const was = stopEditing(group);
  redraw(group);
  say(group.ui, T.geannuleerd);
  group.ui.list.querySelector(`[data-kandidaat="${was?.number}"] h3`)?.focus();
}

function remove(group, candidate) {
  const index = group.candidates.indexOf(candidate);
  if (index < 0) return;
  if (group.editing === candidate) stopEditing(group);
  group.candidates.splice(index, 1);
  changed(group, T.verwijderd(candidateName(candidate)));
  focusAfterRemoval(group.ui.list, index, group.ui.listTitle);
}

function propose(group) {
  const { ui } = group;
  group.pending = false;
  if (!group.candidates.length) { say(ui, T.leeg); return; }
  if (group.failed) { fail(group); return; }
  if (!group.ready) { group.pending = true; say(ui, T.wachten); return; }
  // What was sent, as it was: the labels stay here, only the answers go to the worker.
  group.sent = { version: group.version, candidates: group.candidates.map((c) => ({ ...c })) };
  say(ui, T.rekenen);
  group.engine.allocate(group.sent.candidates.map((c) => c.answers));
}

function showProposal(group, result) {
  const { ui } = group;
  if (group.failed || !group.sent) return;
  try {
    renderProposal(ui.proposal, result, {
      candidates: group.sent.candidates,
      vacancies: ui.vacancies,
      deskMode: ui.deskMode,
      today: new Date().toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" }),
      print: () => window.print(),
    });
  } catch (error) {
    console.error(error);
    fail(group);
    return;
  }
  const current = group.sent.version === group.version;
  if (!current) markOutdated(ui.proposal);
  setState(ui, current ? S.proposal : S.outdated);
  say(ui, T.voorstel, current ? "" : T.verouderd);
  ui.proposal.querySelector("h2").focus();
}

function wire(group) {
  const { ui } = group;
  ui.linkForm.addEventListener("submit", (event) => { event.preventDefault(); addByLink(group); });
  ui.form.addEventListener("submit", (event) => { event.preventDefault(); addByForm(group); });
  ui.cancel.addEventListener("click", () => cancelEditing(group));
  ui.propose.addEventListener("click", () => propose(group));
}
