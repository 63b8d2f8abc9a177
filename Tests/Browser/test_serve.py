"""The built site through `reglessons serve` (started by scripts/browser-tests.sh): every request
succeeds, every image loads, and the live-reload script is there only when served."""
import os

import pytest

RELOAD_SCRIPT = "script[data-reglessons-reload]"


@pytest.fixture(scope="session")
def server_url() -> str:
    url = os.environ.get("REGLESSONS_URL", "")
    assert url.startswith("http://127.0.0.1:"), "run through scripts/browser-tests.sh (REGLESSONS_URL unset)"
    return url


def watch_responses(page):
    """Records every response with an error status on page.errors (requestfailed is already there)."""
    page.on("response", lambda response: response.status >= 400
            and page.errors.append(f"{response.status}: {response.url}"))


def assert_every_image_loaded(page):
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("Array.from(document.images).every(img => img.complete)")
    sizes = page.locator("img").evaluate_all(
        "images => images.map(img => [img.getAttribute('src'), img.naturalWidth])")
    assert sizes, "no images"
    assert [src for src, width in sizes if width == 0] == []


def lesson_links(page):
    return page.locator("main a").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def test_index_through_the_server(server_url, site, page):
    watch_responses(page)
    response = page.goto(server_url)
    assert response.status == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "penalty-shapes/index.html" in lesson_links(page)
    assert page.locator(RELOAD_SCRIPT).count() == 1
    assert "reglessons-reload" not in (site / "index.html").read_text()
    assert page.errors == []


def test_every_lesson_through_the_server_loads_its_images(server_url, site, browser):
    index = browser.new_page()
    index.goto(server_url)
    links = lesson_links(index)
    index.close()
    assert len(links) >= 2
    for link in links:
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        page = context.new_page()
        page.errors = []
        page.on("console", lambda message, page=page: message.type == "error" and page.errors.append(message.text))
        page.on("pageerror", lambda error, page=page: page.errors.append(str(error)))
        page.on("requestfailed", lambda request, page=page: page.errors.append(f"failed: {request.url}"))
        watch_responses(page)
        assert page.goto(server_url + link).status == 200
        assert page.locator("h1").count() == 1
        assert_every_image_loaded(page)
        assert page.locator(RELOAD_SCRIPT).count() == 1
        assert "reglessons-reload" not in (site / link).read_text()
        assert page.errors == [], link
        context.close()


def test_the_reload_script_polls_the_version(server_url, page):
    watch_responses(page)
    with page.expect_response(lambda response: response.url.endswith("/__reglessons/version")) as polled:
        page.goto(server_url + "penalty-shapes/")
    response = polled.value
    assert response.status == 200
    assert response.json() == {"version": 0}
    assert page.errors == []


def test_a_lesson_folder_without_its_slash_redirects(server_url, page):
    response = page.goto(server_url + "penalty-shapes")
    assert response.status == 200
    assert page.url == server_url + "penalty-shapes/"
    assert page.locator("h1").inner_text() == "Penalty shapes"


def test_pages_from_disk_carry_no_reload_script(site, page):
    page.goto((site / "penalty-shapes" / "index.html").as_uri())
    assert page.locator(RELOAD_SCRIPT).count() == 0
    assert page.errors == []
