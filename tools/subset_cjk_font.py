"""Make the Traditional Chinese font the app ships: a subset of WenQuanYi Micro Hei.

The PDF is drawn with reportlab, whose TTFont embeds only TrueType-outline (glyf) fonts, and DejaVu Sans
has no Han characters; WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with the font-embedding exception) is a
glyf sans-serif that covers all of Big5. The whole face is about 5 MiB per face, so this keeps only:

- Big5 level-1 "frequently used" Han characters (bytes 0xA440-0xC67E: 5,401 characters), which covers the
  names and words a Traditional Chinese reader types or reads day to day;
- CJK symbols and punctuation (U+3000-U+303F) and the full-width forms (U+FF00-U+FFEF);
- Latin, general punctuation, currency, arrows, maths operators and geometric shapes the PDF prints beside
  Chinese (digits, "$", option codes, "▶"), since a reportlab paragraph is set in one font;
- every character of the zh_Hant catalog (scers_desktop/locale/zh_Hant/LC_MESSAGES/messages.po).

Reproduce it (needs fontTools: ``pip install -e ".[fonts]"``) from Debian's package:

    apt-get download fonts-wqy-microhei && dpkg -x fonts-wqy-microhei_*.deb wqy
    python tools/subset_cjk_font.py wqy/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

The output is byte-for-byte the same for the same source and catalog (head.modified is kept). It is
stored xz-compressed, as every shipped font is (scers_desktop/resources/__init__.py: 1.1 MiB -> 0.5 MiB).
"""

import argparse
import lzma
from io import BytesIO
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scers_desktop" / "resources" / "fonts" / "WenQuanYiMicroHei-subset.ttf.xz"
CATALOG = ROOT / "scers_desktop" / "locale" / "zh_Hant" / "LC_MESSAGES" / "messages.po"
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
#: Big5's level-1 (frequently used) Han block, lead bytes 0xA4-0xC6.
BIG5_LEVEL1 = (0xA440, 0xC67E)
RANGES = (
    (0x0020, 0x017F),  # Basic Latin, Latin-1, Latin Extended-A
    (0x2000, 0x206F),  # general punctuation (– — ’ “ ” • …)
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x214F),  # letterlike
    (0x2190, 0x22FF),  # arrows, mathematical operators (−)
    (0x25A0, 0x25FF),  # geometric shapes (▶)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)
NOTE = (
    "Subset of WenQuanYi Micro Hei 0.2.0-beta for SCERS Desktop (tools/subset_cjk_font.py): Big5 level 1, "
    "CJK punctuation, full-width forms and the zh_Hant catalog's characters. Modified from the original."
)


def big5_level1() -> set[str]:
    """The characters Python's big5 codec decodes from every two-byte code in 0xA440-0xC67E."""
    chars: set[str] = set()
    low, high = BIG5_LEVEL1
    for code in range(low, high + 1):
        try:
            chars.add(code.to_bytes(2, "big").decode("big5"))
        except UnicodeDecodeError:
            continue
    return chars


def wanted(catalog: Path) -> set[int]:
    """Every code point the subset keeps (the catalog's whole text is a superset of its msgstr characters)."""
    points = {ord(c) for c in big5_level1()}
    for low, high in RANGES:
        points.update(range(low, high + 1))
    if catalog.exists():
        points.update(ord(c) for c in catalog.read_text(encoding="utf-8") if c.isprintable())
    return points


def make_subset(source: Path, out: Path, catalog: Path) -> tuple[int, int]:
    font = TTFont(str(source), fontNumber=0, recalcTimestamp=False)
    options = subset.Options()
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted(catalog) & set(font.getBestCmap())))
    subsetter.subset(font)
    font["name"].setName(NOTE, 10, 3, 1, 0x409)  # Apache-2.0 §4(b): say that the file was changed
    data = BytesIO()
    font.save(data)
    out.write_bytes(lzma.compress(data.getvalue(), preset=9 | lzma.PRESET_EXTREME))
    return len(data.getvalue()), out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="wqy-microhei.ttc")
    parser.add_argument("--out", type=Path, default=OUT, help="the .ttf.xz to write")
    args = parser.parse_args()
    size, stored = make_subset(args.source, args.out, CATALOG)
    print(f"{args.out}: {size:,} bytes of TrueType ({size / 2**20:.2f} MiB), {stored:,} bytes stored")


if __name__ == "__main__":
    main()
