// The referral sheet (doorverwijsfiche) of one proposal: the build rendered
// its fixed parts (consent items, the agreements, follow-up and signature
// lines) as a <template>; this fills in the vacancy and the names the
// coordinator chose to type. Consent boxes start unticked: the candidate
// decides on paper.

import { el } from "./dom.js";

const FIELD = "data-fiche-veld";
const NAME = "data-fiche-naam";
const PLAN = "../opvolgplan/";

function vacancyFacts(item) {
  const org = item.organisatie && typeof item.organisatie === "object" ? item.organisatie : {};
  const support = item.voor_loket?.begeleiding?.tekst;
  return {
    titel: item.titel,
    organisatie: org.naam,
    adres: item.waar || org.adres || "",
    contact: [org.telefoon, org.email].filter(Boolean).join(" · "),
    begeleiding: support || "",
  };
}

function fillVacancy(sheet, facts) {
  for (const node of sheet.querySelectorAll(`[${FIELD}]`)) {
    const value = facts[node.getAttribute(FIELD)];
    if (value) node.textContent = String(value);
    else node.append(el("span", null, "fiche-lijn"));
  }
}

/** Typed names print on their lines; without "Typ namen in" the lines stay blank for a pen. */
function wireNames(sheet, state, onChange) {
  const typing = sheet.querySelector("[data-fiche-typ]");
  const inputs = [...sheet.querySelectorAll('input[type="text"]')];
  const show = () => {
    for (const input of inputs) {
      input.hidden = !state.typing;
      sheet.querySelector(`[${NAME}="${input.name}"]`).textContent = state.typing ? input.value : "";
    }
  };
  typing.checked = state.typing;
  for (const input of inputs) {
    input.value = state.names[input.name] || "";
    input.addEventListener("input", () => {
      state.names[input.name] = input.value;
      show();
      onChange();
    });
  }
  typing.addEventListener("change", () => {
    state.typing = typing.checked;
    show();
    onChange();
  });
  show();
}

function planLink(sheet, facts) {
  const link = sheet.querySelector("[data-fiche-opvolgplan]");
  const query = new URLSearchParams({ vacature: facts.titel || "", organisatie: facts.organisatie || "" });
  link.href = `${PLAN}?${query}`;
}

/**
 * Shows the sheet of `item` in `section`. `state` holds the names and
 * whether they are typed ({names, typing}), shared by every sheet of the
 * conversation; `onChange` runs after each change to them.
 */
export function openSheet(section, template, item, { state, onChange, onPrint, onClose }) {
  const sheet = template.content.firstElementChild.cloneNode(true);
  const facts = vacancyFacts(item);
  fillVacancy(sheet, facts);
  wireNames(sheet, state, onChange);
  planLink(sheet, facts);
  sheet.querySelector('[data-fiche-actie="druk"]').addEventListener("click", onPrint);
  sheet.querySelector('[data-fiche-actie="sluit"]').addEventListener("click", onClose);
  section.replaceChildren(sheet);
  section.hidden = false;
  sheet.querySelector("h2").focus();
  return sheet;
}
