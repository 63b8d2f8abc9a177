"""The built site in a real browser, from file:// with no network."""


def test_index_links_every_lesson(site, page, screenshots):
    page.goto((site / "index.html").as_uri())
    links = page.locator("main a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "penalty-shapes/index.html" in links
    page.screenshot(path=str(screenshots / "index.png"), full_page=True)
    assert page.errors == []


def test_lesson_page_shows_prose_and_a_loaded_chart(site, page, screenshots):
    page.goto((site / "penalty-shapes" / "index.html").as_uri())
    assert page.locator("h1").inner_text() == "Penalty shapes"
    image = page.locator("figure img").first
    image.scroll_into_view_if_needed()
    size = image.evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
    assert size == [True, 720, 420]
    assert image.get_attribute("alt").startswith("Line chart")
    assert page.locator("figure.chart figcaption").first.inner_text().startswith("Figure 1.")
    page.screenshot(path=str(screenshots / "penalty-shapes.png"), full_page=True)
    assert page.errors == []


def test_dark_mode_swaps_the_chart(site, browser, screenshots):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto((site / "penalty-shapes" / "index.html").as_uri())
    source = page.locator("figure img").first.evaluate("img => img.currentSrc")
    assert source.endswith("figures/penalties-dark.svg")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)"
    page.screenshot(path=str(screenshots / "penalty-shapes-dark.png"), full_page=True)
    context.close()


def test_keyboard_reaches_the_lessons_from_the_index(site, page):
    page.goto((site / "index.html").as_uri())
    hrefs = []
    for _ in range(6):
        page.keyboard.press("Tab")
        hrefs.append(page.evaluate("document.activeElement.getAttribute('href')"))
    assert "penalty-shapes/index.html" in hrefs
