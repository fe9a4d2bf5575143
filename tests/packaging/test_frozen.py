"""The frozen app (PyInstaller one-folder): builds, finds its data and fonts, and gives the same answers,
the same pictures and the same PDF as the source run.

Marked ``build``: run by `make test-build`, not by `make test`, because a build takes a minute or more.
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).parent.parent.parent
DIST = ROOT / "dist" / "scers-desktop"
CASES = sorted((ROOT / "tests" / "cases" / "scenarios").glob("*.scers.json"))

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def frozen() -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
         str(ROOT / "build_spec" / "scers_desktop.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    subprocess.run([sys.executable, str(ROOT / "tools" / "strip_bundle.py"), str(DIST)], check=True)  # as make build
    return DIST


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_frozen_estimates_match_the_source_run(frozen: Path) -> None:
    args = ["--json", *map(str, CASES)]
    source = subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", *args], capture_output=True, text=True, check=False
    )
    built = subprocess.run(
        [str(frozen / "scers-estimate"), *args], capture_output=True, text=True, env=_env(), check=False
    )
    assert built.returncode == source.returncode == 0, built.stderr
    for mine, theirs in zip(built.stdout.splitlines(), source.stdout.splitlines(), strict=True):
        a, b = json.loads(mine), json.loads(theirs)
        for item in (a, b):
            item.pop("purchases")  # purchase costs are as of today's date; compared below without it
        assert a == b


def test_frozen_cli_holds_no_qt_plotting_or_pdfium(frozen: Path) -> None:
    """scers-estimate starts as fast as the source CLI only if it loads nothing of the app's screens."""
    from PyInstaller.archive.readers import CArchiveReader  # noqa: PLC0415 (the build extra, not installed by make test)

    modules = CArchiveReader(str(frozen / "scers-estimate")).open_embedded_archive("PYZ.pyz").toc
    assert "scers_desktop.cli" in modules
    heavy = ("PySide6", "shiboken6", "pyqtgraph", "numpy", "pypdfium2", "scers_desktop.ui")
    assert sorted(name for name in modules if name.split(".")[0] in heavy or name.startswith(heavy)) == []


def test_frozen_cli_in_two_processes_prints_what_one_prints(frozen: Path, tmp_path: Path) -> None:
    """``--jobs 2`` works frozen (its workers forked, or spawned through freeze_support), byte for byte."""
    files = [str(tmp_path / "missing.scers.json"), *map(str, CASES * 10)]
    command = [str(frozen / "scers-estimate"), "--json", "--as-of", "2026-12-01"]
    one = subprocess.run([*command, "--jobs", "1", *files], capture_output=True, env=_env(), check=False)
    two = subprocess.run([*command, "--jobs", "2", *files], capture_output=True, env=_env(), check=False)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert len(two.stdout.splitlines()) == len(files)


def _pictures(command: list[str], out: Path) -> dict[str, bytes]:
    done = subprocess.run(
        [*command, "--snapshot", str(out)], capture_output=True, text=True, env=_env(), timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.png"))}


@pytest.mark.parametrize("mode", [[str(CASES[0])], ["--kiosk"]], ids=["every-page", "kiosk"])
def test_frozen_snapshots_are_byte_identical_to_the_source_run(frozen: Path, tmp_path: Path, mode: list[str]) -> None:
    """Every picture the frozen app draws is the source run's, byte for byte: nothing cut from the bundle
    (a plugin, a library, a stubbed module) changes what is on screen."""
    built = _pictures([str(frozen / "scers-desktop"), *mode], tmp_path / "frozen")
    source = _pictures([sys.executable, "-m", "scers_desktop.app", *mode], tmp_path / "source")
    assert len(built) >= (9 if mode != ["--kiosk"] else 3)
    assert built.keys() == source.keys()
    # The kiosk's idle warning counts down the seconds left, which differ from one run to the next.
    assert [name for name in built if built[name] != source[name] and "idle-warning" not in name] == []


def _frozen_pdf(frozen: Path, out: Path) -> Path:
    done = subprocess.run(
        [str(frozen / "scers-estimate"), "--pdf", str(out), str(CASES[0])], capture_output=True, env=_env(), check=False
    )
    assert done.returncode == 0, done.stderr
    return out


def test_frozen_pdf_has_embedded_fonts_and_the_source_runs_text(frozen: Path, tmp_path: Path) -> None:
    built = PdfReader(_frozen_pdf(frozen, tmp_path / "frozen.pdf"))
    source_pdf = tmp_path / "source.pdf"
    subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", "--pdf", str(source_pdf), str(CASES[0])], capture_output=True,
        check=True,
    )  # fmt: skip
    source = PdfReader(source_pdf)
    assert [page.extract_text() for page in built.pages] == [page.extract_text() for page in source.pages]
    fonts = {
        font["/BaseFont"]: "/FontFile2" in font["/FontDescriptor"]
        for page in built.pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
        if "/FontDescriptor" in font
    }
    assert fonts
    assert all(fonts.values()), fonts


def test_frozen_chinese_pdf_uses_the_shipped_font_and_only_its_languages_cldr_data(
    frozen: Path, tmp_path: Path
) -> None:
    out = tmp_path / "zh_Hant.pdf"
    done = subprocess.run(
        [str(frozen / "scers-estimate"), "--lang", "zh_Hant", "--pdf", str(out), str(CASES[0])],
        capture_output=True, env=_env(), check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert "非正式福利估算" in " ".join(page.extract_text() for page in reader.pages)
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert "WenQuanYiMicroHei" in fonts
    kept = {p.stem for p in frozen.rglob("babel/locale-data/*.dat")}
    assert kept == {"root", "en", "en_US", "es", "zh_Hant", "vi"}


PDFIUM_PRINT = """
import sys
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from scers_desktop.ui.printing import print_pdf_bytes
import pypdfium2_raw
assert pypdfium2_raw.__file__.startswith(sys.argv[3]), pypdfium2_raw.__file__
app = QApplication([])
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setResolution(100)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setOutputFileName(sys.argv[2])
print(print_pdf_bytes(open(sys.argv[1], "rb").read(), printer))
"""


def test_frozen_pdfium_prints_the_frozen_pdf(frozen: Path, tmp_path: Path) -> None:
    """Printing where there is no CUPS draws each page with the bundle's pdfium. A frozen program runs
    no outside code, so the app's printing code runs here with the bundle's pdfium binary and the
    bundle's libraries in place of the installed ones."""
    raw = Path(importlib.util.find_spec("pypdfium2_raw").origin).parent  # type: ignore[union-attr, arg-type]
    shadow = tmp_path / "shadow" / "pypdfium2_raw"
    shadow.mkdir(parents=True)
    for source in raw.glob("*.py"):
        (shadow / source.name).symlink_to(source)
    for name in ("libpdfium.so", "version.json"):
        (shadow / name).symlink_to(frozen / "_internal" / "pypdfium2_raw" / name)
    pdf = _frozen_pdf(frozen, tmp_path / "estimate.pdf")
    env = _env() | {"PYTHONPATH": str(shadow.parent), "LD_LIBRARY_PATH": str(frozen / "_internal")}
    done = subprocess.run(
        [sys.executable, "-c", PDFIUM_PRINT, str(pdf), str(tmp_path / "printed.pdf"), str(shadow)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(pdf).pages) >= 3


ICU_CALLS = """
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime, QTimeZone
words = ["zebra", "Émile", "apple", "Zoë", "éclair", "Apple", "résumé", "resume", "naïve", "Ångström"]
for name in ("en_US", "en_GB", "C", "de_DE", "fr_CA"):
    print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
print(QLocale("en_US").toUpper("straße ﬁx ǆ"), QLocale("en_US").toLower("İSTANBUL ΣΑΣ"))
zone, when = QTimeZone(b"America/Los_Angeles"), QDateTime(QDate(2026, 7, 1), QTime(12, 0))
for kind in QTimeZone.NameType:
    print(zone.displayName(when, kind, QLocale("en_US")))
print(QLocale("en_US").toString(QDate(2026, 7, 1), QLocale.FormatType.LongFormat))
print(next(line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line))
"""


def test_bundled_icu_data_gives_qt_the_installed_answers(frozen: Path) -> None:
    """The bundle's ICU data keeps only what Qt reads (tools/strip_bundle.py): Qt's calls into ICU
    (collation, case mapping, time zone names) answer as with the full data."""
    installed = subprocess.run([sys.executable, "-c", ICU_CALLS], capture_output=True, text=True, check=True)
    bundled = subprocess.run(
        [sys.executable, "-c", ICU_CALLS], capture_output=True, text=True, check=True,
        env=_env() | {"LD_LIBRARY_PATH": str(frozen / "_internal")},
    )  # fmt: skip
    *answers, library = bundled.stdout.splitlines()
    assert library.startswith(str(frozen))  # the bundle's ICU, not the installed one
    assert answers == installed.stdout.splitlines()[:-1]
