"""The wizard pages, one module each. Each binds to the draft, writes every edit into it at once, and
shows its own problems and the live figures the engine found (no arithmetic here)."""

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
PAGE_CLASSES: dict[str, type[Page]] = {
    "about": AboutPage,
    "service": ServicePage,
    "leaves": LeavesPage,
    "buybacks": BuybacksPage,
    "salary": SalaryPage,
    "beneficiary": BeneficiaryPage,
    "statement": StatementPage,
    "retirement": RetirementPage,
}

__all__ = ["PAGE_CLASSES", "Page", "RetirementPage"]
