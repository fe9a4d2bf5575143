"""Export PDF… and Print… from the app.

The print system is a fake ``lp`` put first on ``PATH`` (it records its arguments and what it read), and
a print queue is a stand-in for Qt's printer: nothing depends on the host's printers or CUPS.
"""

import json
import os
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from scers_desktop.app import sample_case
from scers_desktop.engine import estimate, load_scenario
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf
from scers_desktop.ui.main_window import MainWindow
from scers_desktop.ui.printing import DOCUMENT_NAME, export_pdf_dialog, page_count, print_pdf_bytes
from tests.helpers import TODAY

FAKE_LP = """#!{python}
import os, json, pathlib, sys
here = pathlib.Path(__file__).parent
(here / "argv.json").write_text(json.dumps(sys.argv[1:]))
(here / "stdin.pdf").write_bytes(sys.stdin.buffer.read())
sys.exit(int(os.environ.get("FAKE_LP_STATUS", "0")))
"""


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake ``lp`` first on PATH; returns the folder where it leaves argv.json and stdin.pdf."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text(FAKE_LP.format(python=sys.executable))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return folder


class PrintQueue:
    """What the print dialog hands back for a real printer: a native queue, its name and the copies."""

    def __init__(self, name: str, copies: int) -> None:
        self.name, self.copies = name, copies

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self) -> str:
        return self.name

    def copyCount(self) -> int:
        return self.copies


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    result = estimate(load_scenario(sample_case(), today=TODAY), as_of=TODAY)
    return estimate_pdf(summarize(result, curve_of(result, TODAY), made_on=TODAY))


def test_a_print_queue_gets_the_pdf_itself_on_letter_with_its_name_and_copies(fake_lp: Path, sample_pdf: bytes) -> None:
    pages = print_pdf_bytes(sample_pdf, PrintQueue("Office_Laser", 2))  # type: ignore[arg-type]
    assert pages == page_count(sample_pdf) >= 3
    argv = json.loads((fake_lp / "argv.json").read_text())
    assert argv == ["-t", DOCUMENT_NAME, "-n", "2", "-o", "media=Letter", "-d", "Office_Laser", "-"]
    assert (fake_lp / "stdin.pdf").read_bytes() == sample_pdf  # the vector pages, unchanged


def test_the_default_queue_is_used_when_none_is_named(fake_lp: Path, sample_pdf: bytes) -> None:
    assert print_pdf_bytes(sample_pdf, PrintQueue("", 0)) > 0  # type: ignore[arg-type]
    assert json.loads((fake_lp / "argv.json").read_text()) == [
        "-t", DOCUMENT_NAME, "-n", "1", "-o", "media=Letter", "-",
    ]  # fmt: skip


def test_a_job_the_print_system_refuses_prints_nothing(
    fake_lp: Path, sample_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_LP_STATUS", "1")
    assert print_pdf_bytes(sample_pdf, PrintQueue("Office_Laser", 1)) == 0  # type: ignore[arg-type]


def test_a_pdf_file_printer_gets_pages_drawn_by_pdfium_not_lp(
    qtbot: QtBot, fake_lp: Path, sample_pdf: bytes, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(100)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf_bytes(sample_pdf, printer) == page_count(sample_pdf)
    assert not (fake_lp / "argv.json").exists()
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == page_count(sample_pdf)
    for page in printed:  # each page is the picture pdfium drew
        assert len(page.images) == 1


def test_printing_sends_every_page_to_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    result = estimate(load_scenario(sample_case(), today=TODAY), as_of=TODAY)
    data = estimate_pdf(summarize(result, curve_of(result, TODAY), made_on=TODAY))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(100)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf_bytes(data, printer)
    assert pages == len(PdfReader(tmp_path / "printed.pdf").pages) >= 3


def test_export_writes_the_pdf_where_the_user_chose(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "data", recover=False)
    qtbot.addWidget(window)
    assert window.open_path(sample_case())
    target = tmp_path / "mine"
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target), "")  # type: ignore[method-assign]
    summary = window.session.printable_summary()
    assert summary is not None
    path = export_pdf_dialog(window, summary)
    assert path == tmp_path / "mine.pdf"
    assert "Unofficial Benefit Estimate" in PdfReader(path).pages[0].extract_text()
