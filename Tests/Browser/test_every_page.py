"""Every generated page, opened from file:// with no network: loads cleanly, images load and have alt
text, internal links resolve, headings do not skip levels, math became MathML, and dark mode swaps the
chart images."""
import pathlib
import re
from urllib.parse import unquote, urlparse

import pytest


def pages(site: pathlib.Path):
    return sorted(site.rglob("index.html"))


@pytest.fixture(scope="module")
def all_pages(site):
    found = pages(site)
    assert len(found) >= 3, "the index and at least two lessons"
    return found


def shot_name(site, path, suffix):
    relative = path.parent.relative_to(site)
    return ("index" if str(relative) == "." else str(relative).replace("/", "-")) + suffix + ".png"


def test_every_page_loads_cleanly_with_images_alt_text_and_headings(site, all_pages, page, screenshots):
    for path in all_pages:
        page.errors = []
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        # Scroll everything into view so lazy images would load too.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        images = page.locator("img").evaluate_all(
            "imgs => imgs.map(i => [i.getAttribute('src'), i.complete, i.naturalWidth, i.getAttribute('alt')])")
        for src, complete, width, alt in images:
            assert complete and width > 0, f"{path}: image {src} did not load"
            assert alt and alt.strip(), f"{path}: image {src} has no alt text"
        levels = page.locator("main h1, main h2, main h3, main h4, main h5, main h6").evaluate_all(
            "hs => hs.map(h => Number(h.tagName[1]))")
        assert levels and levels[0] == 1, f"{path}: the first heading must be an h1"
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{path}: heading level jumps from h{before} to h{after}"
        assert page.errors == [], f"{path}: {page.errors}"
        page.screenshot(path=str(screenshots / shot_name(site, path, "")), full_page=True)


def test_internal_links_resolve(site, all_pages, page):
    for path in all_pages:
        page.goto(path.as_uri())
        hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.href)")
        for href in hrefs:
            url = urlparse(href)
            if url.scheme != "file":
                continue
            target = pathlib.Path(unquote(url.path))
            assert target.exists(), f"{path}: link to missing {target}"
            if url.fragment and target.suffix == ".html":
                html = target.read_text(encoding="utf-8")
                assert re.search(rf'id="{re.escape(url.fragment)}"', html), f"{path}: no #{url.fragment} in {target}"


def test_math_in_the_markdown_became_mathml(site, all_pages, page):
    for path in all_pages:
        if path.parent == site:
            continue
        source = path.parent / "source" / "lesson.md"
        if not source.exists():
            continue
        text = source.read_text(encoding="utf-8")
        # Math outside code: strip fenced blocks and code spans first.
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        prose = re.sub(r"`[^`]*`", "", prose)
        has_math = re.search(r"(?<!\\)\$[^\s$]", prose) is not None
        if has_math:
            page.goto(path.as_uri())
            assert page.locator("math").count() > 0, f"{path}: lesson.md has math but the page has no <math>"


def test_dark_mode_swaps_every_chart(site, all_pages, browser, screenshots):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    for path in all_pages:
        page.goto(path.as_uri())
        sources = page.locator("figure.chart img").evaluate_all("imgs => imgs.map(i => i.currentSrc)")
        for source in sources:
            assert source.endswith("-dark.svg"), f"{path}: {source} is not the dark chart"
        page.screenshot(path=str(screenshots / shot_name(site, path, "-dark")), full_page=True)
    context.close()
