// The answers in the address: a fragment the server never sees, as
// base64url of their JSON. Whatever a link or storage holds is checked here.

export const FRAGMENT = "antwoorden=";

export function linkTo(answers) {
  return `${location.pathname}${location.search}#${FRAGMENT}${encodeAnswers(answers)}`;
}

/** The fragment's answers; undefined when the address carries none, null when they are damaged. */
export function answersInAddress() {
  if (!location.hash.startsWith(`#${FRAGMENT}`)) return undefined;
  return decodeAnswers(location.hash.slice(FRAGMENT.length + 1));
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
export function parseAnswers(json) {
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
