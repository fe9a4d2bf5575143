"""The PDF's fonts, embedded (subset) so every character prints on any reader (stack-notes.md §4).

DejaVu Sans sets English, Spanish and Vietnamese (it has every Vietnamese letter with its tone marks).
It has no Han characters, so Traditional Chinese is set in the shipped subset of WenQuanYi Micro Hei
(Apache-2.0; tools/subset_cjk_font.py, fonts/LICENSE-WenQuanYi.txt), which also carries the Latin
letters, digits and signs a Chinese page prints beside the Chinese: a reportlab paragraph is set in
one font. reportlab's TTFont embeds TrueType-outline (glyf) fonts only, which both are. That face has
one weight, so a Chinese page's headings are set apart by size and colour, not by weight.
"""

from functools import cache
from io import BytesIO
from types import MappingProxyType
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from scers_desktop.resources import font_bytes


class Faces(NamedTuple):
    """The regular and bold font names one language's PDF is set in.

    Lines break at spaces in every language: reportlab's "CJK" wrapping would also break inside an
    amount ("US$8,001.1" / "6"); a Chinese run longer than a line is split where it meets the margin."""

    regular: str
    bold: str


LATIN = Faces("DejaVuSans", "DejaVuSans-Bold")
CHINESE = Faces("WenQuanYiMicroHei", "WenQuanYiMicroHei")
FILES = MappingProxyType(
    {
        "DejaVuSans": "DejaVuSans.ttf",
        "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "WenQuanYiMicroHei": "WenQuanYiMicroHei-subset.ttf",
    }
)
#: Languages not named here are set in DejaVu Sans.
BY_LANGUAGE = MappingProxyType({"zh_Hant": CHINESE})


@cache
def register_fonts() -> None:
    """Register every shipped face with reportlab, once per process."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, BytesIO(font_bytes(file))))
    for faces in (LATIN, CHINESE):
        pdfmetrics.registerFontFamily(
            faces.regular, normal=faces.regular, bold=faces.bold, italic=faces.regular, boldItalic=faces.bold
        )


def fonts_for(language: str) -> Faces:
    """The faces a PDF in ``language`` (an i18n code: 'en', 'es', 'zh_Hant', 'vi') is set in, registered."""
    register_fonts()
    return BY_LANGUAGE.get(language, LATIN)


@cache
def _characters(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def fallback_markup(markup: str, name: str) -> str:
    """Paragraph markup (already escaped) whose characters face ``name`` lacks are wrapped in DejaVu Sans
    (``<font face=...>``), so no character prints as an empty box: the Chinese subset has no ⚠, for one."""
    if name in (LATIN.regular, LATIN.bold):
        return markup
    has = _characters(name)
    return "".join(c if ord(c) in has or c.isspace() else f'<font face="{LATIN.regular}">{c}</font>' for c in markup)
