"""The interactive HTML view in a real headless chromium: offline, no console errors, nothing injected runs."""
from __future__ import annotations

import io
import json
import re

import matplotlib.image
import numpy as np
import pytest

from browser import Browser, executable
from conftest import HOSTILE, HOSTILE_SENTENCE
from kg import export, html


def test_script_json_cannot_close_its_element():
    text = html.script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_page_is_self_contained_and_escaped(handoff_store, onto):
    page = export.export(handoff_store, "html", onto).decode("utf-8")
    assert page == export.export(handoff_store, "html", onto).decode("utf-8")
    assert page.count("<script") == 2 and "</script>" not in page.split('id="kg-data">')[1].split("</script>")[0][:-1]
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)  # nothing to fetch
    assert HOSTILE not in page and "<script>window.__pwned" not in page
    assert "innerHTML" not in page and "insertAdjacentHTML" not in page and "document.write" not in page
    data = json.loads(page.split('id="kg-data">')[1].split("</script>")[0])
    assert HOSTILE in {n["label"] for n in data["nodes"]}
    assert HOSTILE_SENTENCE in {s["sentence"] for s in data["statements"]}


@pytest.fixture(scope="module")
def browser():
    if executable() is None:
        pytest.skip("Debian chromium is not installed (make test installs it: apt-get install chromium)")
    b = Browser()
    yield b
    b.close()


def test_the_view_works_in_chromium(browser, handoff_store, onto, tmp_path):
    path = tmp_path / "view.html"
    path.write_bytes(export.export(handoff_store, "html", onto))
    browser.open(path)
    assert browser.eval("document.body.dataset.ready") == "4"
    assert browser.eval("document.querySelectorAll('#kg-graph .node').length") == 4
    assert browser.eval("document.querySelectorAll('#kg-graph path.edge').length") == 9  # one per pair and relation
    labels = browser.eval("[...document.querySelectorAll('#kg-graph .node text')].map(t => t.textContent)")
    assert HOSTILE in labels  # shown as text ...
    assert browser.eval("typeof window.__pwned") == "undefined"  # ... and never run
    assert browser.eval("document.querySelectorAll('img, iframe, object, embed').length") == 0

    index = labels.index(HOSTILE)  # click the hostile actor: its statements, sentence and source as text
    browser.eval(f"document.querySelectorAll('#kg-graph .node')[{index}]"
                 ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    assert browser.eval("document.querySelector('#kg-panel h2').textContent") == HOSTILE
    panel = browser.eval("document.getElementById('kg-panel').textContent")
    assert HOSTILE_SENTENCE in panel and "Report d2" in panel and "2024-03-02" in panel
    assert browser.eval("document.querySelectorAll('#kg-panel li').length") == 2
    assert browser.eval("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
    assert browser.eval("[...document.querySelectorAll('#kg-panel a')].map(a => a.href).sort()") == \
        ["https://example.org/d2", "https://example.org/d3"]

    browser.eval("document.querySelector('#kg-graph path.edge')"
                 ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    assert browser.eval("document.querySelectorAll('#kg-panel li').length") >= 1

    russia = labels.index("Russia")  # d4's source is a javascript: address: shown as text, never a link
    browser.eval(f"document.querySelectorAll('#kg-graph .node')[{russia}]"
                 ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    assert "Report d4" in browser.eval("document.getElementById('kg-panel').textContent")
    hrefs = browser.eval("[...document.querySelectorAll('#kg-panel a')].map(a => a.href)")
    assert hrefs and all(h.startswith("https://example.org/") for h in hrefs)

    browser.eval("const s = document.getElementById('kg-search'); s.value = 'korea';"
                 "s.dispatchEvent(new Event('input'))")
    assert browser.eval("document.querySelectorAll('#kg-graph .node.hit').length") == 1
    assert browser.eval("document.querySelectorAll('#kg-graph .node.dim').length") == 3
    browser.eval("document.getElementById('kg-graph').dispatchEvent("
                 "new WheelEvent('wheel', {deltaY: -100, clientX: 300, clientY: 300, bubbles: true}))")
    zoomed = browser.eval("document.querySelector('#kg-graph > g').getAttribute('transform')")
    assert "scale(1.2)" in zoomed
    browser.eval("const g = document.getElementById('kg-graph'), at = (x, y) => ({clientX: x, clientY: y, bubbles: true});"
                 "g.dispatchEvent(new PointerEvent('pointerdown', at(300, 300)));"
                 "g.dispatchEvent(new PointerEvent('pointermove', at(400, 350)));"
                 "window.dispatchEvent(new PointerEvent('pointerup', at(400, 350)))")
    moved = browser.eval("document.querySelector('#kg-graph > g').getAttribute('transform')")
    assert moved.startswith("translate(") and moved.endswith("scale(1.2)") and moved != zoomed  # dragged
    browser.eval("s.value = ''; s.dispatchEvent(new Event('input'))")

    assert browser.eval("typeof window.__pwned") == "undefined"
    assert browser.problems() == []
    assert browser.requests() == [path.resolve().as_uri()]  # the page itself and nothing else

    shot = matplotlib.image.imread(io.BytesIO(browser.screenshot()))[..., :3]
    state = np.array([int(onto.classes["State"].color[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    assert (np.abs(shot - state).max(axis=-1) < 0.02).sum() > 200  # the two state squares are drawn
    coloured = (shot.max(axis=-1) - shot.min(axis=-1)) > 0.2
    assert coloured.sum() > 2000  # and lines in quad-class colours
