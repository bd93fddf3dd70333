// The answers and the step in the tab's own session history
// (history.state): they survive a reload and Back or Forward, and go away
// with the tab. Not a cookie, not storage: nothing outlives the tab.

import { checkAnswers } from "./link.js";

const KEY = "vrijwilligerswijzer";

/** What this history entry holds for the wijzer: {answers, step}, or null. */
export function fromHistory() {
  const held = history.state && typeof history.state === "object" ? history.state[KEY] : null;
  if (!held || typeof held !== "object") return null;
  const answers = checkAnswers(held.answers);
  if (!answers) return null;
  return { answers, step: Number.isInteger(held.step) && held.step >= 0 ? held.step : 0 };
}

/** Keeps this history entry current; `url` replaces the address when given. */
export function keepInHistory(answers, step, url) {
  const others = history.state && typeof history.state === "object" ? history.state : {};
  const state = { ...others, [KEY]: { answers, step } };
  try {
    if (url === undefined) history.replaceState(state, "");
    else history.replaceState(state, "", url);
  } catch { /* a browser that refuses: the answers stay in the form */ }
}
