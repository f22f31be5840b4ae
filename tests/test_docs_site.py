"""The documentation site builds with --strict and renders in a real browser (headless Chromium).

`make test` builds the site (`make docs`) and installs Debian's chromium and chromium-driver
(`make browser`) before pytest; run alone, this module rebuilds a stale site itself. Screenshots
go to build/docs-screenshots/ for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
SCREENSHOTS = ROOT / "build" / "docs-screenshots"
SOURCES = [ROOT / "mkdocs.yml", ROOT / "docs", ROOT / "overrides" / "sendbird_calls", ROOT / "generated"]
WAIT = 20.0
"""Seconds the browser may take to show an element: a ceiling for a slow machine, not a measure."""


def newest_source() -> float:
    """The latest modification time of anything the site is built from."""
    times = [path.stat().st_mtime for source in SOURCES for path in [source, *source.rglob("*")] if path.is_file()]
    return max(times)


def build_site() -> Path:
    """``SITE``, rebuilt with ``mkdocs build --strict`` unless it is newer than every source."""
    index = SITE / "index.html"
    if not index.is_file() or index.stat().st_mtime < newest_source():
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        mkdocs = Path(sys.executable).parent / "mkdocs"
        result = subprocess.run(
            [str(mkdocs), "build", "--strict", "--quiet"],
            check=False,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return SITE


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """The built site, served by a loopback HTTP server for the module's tests."""
    site = build_site()
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Debian's chromedriver, collecting the console log."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    hint = "Chromium is missing: run `make browser` (apt-get install chromium chromium-driver)"
    assert chromium, hint
    assert chromedriver, hint
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # Every host but loopback fails to resolve: the site must load nothing from outside.
    isolated = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", isolated):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(browser: Any, url: str, screenshot: str) -> None:
    """Loads ``url``, waits for the theme's header, saves a screenshot and asserts no console error."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)
    WebDriverWait(browser, WAIT).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "header.md-header"))
    )
    browser.save_screenshot(str(SCREENSHOTS / screenshot))
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], f"console errors on {url}: {errors}"


def headings(browser: Any) -> list[str]:
    """The text of every h1 and h2 of the page's article, read in one script (no handle can go stale)."""
    texts: list[str] = browser.execute_script(
        "return Array.from(document.querySelectorAll('article h1, article h2'))"
        ".map(h => h.innerText.replace(/\\u00b6\\s*$/, '').trim());"
    )
    return texts


def test_home_page_renders_with_the_theme(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, f"{site_url}/", "home.png")
    assert headings(browser)[0] == "sendbird-calls"
    assert "A first call" in headings(browser)
    # the theme's navigation lists the guides and the reference
    nav = browser.find_element(By.CSS_SELECTOR, "nav.md-nav--primary").get_attribute("textContent")
    assert "Errors and retries" in nav
    assert "Operations" in nav


def test_a_guide_renders(browser: Any, site_url: str) -> None:
    open_page(browser, f"{site_url}/guides/mock/", "guide-mock.png")
    found = headings(browser)
    assert found[0] == "The mock and its fixtures"
    assert "In your tests: the pytest fixtures" in found


def test_the_operations_reference_shows_each_parameter_and_a_runnable_example(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, f"{site_url}/reference/operations/", "reference-operations.png")
    assert headings(browser)[0] == "Operations"
    assert "client.rooms" in headings(browser)
    section = browser.find_element(By.ID, "sendbird_calls_api.api.rooms.Rooms.list")
    browser.execute_script("arguments[0].scrollIntoView();", section)
    browser.save_screenshot(str(SCREENSHOTS / "reference-rooms-list.png"))
    body = browser.find_element(By.CSS_SELECTOR, "article").get_attribute("textContent")
    for text in ("created_at_start_date", "Only rooms in this state", "RateLimitError", "next_token"):
        assert text in body
    # the example of rooms.retrieve: a whole script, and the spec's answer under it
    assert "room = client.rooms.retrieve(room_id)" in body
    assert '"room_id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"' in body
    examples = browser.execute_script(
        "return Array.from(document.querySelectorAll('article div.highlight'))"
        ".filter(block => block.textContent.includes('with CallsClient() as client:')).length;"
    )
    from sendbird_calls_api.api import operations

    assert examples == len(operations())


def test_the_pagination_and_models_guides_show_next_token_and_to_json(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, f"{site_url}/guides/pagination/", "guide-pagination.png")
    body = browser.find_element(By.CSS_SELECTOR, "article").get_attribute("textContent")
    assert "page.next_token" in body
    assert "next=token" in body
    open_page(browser, f"{site_url}/guides/models/", "guide-models.png")
    body = browser.find_element(By.CSS_SELECTOR, "article").get_attribute("textContent")
    assert "to_json()" in body


def test_the_search_box_finds_an_operation_by_name(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, f"{site_url}/", "search-before.png")
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = WebDriverWait(browser, WAIT).until(
        expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input"))
    )
    box.send_keys("list_participants")
    # Read the results in one script: the list re-renders while the query settles, so element
    # handles taken one by one can go stale between two calls.
    hrefs = WebDriverWait(browser, WAIT).until(
        lambda driver: driver.execute_script(
            """return Array.from(document.querySelectorAll('.md-search-result__item a'))
                .filter(a => (a.textContent || '').includes('list_participants')).map(a => a.href);"""
        )
    )
    browser.save_screenshot(str(SCREENSHOTS / "search-list-participants.png"))
    assert any("reference/operations/" in href for href in hrefs)
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


def test_the_models_reference_lists_each_model_with_its_fields(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, f"{site_url}/reference/models/", "reference-models.png")
    assert headings(browser)[0] == "Models"
    room = browser.find_element(By.ID, "sendbird_calls_api.models.Room")
    browser.execute_script("arguments[0].scrollIntoView();", room)
    browser.save_screenshot(str(SCREENSHOTS / "reference-models-room.png"))
    body = browser.find_element(By.CSS_SELECTOR, "article").get_attribute("textContent")
    assert "When the room was created, Unix milliseconds." in body


INTERNAL = re.compile(r"overrides/|\.jinja\b|generated/")
"""Paths of the checkout that mean nothing to a reader of the site (issue 22: a page named its template)."""
MAINTAINERS_PAGE = "guides/regenerating/"
"""The one page about those files: how maintainers regenerate the package from the spec."""


def test_no_page_but_the_maintainers_guide_names_a_path_of_the_checkout() -> None:
    site = build_site()
    leaks = {}
    for page in site.rglob("*.html"):
        where = page.relative_to(site).parent.as_posix() + "/"
        text = re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
        if where != MAINTAINERS_PAGE and INTERNAL.search(text):
            leaks[where] = INTERNAL.findall(text)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:
        if not entry["location"].startswith(MAINTAINERS_PAGE) and INTERNAL.search(entry["title"] + entry["text"]):
            leaks[entry["location"]] = INTERNAL.findall(entry["title"] + entry["text"])
    assert leaks == {}
    maintainers = (site / MAINTAINERS_PAGE / "index.html").read_text(encoding="utf-8")
    assert INTERNAL.search(maintainers), "the exemption is for the page that explains those files"
    nav = (site / "index.html").read_text(encoding="utf-8")
    assert "Contributing" in nav


def test_the_site_serves_the_rendered_blocks_not_their_markers() -> None:
    """The generated settings table reaches the page (``deadline`` and ``max_response_bytes`` rows)."""
    page = (build_site() / "getting-started" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)
    assert "max_response_bytes" in text
    assert "120 s" in text
    assert "jsonschema-rs" in text


def fake_commands(tmp_path: Path, **scripts: str) -> dict[str, str]:
    """An environment whose PATH holds only the given shell scripts (``id``, ``apt-get``...)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in scripts.items():
        path = bin_dir / name.replace("_", "-")
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path)}


def make_browser(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    make = shutil.which("make")
    assert make, "make is needed to run the Makefile's targets"
    return subprocess.run(
        [make, "--no-print-directory", "-s", "browser"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_make_browser_without_root_says_what_to_install_instead_of_failing_in_apt_get(tmp_path: Path) -> None:
    env = fake_commands(tmp_path, id="echo 1000", apt_get="echo apt-get must not run >&2; exit 100")
    done = make_browser(env)
    assert done.returncode != 0
    assert "apt-get must not run" not in done.stderr
    assert "error: the docs site check needs Debian's chromium and chromium-driver" in done.stderr
    assert "needs root" in done.stderr
    assert "apt-get install chromium chromium-driver" in done.stderr


def test_make_browser_says_so_when_apt_get_cannot_install(tmp_path: Path) -> None:
    env = fake_commands(tmp_path, id="echo 0", apt_get="echo 'E: Unable to fetch' >&2; exit 100")
    done = make_browser(env)
    assert done.returncode != 0
    assert "error: apt-get could not install chromium and chromium-driver" in done.stderr
    assert "Debian package registry" in done.stderr


def test_make_browser_does_nothing_when_both_are_there(tmp_path: Path) -> None:
    env = fake_commands(
        tmp_path, id="echo 1000", chromium="exit 0", chromedriver="exit 0", apt_get="echo ran >&2; exit 100"
    )
    done = make_browser(env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
