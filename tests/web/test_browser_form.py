"""The form a non-coder trusts (issue 14), in headless Chromium at a laptop's and a phone's size: what a user sees
(text, enabled states, visible columns) for the seed, the messages, a failure, the landing page, plain words,
schema files and the schema table. Screenshots of the form go to $SYNTHGEN_SCREENSHOTS (docs/ for the README)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import demo_settings
from .test_browser import ARGS, CHROMIUM, WAIT, _live

VIEWPORTS = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
ORDERS = "Customer orders with order id, customer name, email, status (pending, shipped, delivered) and quantity"
CATALOG = ("E-commerce product catalog with SKU, product name, category (Clothing, Toys, Books, Garden furniture and "
           "outdoor living, Kitchen appliances), price and rating")


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _live(demo_settings(tmp_path_factory.mktemp("browser-form"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser(live_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=list(VIEWPORTS))
def page(request, browser, live_url: str) -> Iterator[object]:
    context = browser.new_context(viewport=VIEWPORTS[request.param], accept_downloads=True)
    outside: list[str] = []

    def local_only(route) -> None:  # the page must work with no network beyond our server
        if route.request.url.startswith(live_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    page.goto(f"{live_url}/gradio/", wait_until="domcontentloaded")
    page.locator("#generate").wait_for(timeout=WAIT)
    yield page
    context.close()
    assert outside == [], f"the page asked for outside resources: {outside}"


_STATE = """() => {
    const status = document.querySelector('#status');
    const link = document.querySelector('#download a');
    return (status ? status.innerText : '') + '|' + (link ? link.getAttribute('href') : '');
}"""


def run(page, description: str | None = None, *, rows: str | None = None, seed: str | None = None,
        button: str = "#generate", expect_text: str = "Done.") -> str:
    """Fill the form, press a button, wait for this run's answer (a new file's link, or a new message saying
    `expect_text`); the status text."""
    from playwright.sync_api import expect

    if description is not None:
        page.locator("#description textarea").fill(description)
    if rows is not None:
        page.locator("#rows input").fill(rows)
    if seed is not None:
        page.locator("#seed input").fill(seed)
    status_before, link_before = page.evaluate(_STATE).split("|", 1)
    page.locator(button).click()
    if expect_text == "Done.":  # a success: a new file (each has a new link)
        page.wait_for_function(f"old => {{ const [s, l] = ({_STATE})().split('|'); return l && l !== old; }}",
                               arg=link_before, timeout=WAIT)
    else:  # a failure: a new message saying `expect_text`, and no file offered
        page.wait_for_function(f"""([old, want]) => {{ const [s, l] = ({_STATE})().split('|');
                                   return !l && s !== old && s.includes(want); }}""",
                               arg=[status_before, expect_text], timeout=WAIT)
    status = page.locator("#status")
    expect(status).to_contain_text(expect_text, timeout=WAIT)
    return status.inner_text()


_WHOLE_TEXT = """h => {  // every visible text inside the header lies within each box that clips it
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (!text.width && !text.height) continue;  // hidden text (a screen reader's label)
        for (let box = node.parentElement; box; box = box.parentElement) {
            const clips = box === h || getComputedStyle(box).overflowX !== "visible";
            const edge = box.getBoundingClientRect();
            if (clips && (text.right > edge.right + 1 || text.left < edge.left - 1)) return false;
            if (box === h) break;
        }
    }
    return true;
}"""


def shown_seed(page) -> int:
    from playwright.sync_api import expect

    expect(page.locator("#seed-used")).to_be_visible(timeout=WAIT)
    match = re.search(r"Seed used: (\d+)", page.locator("#seed-used").inner_text())
    assert match, page.locator("#seed-used").inner_text()
    return int(match.group(1))


def no_toast(page) -> None:
    from playwright.sync_api import expect

    expect(page.locator(".toast-body, [data-testid='toast-body']")).to_have_count(0)


# ---- 1. the seed -------------------------------------------------------------------------------------------------

def test_a_fresh_seed_each_run_shown_with_use_this_seed_again(page) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#seed input")).to_have_value("")  # no 0 on load
    expect(page.locator("#reuse-seed")).to_be_hidden()
    run(page, ORDERS, rows="20")
    first = shown_seed(page)
    first_rows = page.locator("#preview").inner_text()
    run(page)
    second = shown_seed(page)
    assert second != first and page.locator("#preview").inner_text() != first_rows
    expect(page.locator("#status")).to_contain_text(f"seed {second}")
    reuse = page.locator("#reuse-seed")
    expect(reuse).to_be_visible()
    expect(reuse).to_be_enabled()
    reuse.click()
    expect(page.locator("#seed input")).to_have_value(str(second), timeout=WAIT)
    run(page)
    assert shown_seed(page) == second


# ---- 2. messages -------------------------------------------------------------------------------------------------

def test_messages_are_plain_stay_off_the_form_and_go_on_success(page) -> None:
    from playwright.sync_api import expect

    text = run(page, "", expect_text="Could not generate")
    assert "Describe your dataset first" in text and "Too large" not in text and "must not be empty" not in text
    no_toast(page)  # no pop-up over the seed field or the table
    text = run(page, ORDERS, rows="10", seed="twelve", expect_text="Seed")
    assert "Seed" in text and "whole number" in text and "schema table" not in text
    no_toast(page)
    expect(page.locator("#seed input")).to_be_visible()
    run(page, seed="12")
    no_toast(page)
    assert "Could not generate" not in page.locator("#status").inner_text()


def test_a_misspelt_type_gets_one_full_stop_and_the_fix(page) -> None:
    run(page, "People with name and street address", rows="5")
    table = page.locator("#schema-table")
    row = next(i for i in range(10) if table.locator(f'[data-testid="cell-{i}-1"]').inner_text().strip()
               == "street_address")
    cell = table.locator(f'[data-testid="cell-{row}-1"]')
    cell.dblclick()
    editor = cell.locator("textarea, input").first
    editor.fill("street_nme")
    editor.press("Enter")
    text = run(page, button="#regenerate", expect_text="Could not generate")
    assert "street_name" in text and "?." not in text and ".." not in text
    assert "Regenerate from this schema" in text


# ---- 3. after a failure ------------------------------------------------------------------------------------------

def test_a_failure_clears_the_previous_preview_and_file(page) -> None:
    from playwright.sync_api import expect

    run(page, ORDERS, rows="10")
    expect(page.locator("#preview")).to_be_visible()
    expect(page.locator("#download a")).to_be_visible()
    run(page, rows="0", expect_text="Could not generate")
    expect(page.locator("#preview")).to_be_hidden()
    expect(page.locator("#download")).to_be_hidden()
    expect(page.locator("#seed-used")).to_be_hidden()
    expect(page.locator("#reuse-seed")).to_be_hidden()


# ---- 4. the landing page -----------------------------------------------------------------------------------------

def test_the_landing_page(page, live_url: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#preview")).to_be_hidden()  # no empty preview with headers "1 2 3"
    expect(page.locator("#download")).to_be_hidden()  # and no empty download box
    assert not re.search(r"^\s*1\s+2\s+3\s*$", page.locator("body").inner_text(), re.MULTILINE)
    icon = page.request.get(f"{live_url}/favicon.ico")
    assert icon.status == 200 and icon.body()[:4] == b"\x00\x00\x01\x00"
    page.locator("#locale input").click()
    options = page.get_by_role("option")
    expect(options.first).to_be_visible(timeout=WAIT)
    labels = options.all_inner_texts()
    assert "English (United States)" in labels and "French (Canada)" in labels
    assert not [label for label in labels if re.search(r"\b[a-z]{2}_[A-Z]{2}\b", label)]
    assert "French (Quebec)" not in labels  # fr_QC is deprecated
    page.get_by_role("option", name="German (Germany)").click()
    page.keyboard.press("Escape")
    text = run(page, CATALOG, rows="2.5", expect_text="Could not generate")
    assert "Rows must be a whole number" in text
    text = run(page, rows="12")
    assert "12 rows of e_commerce_product_catalog" in text


# ---- 5. plain words ----------------------------------------------------------------------------------------------

def test_the_page_speaks_to_visitors_with_the_detail_one_click_away(page) -> None:
    from playwright.sync_api import expect

    banner = page.locator("#mode-banner")
    expect(banner).to_contain_text("Public demo")
    run(page, ORDERS, rows="10")
    seen = page.locator("body").inner_text().lower()
    for word in ("openai_api_key", "planner", "provider"):
        assert word not in seen, word
    page.get_by_text("Technical details").click()
    expect(page.locator("#technical-run")).to_contain_text("offline", timeout=WAIT)
    expect(page.locator("#technical-mode")).to_contain_text("OPENAI_API_KEY")


# ---- 6. schema files ---------------------------------------------------------------------------------------------

def test_a_schema_saved_from_the_form_loads_back_into_it(page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    run(page, ORDERS, rows="10")
    names = [page.locator(f'#schema-table [data-testid="cell-{i}-0"]').inner_text().strip() for i in range(5)]
    with page.expect_download(timeout=WAIT) as info:
        page.locator("#schema-download a").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "customer_orders.schema.json" and json.loads(saved.read_text())["columns"]

    page.reload(wait_until="domcontentloaded")
    page.locator("#generate").wait_for(timeout=WAIT)
    page.locator("#schema-upload input[type=file], input[type=file]").first.set_input_files(str(saved))
    expect(page.locator("#status")).to_contain_text("Loaded the schema customer_orders", timeout=WAIT)
    for i, name in enumerate(names):
        expect(page.locator(f'#schema-table [data-testid="cell-{i}-0"]')).to_have_text(name)
    text = run(page, rows="7", button="#regenerate")
    assert "7 rows of customer_orders from your edited schema" in text

    bad = tmp_path / "notes.json"
    bad.write_text("these are my notes, not a schema")
    page.locator("#schema-upload input[type=file], input[type=file]").first.set_input_files(str(bad))
    expect(page.locator("#status")).to_contain_text("'notes.json' is not a schema file", timeout=WAIT)
    expect(page.locator("#preview")).to_be_hidden()
    assert "Traceback" not in page.content()


# ---- 7. the schema table -----------------------------------------------------------------------------------------

def test_the_schema_table_is_readable_and_keeps_its_columns(page) -> None:
    from playwright.sync_api import expect

    run(page, CATALOG, rows="10")
    phone = page.viewport_size["width"] < 640
    hint = page.locator("#swipe-hint")
    if phone:
        expect(hint).to_be_visible()
    else:
        expect(hint).to_be_hidden()
    table = page.locator("#schema-table")
    headers = table.locator("th")
    expected = ["column", "data type", "options (JSON)", "unique", "blanks (0-1)", "more (JSON)"]
    for i, name in enumerate(expected):  # each header reachable (scrolling sideways on a phone), on one line
        header = headers.nth(i)
        header.scroll_into_view_if_needed()
        expect(header).to_be_visible()
        expect(header).to_contain_text(name)
        box = header.bounding_box()
        line = header.evaluate("h => parseFloat(getComputedStyle(h).lineHeight) || 20")
        assert box["width"] >= 80 and box["height"] < 3 * line, (name, box)  # not squashed to "uni que"
        assert header.evaluate(_WHOLE_TEXT), f"the header {name!r} is cut off"
    row = next(i for i in range(10) if table.locator(f'[data-testid="cell-{i}-0"]').inner_text().strip()
               == "category")
    cell = table.locator(f'[data-testid="cell-{row}-2"]')
    cell.scroll_into_view_if_needed()
    assert "Kitchen appliances" not in cell.inner_text() and "..." in cell.inner_text()  # truncated
    cell.click()
    expect(cell).to_contain_text("Kitchen appliances")  # the whole value, one click away
    table.get_by_label("Open cell menu").first.click()
    menu = page.get_by_role("menu")
    expect(menu).to_contain_text("Delete row", timeout=WAIT)
    assert "column" not in menu.inner_text().lower()  # the table's own columns cannot be added or deleted
    page.keyboard.press("Escape")


# ---- screenshots -------------------------------------------------------------------------------------------------

def test_screenshots_of_the_form_with_its_defaults(browser, live_url: str, tmp_path: Path) -> None:
    """The form as a visitor sees it after clicking the first example (rows and seed left as they are)."""
    from playwright.sync_api import expect

    from synthgen.web.ui import EXAMPLES

    folder = Path(os.environ.get("SYNTHGEN_SCREENSHOTS") or tmp_path)
    for name, viewport in (("screenshot-ui.png", VIEWPORTS["laptop"]), ("screenshot-ui-phone.png",
                                                                       VIEWPORTS["phone"])):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(f"{live_url}/gradio/", wait_until="domcontentloaded")
        page.get_by_text(EXAMPLES[0][:40]).first.click()
        expect(page.locator("#rows input")).to_have_value("1000")
        expect(page.locator("#seed input")).to_have_value("")
        page.locator("#generate").click()
        expect(page.locator("#status")).to_contain_text("Done.", timeout=WAIT)
        page.mouse.move(0, 0)
        page.screenshot(path=str(folder / name), full_page=True)
        context.close()
        assert (folder / name).stat().st_size > 10_000
