"""Export PDF… and Print… from the app."""

from datetime import date
from pathlib import Path

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
from scers_desktop.ui.printing import export_pdf_dialog, print_pdf_bytes


def test_printing_sends_every_page_to_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    result = estimate(load_scenario(sample_case()))
    data = estimate_pdf(summarize(result, curve_of(result), made_on=date(2026, 11, 24)))
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
    summary = window.printable_summary()
    assert summary is not None
    path = export_pdf_dialog(window, summary)
    assert path == tmp_path / "mine.pdf"
    assert "Unofficial Benefit Estimate" in PdfReader(path).pages[0].extract_text()
