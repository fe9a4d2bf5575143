"""The results view: the headline, every option side by side, the plot and its table, "why this
number", the comparison of scenarios, and COLA, buybacks and net pay. Figures come from the engine."""

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.engine import Estimate, EstimateType
from scers_desktop.engine.cola import catch_up_age
from scers_desktop.engine.options import OptionAmount, option_family, split_code
from scers_desktop.present import messages
from scers_desktop.present.messages import assumption_rows, event_text, member_amount_text, survivor_choice_lines
from scers_desktop.present.text import format_dollars, long_date
from scers_desktop.ui.curve import Curve
from scers_desktop.ui.fields import plain_label

DISCLAIMER = "Unofficial estimate — SCERS is not bound by it. Amounts are before taxes and deductions."
NO_AMOUNT = "—"


def money_text(amount: Decimal | None) -> str:
    """Dollars for a table cell, or a dash."""
    return NO_AMOUNT if amount is None else format_dollars(amount)


def _table(headings: Sequence[str], name: str, wrap: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headings))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(wrap)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if text.startswith("$") or text == NO_AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


def option_row(option: OptionAmount) -> list[str]:
    """An options-table row: name, member, survivor, and a short note (or what is missing)."""
    note = option.survivor_note if option.missing is None else f"This option {option.missing}."
    survivor = money_text(option.survivor_monthly)
    return [option.name, member_amount_text(option), survivor, note[:1].upper() + note[1:]]


class ResultsView(QWidget):
    """Everything about one estimate, and the comparison of all scenarios."""

    option_chosen = Signal(str)
    age_chosen = Signal(int)

    def __init__(self, *, menus: bool = True) -> None:
        """``menus=False`` (the kiosk): the chart has no right-click menu."""
        super().__init__()
        self.menus = menus
        layout = QVBoxLayout(self)
        self.headline = plain_label()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("Your estimate")
        self.subline = plain_label()
        self.subline.setWordWrap(True)
        disclaimer = plain_label(DISCLAIMER)
        disclaimer.setObjectName("disclaimer")
        disclaimer.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.subline)
        layout.addWidget(disclaimer)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Result details")
        layout.addWidget(self.tabs, 1)

        options_page = QWidget()
        options_layout = QVBoxLayout(options_page)
        hint = plain_label("Select a row to choose that option; it is drawn on the age chart and printed on the PDF.")
        hint.setWordWrap(True)
        options_layout.addWidget(hint)
        headings = ["Option", "You get each month", "After your death, they get", "Note"]
        self.options = _table(headings, "Payment options", wrap=False)
        self.options.itemSelectionChanged.connect(self._option_selected)
        options_layout.addWidget(self.options, 4)
        self.meaning = plain_label()
        self.meaning.setObjectName("note")
        self.meaning.setWordWrap(True)
        self.meaning.setAccessibleName("What the chosen option means")
        options_layout.addWidget(self.meaning)
        extra = plain_label("Option F (Social Security leveling) and Option G (lump sum) combined with your choice:")
        extra.setWordWrap(True)
        options_layout.addWidget(extra)
        self.combined = _table(headings, "Options F and G", wrap=False)
        self.combined.itemSelectionChanged.connect(self._combined_selected)
        options_layout.addWidget(self.combined, 1)
        self.tabs.addTab(options_page, "&Payment options")

        age_page = QWidget()
        self.age_layout = QVBoxLayout(age_page)
        self.plot: QWidget | None = None
        self.age_table = _table(
            ["Age", "Pension starts", "Unmodified a month", "Your option a month"], "Benefit by age"
        )
        self.age_table.itemActivated.connect(lambda item: self._age_row(item.row()))
        age_hint = plain_label(
            "Click a point on the chart, or press Enter on a row of the table, to retire at that age."
        )
        age_hint.setWordWrap(True)
        self.age_layout.addWidget(age_hint)
        self.age_layout.addWidget(self.age_table, 1)
        self.tabs.addTab(age_page, "By retirement &age")

        why_page = QWidget()
        why_layout = QVBoxLayout(why_page)
        self.why = _table(["Figure", "Amount", "How it was found", "Source"], "Why this number")
        self.why.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        why_layout.addWidget(self.why, 3)
        why_layout.addWidget(plain_label("Things to know about this estimate, and the assumptions in use:"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName("Things to know")
        why_layout.addWidget(self.notes, 2)
        self.tabs.addTab(why_page, "&Why this number")

        compare_page = QWidget()
        compare_layout = QVBoxLayout(compare_page)
        compare_layout.addWidget(plain_label("Your scenarios side by side (use 'Duplicate scenario' to add one):"))
        self.compare = _table(["Figure"], "Scenarios compared")
        compare_layout.addWidget(self.compare)
        self.tabs.addTab(compare_page, "&Compare")

        more_page = QWidget()
        more_layout = QVBoxLayout(more_page)
        more_layout.addWidget(plain_label("Cost-of-living increases, first ten years (1.5% each November, or more):"))
        self.cola = _table(["From", "Age", "Monthly", "Paid in total by then"], "Cost-of-living projection")
        more_layout.addWidget(self.cola, 2)
        self.money = plain_label()
        self.money.setWordWrap(True)
        more_layout.addWidget(self.money, 1)
        self.tabs.addTab(more_page, "COLA and net pa&y")

        self.curve: Curve | None = None
        self.result: Estimate | None = None
        self.loading = False
        self._standard_codes: list[str] = []
        self._combined_codes: list[str] = []

    def _ensure_plot(self) -> None:
        if self.plot is None:
            from scers_desktop.ui.plot import BenefitPlot

            plot = BenefitPlot(menus=self.menus)
            plot.age_clicked.connect(self.age_chosen.emit)
            self.age_layout.insertWidget(0, plot, 2)
            self.plot = plot

    def show_estimate(
        self, result: Estimate | None, curve: Curve | None, everyone: Sequence[tuple[str, Estimate | None]]
    ) -> None:
        """Show one scenario's estimate, its curve, and all scenarios for comparison."""
        self.result, self.curve = result, curve
        self.loading = True
        self._headline(result)
        selected = (result.scenario.selected_option or "Unmodified") if result else "Unmodified"
        standard, combined = option_family(result.options if result else (), selected)
        self._standard_codes = [o.code for o in standard]  # before any row is selected below
        self._combined_codes = [o.code for o in combined]
        _fill(self.options, [option_row(o) for o in standard])
        for row, option in enumerate(standard):
            if option.code == split_code(selected)[0]:
                self.options.selectRow(row)
                self.options.scrollToItem(self.options.item(row, 0))
        _fill(self.combined, [option_row(o) for o in combined])
        for row, option in enumerate(combined):
            if option.code == selected:
                self.combined.selectRow(row)
        chosen = result.option(selected) if result else None
        self.meaning.setText(f"{chosen.name}: {chosen.description}" if chosen else "")
        if curve is None:
            self.age_table.setRowCount(0)
            if self.plot is not None:
                self.plot.clear()  # type: ignore[attr-defined]
        else:
            self._ensure_plot()
            assert self.plot is not None
            self.plot.show_curve(curve)  # type: ignore[attr-defined]
            _fill(
                self.age_table,
                [
                    [
                        str(age),
                        long_date(day),
                        "not eligible" if value is None else f"${value:,.2f}",
                        "" if option is None else f"${option:,.2f}",
                    ]
                    for age, day, value, option in zip(
                        curve.ages, curve.dates, curve.unmodified, curve.option, strict=True
                    )
                ],
            )
        self._why(result)
        self._compare(everyone)
        self._more(result)
        self.loading = False

    def _headline(self, result: Estimate | None) -> None:
        if result is None:
            self.headline.setText("Your estimate will appear here")
            self.subline.setText("Fix the items marked ⚠ on the earlier pages.")
        elif not result.eligible:
            self.headline.setText("Not eligible to retire on this date")
            self.subline.setText(messages.reason(result) or "")
        elif result.scenario.estimate_type is EstimateType.DEATH_BEFORE_RETIREMENT:
            survivor = next((o.survivor_monthly for o in result.options if o.survivor_monthly is not None), None)
            self.headline.setText(f"{money_text(survivor)} a month for your spouse or partner")
            self.subline.setText(
                event_text(
                    result.scenario.estimate_type,
                    result.retirement_date,
                    result.age.completed_years,
                    result.service.total_years,
                )
                + ". "
                + " ".join(survivor_choice_lines(result.options))
            )
        else:
            assert result.unmodified_monthly is not None
            self.headline.setText(f"{format_dollars(result.unmodified_monthly)} a month")
            what = "Disability retirement benefit" if result.disability else "Unmodified (straight) benefit"
            self.subline.setText(
                f"{what} from {long_date(result.retirement_date)}, at age {result.age.completed_years}, with "
                f"{result.service.total_years:.2f} years of service. {result.plan.name}. Rules: {result.rules_version}."
            )

    def _why(self, result: Estimate | None) -> None:
        rows = [[e.label, e.value, e.rule, e.source] for e in (messages.explanations(result) if result else ())]
        _fill(self.why, rows)
        if result is None:
            self.notes.setPlainText("")
            return
        lines = [f"• {w}" for w in messages.warnings(result)]
        lines.append("\nAssumptions in use (a case file can change them under 'assumptions'):")
        for label, value, kind, why in assumption_rows(result.scenario, result.settings):
            lines.append(f"• {label}: {value} ({kind.lower()}). {why}")
        self.notes.setPlainText("\n".join(lines))

    def _compare(self, everyone: Sequence[tuple[str, Estimate | None]]) -> None:
        labels = [name for name, _ in everyone]
        self.compare.setColumnCount(1 + len(labels))
        self.compare.setHorizontalHeaderLabels(["Figure", *labels])
        figures = [
            ("Pension starts", lambda r: long_date(r.retirement_date)),
            ("Age", lambda r: str(r.age.completed_years)),
            ("Credited service (years)", lambda r: f"{r.service.total_years:.2f}"),
            ("Final average salary", lambda r: money_text(r.fas.monthly if r.fas else None)),
            (
                "Factor (% a year)",
                lambda r: f"{r.factor.factor_percent:.2f}" if r.factor and r.factor.factor_percent else NO_AMOUNT,
            ),
            ("Unmodified a month", lambda r: money_text(r.unmodified_monthly)),
            ("Option E a month", lambda r: money_text(r.option("E").member_monthly if r.option("E") else None)),
            ("Chosen option", lambda r: r.scenario.selected_option or "Unmodified"),
            (
                "Chosen option a month",
                lambda r: money_text(
                    r.option(r.scenario.selected_option).member_monthly
                    if r.scenario.selected_option and r.option(r.scenario.selected_option)
                    else r.unmodified_monthly
                ),
            ),
        ]
        rows = [
            [name]
            + [fn(r) if r is not None and r.eligible else "not eligible" if r else "incomplete" for _, r in everyone]
            for name, fn in figures
        ]
        if len(everyone) > 1:
            rows.append(
                ["Later start catches up with the first by age"]
                + [self._catch_up(everyone[0][1], r) for _, r in everyone]
            )
        _fill(self.compare, rows)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _catch_up(first: Estimate | None, other: Estimate | None) -> str:
        """When a later retirement has paid as much in total as the first scenario (with COLA)."""
        if first is None or other is None or other is first or not first.cola or not other.cola:
            return NO_AMOUNT
        age = catch_up_age(first.cola, other.cola)
        if age is None:
            same_start = first.cola[0].start == other.cola[0].start
            return "same start date" if same_start else "not within 30 years"
        return f"age {age}"

    def _more(self, result: Estimate | None) -> None:
        rows = [
            [long_date(c.start), str(c.age), format_dollars(c.monthly), format_dollars(c.paid_to_date)]
            for c in (result.cola[:10] if result else ())
        ]
        _fill(self.cola, rows)
        if result is None or not result.eligible:
            self.money.setText("")
            return
        lines = []
        pay = result.net_pay
        if pay is not None:
            lines.append(
                f"Net pay estimate: {format_dollars(pay.gross)} less federal tax withheld "
                f"{format_dollars(pay.federal_withholding)} "
                f"(2026 tables, {pay.filing_status.replace('_', ' ')})"
                + (f", medical {format_dollars(pay.medical)}" if pay.medical else "")
                + (f", dental {format_dollars(pay.dental)}" if pay.dental else "")
                + (
                    f" = {format_dollars(pay.net)} a month."
                    if pay.net is not None
                    else f". No net pay: {messages.net_pay_missing(pay)}."
                )
            )
        if result.refund is not None:
            lines.append(
                f"Instead of a pension you could take a refund of your contributions with interest: about "
                f"{format_dollars(result.refund)} (taxable; you give up the pension)."
            )
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

    def _age_row(self, row: int) -> None:
        if self.curve is not None and self.curve.unmodified[row] is not None:
            self.age_chosen.emit(self.curve.ages[row])
