// Small DOM builders: every text goes in as textContent, never as HTML.

export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null && text !== "") node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export function list(items, tag = "ul") {
  const node = el(tag);
  for (const item of items) node.append(item instanceof Node ? wrapLi(item) : el("li", item));
  return node;
}

function wrapLi(child) {
  const li = el("li");
  li.append(child);
  return li;
}

export function texts(value) {
  return Array.isArray(value) ? value.filter((v) => v != null && v !== "").map(String) : [];
}

export function safeWebLink(url, text) {
  const href = String(url || "");
  if (!/^https?:\/\//i.test(href)) return null;
  const a = el("a", text || href);
  a.href = href;
  return a;
}

export function labelled(label, text, className) {
  if (!text) return null;
  const p = el("p", null, className);
  p.append(el("strong", `${label} `), String(text));
  return p;
}
