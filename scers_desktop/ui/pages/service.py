"""Step 2, Service history: periods of City work or the quick totals, and the credited service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QVBoxLayout,
)

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft, EmploymentRow
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Column, FormGrid, RowTable, plain_label
from scers_desktop.ui.pages.base import Page, line_edit

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class ServicePage(Page):
    """Step 2: periods of City work (or the quick totals), with the credited service as it stands."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        modes = QVBoxLayout()  # one under the other: side by side they overflow at 200 % text
        self.history_mode = QRadioButton(_("Enter my periods of City &work"))
        self.quick_mode = QRadioButton(_("I know my &totals (quick entry)"))
        group = QButtonGroup(self)
        for button in (self.history_mode, self.quick_mode):
            group.addButton(button)
            modes.addWidget(button)
        self.history_mode.toggled.connect(self._mode)
        self.body.addLayout(modes)
        self.table = RowTable(
            _("Periods of City work"),
            [
                Column(_("Start (YYYY-MM-DD)"), "start", placeholder=_("First day of this period")),
                Column(_("End (blank = still working)"), "end", placeholder=_("Last day, or blank if you still work")),
                Column(
                    _("Percent of full time"),
                    "fte_percent",
                    placeholder=_("100 for full time, 50 for half time"),
                    field="fte",
                ),
                Column(_("Temporary, premium pay"), "temporary", "check", field="temporary_premium_pay"),
            ],
            EmploymentRow,
            _("&Add a period of work"),
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        self.history_help = plain_label(
            _(
                "Each day of work counts as 1/365 of a year times your percent of full time. Leave the end "
                "blank for the job you have now: it is counted up to the day before your pension starts. Tick "
                "'Temporary, premium pay' for temporary work paid premium pay instead of benefits: its hours "
                "count 1.135 times. Work before your SCERS membership date earns no service."
            )
        )
        self.history_help.setWordWrap(True)
        self.body.addWidget(self.history_help)
        self.quick = FormGrid()
        self.quick.add_text(
            "quick_service_years",
            _("Total serv&ice (years)"),
            _("Credited years at retirement, e.g. 25.5."),
            "quick.service_years",
        )
        self.quick.add_text(
            "quick_fas",
            _("Final average sa&lary ($ a month)"),
            _("Plan 1: highest 24 months in a row; Plan 2: highest 5 years."),
            "quick.final_average_salary_monthly",
        )
        self.quick.changed.connect(self._save_quick)
        self.body.addWidget(self.quick)
        self.total = plain_label()
        self.total.setObjectName("figure")
        self.total.setWordWrap(True)
        self.body.addWidget(self.total)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        (self.quick_mode if draft.quick else self.history_mode).setChecked(True)
        self.table.set_rows(draft.employment)
        line_edit(self.quick, "quick_service_years").setText(draft.quick_service_years)
        line_edit(self.quick, "quick_fas").setText(draft.quick_fas)
        self._show_mode()

    def _show_mode(self) -> None:
        self.table.setVisible(not self.draft.quick)
        self.history_help.setVisible(not self.draft.quick)
        self.quick.setVisible(self.draft.quick)

    def _mode(self, history: bool) -> None:
        if self.draft.quick != (not history):
            self.draft.quick = not history
            if not self.draft.quick and not self.draft.employment:
                self.table.add_row()
            self._show_mode()
            self.edited.emit()

    def _save_quick(self) -> None:
        self.draft.quick_service_years = line_edit(self.quick, "quick_service_years").text()
        self.draft.quick_fas = line_edit(self.quick, "quick_fas").text()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("employment"))
        self.quick.show_problems(checked.for_path)
        self.total.setText(summary.steps.service if summary else "")
