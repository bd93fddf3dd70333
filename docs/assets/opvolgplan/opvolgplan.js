// The follow-up plan (hulpmiddelen/opvolgplan): from the start date it writes
// the date of each moment, and it makes the calendar file in the browser.
//
// The build renders the moments, questions and signs as plain HTML from
// content/opvolging.yml; this script reads them from there, so they are
// written once. Nothing is sent or stored: the calendar is a Blob that the
// browser downloads, and the form turns autocomplete off, so a reload starts
// empty. What the query string brings (?vacature=...&organisatie=...) is
// only ever set as an input's value, never as HTML.

import { addWeeks, dutchDay, isoDay, parseDay } from "./dates.js";
import i18n from "./i18n.js";
import { calendar, utcStamp } from "./ics.js";

const PREFILLED = ["vacature", "organisatie"];
const CONTROL = /[\u0000-\u001f\u007f]+/g;

const part = (root, name) => root.querySelector(`[data-opvolg="${name}"]`);
const field = (root, name) => root.querySelector(`[data-opvolg-veld="${name}"]`);
const textOf = (node) => (node ? node.textContent.replace(/\s+/g, " ").trim() : "");

function readPlan(root) {
  const moments = [...root.querySelectorAll("[data-opvolg-weken]")].map((item) => ({
    weeks: Number(item.dataset.opvolgWeken),
    title: textOf(item.querySelector(".opvolg-titel")),
    withWhom: textOf(item.querySelector(".opvolg-met-wie")),
    questions: [...item.querySelectorAll(".ib-checklist li")].map(textOf),
    slot: part(item, "datum"),
  }));
  const signs = [...root.querySelectorAll(".opvolg-signalen li")].map(textOf);
  return { moments, signs };
}

function prefill(root) {
  const params = new URLSearchParams(window.location.search);
  for (const name of PREFILLED) {
    const input = field(root, name);
    const value = (params.get(name) || "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
    if (input && value) input.value = input.maxLength > 0 ? value.slice(0, input.maxLength) : value;
  }
}

function setError(root, message) {
  const error = part(root, "fout");
  error.textContent = message;
  error.hidden = !message;
  if (message) field(root, "start").setAttribute("aria-invalid", "true");
  else field(root, "start").removeAttribute("aria-invalid");
}

function say(root, message) {
  part(root, "status").textContent = message;
}

function showDates(root, plan, { quiet = false } = {}) {
  const input = field(root, "start");
  const start = parseDay(input.value);
  const had = Boolean(root.dataset.opvolgStart);
  for (const moment of plan.moments) {
    moment.slot.textContent = start ? dutchDay(addWeeks(start, moment.weeks), i18n) : moment.slot.dataset.blank;
  }
  root.dataset.opvolgStart = start ? isoDay(start) : "";
  setError(root, input.validity.badInput ? i18n.fout.geenDatum : "");
  if (!quiet) say(root, start ? i18n.status.datums : had ? i18n.status.leeg : "");
}

function details(root) {
  const value = (name) => field(root, name).value.replace(CONTROL, " ").trim();
  return { vacancy: value("vacature"), organisation: value("organisatie"), follower: value("wie") };
}

function description(moment, signs, placement, start) {
  const words = i18n.agenda;
  const lines = [moment.title];
  if (moment.withWhom) lines.push(moment.withWhom);
  lines.push("", words.vragen, ...moment.questions.map((q) => `- ${q}`));
  lines.push("", words.signalen, ...signs.map((s) => `- ${s}`));
  const facts = [
    [words.vacature, placement.vacancy],
    [words.organisatie, placement.organisation],
    [words.wie, placement.follower],
    [words.start, dutchDay(start, i18n)],
  ].filter(([, value]) => value);
  lines.push("", ...facts.map(([label, value]) => `${label} ${value}`));
  return lines.join("\n");
}

// Unique per download and per event; getRandomValues also works on a plain
// http:// host, where crypto.randomUUID does not exist.
function uidBase() {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function save(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function download(root, plan) {
  const input = field(root, "start");
  const start = parseDay(input.value);
  if (!start) {
    setError(root, input.validity.badInput ? i18n.fout.geenDatum : i18n.fout.geenStart);
    say(root, "");
    input.focus();
    return;
  }
  const placement = details(root);
  const base = uidBase();
  const events = plan.moments.map((moment, index) => ({
    uid: `${base}-${index + 1}@opvolgplan`,
    day: addWeeks(start, moment.weeks),
    summary: i18n.agenda.titel(moment.weeks, placement.vacancy),
    description: description(moment, plan.signs, placement, start),
  }));
  const name = i18n.agenda.bestand(isoDay(start));
  save(calendar(events, utcStamp(new Date())), name);
  say(root, i18n.status.gedownload(name));
}

function mount(root) {
  const plan = readPlan(root);
  for (const moment of plan.moments) moment.slot.dataset.blank = moment.slot.textContent;
  prefill(root);
  field(root, "start").addEventListener("change", () => showDates(root, plan));
  part(root, "ics").addEventListener("click", () => download(root, plan));
  part(root, "druk").addEventListener("click", () => window.print());
  showDates(root, plan, { quiet: true });
  root.dataset.opvolgKlaar = "ja";
}

document.querySelectorAll("[data-opvolgplan]").forEach(mount);
