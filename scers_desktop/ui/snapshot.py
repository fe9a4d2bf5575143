"""``scers-desktop --snapshot OUT_DIR [CASE_FILE]``: every wizard page and the results as PNG files.

Renders the given case (or the built-in sample member) offscreen, so a newcomer on a server, the
tests and the README's screenshots all see the real screens.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from scers_desktop.session.flow import StepKey
from scers_desktop.ui.fit import DESKTOP_SIZE
from scers_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from scers_desktop.ui.kiosk import KioskWindow

RESULT_TABS = ("options", "by-age", "why", "compare", "cola")


def render_snapshots(window: MainWindow, out: Path) -> list[Path]:
    """Show each step of the current case and save a picture of the window; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert app is not None
    # The window's normal size, not the 800×800 offscreen screen's (the window fits itself to the screen).
    window.resize(DESKTOP_SIZE)
    files = []
    keys = window.session.visible_keys()
    for number, key in enumerate(keys, start=1):
        window.view.show_step(key)
        tabs = RESULT_TABS if key is StepKey.RESULTS else ("",)
        for index, tab in enumerate(tabs):
            if key is StepKey.RESULTS:
                window.view.results.tabs.setCurrentIndex(index)
            app.processEvents()
            name = f"{number:02d}-{key}" + (f"-{tab}" if tab else "") + ".png"
            path = out / name
            window.grab().save(str(path))
            files.append(path)
    return files


def render_kiosk_snapshots(window: "KioskWindow", case: Path, out: Path) -> list[Path]:
    """The kiosk's welcome page, a sample member's results, and the idle warning, as PNG files."""
    from scers_desktop.engine import load_scenario
    from scers_desktop.session.draft import draft_from_scenario

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert app is not None
    window.resize(1920, 1080)  # a typical lobby screen
    window.show()
    files = []

    def shot(name: str) -> None:
        app.processEvents()
        path = out / name
        window.grab().save(str(path))
        files.append(path)

    shot("kiosk-1-welcome.png")
    window.session.show_case(draft_from_scenario(load_scenario(case, today=window.session.today())))
    window.view.bind_current()
    window.view.show_step(StepKey.RESULTS)
    shot("kiosk-2-results.png")
    window.idle.last_activity -= window.idle.idle_seconds + 5
    window.check_idle()
    shot("kiosk-3-idle-warning.png")
    window.start_over()
    return files
