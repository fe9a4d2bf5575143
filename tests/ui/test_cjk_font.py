"""The screens draw Traditional Chinese with the shipped font, whatever fonts the system has (issue 17)."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from scers_desktop.ui.kiosk import KioskWindow
from scers_desktop.ui.theme import CJK_FAMILY, apply_theme, load_shipped_fonts

CHINESE = "選項 E (Option E)：每月退休金 $1,912.50"
VIETNAMESE = "Lương hưu hằng tháng ước tính: Ưu đãi, Quyết định, Tuổi nghỉ hưu"


def drawn_with(text: str, font: QFont) -> dict[str, int]:
    """How many glyphs of ``text`` each font family draws when laid out in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    counts: dict[str, int] = {}
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        counts[family] = counts.get(family, 0) + len(run.glyphIndexes())
    return counts


def test_the_shipped_chinese_font_is_registered(qtbot: QtBot) -> None:
    assert CJK_FAMILY in load_shipped_fonts()
    assert CJK_FAMILY in QFontDatabase.families()


def test_a_themed_label_draws_han_characters_from_the_shipped_font(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(CHINESE, window)
    apply_theme(window, 200, False)
    assert CJK_FAMILY in label.font().families()
    drawn = drawn_with(CHINESE, label.font())
    han = sum(1 for c in CHINESE if "\u4e00" <= c <= "\u9fff")
    assert drawn.get(CJK_FAMILY, 0) >= han, drawn


def test_vietnamese_is_drawn_without_the_chinese_face(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    apply_theme(window, 100, False)
    assert CJK_FAMILY not in drawn_with(VIETNAMESE, window.font())


def test_the_kiosk_welcome_in_chinese_is_drawn_with_the_shipped_font(
    make_kiosk: Callable[..., KioskWindow], tmp_path: Path
) -> None:
    kiosk = make_kiosk()
    kiosk.resize(1366, 768)
    kiosk.choose_language("zh_Hant")
    try:
        notice = kiosk.welcome_notice.text()
        assert "以英文估算" in notice
        assert CJK_FAMILY in kiosk.welcome_notice.font().families()
        drawn = drawn_with(notice, kiosk.welcome_notice.font())
        assert drawn.get(CJK_FAMILY, 0) >= sum(1 for c in notice if "\u4e00" <= c <= "\u9fff"), drawn
        assert kiosk.grab().save(str(tmp_path / "kiosk_zh_Hant.png"))
    finally:
        kiosk.choose_language("en")
