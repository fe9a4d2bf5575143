"""Export PDF… and Print…: the report is built by the report package; Qt only saves or prints it.

Printing hands the PDF itself to the print system wherever there is one (CUPS's ``lp`` on Linux and
macOS): the printer gets the vector pages on US Letter, exactly the document Export PDF writes, with
selectable text. Where there is no ``lp`` (Windows), or when the "printer" is a PDF file, each page is
drawn at the printer's resolution by pdfium (pypdfium2) onto Qt's printer. Nothing is left on disk by
the app either way: the PDF bytes go through memory (``lp`` reads them from its standard input).
"""

import shutil
import subprocess
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from scers_desktop import APP_NAME
from scers_desktop.present.i18n import _
from scers_desktop.present.summary import TITLE, EstimateSummary
from scers_desktop.report import estimate_pdf
from scers_desktop.session.casefile import safe_file_stem, write_atomically_bytes

PRINT_DPI = 300
DOCUMENT_NAME = TITLE
#: How long the print system may take to accept a job before the app says it failed.
LP_TIMEOUT_SECONDS = 30


def export_pdf_dialog(
    parent: QWidget, summary: EstimateSummary, personal: bool = True, folder: Path | None = None
) -> Path | None:
    """Ask where to save the PDF (starting in ``folder``, else the home folder) and write it; return the
    path, or None if cancelled or failed."""
    base = safe_file_stem(summary.estimate.scenario.label, _("scers-estimate"))
    start = (folder or Path.home()) / f"{base}.pdf"
    name, _filter = QFileDialog.getSaveFileName(parent, _("Export the estimate as a PDF"), str(start), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        write_atomically_bytes(path, estimate_pdf(summary, personal=personal))
    except OSError as error:
        QMessageBox.warning(
            parent,
            APP_NAME,
            _("Could not write {file}: {reason}").format(file=path.name, reason=error.strerror or error),
        )
        return None
    return path


def page_count(data: bytes) -> int:
    """The number of pages of a PDF held in memory."""
    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def lp_command(printer: QPrinter) -> list[str] | None:
    """The ``lp`` command that prints standard input on ``printer`` as vector pages, or None without CUPS.

    A printer that writes a file (Qt's PDF output) is not a print queue, so it gets no command.
    """
    lp = shutil.which("lp")
    if lp is None or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    command = [lp, "-t", _(DOCUMENT_NAME), "-n", str(max(1, printer.copyCount())), "-o", "media=Letter"]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    return [*command, "-"]


def _print_with_lp(data: bytes, command: list[str]) -> bool:
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=LP_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _print_as_pictures(data: bytes, printer: QPrinter) -> int:
    """Draw each page at the printer's resolution onto ``printer``; return the pages drawn (0 if refused)."""
    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return 0
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                page = document[index]
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                width, height = page.get_size()
                scale = min(area.width() / width, area.height() / height)
                # Four bytes a pixel in RGB order (RGBX): pdfium's default for an opaque page is three,
                # which QImage cannot read as RGBX8888 (the image came out null and the page blank).
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
                painter.drawImage(QPoint(0, 0), image)
                page.close()
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


def print_pdf_bytes(data: bytes, printer: QPrinter) -> int:
    """Print a PDF held in memory on ``printer``; return the number of pages sent (0 if refused)."""
    command = lp_command(printer)
    if command is not None:
        return page_count(data) if _print_with_lp(data, command) else 0
    return _print_as_pictures(data, printer)


def print_dialog(parent: QWidget, summary: EstimateSummary, personal: bool = True) -> bool:
    """Show Qt's print dialog and print the estimate on the chosen printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(_(DOCUMENT_NAME))
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return print_pdf_bytes(estimate_pdf(summary, personal=personal), printer) > 0
