"""The wizard pages, one module each. Each binds to the draft, writes every edit into it at once, and
shows its own problems and the live figures of the estimate, in the words of its summary (no arithmetic
here)."""

from scers_desktop.session.flow import StepKey
from scers_desktop.ui.pages.about import AboutPage
from scers_desktop.ui.pages.base import Page
from scers_desktop.ui.pages.beneficiary import BeneficiaryPage
from scers_desktop.ui.pages.buybacks import BuybacksPage
from scers_desktop.ui.pages.leaves import LeavesPage
from scers_desktop.ui.pages.retirement import RetirementPage
from scers_desktop.ui.pages.salary import SalaryPage
from scers_desktop.ui.pages.service import ServicePage
from scers_desktop.ui.pages.statement import StatementPage

#: The page of each wizard step (the results step has its own view).
PAGE_CLASSES: dict[StepKey, type[Page]] = {
    StepKey.ABOUT: AboutPage,
    StepKey.SERVICE: ServicePage,
    StepKey.LEAVES: LeavesPage,
    StepKey.BUYBACKS: BuybacksPage,
    StepKey.SALARY: SalaryPage,
    StepKey.BENEFICIARY: BeneficiaryPage,
    StepKey.STATEMENT: StatementPage,
    StepKey.RETIREMENT: RetirementPage,
}

__all__ = ["PAGE_CLASSES", "Page", "RetirementPage"]
