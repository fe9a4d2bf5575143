"""Step 4, Buybacks: service bought back or that may be bought."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from scers_desktop.engine.calendar import long_date
from scers_desktop.engine.money import format_dollars
from scers_desktop.session.draft import Draft, PurchaseRow
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import Choice, Column, RowTable, plain_label
from scers_desktop.ui.pages.base import Page

if TYPE_CHECKING:
    from scers_desktop.engine import Estimate


PURCHASE_KINDS = (
    Choice("redeposit", "Redeposit"),
    Choice("leave", "Leave buyback"),
    Choice("military_prior", "Prior military"),
    Choice("military_leave", "Military leave"),
)


class BuybacksPage(Page):
    """Step 4: redeposits and buybacks, with what each costs and adds."""

    def __init__(self, step: Step) -> None:
        super().__init__(step)
        self.table = RowTable(
            "Buybacks and redeposits",
            [
                Column("Kind", "kind", "choice", PURCHASE_KINDS),
                Column("Years bought", "service_years", placeholder="e.g. 2.25"),
                Column("Amount withdrawn ($)", "withdrawn_amount", placeholder="For a redeposit"),
                Column("Withdrawn on", "withdrawal_date", placeholder="YYYY-MM-DD"),
                Column("Paid on (planned)", "repaid_date", placeholder="YYYY-MM-DD"),
            ],
            PurchaseRow,
            "&Add a buyback",
        )
        self.table.changed.connect(self.edited.emit)
        self.body.addWidget(self.table)
        kinds = plain_label(
            "Redeposit: pay back contributions you withdrew when you left City service. Leave buyback: unpaid "
            "medical, family or injury leave. Prior military: active duty before the City, up to 5 years, at "
            "actuarial cost. Military leave: bought within 90 days of your return (Handbook 2023)."
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

    def refresh(self, checked: Checked, result: Estimate | None) -> None:
        self.table.show_problems(checked.for_path("purchases"))
        if result is None or not result.purchases:
            self.decision.setText("")
            return
        lines = []
        for i, p in enumerate(result.purchases, start=1):
            if p.missing:
                lines.append(f"Row {i}: the cost {p.missing}.")
                continue
            line = (
                f"Row {i}: costs about {format_dollars(p.cost)} (as of {long_date(p.cost_as_of)})"
                if p.cost
                else f"Row {i}:"
            )
            if p.monthly_increase is not None:
                line += f"; adds {format_dollars(p.monthly_increase)} a month"
            if p.payback_age is not None:
                line += f"; paid back by age {p.payback_age:.1f}"
            sooner, later = p.earliest_eligible_with, p.earliest_eligible_without
            if sooner and later and sooner < later and later > date.today():  # only a change still ahead
                line += f"; lets you retire from {long_date(sooner)} instead of {long_date(later)}"
            how = f" Cost: {p.how} (Handbook 2023 'Redeposits/Buybacks')." if p.how else ""
            lines.append(line + "." + how + (f" {p.note}" if p.note else ""))
        self.decision.setText("\n".join(lines))
