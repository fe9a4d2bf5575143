"""The results view: the headline, every option side by side, the plot and its table, "why this
number", the comparison of scenarios, and COLA, buybacks and net pay. Every word and row comes from the
estimate's summary (scers_desktop.present), the same one the PDF and the command line show."""

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.engine import Estimate
from scers_desktop.present import i18n
from scers_desktop.present.compare import compare_rows
from scers_desktop.present.curve import Curve
from scers_desktop.present.i18n import N_, _
from scers_desktop.present.rows import COLA_HEADINGS, NO_AMOUNT, OptionRow, chosen_base
from scers_desktop.present.summary import NO_ESTIMATE, EstimateSummary
from scers_desktop.present.summary import disclaimer as disclaimer_text
from scers_desktop.ui.fields import check_with_words, plain_label
from scers_desktop.ui.fit import keep_readable, scroll_tab_pages, wrap_headings
from scers_desktop.ui.timing_panel import TimingPanel, month_series_of

#: A cell that is an amount of money, however the language writes dollars ('$4,200.26', '4.200,26 US$',
#: 'US$4,200.26').
AMOUNT = re.compile(r"[-−]?(US)?\$\s?\d|[-−]?\d[\d.,\s]*US\$")


def _table(headings: Sequence[str], name: str, wrap: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headings))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(wrap)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    keep_readable(table)
    table.verticalHeader().setVisible(False)
    wrap_headings(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], *, figures_from: int | None = None) -> None:
    """Put these rows in the table, then size its columns and rows to them.

    Dollar amounts are right-aligned; with ``figures_from``, every cell from that column on is (a table
    of figures, such as the comparison, reads down its columns).

    The columns keep their widths while the cells are set and are sized to the contents once at the
    end: sized to contents, every cell set measured its whole column again (about half of a recompute).
    """
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if AMOUNT.match(text) or text == NO_AMOUNT or (figures_from is not None and c >= figures_from):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    for c, mode in enumerate(modes):
        header.setSectionResizeMode(c, mode)
    table.resizeRowsToContents()


def _option_cells(row: OptionRow) -> list[str]:
    """An options-table row: name, member, survivor, and a short note (or what is missing)."""
    return [row.name, row.member, row.survivor, row.note]


#: The tabs are never shorter than this many lines of text (the headline above them scrolls away instead).
TAB_LINES = 14


class ResultsView(QWidget):
    """Everything about one estimate, and the comparison of all scenarios."""

    option_chosen = Signal(str)
    age_chosen = Signal(int)
    date_chosen = Signal(date)

    def __init__(self, *, menus: bool = True) -> None:
        """``menus=False`` (the kiosk): the chart has no right-click menu."""
        super().__init__()
        self.menus = menus
        # The headline and the tabs scroll together: at 200 % text on a laptop the headline alone took
        # most of the height and left the tabs a strip of 100 px. The tabs keep room for TAB_LINES lines.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.area.setWidget(content)
        outer.addWidget(self.area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, layout.contentsMargins().top(), 0, 0)  # the width goes to the tabs
        self.headline = plain_label()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(_("Your estimate"))
        self.subline = plain_label()
        self.subline.setWordWrap(True)
        # In a translation, the disclaimer also says that the English estimate and the handbook govern.
        disclaimer = plain_label(" ".join(t for t in (disclaimer_text(), i18n.governs_notice()) if t))
        disclaimer.setObjectName("disclaimer")
        disclaimer.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.subline)
        layout.addWidget(disclaimer)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Result details"))
        layout.addWidget(self.tabs, 1)
        self.plot: QWidget | None = None
        self._options_tab()
        self._age_tab()
        self._why_tab()
        self._compare_tab()
        self._more_tab()
        self.timing = TimingPanel(plain=not menus)  # the kiosk (no menus) words it plainly
        self.timing.date_chosen.connect(self.date_chosen.emit)
        self.tabs.addTab(self.timing, _("Dates to &know"))
        scroll_tab_pages(self.tabs)
        # Short tab names, so that every tab is in sight on a 1180 px window; the long name is the tip.
        tips = (N_("Payment options"), N_("Benefit by retirement age"), N_("Why this number"))
        tips += (N_("Compare scenarios"), N_("Cost-of-living increases and net pay"), N_("Dates worth knowing"))
        for index, tip in enumerate(tips):
            self.tabs.setTabToolTip(index, _(tip))
        self._room_for_tabs()
        self.summary: EstimateSummary | None = None
        self.curve: Curve | None = None
        self.loading = False
        self._standard_codes: list[str] = []
        self._combined_codes: list[str] = []

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed: the tabs' room follows it."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._room_for_tabs()
        super().changeEvent(event)

    def _room_for_tabs(self) -> None:
        self.tabs.setMinimumHeight(self.fontMetrics().height() * TAB_LINES)

    def _options_tab(self) -> None:
        """The payment options, then F and G combined with the chosen one."""
        options_page = QWidget()
        options_layout = QVBoxLayout(options_page)
        hint = plain_label(
            _("Select a row to choose that option; it is drawn on the age chart and printed on the PDF.")
        )
        hint.setWordWrap(True)
        options_layout.addWidget(hint)
        headings = [_("Option"), _("You get each month"), _("After your death, they get"), _("Note")]
        self.options = _table(headings, _("Payment options"))
        # A note (why an option has no amount) wraps and its row grows to show it whole (issue 14).
        self.options.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.options.itemSelectionChanged.connect(self._option_selected)
        options_layout.addWidget(self.options, 4)
        self.meaning = plain_label()
        self.meaning.setObjectName("note")
        self.meaning.setWordWrap(True)
        self.meaning.setAccessibleName(_("What the chosen option means"))
        options_layout.addWidget(self.meaning)
        extra = plain_label(_("Option F (Social Security leveling) and Option G (lump sum) combined with your choice:"))
        extra.setWordWrap(True)
        options_layout.addWidget(extra)
        self.combined = _table(headings, _("Options F and G"), wrap=False)
        self.combined.itemSelectionChanged.connect(self._combined_selected)
        options_layout.addWidget(self.combined, 1)
        # Its rows stay one line in the small table; the reasons a combination has no amount go below.
        self.unpriced = plain_label()
        self.unpriced.setObjectName("note")
        self.unpriced.setWordWrap(True)
        self.unpriced.setAccessibleName(_("Why some combinations have no amount"))
        options_layout.addWidget(self.unpriced)
        self.tabs.addTab(options_page, _("&Options"))

    def _age_tab(self) -> None:
        """The benefit-by-age chart (made when first shown) and its table."""
        age_page = QWidget()
        self.age_layout = QVBoxLayout(age_page)
        self.age_table = _table(
            [_("Age"), _("Pension starts"), _("Unmodified a month"), _("Your option a month")], _("Benefit by age")
        )
        self.age_table.itemActivated.connect(lambda item: self._age_row(item.row()))
        age_hint = plain_label(
            _("Click a point on the chart, or press Enter on a row of the table, to retire at that age.")
        )
        age_hint.setWordWrap(True)
        self.age_layout.addWidget(age_hint)
        months_row, self.months = check_with_words(_("&Month by month, with the dates worth knowing marked"))
        self.months.toggled.connect(lambda _on: self._show_months())
        self.age_layout.addWidget(months_row)
        self.age_layout.addWidget(self.age_table, 1)
        self.tabs.addTab(age_page, _("By &age"))

    def _why_tab(self) -> None:
        """'Why this number' and the things to know."""
        why_page = QWidget()
        why_layout = QVBoxLayout(why_page)
        self.why = _table([_("Figure"), _("Amount"), _("How it was found"), _("Source")], _("Why this number"))
        self.why.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        why_layout.addWidget(self.why, 3)
        things = plain_label(_("Things to know about this estimate, and the assumptions in use:"))
        things.setWordWrap(True)
        why_layout.addWidget(things)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(_("Things to know"))
        why_layout.addWidget(self.notes, 2)
        self.tabs.addTab(why_page, _("&Why"))

    def _compare_tab(self) -> None:
        """The scenarios side by side."""
        compare_page = QWidget()
        compare_layout = QVBoxLayout(compare_page)
        side_by_side = plain_label(_("Your scenarios side by side (use 'Duplicate scenario' to add one):"))
        side_by_side.setWordWrap(True)
        compare_layout.addWidget(side_by_side)
        self.compare = _table([_("Figure")], _("Scenarios compared"))
        compare_layout.addWidget(self.compare)
        self.tabs.addTab(compare_page, _("&Compare"))

    def _more_tab(self) -> None:
        """Cost-of-living increases, net pay and the refund."""
        more_page = QWidget()
        more_layout = QVBoxLayout(more_page)
        cola_words = plain_label(
            _(
                "Cost-of-living increases of the amount you are paid (your chosen option), first ten years "
                "(1.5% each November, or more):"
            )
        )
        cola_words.setWordWrap(True)
        more_layout.addWidget(cola_words)
        self.cola = _table([_(heading) for heading in COLA_HEADINGS], _("Cost-of-living projection"))
        more_layout.addWidget(self.cola, 2)
        self.money = plain_label()
        self.money.setWordWrap(True)
        more_layout.addWidget(self.money, 1)
        self.tabs.addTab(more_page, _("COLA && net pa&y"))

    def _ensure_plot(self) -> None:
        if self.plot is None:
            from scers_desktop.ui.plot import BenefitPlot

            plot = BenefitPlot(menus=self.menus)
            plot.age_clicked.connect(self.age_chosen.emit)
            self.age_layout.insertWidget(0, plot, 2)
            self.plot = plot

    def show_estimate(self, summary: EstimateSummary | None, everyone: Sequence[tuple[str, Estimate | None]]) -> None:
        """Show one scenario's summary (its estimate and curve), and all scenarios for comparison."""
        self.summary = summary
        self.curve = summary.curve if summary else None
        self.loading = True
        self._headline(summary)
        options = summary.options if summary else None
        standard, combined = (options.standard, options.combined) if options else ((), ())
        self._standard_codes = [o.code for o in standard]  # before any row is selected below
        self._combined_codes = [o.code for o in combined]
        _fill(self.options, [_option_cells(o) for o in standard])
        for row, option in enumerate(standard):
            if options and option.code == chosen_base(options):
                self.options.selectRow(row)
                self.options.scrollToItem(self.options.item(row, 0))
        _fill(self.combined, [_option_cells(o) for o in combined])
        self.unpriced.setText("\n".join(f"{o.name}: {o.note}" for o in combined if not o.priced))
        self.unpriced.setVisible(any(not o.priced for o in combined))
        for row, option in enumerate(combined):
            if options and option.code == options.selected:
                self.combined.selectRow(row)
        self.meaning.setText(options.meaning if options else "")
        if summary is None or summary.curve is None or summary.ages is None:
            self.age_table.setRowCount(0)
            if self.plot is not None:
                self.plot.clear()  # type: ignore[attr-defined]
        else:
            self._ensure_plot()
            assert self.plot is not None
            self.plot.show_curve(summary.curve)  # type: ignore[attr-defined]
            self._show_months()
            _fill(self.age_table, summary.ages.rows)
        self.timing.show_for(summary)
        self._why(summary)
        self._compare(everyone)
        self._more(summary)
        self.loading = False

    def _headline(self, summary: EstimateSummary | None) -> None:
        headline, detail = (summary.headline, summary.headline_detail) if summary else (_(t) for t in NO_ESTIMATE)
        self.headline.setText(headline)
        self.subline.setText(detail)

    def _why(self, summary: EstimateSummary | None) -> None:
        _fill(self.why, summary.why if summary else ())
        self.notes.setPlainText(summary.things_to_know if summary else "")

    def _compare(self, everyone: Sequence[tuple[str, Estimate | None]]) -> None:
        labels = [name for name, _ in everyone]
        self.compare.setColumnCount(1 + len(labels))
        self.compare.setHorizontalHeaderLabels([_("Figure"), *labels])
        _fill(self.compare, compare_rows(everyone), figures_from=1)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _more(self, summary: EstimateSummary | None) -> None:
        _fill(self.cola, summary.cola if summary else ())
        if summary is None or not summary.eligible:
            self.money.setText("")
            return
        lines = []
        if summary.net_pay is not None:
            lines.append(summary.net_pay.sentence)
        if summary.refund is not None:
            lines.append(summary.refund.offer)
        self.money.setText("\n\n".join(lines))

    def _option_selected(self) -> None:
        self._chosen_in(self.options, self._standard_codes)

    def _combined_selected(self) -> None:
        self._chosen_in(self.combined, self._combined_codes)

    def _chosen_in(self, table: QTableWidget, codes: Sequence[str]) -> None:
        """A row picked in an options table chooses that option (not while the view is being filled)."""
        rows = table.selectionModel().selectedRows()
        if rows and not self.loading:
            self.option_chosen.emit(codes[rows[0].row()])

    def _show_months(self) -> None:
        """The chart month by month with its cliffs marked, or by whole age (the check box)."""
        if self.plot is not None:
            self.plot.show_months(month_series_of(self.summary) if self.months.isChecked() else None)  # type: ignore[attr-defined]

    def _age_row(self, row: int) -> None:
        if self.curve is not None and self.curve.unmodified[row] is not None:
            self.age_chosen.emit(self.curve.ages[row])
