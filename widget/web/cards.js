// One vacancy, one kind of work, the desk: the pieces of the results.

import i18n from "./i18n.js";
import { el, labelled, list, safeWebLink, texts } from "./dom.js";

const T = i18n.kaart;

function contactLine(contact) {
  const p = el("p", null, "wijzer-contact");
  const parts = [];
  if (contact.telefoon) {
    const a = el("a", contact.telefoon);
    a.href = `tel:${String(contact.telefoon).replace(/[^+\d]/g, "")}`;
    parts.push(a);
  }
  if (contact.email) {
    const a = el("a", contact.email);
    a.href = `mailto:${String(contact.email)}`;
    parts.push(a);
  }
  const site = safeWebLink(contact.website, T.website);
  if (site) parts.push(site);
  if (!parts.length) return null;
  p.append(T.contact);
  parts.forEach((part, index) => { if (index) p.append(" · "); p.append(part); });
  return p;
}

/** The vacancy's own page: only a relative address the build wrote. */
function title(item) {
  const heading = el("h4");
  const page = String(item.pagina || "");
  if (page && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(page)) {
    const a = el("a", item.titel);
    a.href = page;
    heading.append(a);
  } else {
    heading.textContent = String(item.titel || "");
  }
  return heading;
}

/** A closed <details> with a list; `kind` marks what the printout opens. */
function folded(summary, items, kind) {
  const details = el("details", null, `wijzer-meer wijzer-meer-${kind}`);
  details.append(el("summary", summary), list(items));
  return details;
}

export function vacancyCard(item, nearMiss) {
  const card = el("article", null, nearMiss ? "wijzer-kaart wijzer-bijna" : "wijzer-kaart");
  const org = item.organisatie || {};
  card.append(title(item));
  card.append(el("p", [org.naam, item.waar].filter(Boolean).join(" · "), "wijzer-org"));
  if (item.samenvatting) card.append(el("p", item.samenvatting, "wijzer-kaart-samenvatting"));
  if (nearMiss) {
    card.append(...[labelled(T.nietHelemaal, item.reden), labelled(T.vraag, item.vraag)].filter(Boolean));
  }
  // A near miss leads with what to ask; all its reasons are folded away.
  const reasons = nearMiss ? [] : texts(item.redenen);
  if (reasons.length) {
    const why = list(reasons);
    why.className = "wijzer-redenen";
    card.append(el("h5", T.waarom, "wijzer-sr"), why);
  }
  const more = nearMiss ? [...texts(item.redenen), ...texts(item.meer_redenen)] : texts(item.meer_redenen);
  if (more.length) card.append(folded(nearMiss ? T.redenen(more.length) : T.meerRedenen(more.length), more, "redenen"));
  const discuss = texts(item.bespreken);
  if (discuss.length) card.append(folded(T.bespreken(discuss.length), discuss, "bespreken"));
  const nextStep = labelled(T.volgendeStap, item.volgende_stap, "wijzer-volgende-stap");
  if (nextStep) card.append(nextStep);
  const contact = contactLine(org);
  if (contact) card.append(contact);
  return card;
}

export function kindBox(kind) {
  const box = el("div", null, "wijzer-soort");
  box.append(el("h4", kind.naam));
  if (kind.uitleg) box.append(el("p", kind.uitleg));
  const examples = texts(kind.voorbeelden);
  if (examples.length) box.append(el("p", i18n.resultaten.voorbeelden(examples)));
  const reasons = texts(kind.redenen);
  if (reasons.length) box.append(list(reasons));
  return box;
}

/** The desk the build rendered into the page, with the engine's reason first. */
export function deskBlock(template, waarom) {
  const block = template.content.firstElementChild.cloneNode(true);
  if (waarom) block.prepend(el("p", waarom));
  return block;
}
