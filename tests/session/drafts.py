"""Drafts the session tests start from."""

from pathlib import Path

from scers_desktop.session.draft import Draft, EmploymentRow, SalaryRow

CASES = Path(__file__).parent.parent / "cases" / "scenarios"


def valid_draft(**changes: object) -> Draft:
    draft = Draft(
        birth_date="1968-04-12",
        plan="1",
        retirement_date="2030-07-01",
        employment=[EmploymentRow("2000-07-01", "", "100")],
        salary=[SalaryRow("2000-07-01", "$6,000")],
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft
