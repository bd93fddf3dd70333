// A question asked in the page itself, with two real buttons: before "Wis"
// empties everything, and before a link's answers replace the visitor's own.
// Not a modal dialog: the rest of the page stays usable and readable, the
// focus moves to the question, and Escape means "no".

import { el } from "./dom.js";

/** Shows the question after `place`; `onYes` or `onNo` runs once, then it is gone. */
export function askChoice({ id, place, question, explanation, yes, no, onYes, onNo }) {
  document.getElementById(id)?.remove();
  const box = el("div", null, "wijzer-keuze");
  box.id = id;
  box.tabIndex = -1;
  box.setAttribute("role", "group");
  const text = el("p");
  text.id = `${id}-vraag`;
  text.append(el("strong", question));
  if (explanation) text.append(" ", explanation);
  box.setAttribute("aria-labelledby", text.id);
  const bar = el("div", null, "wijzer-keuze-knoppen");
  const answer = (run) => () => { box.remove(); run(); };
  bar.append(button(yes, answer(onYes)), button(no, answer(onNo)));
  box.append(text, bar);
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    answer(onNo)();
  });
  place.after(box);
  box.focus();
  return box;
}

function button(text, onClick) {
  const node = el("button", text, "md-button");
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}
