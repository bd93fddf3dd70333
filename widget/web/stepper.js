// One question at a time on small screens: the same form, the other
// fieldsets hidden, with "Vorige" and "Volgende". "Volgende" is the main
// button until the last question, then "Toon wat bij me past" is.

import contract from "./contract.js";
import i18n from "./i18n.js";

export const SMALL_SCREEN = "(max-width: 599.98px)";
const PRIMARY = "md-button--primary";
const GAP = 8; // px between the sticky header and the question

/** Scrolls so the step's label and question start just below the sticky header. */
function bringIntoView(target) {
  const header = document.querySelector(".md-header");
  const sticky = header && ["sticky", "fixed"].includes(getComputedStyle(header).position);
  const below = sticky ? Math.max(header.getBoundingClientRect().bottom, 0) : 0;
  const top = target.getBoundingClientRect().top + window.scrollY - below - GAP;
  window.scrollTo({ top: Math.max(top, 0), behavior: "instant" });
}

export function createStepper(form, questions, { onStep = () => {} } = {}) {
  const small = window.matchMedia(SMALL_SCREEN);
  const label = form.querySelector(`#${contract.ids.step}`);
  const buttons = form.querySelector(`#${contract.ids.stepButtons}`);
  const previous = form.querySelector(`#${contract.ids.previous}`);
  const next = form.querySelector(`#${contract.ids.next}`);
  const show = form.querySelector(`#${contract.ids.show}`);
  let step = 0;

  function layout() {
    const oneByOne = small.matches && questions.length > 1;
    const last = step >= questions.length - 1;
    questions.forEach((fieldset, index) => { fieldset.hidden = oneByOne && index !== step; });
    label.hidden = !oneByOne;
    buttons.hidden = !oneByOne;
    label.textContent = i18n.stap(step + 1, questions.length);
    previous.hidden = step === 0;
    next.hidden = last;
    next.classList.toggle(PRIMARY, oneByOne && !last);
    show.classList.toggle(PRIMARY, !oneByOne || last);
  }

  function goTo(wanted) {
    step = Math.min(Math.max(Number(wanted) || 0, 0), questions.length - 1);
    layout();
  }

  function go(delta) {
    goTo(step + delta);
    if (!label.hidden) bringIntoView(label);
    questions[step].focus({ preventScroll: true });
    onStep(step);
  }

  previous.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  small.addEventListener("change", layout);
  layout();
  return { restart: () => goTo(0), goTo, current: () => step };
}
