"""Step 3, Leaves: leaves inside employment, each bought back or not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import N_, _
from scers_desktop.session.draft import Draft, LeaveRow
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Choice, Column, RowTable, plain_label, translated
from scers_desktop.ui.pages.base import Page

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


LEAVE_KINDS = (
    Choice("unpaid", N_("Unpaid leave")),
    Choice("medical", N_("Medical leave")),
    Choice("fmla", N_("Family leave (FMLA)")),
    Choice("industrial_injury", N_("Industrial injury")),
    Choice("military", N_("Military leave")),
)


class LeavesPage(Page):
    """Step 3: leaves inside employment, each bought back or not."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            _("Leaves"),
            [
                Column(_("Start"), "start", placeholder=_("YYYY-MM-DD")),
                Column(_("End"), "end", placeholder=_("YYYY-MM-DD")),
                Column(_("Kind"), "kind", "choice", translated(LEAVE_KINDS)),
                Column(_("Bought back"), "purchased", "check"),
            ],
            LeaveRow,
            _("&Add a leave"),
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        text = plain_label(
            _(
                "A leave without pay earns no service unless you buy it back (tick 'Bought back'; the estimate "
                "prices it). Unpaid medical, family and injury leave can be bought at your pay rate then, plus "
                "interest, so the cost grows the longer you wait; military leave must be bought within 90 days "
                "of your return (Handbook 2023). Other unpaid leave cannot be bought back. Leave with pay needs "
                "no entry."
            )
        )
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.effect = plain_label()
        self.effect.setObjectName("figure")
        self.effect.setWordWrap(True)
        self.body.addWidget(self.effect)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.leaves)

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("leaves"))
        self.effect.setText(summary.steps.leaves if summary else "")
