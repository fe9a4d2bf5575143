"""The scenario's vocabularies: every closed set of values a case file or the engine uses.

Each is a :class:`~enum.StrEnum`, so a value compares equal to its text and is written to JSON as it
(scenario-format.md §1 names the texts; they never change).
"""

from enum import StrEnum


class Plan(StrEnum):
    """SCERS Plan 1 (membership before 2017-01-01) or Plan 2 (SMC 4.36.010; scenario-format.md §1)."""

    ONE = "1"
    TWO = "2"


class EstimateType(StrEnum):
    """What is estimated: a service or disability retirement, or the death benefit before retirement."""

    SERVICE = "service"
    DISABILITY = "disability"
    DEATH_BEFORE_RETIREMENT = "death_before_retirement"


class Sex(StrEnum):
    """The sex of the member or beneficiary for the mortality tables; absent means a unisex blend."""

    FEMALE = "female"
    MALE = "male"


class LeaveKind(StrEnum):
    """Kinds of leave inside employment (none earns credit unless purchased)."""

    UNPAID = "unpaid"
    MEDICAL = "medical"
    FMLA = "fmla"
    INDUSTRIAL_INJURY = "industrial_injury"
    MILITARY = "military"


class PurchaseKind(StrEnum):
    """Service purchases (Handbook 2023, 'Purchasing Service Credit')."""

    REDEPOSIT = "redeposit"
    LEAVE = "leave"
    MILITARY_PRIOR = "military_prior"
    MILITARY_LEAVE = "military_leave"


class Relationship(StrEnum):
    """The beneficiary's relationship: Options D and E need a spouse or registered domestic partner."""

    SPOUSE = "spouse"
    DOMESTIC_PARTNER = "domestic_partner"
    OTHER = "other"

    @property
    def spousal(self) -> bool:
        """A spouse or registered domestic partner (who can take Options D and E)."""
        return self in (Relationship.SPOUSE, Relationship.DOMESTIC_PARTNER)


class FilingStatus(StrEnum):
    """The W-4P filing status for federal withholding."""

    SINGLE = "single"
    MARRIED_JOINTLY = "married_jointly"
    HEAD_OF_HOUSEHOLD = "head_of_household"
