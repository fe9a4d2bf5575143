"""Render the report content to a PDF with reportlab: US Letter, embedded fonts (report/fonts.py), the
disclaimer and "page X of Y" on every page, tables whose rows never split across pages."""

from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from scers_desktop.present.curve import Curve
from scers_desktop.present.i18n import _
from scers_desktop.present.text import whole_dollars
from scers_desktop.report.blocks import Block, Table
from scers_desktop.report.content import ReportContent
from scers_desktop.report.fonts import LATIN, fallback_markup, fonts_for

MARGIN = 0.7 * inch
NAVY = colors.HexColor("#1f4e79")
CHOSEN = colors.HexColor("#fff2cc")
CHOSEN_MARK = "▶ "
#: Tables this short move to the next page whole instead of splitting between rows.
SMALL_TABLE_ROWS = 5
#: A section starts on a new page when less than this is left (no heading alone at the foot of a page).
SECTION_ROOM = 0.6 * inch


@cache
def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5, spaceAfter=2.5)
    cell = ParagraphStyle("cell", parent=base, fontSize=7.5, leading=8.9, spaceAfter=0)
    head = ParagraphStyle("cell_head", parent=cell, fontName=bold)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=21, textColor=NAVY),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=bold,
            fontSize=11.5,
            leading=13.5,
            spaceBefore=5,
            spaceAfter=2,
            textColor=NAVY,
        ),
        "body": base,
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=9.8, spaceAfter=1, leftIndent=8),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_head": head,
        # A money column's heading sits right-aligned over its figures.
        "cell_head_right": ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``text`` in ``style``; a character its face lacks (⚠ in the Chinese face) is set in DejaVu Sans."""
    return Paragraph(fallback_markup(_escape(text), style.fontName), style)


def _table(table: Table, width: float, styles: dict[str, ParagraphStyle]) -> PdfTable:
    """A compact table: money columns right-aligned under right-aligned headings, the chosen row shaded."""
    numeric = set(table.numeric_columns)
    rows: list[list[Any]] = [
        [
            _paragraph(h, styles["cell_head_right" if c in numeric else "cell_head"])
            for c, h in enumerate(table.headings)
        ]
    ]
    first, last = table.highlight_columns
    for r, texts in enumerate(table.rows):
        cells = []
        for c, text in enumerate(texts):
            shown = (CHOSEN_MARK + text) if (r == table.highlight_row and c == first) else text
            cells.append(_paragraph(shown, styles["cell_right" if c in numeric else "cell"]))
        rows.append(cells)
    result = PdfTable(rows, colWidths=[width * w for w in table.widths], repeatRows=1, splitByRow=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.divider is not None:
        commands.append(("LINEBEFORE", (table.divider, 0), (table.divider, -1), 0.8, NAVY))
        commands.append(("LEFTPADDING", (table.divider, 0), (table.divider, -1), 8))
    if table.highlight_row is not None:
        chosen = table.highlight_row + 1
        commands.append(("BACKGROUND", (first, chosen), (last, chosen), CHOSEN))
    result.setStyle(TableStyle(commands))
    return result


def _mark_choice(drawing: Drawing, plot: LinePlot, curve: Curve, bold: str) -> None:
    """Star the real pension start date at the headline amount (the chosen option's), with both in words."""
    if curve.mark is None:
        return
    age, value = curve.mark
    top = max(v for v in curve.unmodified + curve.option if v is not None)
    scale = plot.height / (plot.yValueAxis.valueMax or top)
    x = plot.x + plot.width * (age - curve.ages[0]) / max(curve.ages[-1] - curve.ages[0], 1)
    y = plot.y + value * scale
    drawing.add(makeMarker("FilledStarFive", x=x, y=y, size=11, fillColor=colors.HexColor("#c62828")))
    # The words go under the star and under every curve they span (a curve may fall after the star),
    # or above them when there is no room below.
    per_year = plot.width / max(curve.ages[-1] - curve.ages[0], 1)
    end_age = age + (7 + pdfmetrics.stringWidth(curve.mark_label, bold, 8)) / per_year
    spanned = [
        v
        for a, *values in zip(curve.ages, curve.unmodified, curve.option, strict=True)
        if age - 1 <= a <= end_age + 1
        for v in values
        if v is not None
    ]
    label_y = plot.y + min([value, *spanned]) * scale - 12
    if label_y < plot.y + 2:
        label_y = plot.y + max([value, *spanned]) * scale + 6
    drawing.add(String(x + 7, label_y, curve.mark_label, fontName=bold, fontSize=8))


def _chart(curve: Curve, width: float, fonts: tuple[str, str]) -> Drawing:
    """The benefit-by-age chart: the unmodified curve, the chosen option's, and the chosen age starred."""
    regular, bold = fonts
    height = 1.9 * inch
    drawing = Drawing(width, height, initialFontName=regular)
    plot = LinePlot()
    plot.x, plot.y = 50, 40
    plot.width, plot.height = width - 70, height - 70
    series = [[(a, v) for a, v in zip(curve.ages, curve.unmodified, strict=True) if v is not None]]
    names = [_("Unmodified")]
    if curve.option_label and any(v is not None for v in curve.option):
        series.append([(a, v) for a, v in zip(curve.ages, curve.option, strict=True) if v is not None])
        names.append(curve.option_label)
    plot.data = series
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = NAVY, 2
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
    if len(series) > 1:
        plot.lines[1].strokeColor, plot.lines[1].strokeWidth = colors.HexColor("#b35900"), 1.5
        plot.lines[1].strokeDashArray = (4, 2)
        plot.lines[1].symbol = makeMarker("FilledTriangle", size=3)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = curve.ages[0], curve.ages[-1]
    plot.xValueAxis.valueSteps = [a for a in curve.ages if a % 5 == 0]
    plot.yValueAxis.valueMin = 0
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = regular
    plot.xValueAxis.labels.fontSize = plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.labelTextFormat = lambda v: whole_dollars(Decimal(repr(v)))
    drawing.add(plot)
    drawing.add(
        String(
            plot.x + plot.width / 2,
            8,
            _("Age when the pension starts"),
            fontName=regular,
            fontSize=8,
            textAnchor="middle",
        )
    )
    _mark_choice(drawing, plot, curve, bold)
    legend = Legend()
    legend.x, legend.y = plot.x + 8, height - 8
    legend.fontName, legend.fontSize = regular, 8
    legend.colorNamePairs = [(NAVY, names[0])] + ([(colors.HexColor("#b35900"), names[1])] if len(names) > 1 else [])
    legend.alignment = "right"
    legend.columnMaximum = 1  # the names side by side, one line above the plot
    legend.deltax, legend.boxAnchor = 90, "nw"
    drawing.add(legend)
    return drawing


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """Writes the footer on every page once the page count is known ("page X of Y"), and under it, in a
    translation, that the English estimate and the handbook govern (issue 17)."""

    footer = ""
    notice = ""
    font = LATIN.regular

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = LETTER
        page = _("Page {page} of {total}").format(page=self._pageNumber, total=total)
        room = width - 2 * MARGIN - pdfmetrics.stringWidth(page, self.font, 8) - 12
        size = 8.0
        while size > 6 and pdfmetrics.stringWidth(self.footer, self.font, size) > room:
            size -= 0.25
        self.setFillColor(colors.HexColor("#333333"))
        self.line(MARGIN, 0.62 * inch, width - MARGIN, 0.62 * inch)
        self.setFont(self.font, size)
        self.drawString(MARGIN, 0.45 * inch, self.footer)
        self.setFont(self.font, 8)
        self.drawRightString(width - MARGIN, 0.45 * inch, page)
        if self.notice:
            self.setFont(self.font, 7)
            lines = simpleSplit(self.notice, self.font, 7, width - 2 * MARGIN)
            for number, line in enumerate(lines[:2]):
                self.drawString(MARGIN, (0.31 - 0.12 * number) * inch, line)


def _section(
    title: str, blocks: tuple[Block, ...], width: float, styles: dict[str, ParagraphStyle], fonts: tuple[str, str]
) -> list[Any]:
    """A section's flowables. A heading never ends a page alone: it goes with the text after it and the
    first chart or short table; a long table starts under it and breaks between rows, its header row
    repeated; a short table later on moves to the next page whole, with the note under it. (Tables are never
    nested in two KeepTogethers: an inner one measures as endless and would push the section to a new page.)"""
    flowables: list[Any] = [_paragraph(title, styles["heading"])]
    small: set[int] = set()
    for block in blocks:
        if isinstance(block, str):
            style = styles["note" if block.startswith("• ") else "body"]
            flowables.append(_paragraph(block, style))
        elif isinstance(block, Table):
            if len(block.rows) <= SMALL_TABLE_ROWS:
                small.add(len(flowables))
            flowables.append(_table(block, width, styles))
        else:
            flowables.append(_chart(block, width, fonts))
    lead = next((i for i, f in enumerate(flowables[1:], start=1) if not isinstance(f, Paragraph)), len(flowables))
    if lead < len(flowables) and (not isinstance(flowables[lead], PdfTable) or lead in small):
        lead += 1
    rest: list[Any] = []
    short: Any = None  # a short table, kept on one page with the note right under it
    for i, f in enumerate(flowables[lead:], start=lead):
        if short is not None:
            note = isinstance(f, Paragraph)
            rest.append(KeepTogether([short, f] if note else [short]))
            short = None
            if note:
                continue
        if i in small:
            short = f
        else:
            rest.append(f)
    if short is not None:
        rest.append(KeepTogether([short]))
    return [KeepTogether(flowables[:lead]), *rest]


def render_pdf(content: ReportContent, target: Path | None = None) -> bytes:
    """Render the document; write it to ``target`` when given, and return the PDF bytes."""
    fonts = fonts_for(content.language)
    styles = _styles(*fonts)
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=0.9 * inch,
        title=content.title,
        author=content.author,
        subject=_(content.subject),
        keywords=list(content.keywords),
        creator=content.author,
        lang="en-US" if content.language == "en" else content.language.replace("_", "-"),
        initialFontName=fonts[0],  # no unembedded Helvetica, not even unused
    )
    width = document.width
    story: list[Any] = [
        _paragraph(content.title, styles["title"]),
        _paragraph(content.subtitle, styles["subtitle"]),
        _paragraph(content.footer, styles["body"]),
        *([_paragraph(content.notice, styles["body"])] if content.notice else []),
    ]
    for number, section in enumerate(content.sections):
        if number:
            story.append(Spacer(1, 4))  # between sections only: after the last one it could start a blank page
        story.append(CondPageBreak(SECTION_ROOM))
        story.extend(_section(section.title, section.blocks, width, styles, fonts))

    class Canvas(_NumberedCanvas):
        footer = content.footer
        notice = content.notice
        font = fonts[0]

    document.build(story, canvasmaker=Canvas)
    data = buffer.getvalue()
    if target is not None:
        target.write_bytes(data)
    return data
