"""The screens in the member's language (issue 17).

With the pseudo-locale (every catalog string wrapped in ⟦…⟧ and lengthened by about a third), every word
a person reads on every wizard page, each results tab, Compare, the About box and the kiosk is
translated, and every screen still fits a 1366×768 laptop at 100 % and 200 % text (the geometry checks of
test_fit_focus_contrast.py). Switching the language keeps everything typed and is remembered; the PDF
follows the language on screen; the kiosk goes back to English for the next visitor.
"""

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QScrollArea,
    QTabBar,
    QTableView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import load_scenario
from scers_desktop.present import i18n
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import fit
from scers_desktop.ui.kiosk import KioskWindow
from scers_desktop.ui.language import LanguageSetting
from scers_desktop.ui.main_window import MainWindow
from tests.helpers import TODAY
from tests.pseudo import CODE, OPEN, compile_pseudo
from tests.ui.test_fit_focus_contrast import KIOSK, LAPTOP, activate, assert_fits, every_screen

MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)"
#: Words a person reads that are not the app's words: numbers, amounts, percentages, ISO dates and the
#: dates and months Babel writes for the pseudo-locale (English forms), option codes, each language's
#: own name, the app's name and Qt's own words ("OK", a tab bar's scroll buttons).
NOT_WORDS = re.compile(
    rf"[^A-Za-z]*|{MONTH} \d{{1,2}}, \d{{4}}|{MONTH[:-1]}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{{4}}"
    r"|[A-G]|English|Español|繁體中文|Tiếng Việt|SCERS Desktop|OK|Scroll Left|Scroll Right"
)


@pytest.fixture
def pseudo(tmp_path: Path) -> str:
    """The pseudo-locale, compiled from the catalog template and made speakable."""
    i18n.register(CODE, compile_pseudo(tmp_path / "locale"))
    return CODE


def _plain(text: str) -> str:
    """A label's text without its rich-text tags and mnemonic marks."""
    return re.sub(r"<[^>]+>", " ", text).replace("&", "").strip()


def _scene_words(plot: pg.PlotWidget) -> Iterator[str]:
    for item in plot.scene().items():
        if item.isVisible() and isinstance(item, QGraphicsTextItem):
            yield item.toPlainText()
        if item.isVisible() and isinstance(item, QGraphicsSimpleTextItem):
            yield item.text()


def words_on_screen(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for each text a person reads or hears on ``root``'s visible widgets: labels, buttons,
    tabs, table headings, drop-down and list entries, placeholders, tooltips, accessible names and
    descriptions, the chart's words and the menus. What was typed (the fields' text) is left out."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        kind = type(widget).__name__
        for what, text in (("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName())):
            yield f"{kind} {what}", text
        yield f"{kind} accessible description", widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QTextBrowser):
            yield kind, widget.toPlainText()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "drop-down entry", widget.itemText(index)
        if isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield "list entry", widget.item(index).text()
        if isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount()):
                if not widget.isColumnHidden(column):
                    yield "table heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, pg.PlotWidget):
            for text in _scene_words(widget):
                yield "chart", text


def menu_words(menus: list[QMenu]) -> Iterator[tuple[str, str]]:
    for menu in menus:
        yield "menu", menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from menu_words([action.menu()])  # type: ignore[list-item]
            elif not action.isSeparator():
                yield "menu entry", action.text()


def untranslated(words: Iterator[tuple[str, str]], typed: set[str]) -> list[str]:
    """The texts that are neither pseudo-translated, nor what the person typed, nor one of NOT_WORDS."""
    left = []
    for what, text in words:
        plain = _plain(text)
        if plain and OPEN not in plain and plain not in typed and not NOT_WORDS.fullmatch(plain):
            left.append(f"{what}: {plain!r}")
    return sorted(set(left))


def typed_in(window: MainWindow | KioskWindow) -> set[str]:
    """What the person typed or their case file holds: scenario names and the fields' text."""
    names = {slot.name(index) for index, slot in enumerate(window.session.slots)}
    names |= {slot.draft.label for slot in window.session.slots}
    return names | {editor.text() for editor in window.findChildren(QLineEdit)}


def nothing_clipped(window: QWidget, where: str) -> None:
    """No page scrolls sideways: every line of words fits its width (they wrap)."""
    for area in window.findChildren(QScrollArea):
        if area.isVisible():
            bar = area.horizontalScrollBar()
            assert not bar.isVisible(), f"{where}: {area.accessibleName() or type(area.widget()).__name__} scrolls"


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: LAPTOP)


def test_every_desktop_screen_is_translated_and_fits_at_100_and_200_percent(
    qtbot: QtBot, tmp_path: Path, pseudo: str, laptop: None
) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    window.duplicate_scenario()
    window.duplicate_scenario()  # Compare with three scenarios, the tabs shown
    window.choose_language(pseudo)  # at run time: every widget already made must follow
    assert i18n.current() == pseudo
    left = untranslated(menu_words(window.findChildren(QMenu)), set())
    for percent in (100, 200):
        window.comfort.set_text_size(percent)
        for where in every_screen(window):
            left += [f"{where}: {text}" for text in untranslated(words_on_screen(window), typed_in(window))]
            assert_fits(window, window.view.next_button, LAPTOP, f"{pseudo} {percent}% {where}")
            nothing_clipped(window, f"{pseudo} {percent}% {where}")
    assert not left, "\n".join(sorted(set(left)))


def test_the_about_box_is_translated_says_what_governs_and_which_translations_are_drafts(
    qtbot: QtBot, tmp_path: Path, pseudo: str
) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    english = window.about_box().text()
    assert (
        "Español: Translation not yet reviewed." in english and "Tiếng Việt: Translation not yet reviewed." in english
    )
    window.choose_language(pseudo)
    box = window.about_box()
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    assert untranslated(words_on_screen(box), set()) == []
    assert i18n.governs_notice() and _plain(i18n.governs_notice()) in _plain(box.text())
    assert box.windowTitle().startswith(OPEN)
    assert box.width() <= LAPTOP.width() and box.height() <= LAPTOP.height()


def test_the_results_and_the_pdf_follow_the_language(
    qtbot: QtBot, tmp_path: Path, pseudo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_case())
    english = window.view.results.headline.text()
    window.choose_language(pseudo)
    headline = window.view.results.headline.text()
    assert headline != english and OPEN in headline
    assert i18n.governs_notice() in window.findChild(QLabel, "disclaimer").text()  # type: ignore[union-attr]
    target = tmp_path / "estimate.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.export_pdf()
    document = pypdfium2.PdfDocument(target.read_bytes())
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert OPEN in text  # the PDF is in the language on screen


def test_switching_language_keeps_what_was_typed_and_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    view = window.view
    about = view.pages[StepKey.ABOUT]
    birth = about.form.editors["birth_date"]  # type: ignore[attr-defined]
    birth.setFocus()
    qtbot.keyClicks(birth, "1961-13-40")  # not a real date: its problem shows once the field is left
    name = about.form.editors["name"]  # type: ignore[attr-defined]
    name.setFocus()
    qtbot.keyClicks(name, "Zebedee Quarrington")
    assert about.form.problem_labels["member.birth_date"].isVisibleTo(about)  # type: ignore[attr-defined]
    view.show_step(StepKey.RETIREMENT)
    view.retirement_page.age.setValue(66)  # asked for, not yet used
    view.show_step(StepKey.SERVICE)
    service = view.pages[StepKey.SERVICE].table  # type: ignore[attr-defined]
    if not window.session.draft.employment:
        service.add_row()
    service.table.setCurrentCell(0, 0)
    service.table.editItem(service.table.item(0, 0))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1990-02-01")  # still being edited when the language changes

    window.language_menu.actions["es"].trigger()  # Language > Español

    assert i18n.current() == "es" and window.language_menu.actions["es"].isChecked()
    draft = window.session.draft
    assert (draft.birth_date, draft.name, draft.employment[0].start) == (
        "1961-13-40",
        "Zebedee Quarrington",
        "1990-02-01",
    )
    assert window.session.step == StepKey.SERVICE and view.stack.currentWidget() is view.pages[StepKey.SERVICE]
    assert view.pages[StepKey.SERVICE].table.table.item(0, 0).text() == "1990-02-01"  # type: ignore[attr-defined]
    about = view.pages[StepKey.ABOUT]
    assert about.form.editors["birth_date"].text() == "1961-13-40"  # type: ignore[attr-defined]
    assert about.form.problem_labels["member.birth_date"].isVisibleTo(about)  # type: ignore[attr-defined]
    assert view.retirement_page.age.value() == 66
    assert LanguageSetting(tmp_path).stored() == "es"

    again = MainWindow(tmp_path, recover=False)  # the next start speaks the language chosen
    qtbot.addWidget(again)
    assert i18n.current() == "es" and again.language_menu.actions["es"].isChecked()
    again.language_menu.actions["en"].trigger()
    assert i18n.current() == "en" and again.view.next_button.text() == "&Next >"


def test_the_language_menu_names_each_language_in_its_own_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path, recover=False)
    qtbot.addWidget(window)
    names = [action.text() for action in window.language_menu.actions.values()]
    assert names == ["English", "Español", "繁體中文", "Tiếng Việt"]


def test_the_kiosk_welcome_a_page_and_the_results_are_translated_and_fit(
    make_kiosk: Callable[..., KioskWindow], pseudo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fit, "available_area", lambda _widget: KIOSK)
    kiosk = make_kiosk()
    kiosk.setGeometry(KIOSK)
    kiosk.show()
    for code, button in kiosk.language_buttons.items():
        assert button.height() >= 44, code  # a finger's target
    kiosk.choose_language(pseudo)
    QApplication.processEvents()
    left = untranslated(words_on_screen(kiosk), set())
    assert not left, "\n".join(left)  # the welcome page
    kiosk.start_button.click()
    kiosk.session.show_case(draft_from_scenario(load_scenario(sample_case(), today=TODAY)))
    kiosk.view.bind_current()
    left: list[str] = []
    for percent in (150, 200):
        kiosk.comfort.set_text_size(percent)
        for where in every_screen(kiosk):
            left += [f"{where}: {text}" for text in untranslated(words_on_screen(kiosk), typed_in(kiosk))]
            assert_fits(kiosk, kiosk.view.next_button, KIOSK, f"kiosk {percent}% {where}")
            nothing_clipped(kiosk, f"kiosk {percent}% {where}")
    assert not left, "\n".join(sorted(set(left)))


def test_the_kiosk_starts_over_in_english(make_kiosk: Callable[..., KioskWindow]) -> None:
    kiosk = make_kiosk()
    kiosk.show()
    kiosk.language_buttons["es"].click()
    assert i18n.current() == "es" and kiosk.language_buttons["es"].isChecked()
    kiosk.start_button.click()
    name = kiosk.view.pages[StepKey.ABOUT].form.editors["name"]  # type: ignore[attr-defined]
    name.setText("Zebedee Quarrington")
    name.textEdited.emit(name.text())
    assert kiosk.session.draft.name == "Zebedee Quarrington"
    kiosk.start_over_button.click()
    assert i18n.current() == "en" and kiosk.language_buttons["en"].isChecked()
    assert kiosk.start_button.text() == "&Start" and kiosk.start_over_button.text() == "Start over / clear my data"
    assert kiosk.session.draft.name == ""
