"""Step 5, Salary: the pay history that gives the final average salary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft, SalaryRow
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Column, FormGrid, RowTable, plain_label
from scers_desktop.ui.pages.base import Page, line_edit

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class SalaryPage(Page):
    """Step 5: pay as steps from dates, a yearly raise, and the final average salary it gives."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            _("Monthly pay"),
            [
                Column(_("From (YYYY-MM-DD)"), "start", placeholder=_("The date this pay started"), field="from"),
                Column(_("Monthly pay ($)"), "monthly", placeholder=_("Before deductions; no overtime")),
            ],
            SalaryRow,
            _("&Add a pay rate"),
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        self.form = FormGrid()
        self.form.add_text(
            "growth_percent",
            _("&Yearly raise (%)"),
            _(
                "Optional: expected raise each year after your last pay entry. "
                "Blank means no raises (today's pay is used)."
            ),
            "salary.growth_rate",
            _("e.g. 2.5"),
        )
        self.form.changed.connect(self._save)
        self.body.addWidget(self.form)
        self.fas = plain_label()
        self.fas.setObjectName("figure")
        self.fas.setWordWrap(True)
        self.body.addWidget(self.fas)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.salary)
        line_edit(self.form, "growth_percent").setText(draft.growth_percent)

    def _save(self) -> None:
        self.draft.growth_percent = line_edit(self.form, "growth_percent").text()
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("salary.history"))
        self.form.show_problems(checked.for_path)
        self.fas.setText(summary.steps.salary if summary else "")
