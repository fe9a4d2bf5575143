"""Every desktop screen in Traditional Chinese and Vietnamese fits a 1366×768 laptop at 100 % and 200 %
text, with nothing scrolling sideways (issue 17, "Fit"); the words are the real catalogs', not the
pseudo-locale's."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.present import i18n
from scers_desktop.ui import fit
from scers_desktop.ui.main_window import MainWindow
from tests.ui.test_fit_focus_contrast import LAPTOP, assert_fits, every_screen
from tests.ui.test_languages import nothing_clipped


@pytest.mark.parametrize("code", ["zh_Hant", "vi"])
def test_every_desktop_screen_fits_in_the_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: LAPTOP)
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.choose_language(code)
    try:
        assert i18n.current() == code
        for percent in (100, 200):
            window.comfort.set_text_size(percent)
            for where in every_screen(window):
                assert_fits(window, window.view.next_button, LAPTOP, f"{code} {percent}% {where}")
                nothing_clipped(window, f"{code} {percent}% {where}")
    finally:
        window.choose_language("en")
