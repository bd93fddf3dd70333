// The answers in the address: a fragment the server never sees, as
// base64url of their JSON. Whatever a link, storage or the tab's history
// holds is checked here before anything reads it: a crafted link must never
// freeze the page or reach the engine (deep nesting would exhaust Python's
// recursion limit in the worker).

export const FRAGMENT = "antwoorden=";

// Generous for the form (12 questions, at most 22 moments): a real link is
// about 1 kB; anything larger or shaped otherwise is damaged.
export const LIMITS = Object.freeze({ text: 8192, keys: 40, key: 40, items: 64, value: 200 });

export function linkTo(answers) {
  return `${location.pathname}${location.search}#${FRAGMENT}${encodeAnswers(answers)}`;
}

/** The fragment's answers; undefined when the address carries none, null when they are damaged. */
export function answersInAddress() {
  if (!location.hash.startsWith(`#${FRAGMENT}`)) return undefined;
  return decodeAnswers(location.hash.slice(FRAGMENT.length + 1));
}

/** The answers in a link someone pasted: undefined when it carries none, null when they are damaged. */
export function answersInLink(text) {
  const link = String(text || "").trim();
  const at = link.indexOf(`#${FRAGMENT}`);
  if (at < 0) return undefined;
  return decodeAnswers(link.slice(at + FRAGMENT.length + 1));
}

export function addressWithoutAnswers() {
  return `${location.pathname}${location.search}`;
}

export function encodeAnswers(answers) {
  const bytes = new TextEncoder().encode(JSON.stringify(answers));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeAnswers(text) {
  if (typeof text !== "string" || text.length > LIMITS.text) return null;
  try {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseAnswers(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** Answers from JSON text, or null when the text is too long, not JSON or not their shape. */
export function parseAnswers(json) {
  if (typeof json !== "string" || json.length > LIMITS.text) return null;
  try {
    return checkAnswers(JSON.parse(json));
  } catch {
    return null;
  }
}

const scalar = (v) => (typeof v === "string" && v.length <= LIMITS.value) || (typeof v === "number" && Number.isFinite(v));

/** A flat object of short strings, numbers or short lists of them; null for anything else. */
export function checkAnswers(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return null;
  const entries = Object.entries(value);
  if (entries.length > LIMITS.keys) return null;
  const fine = entries.every(([key, v]) => key.length <= LIMITS.key
    && (scalar(v) || (Array.isArray(v) && v.length <= LIMITS.items && v.every(scalar))));
  return fine ? Object.fromEntries(entries) : null;
}
