"""Fixtures for the browser tests: the built site and a headless system Chromium."""
import os
import pathlib

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / ".build" / "screenshots"


@pytest.fixture(scope="session")
def site() -> pathlib.Path:
    path = pathlib.Path(os.environ["REGLESSONS_SITE"])
    assert (path / "index.html").is_file(), f"no site at {path}"
    return path


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("requestfailed", lambda request: page.errors.append(f"failed: {request.url}"))
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> pathlib.Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
