"""The Retirement date step's "Or retire at age" box offers no past birthday (issue 14: no past dates)."""

from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.session.flow import StepKey
from scers_desktop.ui.main_window import MainWindow


def test_the_age_box_starts_at_the_first_birthday_from_today_and_a_typed_past_date_stays(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The sample member is born April 12, 1968: 61 on June 1, 2029, so the next birthday is at 62.
    window = MainWindow(tmp_path, recover=False, today=lambda: date(2029, 6, 1))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RETIREMENT)
    page = window.view.retirement_page
    assert page.age.minimum() == 62
    page.age.setValue(50)
    assert page.age.value() == 62
    page.age_button.click()
    assert window.session.draft.retirement_date == "2030-04-12"  # a birthday to come

    date_field = page.form.editors["retirement_date"]
    date_field.selectAll()
    qtbot.keyClicks(date_field, "2020-01-01")  # a counselor re-checking a past case
    window.view.recompute()
    assert date_field.text() == "2020-01-01"
    assert page.status.text().startswith("⚠ Past date: January 1, 2020")
    assert page.age.minimum() == 62


def test_the_age_box_starts_at_the_first_age_the_member_can_retire_when_that_is_later(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path, recover=False, today=lambda: date(2010, 6, 1))  # the member is 42
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.view.show_step(StepKey.RETIREMENT)
    summary = window.session.summary
    assert summary is not None and summary.curve is not None
    first = summary.curve.first_eligible_age
    assert first is not None and first > 43
    assert window.view.retirement_page.age.minimum() == first


def test_the_age_box_shows_its_arrows_in_the_normal_theme(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    window.view.show_step(StepKey.RETIREMENT)
    QApplication.processEvents()
    age = window.view.retirement_page.age
    image = age.grab().toImage()
    arrows = [
        (x, y)
        for x in range(image.width() - 20, image.width() - 2)
        for y in range(2, image.height() - 2)
        if QColor(image.pixel(x, y)).lightness() < 80
    ]
    assert len(arrows) > 20  # black arrows on the light buttons (the style drew none once styled)
