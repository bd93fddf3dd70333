// The Vrijwilligerswijzer in the page: reads the form the build rendered,
// hands the answers to the worker and shows the engine's answer as text.
// No matching happens here: the Python engine decides, this file renders.
// Answers stay in memory, unless the visitor ticks "Onthoud" (one
// localStorage key) or copies the link that carries them in the fragment.

const STORAGE_KEY = "vrijwilligerswijzer.antwoorden";
const FRAGMENT = "antwoorden=";
const SMALL_SCREEN = "(max-width: 599.98px)";

const TEKST = {
  laden: "De wijzer wordt geladen…",
  klaar: "Klaar: vul de vragen in.",
  wachten: "Even geduld: de wijzer wordt nog geladen. Je resultaten verschijnen zodra hij klaar is.",
  zoeken: "We zoeken wat bij je past…",
  resultaten: "Je resultaten staan hieronder.",
  fout: "De wijzer werkt nu niet. Je antwoorden blijven staan.",
  geenWasm: "Je browser kan de wijzer niet uitvoeren.",
  gewist: "Je antwoorden zijn gewist.",
  linkGelezen: "Je antwoorden uit de link staan ingevuld.",
  linkGemaakt: "De link met je antwoorden staat nu in de adresbalk. Bewaar hem als bladwijzer of kopieer hem.",
  linkKapot: "De link met je antwoorden is beschadigd: we konden hem niet lezen. Wat je al had ingevuld, blijft staan.",
  onthouden: "Je antwoorden zijn weer ingevuld: je had gevraagd om ze op dit toestel te onthouden.",
};

const root = document.getElementById("wijzer");
if (root) start(root);

function start(root) {
  const form = root.querySelector("#wijzer-form");
  const status = root.querySelector("#wijzer-status");
  const melding = root.querySelector("#wijzer-melding");
  const results = root.querySelector("#wijzer-resultaten");
  const remember = root.querySelector("#wijzer-onthoud");
  const allVacancies = document.getElementById("wijzer-alle-vacatures");
  const questions = [...form.querySelectorAll("fieldset[data-vraag]")];

  let engineReady = false;
  let failed = false;
  let pending = false;
  let requestId = 0;
  let worker = null;

  const setState = (state) => { root.dataset.state = state; };
  const say = (text) => { status.textContent = text; };
  const notify = (text) => { melding.textContent = text; };

  function fail(kind) {
    failed = true;
    pending = false;
    setState("error");
    say(kind === "wasm" ? TEKST.geenWasm : TEKST.fout);
    root.querySelector(kind === "wasm" ? "#wijzer-geen-wasm" : "#wijzer-fout").hidden = false;
    if (allVacancies) allVacancies.hidden = false;
  }

  // --- the engine, in a worker --------------------------------------------
  function startWorker() {
    try {
      worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    } catch (error) {
      console.error(error);
      fail("engine");
      return;
    }
    worker.addEventListener("error", (event) => { console.error(event.message || event); fail("engine"); });
    worker.addEventListener("message", (event) => {
      const message = event.data || {};
      if (message.type === "ready") onReady();
      else if (message.type === "result" && message.id === requestId) showResults(message.result);
      else if (message.type === "error") { console.error(message.detail); fail("engine"); }
    });
  }

  function onReady() {
    if (failed) return;
    engineReady = true;
    if (root.dataset.state === "loading") setState("ready");
    say(TEKST.klaar);
    if (pending) ask();
  }

  function ask() {
    pending = false;
    requestId += 1;
    say(TEKST.zoeken);
    worker.postMessage({ type: "match", id: requestId, answers: readAnswers(), today: localToday() });
  }

  function showResults(result) {
    if (failed) return;
    try {
      renderResults(results, result, summariseAnswers(), linkTo(readAnswers()), {
        print: () => window.print(),
        clear: clearAll,
        // Replace, not push: "Wis" must be able to take the answers out of the
        // history as well as out of the address bar.
        link: (href) => { history.replaceState(null, "", href); say(TEKST.linkGemaakt); },
      });
    } catch (error) {
      console.error(error);
      fail("engine");
      return;
    }
    results.hidden = false;
    setState("results");
    say(TEKST.resultaten);
    results.querySelector("h2").focus();
  }

  // --- the form <-> the answers dict --------------------------------------
  function readAnswers() {
    const answers = {};
    for (const fieldset of questions) {
      const chosen = [...fieldset.querySelectorAll("input:checked")].map((input) => input.value);
      if (!chosen.length) continue;
      const id = fieldset.dataset.vraag;
      // Lists stay lists (the moments with "flexibel" among them if ticked);
      // what a combination means is the engine's business.
      if (fieldset.dataset.soort === "een") answers[id] = fieldset.dataset.getal ? Number(chosen[0]) : chosen[0];
      else answers[id] = chosen;
    }
    return answers;
  }

  function wantedIn(answers, fieldset) {
    const value = answers[fieldset.dataset.vraag];
    return Array.isArray(value) ? value.map(String)
      : (typeof value === "string" || typeof value === "number") ? [String(value)] : [];
  }

  function fillForm(answers) {
    for (const fieldset of questions) {
      const wanted = wantedIn(answers, fieldset);
      for (const input of fieldset.querySelectorAll("input")) input.checked = wanted.includes(input.value);
    }
  }

  /** Whether the answers tick at least one box: a link that ticks none is damaged. */
  function fitsForm(answers) {
    if (!Object.keys(answers).length) return true; // the page's own link when nothing was ticked
    return questions.some((fieldset) => {
      const wanted = wantedIn(answers, fieldset);
      return [...fieldset.querySelectorAll("input")].some((input) => wanted.includes(input.value));
    });
  }

  /** What the visitor answered, as the words they read: for the printout. */
  function summariseAnswers() {
    const lines = [];
    for (const fieldset of questions) {
      const chosen = [...fieldset.querySelectorAll("input:checked")]
        .map((input) => form.querySelector(`label[for="${input.id}"]`))
        .filter(Boolean)
        .map((label) => label.textContent.trim());
      if (chosen.length) lines.push([fieldset.querySelector("legend").textContent.trim(), chosen]);
    }
    return lines;
  }

  // --- link and storage -----------------------------------------------------
  function linkTo(answers) {
    return `${location.pathname}${location.search}#${FRAGMENT}${encodeAnswers(answers)}`;
  }

  function readFragment() {
    if (!location.hash.startsWith(`#${FRAGMENT}`)) return false;
    const answers = decodeAnswers(location.hash.slice(FRAGMENT.length + 1));
    // Only unknown values: keep what the visitor ticked instead of wiping it.
    if (answers && fitsForm(answers)) {
      fillForm(answers);
      notify(TEKST.linkGelezen);
      saveIfAsked();
    } else {
      notify(TEKST.linkKapot);
    }
    return true;
  }

  function storage() {
    try { return window.localStorage; } catch { return null; }
  }

  function saveIfAsked() {
    if (!remember.checked) return;
    try { storage()?.setItem(STORAGE_KEY, JSON.stringify(readAnswers())); } catch { /* full or blocked: memory only */ }
  }

  function forget() {
    try { storage()?.removeItem(STORAGE_KEY); } catch { /* nothing stored */ }
  }

  function readStorage() {
    let saved = null;
    try { saved = storage()?.getItem(STORAGE_KEY); } catch { return null; }
    if (saved == null) return null;
    const answers = parseAnswers(saved);
    if (!answers) forget();
    return answers;
  }

  function clearAll() {
    form.reset();
    forget();
    pending = false;
    requestId += 1; // an answer still on its way is now stale
    results.hidden = true;
    results.replaceChildren();
    notify("");
    history.replaceState(null, "", `${location.pathname}${location.search}`);
    if (!failed) setState(engineReady ? "ready" : "loading");
    say(TEKST.gewist);
    step = 0;
    layout();
    questions[0]?.focus();
  }

  // --- one question at a time on small screens --------------------------
  const small = window.matchMedia(SMALL_SCREEN);
  const stepLabel = form.querySelector("#wijzer-stap");
  const stepButtons = form.querySelector("#wijzer-stapknoppen");
  const previous = form.querySelector("#wijzer-vorige");
  const next = form.querySelector("#wijzer-volgende");
  let step = 0;

  function layout() {
    const oneByOne = small.matches && questions.length > 1;
    questions.forEach((fieldset, index) => { fieldset.hidden = oneByOne && index !== step; });
    stepLabel.hidden = !oneByOne;
    stepButtons.hidden = !oneByOne;
    stepLabel.textContent = `Vraag ${step + 1} van ${questions.length}`;
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

  // --- wiring ---------------------------------------------------------------
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    notify("");
    if (failed) { fail(root.querySelector("#wijzer-geen-wasm").hidden ? "engine" : "wasm"); return; }
    if (!engineReady) { pending = true; say(TEKST.wachten); return; }
    ask();
  });
  form.addEventListener("change", (event) => {
    if (event.target === remember) {
      if (remember.checked) saveIfAsked(); else forget();
    } else {
      saveIfAsked();
    }
  });
  root.querySelector("#wijzer-wis").addEventListener("click", clearAll);
  window.addEventListener("hashchange", readFragment);

  // The visitor asked to be remembered on this device; a link they opened
  // wins over what was stored, and is then remembered instead.
  const stored = readStorage();
  if (stored) remember.checked = true;
  if (!readFragment() && stored) {
    fillForm(stored);
    notify(TEKST.onthouden);
  }

  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    fail("wasm");
    return;
  }
  if (allVacancies) allVacancies.hidden = true; // the wijzer will show them
  say(TEKST.laden);
  afterFirstPaint(startWorker);
}

// --- helpers without state -------------------------------------------------

// Pyodide's start keeps a core busy for seconds: let the browser draw the
// form first. A page in a background tab gets no frames, hence the timer.
function afterFirstPaint(run) {
  let done = false;
  const once = () => { if (!done) { done = true; run(); } };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function encodeAnswers(answers) {
  const bytes = new TextEncoder().encode(JSON.stringify(answers));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeAnswers(text) {
  try {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseAnswers(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** A plain object or nothing: whatever else a link or storage holds is refused. */
function parseAnswers(json) {
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null && text !== "") node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function list(items, tag = "ul") {
  const node = el(tag);
  for (const item of items) node.append(item instanceof Node ? wrapLi(item) : el("li", item));
  return node;
}

function wrapLi(child) {
  const li = el("li");
  li.append(child);
  return li;
}

function texts(value) {
  return Array.isArray(value) ? value.filter((v) => v != null && v !== "").map(String) : [];
}

function safeWebLink(url, text) {
  const href = String(url || "");
  if (!/^https?:\/\//i.test(href)) return null;
  const a = el("a", text || href);
  a.href = href;
  return a;
}

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
  const site = safeWebLink(contact.website, "website");
  if (site) parts.push(site);
  if (!parts.length) return null;
  p.append("Contact: ");
  parts.forEach((part, index) => { if (index) p.append(" · "); p.append(part); });
  return p;
}

function labelled(label, text, className) {
  if (!text) return null;
  const p = el("p", null, className);
  p.append(el("strong", `${label} `), String(text));
  return p;
}

function vacancyCard(item, nearMiss) {
  const card = el("article", null, nearMiss ? "wijzer-kaart wijzer-bijna" : "wijzer-kaart");
  const org = item.organisatie || {};
  card.append(el("h4", item.titel));
  const where = item.deelgemeente ? item.deelgemeente : item.van_thuis ? "van thuis uit" : "";
  card.append(el("p", [org.naam, where].filter(Boolean).join(" · "), "wijzer-org"));
  if (item.samenvatting) card.append(el("p", item.samenvatting));
  if (nearMiss) {
    card.append(...[labelled("Waarom nog niet helemaal:", item.reden), labelled("Vraag in een gesprek:", item.vraag)].filter(Boolean));
  }
  const reasons = texts(item.redenen);
  if (reasons.length) card.append(el("h5", "Waarom dit past"), list(reasons));
  const discuss = texts(item.bespreken);
  if (discuss.length) card.append(el("h5", "Om te bespreken"), list(discuss));
  const nextStep = labelled("Volgende stap:", item.volgende_stap, "wijzer-volgende-stap");
  if (nextStep) card.append(nextStep);
  const contact = contactLine(org);
  if (contact) card.append(contact);
  return card;
}

function deskBlock(loket) {
  const block = el("div", null, "wijzer-loket");
  if (loket.waarom) block.append(el("p", loket.waarom));
  if (loket.naam) block.append(el("p", loket.naam, "wijzer-loket-naam"));
  if (loket.adres) block.append(el("p", loket.adres));
  const hours = texts(loket.openingsuren);
  if (hours.length) block.append(list(hours));
  const contact = contactLine({ telefoon: loket.telefoon, email: loket.email });
  if (contact) block.append(contact);
  const appointment = safeWebLink(loket.afspraak, "Maak een afspraak");
  if (appointment) {
    const p = el("p");
    p.append(appointment);
    block.append(p);
  }
  return block;
}

function renderResults(container, result, answered, link, actions) {
  result = result && typeof result === "object" ? result : {};
  const heading = el("h2", "Wat bij je past");
  heading.id = "wijzer-resultaten-titel";
  heading.tabIndex = -1;
  const parts = [heading];
  if (result.samenvatting) parts.push(el("p", result.samenvatting, "wijzer-samenvatting"));

  const matches = Array.isArray(result.resultaten) ? result.resultaten : [];
  if (matches.length) {
    parts.push(el("h3", "Vacatures die bij je passen"));
    parts.push(list(matches.map((item) => vacancyCard(item, false)), "ol"));
  }
  const near = Array.isArray(result.bijna) ? result.bijna : [];
  if (near.length) {
    parts.push(el("h3", "Bijna een match"));
    parts.push(el("p", "Deze vacatures passen bijna. Na een gesprek met de organisatie lukt het misschien wel."));
    const nearList = list(near.map((item) => vacancyCard(item, true)));
    nearList.className = "wijzer-bijna-lijst";
    parts.push(nearList);
  }
  const kinds = Array.isArray(result.soorten) ? result.soorten : [];
  if (kinds.length) {
    parts.push(el("h3", "Soorten vrijwilligerswerk die bij je passen"));
    parts.push(list(kinds.map((kind) => {
      const box = el("div", null, "wijzer-soort");
      box.append(el("h4", kind.naam));
      if (kind.uitleg) box.append(el("p", kind.uitleg));
      const examples = texts(kind.voorbeelden);
      if (examples.length) box.append(el("p", `Bijvoorbeeld: ${examples.join(", ")}.`));
      const reasons = texts(kind.redenen);
      if (reasons.length) box.append(list(reasons));
      return box;
    })));
  }
  const attention = texts(result.aandachtspunten);
  if (attention.length) {
    parts.push(el("h3", "Goed om te weten"));
    parts.push(list(attention));
  }
  const loket = result.loket && typeof result.loket === "object" ? result.loket : null;
  if (loket && loket.aanbevolen) {
    parts.push(el("h3", "Praat erover met het vrijwilligersloket"));
    parts.push(deskBlock(loket));
  }
  if (answered.length) {
    parts.push(el("h3", "Je antwoorden"));
    const dl = el("dl", null, "wijzer-antwoorden");
    for (const [question, chosen] of answered) dl.append(el("dt", question), el("dd", chosen.join(", ")));
    parts.push(dl);
  }

  const bar = el("div", null, "wijzer-acties");
  const print = el("button", "Neem mee naar je gesprek", "md-button md-button--primary");
  print.type = "button";
  print.addEventListener("click", actions.print);
  const share = el("a", "Link naar je antwoorden", "md-button");
  share.href = link;
  share.id = "wijzer-link";
  share.addEventListener("click", (event) => { event.preventDefault(); actions.link(link); });
  const clear = el("button", "Wis mijn antwoorden", "md-button");
  clear.type = "button";
  clear.dataset.actie = "wis";
  clear.addEventListener("click", actions.clear);
  bar.append(print, share, clear);
  parts.push(bar);
  parts.push(el("p", "Bewaar of deel de link als je later verder wilt. Je antwoorden zitten in de link zelf: ze gaan niet naar ons.", "wijzer-uitleg"));

  container.setAttribute("aria-labelledby", heading.id);
  container.replaceChildren(...parts);
}
