"""The built book in a real browser: headless Chromium, driven by Playwright, served on 127.0.0.1.

Every request that would leave 127.0.0.1 is blocked and listed in ``_build/browser-report.json``,
so the test also proves the book works offline.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.book

if os.environ.get("BROWSER_TEST") == "skip":
    pytest.skip("BROWSER_TEST=skip: the browser test is switched off on this machine", allow_module_level=True)
if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(
            "Chromium is missing: `make test` installs it with apt-get (Debian package 'chromium')", pytrace=False
        )
    pytest.skip(
        "Chromium is not installed (apt-get install chromium); the browser test runs in CI", allow_module_level=True
    )

sync_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(built_book):
    """Serve the built book on 127.0.0.1 with Python's own HTTP server."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(built_book)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def external_requests():
    """Every request that tried to leave 127.0.0.1, by page; written to _build/browser-report.json."""
    seen: dict[str, list[str]] = {}
    yield seen
    report = ROOT / "_build" / "browser-report.json"
    report.write_text(json.dumps({"blocked_external_requests": seen}, indent=2, sort_keys=True), encoding="utf-8")


def open_page(browser, url: str, external: dict[str, list[str]], width: int = 1300):
    """Open ``url`` offline (external requests blocked), collecting console and page errors."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if host not in ("127.0.0.1", None):
            external.setdefault(url, []).append(request_route.request.url)
            return request_route.abort()
        return request_route.continue_()

    page.route("**/*", route)
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    return page, errors


def book_pages() -> list[str]:
    toc_pages = sorted(path.stem for path in (ROOT / "book").iterdir() if path.suffix in (".ipynb", ".md"))
    return ["index.html", *[f"book/{stem}.html" for stem in toc_pages]]


def test_search_finds_ceasefire(browser, site, external_requests):
    page, errors = open_page(browser, f"{site}/search.html?q=ceasefire", external_requests)
    page.wait_for_selector("#search-results ul.search li", timeout=20000)
    hits = page.locator("#search-results ul.search li").count()
    page.close()
    assert hits > 0 and errors == []


def test_a_solution_dropdown_opens(browser, site, external_requests):
    page, errors = open_page(browser, f"{site}/book/01_corpus.html", external_requests)
    solution = page.locator("div.solution.dropdown").first
    body = solution.locator("section, .section, p").last
    assert not body.is_visible()
    solution.locator("button.toggle-button").first.click()
    page.wait_for_timeout(500)
    assert body.is_visible()
    page.close()
    assert errors == []


def test_book_works_opened_straight_from_disk(browser, built_book, external_requests):
    page, errors = open_page(browser, (built_book / "book" / "01_corpus.html").as_uri(), external_requests)
    title = page.title()
    images = page.evaluate("() => [...document.images].filter(img => img.naturalWidth > 0).length")
    page.close()
    assert "corpus" in title.lower() and images > 0 and errors == []


# --- Reading the book at a desktop and a phone width --------------------------------------------

#: The widths a reader sees the book at: a laptop window and a phone.
READING_WIDTHS = (1280, 390)

#: Opens every collapsed block, then reports what a reader would stumble on (see the test below).
READING_CHECKS = """() => {
  document.querySelectorAll("details").forEach(block => block.open = true);
  const article = document.querySelector("article.bd-article");
  const box = article.getBoundingClientRect(), style = getComputedStyle(article);
  const left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);
  const wide = [];
  for (const table of article.querySelectorAll("table")) {
    const edges = table.getBoundingClientRect();
    if (edges.width > 0 && (edges.right > right + 1 || edges.left < left - 1)) {
      const headers = [...table.querySelectorAll("th")].slice(0, 4).map(th => th.innerText.trim()).join(" | ");
      wide.push(`${Math.round(edges.width)} px in a ${Math.round(right - left)} px column: ${headers}`);
    }
  }
  const missing = [...article.querySelectorAll("td, th")].map(cell => cell.innerText.trim())
    .filter(text => /^(nan|NaN|NaT|<NA>|None)$/.test(text));
  const prose = [...article.querySelectorAll("p, li, dd, caption, figcaption")].map(node => node.innerText).join("\\n");
  const missingInProse = prose.match(/\\b(?:nan|NaN|NaT)\\b|<NA>|[\\[(=,]\\s*None\\b|\\bNone\\s*[\\]),]/g) || [];
  const pageWidth = document.documentElement.scrollWidth;
  return {wide, missing, missingInProse, sideways: pageWidth > window.innerWidth ? pageWidth : 0};
}"""


#: Raster figures narrower on screen than this share of their pixel width are shrunk too far to read.
MIN_RASTER_SCALE = 0.6

#: Loads every image (lazy ones too); returns the images that did not load, and the raster (PNG/JPEG)
#: figures of the article shown at under ``minimum`` of their pixel width (figures are SVG, which
#: stays sharp at any width; a raster image shrunk further would have text too small to read).
IMAGE_CHECKS = """async (minimum) => {
  const images = [...document.images];
  await Promise.all(images.map(img => { img.loading = 'eager'; return img.decode().catch(() => null); }));
  const broken = images.filter(img => !(img.naturalWidth > 0)).map(img => img.src);
  const shrunk = [...document.querySelectorAll('article img')]
    .filter(img => !/\\.svg($|\\?)/i.test(img.currentSrc || img.src) && img.naturalWidth > 100)
    .filter(img => img.getBoundingClientRect().width > 0)
    .filter(img => img.getBoundingClientRect().width < minimum * img.naturalWidth)
    .map(img => `${img.src.split('/').pop()} ${Math.round(img.getBoundingClientRect().width)} of ${img.naturalWidth} px`);
  return {broken, shrunk};
}"""

#: The prose of a page (paragraphs and list items of the article), one block per line.
PROSE_TEXT = """() => [...document.querySelectorAll("article.bd-article p, article.bd-article li")]
  .map(node => node.innerText).join("\\n")"""

#: An identifier as the prose would show one: a doc id such as coalition-letter-2024, or a snake_case name.
IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+\b")


def repeated_identifiers(prose: str) -> list[str]:
    """Sentences of ``prose`` that name one identifier three times or more (template prose).

    >>> repeated_identifiers("nato-2020 leads, nato-2020 boosts and nato-2020 hedges. Fine.")
    ['nato-2020: nato-2020 leads, nato-2020 boosts and nato-2020 hedges.']
    """
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", prose):
        counts: dict[str, int] = {}
        for name in IDENTIFIER.findall(sentence):
            if any(ch.isdigit() for ch in name) or "_" in name:
                counts[name] = counts.get(name, 0) + 1
        found += [f"{name}: {sentence.strip()}" for name, count in counts.items() if count >= 3]
    return found


def test_repeated_identifiers_are_found():
    assert repeated_identifiers("nato-2020 leads, nato-2020 boosts and nato-2020 hedges. Fine.") != []
    assert repeated_identifiers("nato-2020 and mofa-consensus-2021 differ; nato-2020 speaks less.") == []


@pytest.mark.parametrize("width", READING_WIDTHS)
@pytest.mark.parametrize("path", book_pages())
def test_page_loads_and_reads_well_at_desktop_and_phone_width(browser, site, external_requests, path, width):
    """Every image loads and no raster figure is shrunk below 60%; no table wider than the text column,
    no nan/NaT/<NA>/None shown, no console error, nothing requested from outside 127.0.0.1, and (on
    a phone) no page that scrolls sideways. Screenshots of every page at both widths go to
    ``_build/screenshots``."""
    page, errors = open_page(browser, f"{site}/{path}", external_requests, width=width)
    images = page.evaluate(IMAGE_CHECKS, MIN_RASTER_SCALE)
    found = page.evaluate(READING_CHECKS)
    repeated = repeated_identifiers(page.evaluate(PROSE_TEXT))
    screenshots = ROOT / "_build" / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshots / f"{Path(path).stem}-{width}.png"), full_page=True)
    page.close()
    assert images["broken"] == [], f"{path} at {width} px: images that did not load {images['broken']}"
    assert images["shrunk"] == [], f"{path} at {width} px: raster figures shrunk below 60% {images['shrunk']}"
    assert found["wide"] == [], f"{path} at {width} px: tables wider than the column {found['wide']}"
    assert found["missing"] == [] and found["missingInProse"] == [], (
        f"{path} at {width} px: missing values shown {found}"
    )
    assert errors == [], f"{path} at {width} px: console errors {errors}"
    assert repeated == [], f"{path}: an identifier three times in one sentence {repeated}"
    assert f"{site}/{path}" not in external_requests, (
        f"{path}: requests left 127.0.0.1 {external_requests.get(f'{site}/{path}')}"
    )
    if width < 600:
        assert found["sideways"] == 0, (
            f"{path} at {width} px: the page is {found['sideways']} px wide and scrolls sideways"
        )


def interactive_concordance(page):
    """The first concordance on the page that is a DataTable (sortable, searchable, paginated)."""
    container = page.locator(".book-table-interactive:has(table.concordance.dataTable)").first
    container.wait_for(timeout=20000)
    return container


def visible_rows(container) -> list[str]:
    return [text.lower() for text in container.locator("table.dataTable tbody tr").all_inner_texts()]


def test_typing_in_the_concordance_search_box_filters_its_rows(browser, site, external_requests):
    page, errors = open_page(browser, f"{site}/book/02_words.html", external_requests)
    page.evaluate("() => document.querySelectorAll('details').forEach(block => block.open = true)")
    concordance = interactive_concordance(page)
    first_page = visible_rows(concordance)
    info_before = concordance.locator(".dt-info").inner_text()
    # A word of the first line's right-hand context: it occurs in that line, and (a concordance of
    # many lines being about one keyword) not in every line.
    right_context = concordance.locator("table.dataTable tbody tr").first.locator("td").nth(3).inner_text()
    word = max(right_context.split(), key=len).strip(".,;:()\"'“”").lower()
    concordance.locator(".dt-search input").fill(word)
    page.wait_for_timeout(500)
    filtered = visible_rows(concordance)
    info_after = concordance.locator(".dt-info").inner_text()
    page.close()
    assert len(first_page) == 10, f"a long concordance shows ten lines a page, not {len(first_page)}"
    assert filtered and all(word in row for row in filtered), (word, filtered)
    assert info_after != info_before and "filtered" in info_after, (info_before, info_after)
    assert errors == []


def test_clicking_a_concordance_header_sorts_its_rows(browser, site, external_requests):
    page, errors = open_page(browser, f"{site}/book/02_words.html", external_requests)
    page.evaluate("() => document.querySelectorAll('details').forEach(block => block.open = true)")
    concordance = interactive_concordance(page)
    header = concordance.locator("table.dataTable thead th").first
    header.click()
    page.wait_for_timeout(300)
    ascending = [row.split("\t")[0] for row in visible_rows(concordance)]
    header.click()
    page.wait_for_timeout(300)
    descending = [row.split("\t")[0] for row in visible_rows(concordance)]
    page.close()
    assert ascending == sorted(ascending) and descending == sorted(descending, reverse=True), (ascending, descending)
    assert errors == []
