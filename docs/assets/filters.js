// Filters for the practice example overview (praktijkvoorbeelden/).
//
// The page lists every example as plain HTML and works without JavaScript.
// The build writes the filter form in its final place with the first count
// (pages.css hides it when scripts do not run), so nothing moves when this
// script arrives: it only hides the items that do not match and updates the
// count. All words come from the page's own data-* attributes, so the script
// holds no text. Loaded on every page; it does nothing where there is no
// [data-ib-filters] form.

function matches(item, selects) {
  return selects.every((select) => {
    const wanted = select.value;
    if (!wanted) return true;
    const values = (item.dataset[select.dataset.ibFilter] || "").split(" ");
    return values.includes(wanted);
  });
}

function countText(status, n) {
  const template = n === 0 ? status.dataset.none : n === 1 ? status.dataset.one : status.dataset.many;
  return (template || "").replace("{n}", String(n));
}

function readQuery(selects) {
  const params = new URLSearchParams(window.location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }
}

function writeQuery(selects) {
  const url = new URL(window.location.href);
  for (const select of selects) {
    if (select.value) url.searchParams.set(select.name, select.value);
    else url.searchParams.delete(select.name);
  }
  window.history.replaceState(window.history.state, "", url);
}

function mount(root = document) {
  const form = root.querySelector("form[data-ib-filters]");
  const list = root.querySelector("[data-ib-list]");
  if (!form || !list || form.dataset.ibMounted) return;
  form.dataset.ibMounted = "true";

  const selects = [...form.querySelectorAll("select[data-ib-filter]")];
  const items = [...list.children];
  const status = form.querySelector("[data-ib-count]");
  // The build wrote the first count: say it again only when it changes.
  let lastText = status ? status.textContent : "";

  function apply() {
    let shown = 0;
    for (const item of items) {
      const visible = matches(item, selects);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    const message = countText(status, shown);
    // Only touch the live region when its text changes, so screen readers
    // are not told the same count twice.
    if (status && message !== lastText) {
      status.textContent = message;
      lastText = message;
    }
  }

  form.addEventListener("change", () => {
    apply();
    writeQuery(selects);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // "reset" fires before the form restores its defaults: wait one tick.
  form.addEventListener("reset", () => {
    window.setTimeout(() => {
      apply();
      writeQuery(selects);
    }, 0);
  });

  readQuery(selects);
  apply();
}

// Material's instant navigation swaps pages without a reload and announces
// each new page on document$; without it, mounting once is enough.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => mount());
} else {
  mount();
}
