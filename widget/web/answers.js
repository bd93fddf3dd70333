// The form <-> the answers dict, and the opt-in storage: the wijzer's one
// key ("Onthoud"), and the same mechanism for the desk mode (desk.js).
// Answers otherwise stay in memory.

import contract from "./contract.js";
import { parseAnswers } from "./link.js";

const STORAGE_KEY = "vrijwilligerswijzer.antwoorden";
const data = (attribute) => attribute.replace(/^data-/, "").replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const QUESTION = data(contract.data.question);
const KIND = data(contract.data.kind);
const NUMERIC = data(contract.data.numeric);

/** A question's own inputs: a step may hold a second question's fieldset inside. */
function inputs(fieldset, checked = "") {
  return fieldset.querySelectorAll(`input[name="${CSS.escape(fieldset.dataset[QUESTION])}"]${checked}`);
}

export function readAnswers(questions) {
  const answers = {};
  for (const fieldset of questions) {
    const chosen = [...inputs(fieldset, ":checked")].map((input) => input.value);
    if (!chosen.length) continue;
    const id = fieldset.dataset[QUESTION];
    // Lists stay lists (the moments with "flexibel" among them if ticked);
    // what a combination means is the engine's business.
    if (fieldset.dataset[KIND] === "een") answers[id] = fieldset.dataset[NUMERIC] ? Number(chosen[0]) : chosen[0];
    else answers[id] = chosen;
  }
  return answers;
}

function wantedIn(answers, fieldset) {
  const value = answers[fieldset.dataset[QUESTION]];
  return Array.isArray(value) ? value.map(String)
    : (typeof value === "string" || typeof value === "number") ? [String(value)] : [];
}

/** Unticks one question's boxes: the answer the visitor chose to loosen. */
export function clearQuestion(questions, id) {
  for (const fieldset of questions) if (fieldset.dataset[QUESTION] === id) for (const input of inputs(fieldset)) input.checked = false;
}

export function fillForm(questions, answers) {
  for (const fieldset of questions) {
    const wanted = wantedIn(answers, fieldset);
    for (const input of inputs(fieldset)) input.checked = wanted.includes(input.value);
  }
}

/** Whether the answers tick at least one box: a link that ticks none is damaged. */
export function fitsForm(questions, answers) {
  if (!Object.keys(answers).length) return true; // the page's own link when nothing was ticked
  return Object.keys(inForm(questions, answers)).length > 0;
}

/** The answers as the form would hold them: only known values, in the form's order. */
function inForm(questions, answers) {
  const held = {};
  for (const fieldset of questions) {
    const wanted = wantedIn(answers, fieldset);
    const known = [...inputs(fieldset)].map((input) => input.value).filter((v) => wanted.includes(v));
    if (known.length) held[fieldset.dataset[QUESTION]] = known;
  }
  return held;
}

/** Whether two sets of answers would tick the same boxes. */
export function sameAnswers(questions, one, other) {
  return JSON.stringify(inForm(questions, one)) === JSON.stringify(inForm(questions, other));
}

/** What the visitor answered, as the words they read: for the printout. */
export function summariseAnswers(form, questions) {
  return describeAnswers(form, questions, readAnswers(questions));
}

/** Any answers as the words of the form: [[question, [choices]], ...]. */
export function describeAnswers(form, questions, answers) {
  const lines = [];
  for (const fieldset of questions) {
    const wanted = wantedIn(answers, fieldset);
    const chosen = [...inputs(fieldset)].filter((input) => wanted.includes(input.value))
      .map((input) => form.querySelector(`label[for="${input.id}"]`))
      .filter(Boolean)
      .map((label) => label.textContent.trim());
    if (chosen.length) lines.push([fieldset.querySelector("legend").textContent.trim(), chosen]);
  }
  return lines;
}

function storage() {
  try { return window.localStorage; } catch { return null; }
}

/**
 * An opt-in store under `key`: writes `collect()` only while the `remember`
 * box is ticked. read() gives what `parse` makes of the stored text, or
 * {damaged: true} when it makes nothing, or null when nothing is stored;
 * damaged data stays until the visitor changes something.
 */
export function optInStore(remember, key, { collect, parse }) {
  const forget = () => {
    try { storage()?.removeItem(key); } catch { /* nothing stored */ }
  };
  const saveIfAsked = () => {
    if (!remember.checked) return;
    try { storage()?.setItem(key, JSON.stringify(collect())); } catch { /* full or blocked: memory only */ }
  };
  const read = () => {
    let saved = null;
    try { saved = storage()?.getItem(key); } catch { return null; }
    if (saved == null) return null;
    return parse(saved) || { damaged: true };
  };
  return { forget, saveIfAsked, read };
}

/** The wijzer's store ("Onthoud"): the answers alone, read as {answers}. */
export function answerStore(remember, questions) {
  return optInStore(remember, STORAGE_KEY, {
    collect: () => readAnswers(questions),
    parse: (text) => {
      const answers = parseAnswers(text);
      return answers ? { answers } : null;
    },
  });
}
