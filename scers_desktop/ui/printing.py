"""Export PDF… and Print…: the report is built by the report package; Qt only saves or prints it.

Printing renders each PDF page through Qt's PDF module onto the printer the user picks in Qt's print
dialog, so the printout is the same document as the PDF. Nothing is left on disk: the PDF bytes go
through memory.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from scers_desktop import APP_NAME
from scers_desktop.engine import Estimate
from scers_desktop.report import estimate_pdf
from scers_desktop.ui.casefile import write_atomically_bytes

PRINT_DPI = 300


def export_pdf_dialog(parent: QWidget, result: Estimate, personal: bool = True) -> Path | None:
    """Ask where to save the PDF and write it; return the path, or None if cancelled or failed."""
    base = (result.scenario.label or "scers-estimate").replace(" ", "-")
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export the estimate as a PDF", str(Path.home() / f"{base}.pdf"), "PDF (*.pdf)"
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        write_atomically_bytes(path, estimate_pdf(result, personal=personal))
    except OSError as error:
        QMessageBox.warning(parent, APP_NAME, f"Could not write {path.name}: {error.strerror or error}")
        return None
    return path


def print_pdf_bytes(data: bytes, printer: QPrinter) -> int:
    """Print a PDF held in memory on ``printer``, page by page; return the number of pages printed."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(count):
            if page:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QPoint(0, 0), document.render(page, size))
    finally:
        painter.end()
        document.close()
    return count


def print_dialog(parent: QWidget, result: Estimate, personal: bool = True) -> bool:
    """Show Qt's print dialog and print the estimate on the chosen printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName("Unofficial Benefit Estimate")
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return print_pdf_bytes(estimate_pdf(result, personal=personal), printer) > 0
