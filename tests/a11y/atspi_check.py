#!/usr/bin/python3
# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window as a screen reader (Orca) meets it: through AT-SPI, with keys from xdotool.

Run by run-atspi-check inside Xvfb and a private D-Bus session:
    atspi_check.py B12GUIDE
Prints what it finds (per page: focusable objects and unnamed ones; the Tab order) and exits
1 with the reasons when a check fails, 2 when the platform does not allow the check at all.
"""
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    print("atspi_check: python3-pyatspi is missing (tools/install-deps --tests)")
    sys.exit(2)

SCREEN = (1366, 768)
PAGES = ["Article", "Questionnaire", "Low B12 by Age", "Doctor Visit Summary", "Diary"]
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL:", message)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    time.sleep(0.35)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


_last_focus = []


def _on_focus(event):
    if event.detail1 == 1:
        _last_focus.append(event.source)


def pump(seconds=0.3):
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def focused(app):
    """What a screen reader was last told has the focus (its focus events)."""
    pump()
    return _last_focus[-1] if _last_focus else None


def describe(node):
    return f"{node.getRoleName()} '{node.name}'" if node is not None else "nothing"


def find_app(pid):
    for _ in range(60):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.5)
    return None


def frame_of(app):
    for node in app:
        if node is not None and node.getRole() == pyatspi.ROLE_FRAME:
            return node
    return None


def focusable_on_page(app):
    objects, unnamed = [], []
    for node in walk(app):
        s = states(node)
        if s is None or not s.contains(pyatspi.STATE_SHOWING):
            continue
        if s.contains(pyatspi.STATE_FOCUSABLE) and node.getRole() != pyatspi.ROLE_PAGE_TAB:
            objects.append(node)
            if not node.name.strip():
                parent = node.parent
                unnamed.append(f"{describe(node)} in {describe(parent)} in {describe(parent.parent)}")
    return objects, unnamed


def main():
    program = sys.argv[1]
    home = tempfile.mkdtemp()
    os.makedirs(os.path.join(home, ".config", "b12guide"))
    with open(os.path.join(home, ".config", "b12guide", "b12guide.conf"), "w") as settings:
        settings.write("[disclaimer]\nseen=true\n")
    env = dict(os.environ, HOME=home, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=home)
    env.pop("QT_ACCESSIBILITY", None)
    process = subprocess.Popen([program, "--lang", "en", "--section", "overview"], env=env)
    try:
        app = find_app(process.pid)
        if app is None:
            print("atspi_check: the app never appeared on the AT-SPI bus (is at-spi2-core there?)")
            sys.exit(2)
        time.sleep(1.5)
        # No window manager: the keys go where X puts the input focus.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "B12 Guide",
                        "windowfocus"], check=False, stdout=subprocess.DEVNULL)
        time.sleep(0.5)
        pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
        run_checks(app)
    finally:
        process.terminate()
        process.wait(timeout=10)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("every check passed")


def run_checks(app):
    frame = frame_of(app)
    check(frame is not None, "the window has no frame object")
    x, y, width, height = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    print(f"window: {width}x{height} at {x},{y} on a {SCREEN[0]}x{SCREEN[1]} screen")
    check(width <= SCREEN[0] and height <= SCREEN[1], "the window is larger than the screen")

    # Tab from the article's contents reaches the page tabs and the search field.
    key("alt+1")
    order = []
    for _ in range(14):
        key("Tab")
        order.append(describe(focused(app)))
    print("Tab order:", " → ".join(order))
    check(any("page tab" in item for item in order), "Tab never reaches the page tabs")
    check(any("Search" in item for item in order), "Tab never reaches the search field")

    # The article's text: a caret that moves by line, and its links (in Sources).
    key("ctrl+shift+f", "Tab")  # the search field, then the contents
    key("End", "Tab")  # the last section, Sources, then its text
    reader = focused(app)
    check(reader is not None and reader.name.startswith("Section: Sources"),
          f"Tab from the contents reaches {describe(reader)}, not the section's text")
    if reader is not None:
        text = reader.queryText()
        before = text.caretOffset
        key("Down", "Down")
        after = reader.queryText().caretOffset
        print(f"article text: {text.characterCount} characters, caret {before} → {after}")
        check(after > before, "Down does not move the caret in the article's text")
        # Qt 6.4's AT-SPI bridge has no Hypertext interface (its library names Accessible,
        # Action, Component, EditableText, Table, Text and Value only); a link is reached by
        # Tab inside the text instead, and a screen reader reads it as the selected text.
        key("ctrl+Home")
        key("Tab")
        selected = reader.queryText()
        link = ""
        if selected.getNSelections() > 0:
            start, end = selected.getSelection(0)
            link = selected.getText(start, end)
        print(f"first link reached by Tab: '{link}'")
        check(link.strip() != "", "Tab inside the article's text reaches no link")

    # Every page: Ctrl+Tab moves on; every focusable object has a name.
    key("alt+1")
    for index, page in enumerate(PAGES):
        title = frame.name
        if index > 0:
            key("ctrl+Tab")
            check(frame.name != title, f"Ctrl+Tab did not leave {PAGES[index - 1]}")
        if not frame.name.startswith(page):
            if index < 4:
                check(False, f"expected the page {page}, the window says '{frame.name}'")
            continue
        objects, unnamed = focusable_on_page(app)
        print(f"page {page}: {len(objects)} focusable objects, {len(unnamed)} unnamed"
              + (": " + ", ".join(unnamed) if unnamed else ""))
        check(not unnamed, f"unnamed focusable objects on {page}")

    # Print preview: Tab reaches a Print button.
    key("alt+1")
    key("ctrl+p")
    time.sleep(1.5)
    found = False
    for _ in range(30):
        node = focused(app)
        if node is not None and node.name == "Print" and node.getRole() in (
                pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON):
            found = True
            break
        key("Tab")
    check(found, "Tab never reaches a Print button in the print preview")
    key("Escape")


if __name__ == "__main__":
    main()
