"""Step 7, Statement and Social Security: figures from the SCERS statement and the SSA."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import FormGrid
from scers_desktop.ui.pages.base import Page, line_edit

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class StatementPage(Page):
    """Step 7: the contribution balance from the annual statement and the Social Security estimate."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        form = self.form = FormGrid()
        form.add_text(
            "balance",
            _("Contributions ba&lance ($)"),
            _(
                "'Accumulated contributions with interest' on your SCERS statement. "
                "Needed for Options A, B and G and the Plan 1 annuity."
            ),
            "contributions.balance",
            _("e.g. 142000"),
        )
        form.add_text(
            "balance_as_of",
            _("S&tatement date"),
            _("The date the balance is as of."),
            "contributions.as_of",
            _("YYYY-MM-DD"),
        )
        form.add_text(
            "social_security_monthly",
            _("Social Securit&y ($ a month)"),
            _("Your SSA estimate at full retirement age. Needed only for Option F."),
            "social_security.monthly_at_ss_age",
            _("e.g. 2300"),
        )
        form.changed.connect(self._save)
        self.body.addWidget(form)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        for key in ("balance", "balance_as_of", "social_security_monthly"):
            line_edit(self.form, key).setText(getattr(draft, key))

    def _save(self) -> None:
        for key in ("balance", "balance_as_of", "social_security_monthly"):
            setattr(self.draft, key, line_edit(self.form, key).text())
        self.edited.emit()

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.form.show_problems(checked.for_path)
