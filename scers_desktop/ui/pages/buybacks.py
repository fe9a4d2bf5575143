"""Step 4, Buybacks: service bought back or that may be bought."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scers_desktop.present.i18n import N_, _
from scers_desktop.session.draft import Draft, PurchaseRow
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Choice, Column, RowTable, plain_label, translated
from scers_desktop.ui.pages.base import Page

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


PURCHASE_KINDS = (
    Choice("redeposit", N_("Redeposit")),
    Choice("leave", N_("Leave buyback")),
    Choice("military_prior", N_("Prior military")),
    Choice("military_leave", N_("Military leave")),
)


class BuybacksPage(Page):
    """Step 4: redeposits and buybacks, with what each costs and adds."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            _("Buybacks and redeposits"),
            [
                Column(_("Kind"), "kind", "choice", translated(PURCHASE_KINDS)),
                Column(_("Years bought"), "service_years", placeholder=_("e.g. 2.25")),
                Column(_("Amount withdrawn ($)"), "withdrawn_amount", placeholder=_("For a redeposit")),
                Column(_("Withdrawn on"), "withdrawal_date", placeholder=_("YYYY-MM-DD")),
                Column(_("Paid on (planned)"), "repaid_date", placeholder=_("YYYY-MM-DD")),
            ],
            PurchaseRow,
            _("&Add a buyback"),
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        kinds = plain_label(
            _(
                "Redeposit: pay back contributions you withdrew when you left City service. Leave buyback: unpaid "
                "medical, family or injury leave. Prior military: active duty before the City, up to 5 years, at "
                "actuarial cost. Military leave: bought within 90 days of your return (Handbook 2023). A leave you "
                "entered on the Leaves page is bought by ticking Bought back there, not here."
            )
        )
        kinds.setWordWrap(True)
        self.body.addWidget(kinds)
        self.decision = plain_label()
        self.decision.setObjectName("figure")
        self.decision.setWordWrap(True)
        self.body.addWidget(self.decision)
        self.finish()

    def bind(self, draft: Draft) -> None:
        super().bind(draft)
        self.table.set_rows(draft.purchases)

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        self.table.show_problems(checked.for_path("purchases"))
        self.decision.setText(summary.steps.purchases if summary else "")
