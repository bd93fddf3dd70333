"""`python -m tools.bench [--runs N] [--profiles snel,telefoon] [--no-docs]`

Builds the site, serves it like a static host, measures (browser, engine,
site), prints the table and writes bench-results/latest.json and the table
into docs/prestaties.md (between the bench markers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from inspiratiebox.cli import main as cli
from inspiratiebox.site import server

from . import browser, engine_speed, markdown_speed, placement_speed, report, sitestats
from .stats import median, ratio, verdict

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results"
DOCS_PAGE = ROOT / "docs" / "prestaties.md"
TARGETS = {  # profile -> limits
    "snel": {"form": 300, "results": 100, "ready_ratio": 1.05},
    "telefoon": {"form": 1500, "results": 300, "ready_ratio": 0.85},
}
BYTES_RATIO = 0.75
ENGINE_10K_MS = 100
CONTENT_PAGE_BYTES = 300_000


def summarise(samples: dict) -> dict:
    out = {}
    for key, runs in samples.items():
        done = [r for r in runs if r]
        files = sorted({f for r in done for f in r["files"]})
        out[key] = {
            "runs": len(runs), "gelukt": len(done),
            "ready_ms": median(r["ready"] for r in done),
            "form_ms": median(r.get("form") for r in done),
            "results_ms": median(r.get("results") for r in done),
            "bytes": median(sum(r["files"].values()) for r in done),
            "bytes_per_bestand": {f: median(r["files"].get(f, 0) for r in done) for f in files},
        }
    return out


def browser_rows(profile: str, s: dict) -> list[list]:
    t = TARGETS[profile]
    rows = []
    for cache in ("koud", "warm"):
        w, p = s[f"wijzer_{cache}"], s[f"plain_{cache}"]
        r = ratio(w["ready_ms"], p["ready_ms"])
        rows.append(["Formulier bruikbaar", profile, cache, report.fmt_ms(w["form_ms"]), "–", "–",
                     f"≤ {report.fmt_ms(t['form'])}", verdict(w["form_ms"], t["form"])])
        ready_target = f"≤ {t['ready_ratio']:.2f}× gewone pagina" if cache == "koud" else "–"
        rows.append(["Engine klaar", profile, cache, report.fmt_ms(w["ready_ms"]), report.fmt_ms(p["ready_ms"]),
                     report.fmt_ratio(r), ready_target, verdict(r, t["ready_ratio"]) if cache == "koud" else "–"])
        rows.append(["Resultaten na verzenden", profile, cache, report.fmt_ms(w["results_ms"]), "–", "–",
                     f"≤ {report.fmt_ms(t['results'])}", verdict(w["results_ms"], t["results"])])
        b = ratio(w["bytes"], p["bytes"])
        rows.append(["Bytes tot klaar (gzip)", profile, cache, report.fmt_bytes(w["bytes"]), report.fmt_bytes(p["bytes"]),
                     report.fmt_ratio(b), f"≤ {BYTES_RATIO:.2f}× gewone pagina" if cache == "koud" else "–",
                     verdict(b, BYTES_RATIO) if cache == "koud" else "–"])
    return rows


def placement_section(rows: list) -> list:
    target = placement_speed.TARGET_MS
    table = [[r["geval"], f"{r['n']:,}".replace(",", "."), r["kandidaten"], r["extra"], r["voorstellen"],
              report.fmt_ms(r["cpython_ms"]), report.fmt_ms(r["pyodide_ms"]),
              f"≤ {report.fmt_ms(target)} in Pyodide: {verdict(r['pyodide_ms'], target)}" if r["n"] < 10_000 else "–"]
             for r in rows]
    return ["### Groepsplaatsing (een voorstel per kandidaat)",
            "De engine zoekt voor elke kandidaat de passende vacatures (zoals bij één kandidaat) en kiest dan de "
            "beste verdeling over de hele groep. Met 10.000 vacatures weegt dat zoeken het zwaarst: het kost "
            "ongeveer één zoekopdracht per kandidaat.",
            report.table(["Geval", "Vacatures", "Kandidaten", "Met extra begeleiding", "Met een voorstel",
                          "CPython", "Pyodide", "Doel"], table)]


def render(results: dict) -> str:
    runs = ", ".join(f"{p}: {s['wijzer_koud']['runs']} runs" for p, s in results["browser"].items()) or "geen browsermeting"
    parts = [f"Gemeten op {results['wanneer']} · {results['machine']} · mediaan van de runs per meting ({runs})."]
    for profile, how in (results.get("cpu_vertraging") or {}).items():
        if how:
            parts[0] += f" Tragere processor ({profile}): {how}."
    header = ["Meting", "Profiel", "Cache", "Wijzer", "Pyodide zonder meer", "Verhouding", "Doel", "Oordeel"]
    rows = []
    for profile, s in results["browser"].items():
        rows += browser_rows(profile, s)
    if rows:
        parts += ["### In de browser", report.table(header, rows)]
        first = next(iter(results["browser"].values()))
        w, p = first["wijzer_koud"]["bytes_per_bestand"], first["plain_koud"]["bytes_per_bestand"]
        names = sorted(set(w) | set(p), key=lambda f: -max(w.get(f) or 0, p.get(f) or 0))
        parts += ["### Bytes tot klaar, per bestand (koude cache)",
                  report.table(["Bestand", "Wijzer", "Pyodide zonder meer"],
                               [[n, report.fmt_bytes(w.get(n)), report.fmt_bytes(p.get(n))] for n in names])]
    if results.get("engine"):
        rows = [[f"{e['n']:,}".replace(",", "."),
                 report.fmt_ms(e["cpython_ms"]), report.fmt_ms(e.get("cpython_daarna_ms")),
                 report.fmt_ms(e["pyodide_ms"]), report.fmt_ms(e.get("pyodide_daarna_ms")), report.fmt_ms(e.get("pyodide_prepare_ms")),
                 report.fmt_bytes(e["cpython_peak"]), report.fmt_bytes(e["pyodide_peak"]),
                 (f"≤ {ENGINE_10K_MS} ms in Pyodide (daarna): " + verdict(e.get("pyodide_daarna_ms"), ENGINE_10K_MS)) if e["n"] == 10_000 else "–"]
                for e in results["engine"]]
        parts += ["### Snelheid van de engine (één kandidaat)",
                  "*Eerste keer*: de engine leest de gegevens en rangschikt. *Daarna*: de worker heeft de gegevens "
                  "al gelezen terwijl de wijzer laadde (*inlezen*), en rangschikt alleen nog: dat is wat een bezoeker "
                  "na een klik op de knop wacht.",
                  report.table(["Vacatures", "CPython eerste keer", "CPython daarna", "Pyodide eerste keer", "Pyodide daarna",
                                "Inlezen in Pyodide", "Piekgeheugen CPython", "Piekgeheugen Pyodide", "Doel"], rows)]
    if results.get("plaatsing"):
        parts += placement_section(results["plaatsing"])
    site = results.get("site")
    if site:
        b = site["bouwtijd"]
        rows = [["Voorbeeldinhoud", report.fmt_ms(b["voorbeeld_s"] * 1000 if b["voorbeeld_s"] else None)],
                [f"Tien keer zoveel inhoud ({b['x10_vacatures']} vacatures)", report.fmt_ms(b["x10_s"] * 1000 if b["x10_s"] else None)]]
        parts += ["### Bouwtijd", report.table(["Site", "Bouwtijd"], rows)]
        rows = []
        for label, key in (("Inhoudspagina", "inhoudspagina"), ("Pagina met de wijzer", "wijzerpagina")):
            w = site[key]
            for name, e in sorted(w["per_soort"].items(), key=lambda x: -x[1]["bytes"]):
                rows.append([label, name, report.fmt_bytes(e["bytes"]), e["requests"], "", ""])
            target, judged = "–", "–"
            if key == "inhoudspagina":
                target = f"≤ {report.fmt_bytes(CONTENT_PAGE_BYTES)}, geen Pyodide"
                judged = "gehaald" if w["bytes"] <= CONTENT_PAGE_BYTES and not w["laadt_pyodide"] else "niet gehaald"
            rows.append([label, "**totaal**", report.fmt_bytes(w["bytes"]), w["requests"], target, judged])
        parts += ["### Gewicht van een pagina (koude cache, gzip)",
                  report.table(["Pagina", "Soort", "Bytes", "Verzoeken", "Doel", "Oordeel"], rows)]
    if results.get("markdown"):
        target = markdown_speed.TARGET_MS
        rows = [[m["geval"], f"{m['tekens']:,}".replace(",", "."), report.fmt_ms(m["ms"]),
                 f"≤ {report.fmt_ms(target)}", verdict(m["ms"], target)] for m in results["markdown"]]
        parts += ["### Markdown weergeven: de slechtste gevallen van één veld",
                  "Elk geval vult één Markdown-veld tot de grens met tekst die Python-Markdown vroeger per "
                  "teken opnieuw doorzocht (open haken, backticks, tags, korte regels na elkaar).",
                  report.table(["Geval", "Tekens", "Tijd", "Doel", "Oordeel"], rows)]
    return "\n\n".join(parts) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", default="snel,telefoon")
    parser.add_argument("--runs-telefoon", type=int, default=None, help="runs op het telefoonprofiel (standaard: --runs)")
    parser.add_argument("--no-engine", action="store_true")
    parser.add_argument("--no-site", action="store_true")
    parser.add_argument("--no-markdown", action="store_true")
    parser.add_argument("--no-docs", action="store_true", help="schrijf de tabel niet in docs/prestaties.md")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    results = {
        "wanneer": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} kernen, Python {platform.python_version()}",
        "runs": args.runs, "browser": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if cli(["build", "--site-dir", str(site)]):
            return 1
        browser.prepare_plain_page(site, ROOT / "node_modules" / "pyodide")
        with server.serve(site) as url:
            print(f"Site op {url}", flush=True)
            for profile in [p for p in args.profiles.split(",") if p]:
                runs = args.runs_telefoon if profile == "telefoon" and args.runs_telefoon else args.runs
                print(f"Profiel {profile}: {runs} runs", flush=True)
                samples, how = browser.measure(url, profile, runs, log=lambda m: print(m, flush=True))
                results["browser"][profile] = summarise(samples)
                results.setdefault("cpu_vertraging", {})[profile] = how
            if not args.no_site:
                from playwright.sync_api import sync_playwright

                with sync_playwright() as playwright:
                    chromium = playwright.chromium.launch(executable_path=browser.CHROMIUM, args=browser.CHROMIUM_ARGS)
                    results["site"] = {
                        "inhoudspagina": sitestats.page_weight(chromium, url + sitestats.CONTENT_PAGE, False),
                        "wijzerpagina": sitestats.page_weight(chromium, url + browser.WIDGET_PAGE, True),
                    }
                    chromium.close()
        if not args.no_site:
            print("Bouwtijden...", flush=True)
            results["site"]["bouwtijd"] = sitestats.build_times()
        if not args.no_engine:
            print("Engine...", flush=True)
            data = json.loads((site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
            # The full stdlib here: tracemalloc (peak memory) is not in the trimmed one,
            # and which archive the modules came from does not change the engine's speed.
            results["engine"] = engine_speed.measure(data, ROOT / "node_modules" / "pyodide" / "python_stdlib.zip")
            print("Groepsplaatsing...", flush=True)
            results["plaatsing"] = placement_speed.measure(data, ROOT / "node_modules" / "pyodide" / "python_stdlib.zip")
    if not args.no_markdown:
        print("Markdown...", flush=True)
        results["markdown"] = markdown_speed.measure(log=lambda m: print(m, flush=True))
    text = render(results)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if not args.no_docs and DOCS_PAGE.exists():
        DOCS_PAGE.write_text(report.replace_between_markers(DOCS_PAGE.read_text(encoding="utf-8"), text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
