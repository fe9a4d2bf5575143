r"""The scenario as typed, frozen data: one member's situation plus one retirement date.

The vocabularies (plan, estimate type, leave and purchase kinds, relationship, sex, filing status) are
:class:`~enum.StrEnum`\ s, so a value compares equal to its text and is written to JSON as it
(scenario-format.md §1 names the texts; they never change). The file's keys are the dataclasses'
field names, in order (:func:`file_keys`): the reader and the writer of ``*.scers.json`` take them from
here (scers_desktop.engine.scenario_file).
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

FORMAT = "scers-scenario/1"

#: A setting's value in a scenario's ``assumptions``: a choice, a flag or a number.
SettingValue = str | bool | Decimal

#: Field metadata: the key of the field in the file when it differs from the field's name ...
KEY = "key"
#: ... and fields the engine works out, which the file never holds.
DERIVED = {"derived": True}


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

    @property
    def buyable(self) -> bool:
        """Whether this leave can be bought back: family-medical, medical and industrial-injury leave
        (Handbook 2023 'Medical Leaves and Industrial Injury Time Loss', p. 11; Handbook 2011 items 4-6)
        and military leave (Handbook 2023 'Military Leave'). Other unpaid leave "is not counted towards
        retirement credit" (Handbook 2011 'Retirement Service Calculation Method')."""
        return self is not LeaveKind.UNPAID


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


@dataclass(frozen=True)
class Member:
    """The member: ``plan`` is always resolved ('1' or '2'), from the file or the membership date.

    ``membership_date``: the day SCERS membership began. Service counts from it, not from the hire date:
    "Membership is not retroactive" (Handbook 2023 'Exempt Employee', p. 7); absent, membership began
    with the first employment period.
    """

    birth_date: date
    plan: Plan
    #: Whether the file named the plan (else it follows the membership date).
    plan_given: bool = field(metadata=DERIVED)
    membership_date: date | None = None
    name: str | None = None
    sex: Sex | None = None


@dataclass(frozen=True)
class Retirement:
    """The benefit start date and the last day in City service (default: the day before)."""

    date: datetime.date
    separation_date: datetime.date | None = None


@dataclass(frozen=True)
class Quick:
    """The counselor shortcut: credited service and final average salary, given directly."""

    service_years: Decimal
    final_average_salary_monthly: Decimal


@dataclass(frozen=True)
class EmploymentPeriod:
    """A period of City service; ``end`` None means still working (projected to separation).

    ``temporary_premium_pay``: a temporary employee paid premium pay in lieu of medical and paid leave
    benefits, whose hours are multiplied by 1.135 (Handbook 2023 'Earning Service Credit').
    """

    start: date
    end: date | None
    fte: Decimal = Decimal(1)
    temporary_premium_pay: bool = False


@dataclass(frozen=True)
class Leave:
    """A leave inside employment: no credit unless ``purchased`` (bought back) and of a kind that can be
    (:attr:`LeaveKind.buyable`). A bought-back leave is priced as a leave buyback by the engine."""

    start: date
    end: date
    kind: LeaveKind
    purchased: bool = False


@dataclass(frozen=True)
class Purchase:
    """A buyback or redeposit adding ``service_years`` of credit."""

    kind: PurchaseKind
    service_years: Decimal
    withdrawn_amount: Decimal | None = None
    withdrawal_date: date | None = None
    repaid_date: date | None = None


@dataclass(frozen=True)
class SalaryStep:
    """The monthly pay rate from ``start`` until the next step."""

    start: date = field(metadata={KEY: "from"})
    monthly: Decimal


@dataclass(frozen=True)
class Salary:
    """Pay as a step function; ``growth_rate`` projects it past the last step (None: the default)."""

    history: tuple[SalaryStep, ...]
    growth_rate: Decimal | None = None


@dataclass(frozen=True)
class Contributions:
    """Accumulated contributions with interest, from the member's statement, and its date."""

    balance: Decimal
    as_of: date


@dataclass(frozen=True)
class Beneficiary:
    """The person who would receive survivor payments."""

    birth_date: date
    relationship: Relationship
    sex: Sex | None = None


@dataclass(frozen=True)
class SocialSecurity:
    """The Social Security estimate at the age Option F uses."""

    monthly_at_ss_age: Decimal


@dataclass(frozen=True)
class Portability:
    """Service and base salary in a Washington dual-membership system (RCW 41.54)."""

    system: str
    service_years: Decimal
    base_salary_monthly: Decimal | None = None


@dataclass(frozen=True)
class Disability:
    """For a disability estimate: whether the disability came from an on-the-job injury."""

    on_the_job: bool = False


@dataclass(frozen=True)
class NetPayInputs:
    """What comes off the monthly benefit: W-4P filing status, deductions, after-tax contributions."""

    filing_status: FilingStatus = FilingStatus.SINGLE
    medical_monthly: Decimal = Decimal(0)
    dental_monthly: Decimal = Decimal(0)
    after_tax_contributions: Decimal = Decimal(0)


@dataclass(frozen=True, kw_only=True)
class Scenario:
    """One member's situation plus one retirement date: everything one estimate needs.

    The fields are in the order of the file's keys (after ``format``).
    """

    label: str | None = None
    member: Member
    retirement: Retirement
    quick: Quick | None = None
    employment: tuple[EmploymentPeriod, ...] = ()
    leaves: tuple[Leave, ...] = ()
    purchases: tuple[Purchase, ...] = ()
    salary: Salary | None = None
    contributions: Contributions | None = None
    beneficiary: Beneficiary | None = None
    social_security: SocialSecurity | None = None
    portability: Portability | None = None
    assumptions: Mapping[str, SettingValue] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)
    estimate_type: EstimateType = EstimateType.SERVICE
    disability: Disability | None = None
    net_pay: NetPayInputs | None = None
    selected_option: str | None = None
    #: Values that are possible but unusual, in words (found by the reader); not part of the file.
    warnings: tuple[str, ...] = field(default=(), compare=False, metadata=DERIVED)

    @property
    def separation_date(self) -> date:
        """The last day in City service: as given, or the day before the benefit starts."""
        return self.retirement.separation_date or date.fromordinal(self.retirement.date.toordinal() - 1)


def file_keys(cls: type) -> tuple[str, ...]:
    """The keys a file's object for ``cls`` may hold, in order: the fields' names (or their ``KEY``),
    without the derived ones; a scenario's start with ``format``."""
    keys = tuple(f.metadata.get(KEY, f.name) for f in fields(cls) if not f.metadata.get("derived"))
    return ("format", *keys) if cls is Scenario else keys
