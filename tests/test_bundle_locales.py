"""The frozen bundle keeps Babel's CLDR data for the app's languages only (build_spec/scers_desktop.spec,
BABEL_LOCALES): dates, money and numbers come out the same in every language from those files alone."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import babel

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "scers_desktop.spec"
LOCALE_DATA = Path(babel.__file__).parent / "locale-data"

WORDS = """
import sys
from datetime import date
from decimal import Decimal
import babel.localedata
if len(sys.argv) > 1:
    babel.localedata._dirname = sys.argv[1]
from scers_desktop.present import i18n
for code in ("en", "es", "zh_Hant", "vi"):
    with i18n.speaking(code):
        print(i18n.long_date(date(2030, 7, 1)), i18n.month_year(date(2030, 5, 1)),
              i18n.short_month_year(date(2030, 9, 1)), i18n.money(Decimal("4200.26")),
              i18n.whole_money(Decimal("8000")), i18n.percent(Decimal("0.015")),
              i18n.number(Decimal("1.655"), "0.00##"), i18n.years(Decimal("27.505")))
"""


def kept() -> set[str]:
    found = re.search(r"^BABEL_LOCALES = \{([^}]*)\}", SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    assert found is not None
    return set(re.findall(r'"([^"]+)"', found.group(1)))


def words(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", WORDS, *args], capture_output=True, text=True, cwd=ROOT, check=True)
    return done.stdout


def test_the_kept_cldr_locales_write_every_language_as_the_full_data_does(tmp_path: Path) -> None:
    for name in kept():
        shutil.copy(LOCALE_DATA / f"{name}.dat", tmp_path)
    assert words(str(tmp_path)) == words()
    assert "2030年7月1日" in words(str(tmp_path))
