"""The PDF's fonts cover the languages they set: every Vietnamese letter in DejaVu Sans, Big5's common
Han characters and the whole Traditional Chinese catalog in the shipped WenQuanYi Micro Hei subset."""

import io
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from scers_desktop.report.fonts import CHINESE, FILES, LATIN, fallback_markup, fonts_for
from scers_desktop.resources import font_bytes

CATALOG = Path(__file__).resolve().parents[2] / "scers_desktop" / "locale" / "zh_Hant" / "LC_MESSAGES" / "messages.po"
#: Vietnamese's letters: the base vowels with their breve, circumflex and horn, đ, and the five tone
#: marks (grave, hook above, tilde, acute, dot below) on each, in both cases.
VOWELS = "aăâeêioôơuưy"
TONES = "\u0300\u0309\u0303\u0301\u0323"


def vietnamese_letters() -> set[str]:
    letters = {"đ", "Đ"}
    for vowel in VOWELS:
        for case in (vowel, vowel.upper()):
            letters.add(case)
            letters.update(unicodedata.normalize("NFC", case + tone) for tone in TONES)
    return letters


def cmap(name: str) -> set[int]:
    return set(TTFont(name, io.BytesIO(font_bytes(FILES[name]))).face.charToGlyph)


def big5_level1() -> set[str]:
    chars = set()
    for code in range(0xA440, 0xC67F):
        try:
            chars.add(code.to_bytes(2, "big").decode("big5"))
        except UnicodeDecodeError:
            continue
    return chars


def test_every_vietnamese_letter_is_in_dejavu_sans() -> None:
    letters = vietnamese_letters()
    assert len(letters) == 2 + 2 * 12 * 6
    for name in (LATIN.regular, LATIN.bold):
        missing = sorted(c for c in letters if ord(c) not in cmap(name))
        assert not missing, (name, missing)


def test_the_chinese_subset_covers_big5_level_one_and_punctuation() -> None:
    chars = cmap(CHINESE.regular)
    common = big5_level1()
    assert len(common) == 5401
    assert not [c for c in common if ord(c) not in chars]
    assert all(ord(c) in chars for c in "，。、：；「」（）！？$0123456789ABCDEFG–▶")


@pytest.mark.skipif(not CATALOG.exists(), reason="no zh_Hant catalog")
def test_every_character_of_the_chinese_catalog_is_in_the_subset_or_its_dejavu_fallback() -> None:
    chars = cmap(CHINESE.regular) | cmap(LATIN.regular)
    text = CATALOG.read_text(encoding="utf-8")  # its every character: the translations and more
    missing = sorted({c for c in text if c.isprintable() and ord(c) not in chars})
    assert not missing


def test_a_character_the_chinese_face_lacks_is_set_in_dejavu() -> None:
    fonts_for("zh_Hant")
    assert fallback_markup("請修正標有 ⚠ 的項目", CHINESE.regular) == (
        '請修正標有 <font face="DejaVuSans">⚠</font> 的項目'
    )
    assert fallback_markup("Sửa mục ⚠", LATIN.regular) == "Sửa mục ⚠"


def test_each_language_has_its_faces() -> None:
    assert fonts_for("zh_Hant") == CHINESE
    for code in ("en", "es", "vi"):
        assert fonts_for(code) == LATIN
