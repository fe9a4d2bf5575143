"""``scers-desktop --snapshot OUT_DIR [CASE_FILE]``: every wizard page and the results as PNG files.

Renders the given case (or the built-in sample member) offscreen, so a newcomer on a server, the
tests and the README's screenshots all see the real screens.
"""

from pathlib import Path

from PySide6.QtWidgets import QApplication

from scers_desktop.ui import flow
from scers_desktop.ui.main_window import MainWindow

RESULT_TABS = ("options", "by-age", "why", "compare", "cola")


def render_snapshots(window: MainWindow, out: Path) -> list[Path]:
    """Show each step of the current case and save a picture of the window; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert app is not None
    files = []
    keys = [s.key for s in flow.visible_steps(window.draft)]
    for number, key in enumerate(keys, start=1):
        window.show_step(key)
        tabs = RESULT_TABS if key == "results" else ("",)
        for index, tab in enumerate(tabs):
            if key == "results":
                window.results.tabs.setCurrentIndex(index)
            app.processEvents()
            name = f"{number:02d}-{key}" + (f"-{tab}" if tab else "") + ".png"
            path = out / name
            window.grab().save(str(path))
            files.append(path)
    return files
