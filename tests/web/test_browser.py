"""End to end in headless Chromium (Playwright): describe, generate, edit the schema, regenerate, download."""

from __future__ import annotations

import csv
import io
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from synthgen.web.app import create_app
from synthgen.web.ui import EXAMPLES

from .conftest import demo_settings

CHROMIUM = Path(os.environ.get("SYNTHGEN_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT = 60_000  # ms: an upper bound on each wait, never an assertion about speed


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    reason = (f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` "
              "(the browser test drives Debian's Chromium through Playwright)")
    if os.environ.get("SYNTHGEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; SYNTHGEN_REQUIRE_BROWSER=1 makes this a failure")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _live(settings) -> Iterator[str]:
    """The real app under a real uvicorn server on a free local port, in a thread."""
    import uvicorn

    _require_browser()
    app = create_app(settings)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", workers=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    started = threading.Event()
    for _ in range(600):  # bounded: up to about a minute
        if server.started:
            started.set()
            break
        if not thread.is_alive():
            break
        started.wait(0.1)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _live(demo_settings(tmp_path_factory.mktemp("browser"))) as url:
        yield url


@pytest.fixture()
def page(live_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1400}, accept_downloads=True)
        outside: list[str] = []

        def local_only(route) -> None:  # the page must work with no network beyond our server
            if route.request.url.startswith(("http://127.0.0.1:", live_url)):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", local_only)
        page = context.new_page()
        refused: list[str] = []  # what the Content-Security-Policy blocked: it must block nothing the page needs
        page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
        yield page
        context.close()
        browser.close()
        assert outside == [], f"the page asked for outside resources: {outside}"
        assert refused == [], f"the Content-Security-Policy blocked: {refused}"


def test_describe_generate_edit_regenerate_download(page, live_url: str) -> None:
    from playwright.sync_api import expect

    response = page.goto(f"{live_url}/", wait_until="domcontentloaded")  # / leads to the UI
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]  # and the page works under it
    expect(page.locator("#mode-banner")).to_contain_text("Public demo", timeout=WAIT)
    description = page.locator("#description textarea")

    # A clickable example fills the description box.
    page.get_by_text(EXAMPLES[1][:40]).first.click()
    expect(description).to_have_value(EXAMPLES[1], timeout=WAIT)

    description.fill("Customer orders with order id, customer name, email, status (pending, shipped, delivered) "
                     "and quantity")
    page.fill("#rows input", "150")
    page.fill("#seed input", "7")
    page.click("#generate")
    status = page.locator("#status")
    expect(status).to_contain_text("Made 150 rows", timeout=WAIT)
    expect(status).to_contain_text("seed 7")

    schema = page.locator("#schema-table")
    expect(schema).to_contain_text("email")
    expect(schema).to_contain_text("random_element")
    preview = page.locator("#preview")
    expect(preview).to_contain_text("@")  # e-mail addresses in the first rows
    # The first 100 rows (a header row plus 100; the grid renders only the visible ones).
    expect(preview.locator('[role="grid"]')).to_have_attribute("aria-rowcount", "101")

    # Edit the status column: its arguments cell becomes a two-value choice.
    row = next(i for i in range(20)
               if schema.locator(f'[data-testid="cell-{i}-1"]').inner_text().strip() == "random_element")
    cell = schema.locator(f'[data-testid="cell-{row}-2"]')
    cell.dblclick()
    editor = cell.locator("textarea, input").first
    editor.fill('{"elements": ["alpha", "beta"]}')
    editor.press("Enter")
    expect(cell).to_contain_text("alpha")
    column = schema.locator(f'[data-testid="cell-{row}-0"]').inner_text().strip()

    page.click("#regenerate")
    expect(status).to_contain_text("from your edited schema", timeout=WAIT)
    expect(preview).to_contain_text("alpha")

    with page.expect_download(timeout=WAIT) as info:
        page.locator("#download a").first.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    table = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(table) == 151
    index = table[0].index(column)
    assert {r[index] for r in table[1:]} == {"alpha", "beta"}
    assert "email" in table[0]


def test_a_bad_edit_shows_a_friendly_message(page, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_url}/gradio/", wait_until="domcontentloaded")
    page.locator("#description textarea").fill("People with name and email")
    page.fill("#rows input", "10")
    page.click("#generate")
    status = page.locator("#status")
    expect(status).to_contain_text("Made 10 rows", timeout=WAIT)
    cell = page.locator('#schema-table [data-testid="cell-0-1"]')
    cell.dblclick()
    editor = cell.locator("textarea, input").first
    editor.fill("colour_name")
    editor.press("Enter")
    page.click("#regenerate")
    expect(status).to_contain_text("Could not generate", timeout=WAIT)
    expect(status).to_contain_text("color_name")
    assert "Traceback" not in page.content()


def test_the_use_via_api_view_still_works(page, live_url: str) -> None:
    """The footer's API view reads /gradio_api/info (allowed); monitoring is closed and the view copes."""
    from playwright.sync_api import expect

    page.goto(f"{live_url}/gradio/", wait_until="domcontentloaded")
    expect(page.locator("#mode-banner")).to_contain_text("Public demo", timeout=WAIT)
    page.get_by_text("Use via API").first.click()
    expect(page.get_by_text("/generate").first).to_be_visible(timeout=WAIT)
    assert "Traceback" not in page.content()


def test_with_api_keys_the_page_asks_for_a_key(page, tmp_path_factory) -> None:
    from playwright.sync_api import expect

    settings = demo_settings(tmp_path_factory.mktemp("keyed-browser"), api_keys="browser-key-0123456789")
    with _live(settings) as url:
        page.goto(f"{url}/gradio/", wait_until="domcontentloaded")
        password = page.locator('input[type="password"]')
        expect(password).to_be_visible(timeout=WAIT)
        page.locator('input[type="text"]').first.fill("me")
        password.fill("wrong-key")
        page.keyboard.press("Enter")
        expect(page.locator("#mode-banner")).to_have_count(0)
        expect(page.get_by_text("Incorrect Credentials")).to_be_visible(timeout=WAIT)
        page.locator('input[type="text"]').first.fill("me")
        password.fill("browser-key-0123456789")
        page.get_by_role("button", name="Login").click()
        expect(page.locator("#mode-banner")).to_contain_text("Public demo", timeout=WAIT)
        page.locator("#description textarea").fill("People with name and email")
        page.fill("#rows input", "5")
        page.click("#generate")
        expect(page.locator("#status")).to_contain_text("Made 5 rows", timeout=WAIT)
