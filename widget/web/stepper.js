// One question at a time on small screens: the same form, the other
// fieldsets hidden, with "Vorige" and "Volgende".

import contract from "./contract.js";
import i18n from "./i18n.js";

const SMALL_SCREEN = "(max-width: 599.98px)";

export function createStepper(form, questions) {
  const small = window.matchMedia(SMALL_SCREEN);
  const label = form.querySelector(`#${contract.ids.step}`);
  const buttons = form.querySelector(`#${contract.ids.stepButtons}`);
  const previous = form.querySelector(`#${contract.ids.previous}`);
  const next = form.querySelector(`#${contract.ids.next}`);
  let step = 0;

  function layout() {
    const oneByOne = small.matches && questions.length > 1;
    questions.forEach((fieldset, index) => { fieldset.hidden = oneByOne && index !== step; });
    label.hidden = !oneByOne;
    buttons.hidden = !oneByOne;
    label.textContent = i18n.stap(step + 1, questions.length);
    previous.hidden = step === 0;
    next.hidden = step >= questions.length - 1;
  }

  function go(delta) {
    step = Math.min(Math.max(step + delta, 0), questions.length - 1);
    layout();
    questions[step].focus();
  }

  previous.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));
  small.addEventListener("change", layout);
  layout();
  return { restart: () => { step = 0; layout(); } };
}
