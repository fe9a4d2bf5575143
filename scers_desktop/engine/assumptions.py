"""Settings the engine uses where the sources leave a choice, with defaults from ``assumptions.toml``.

Each setting is either sourced (it carries a reference) or a labelled assumption with the reason;
a scenario may override any of them under ``"assumptions"``. :func:`parse_overrides` validates the
overrides (unknown names and wrong values are field errors); :func:`settings_for` builds the
:class:`Settings` one estimate uses.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import cache
from typing import Any

from scers_desktop.engine.errors import FieldProblem, PlanDataError
from scers_desktop.engine.limits import plain_number
from scers_desktop.engine.model import Scenario, SettingValue
from scers_desktop.engine.params import Table, load

#: Largest believable yearly rate for growth, interest or inflation settings.
MAX_RATE = Decimal("0.25")


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its default, what it may be, and why it is what it is."""

    key: str
    label: str
    default: SettingValue
    choices: tuple[str, ...]
    is_assumption: bool
    explanation: str
    #: A reading where the handbook leaves a choice open (issue 15): the estimate names it in words.
    is_reading: bool = False

    def parse(self, value: Any) -> SettingValue:
        """Check an override and return it typed; raises ValueError with a plain message."""
        if self.choices:
            if value not in self.choices:
                raise ValueError(f"must be one of {', '.join(repr(c) for c in self.choices)}")
            return str(value)
        if isinstance(self.default, bool):
            if not isinstance(value, bool):
                raise ValueError("must be true or false")
            return value
        number = plain_number(value)
        if not -MAX_RATE <= number <= (1 if self.key.endswith("weight") else MAX_RATE):
            raise ValueError("is outside the believable range")
        if self.key.endswith("weight") and number < 0:
            raise ValueError("must be between 0 and 1")
        if self.key.endswith("threshold") and number <= 0:
            raise ValueError("must be more than 0")
        return number


def _spec(key: str, entry: Table) -> SettingSpec:
    """One setting: an assumption gives its reason (``why``), a sourced setting its ``reference``."""
    is_assumption = entry.flag("assumption") if entry.has("assumption") else False
    choices = tuple(str(c) for c in entry.array("choices")) if entry.has("choices") else ()
    raw_default = entry.value("default")
    default: SettingValue
    if isinstance(raw_default, bool):
        default = raw_default
    elif choices:
        default = entry.text("default")
        if default not in choices:
            raise entry.fail("default", f"must be one of its choices {', '.join(choices)}")
    else:
        default = entry.decimal("default")
    return SettingSpec(
        key=key,
        label=entry.text("label"),
        default=default,
        choices=choices,
        is_assumption=is_assumption,
        explanation=entry.text("why" if is_assumption else "reference"),
        is_reading=entry.flag("reading") if entry.has("reading") else False,
    )


def _read_specs(raw: Table) -> Mapping[str, SettingSpec]:
    return {key: _spec(key, entry) for key, entry in raw.entries()}


def reading_keys() -> tuple[str, ...]:
    """The settings that are readings of an open handbook choice, in the order of ``assumptions.toml``."""
    return tuple(key for key, spec in setting_specs().items() if spec.is_reading)


@cache
def setting_specs() -> Mapping[str, SettingSpec]:
    """All settings, by name, as declared in ``assumptions.toml`` (read strictly, once)."""
    return load("assumptions.toml", _read_specs)


@dataclass(frozen=True)
class Settings:
    """The settings in force for one estimate (defaults, with the scenario's overrides applied)."""

    age_basis: str
    service_interpolation: str
    plan2_factor_mode: str
    plan2_fas_window: str
    salary_growth_rate: Decimal
    future_credited_interest_rate: Decimal
    interest_rate: Decimal
    annuity_cola_loaded: bool
    mortality_basis: str
    unisex_female_weight: Decimal
    social_security_age: str
    cpi_inflation_rate: Decimal
    timing_threshold: Decimal
    first_cola: str
    option_a_refund: str
    option_b_refund: str
    pre_2012_interest: str
    death_benefit_payee: str
    overridden: frozenset[str]


def parse_overrides(raw: Mapping[str, Any], path: str) -> tuple[dict[str, SettingValue], list[FieldProblem]]:
    """Validate a scenario's ``assumptions`` object: typed overrides and the problems found."""
    specs = setting_specs()
    parsed: dict[str, SettingValue] = {}
    problems = []
    for key, value in raw.items():
        spec = specs.get(key)
        if spec is None:
            problems.append(FieldProblem(f"{path}.{key}", f"unknown setting; known: {', '.join(sorted(specs))}"))
            continue
        try:
            parsed[key] = spec.parse(value)
        except ValueError as exc:
            problems.append(FieldProblem(f"{path}.{key}", str(exc)))
    return parsed, problems


def settings_for(overrides: Mapping[str, SettingValue]) -> Settings:
    """Defaults from ``assumptions.toml`` with ``overrides`` (already validated) applied."""
    specs = setting_specs()
    values: dict[str, Any] = {key: overrides.get(key, spec.default) for key, spec in specs.items()}
    names = {f.name for f in fields(Settings)} - {"overridden"}
    if names != set(values):
        raise PlanDataError(f"assumptions.toml: settings {sorted(names ^ set(values))} do not match the engine")
    return Settings(**values, overridden=frozenset(overrides))


def growth_rate(scenario: Scenario, settings: Settings) -> Decimal:
    """The yearly raise after the last pay entry: the case's own, else the default setting."""
    if scenario.salary is not None and scenario.salary.growth_rate is not None:
        return scenario.salary.growth_rate
    return settings.salary_growth_rate
