"""The data files are read strictly: a key nobody reads, a missing key, a duplicate key or a value of the
wrong type is an error naming the file and the key, never a rule silently ignored or a default."""

from collections.abc import Callable
from typing import Any

import pytest

from scers_desktop.engine.assumptions import _read_specs
from scers_desktop.engine.errors import PlanDataError
from scers_desktop.engine.net_pay import _read as _read_taxes
from scers_desktop.engine.params import Table, load, read_data_text
from scers_desktop.engine.plan_data import _read_factor_table, _read_rules

READERS: dict[str, Callable[[Table], Any]] = {
    "plan_rules.toml": _read_rules,
    "plan1_factors.toml": _read_factor_table,
    "plan2_factors.toml": _read_factor_table,
    "assumptions.toml": _read_specs,
    "taxes_2026.toml": _read_taxes,
}

#: (file, text replaced, replacement, what the error says): each a broken copy of a real data file.
BROKEN = [
    ("plan_rules.toml", "fas_months = 24\n", 'fas_months = 24\nfas_window = "consecutive"\n',
     "plan_rules.toml.plan.1: unknown key fas_window"),
    ("plan_rules.toml", 'minimum_monthly = "140"\n', "", "plan_rules.toml.disability: missing 'minimum_monthly'"),
    ("plan_rules.toml", 'rate = "0.015"\n', 'rate = "0.015"\nrate = "0.02"\n',
     "plan_rules.toml: Cannot overwrite a value"),
    ("plan_rules.toml", 'member_contribution_rate = "0.1003"', "member_contribution_rate = 0.1003",
     "'member_contribution_rate' must be a number written as text"),
    ("plan_rules.toml", 'percent_per_year = "1.5"', 'percent_per_year = "one and a half"',
     "plan_rules.toml.disability: 'percent_per_year' 'one and a half' is not a number"),
    ("plan_rules.toml", 'plan2_from = "2017-01-01"', 'plan2_from = "2017-13-01"',
     "'plan2_from' '2017-13-01' is not a YYYY"),
    ("plan_rules.toml", "[plan.2]", "[plan.3]", "plan_rules.toml.plan.3: unknown plan"),
    ("plan_rules.toml", "top_up_to_age = 62", 'top_up_to_age = "62"', "'top_up_to_age' must be a whole number"),
    ("plan1_factors.toml", 'unit = "percent', 'units = "percent', "plan1_factors.toml: missing 'unit'"),
    ("plan2_factors.toml", "full_age = 65", "full_age = 65\nfull_ages = 65",
     "plan2_factors.toml.age_schedule: unknown key"),
    ("plan2_factors.toml", 'cells = ["1.75", "1.75", "1.75", "1.75", "1.75", "1.75", "1.75", "1.75", "1.75", "1.75", '
     '"1.75"]', 'cells = ["1.75"]', "1 cells for 11 ages"),
    ("assumptions.toml", "[age_basis]\ndefault", "[age_basis]\nrefrence = \"x\"\ndefault",
     "assumptions.toml.age_basis: unknown key refrence"),
    ("assumptions.toml", 'default = "completed_years"', 'default = "completed"', "must be one of its choices"),
    ("taxes_2026.toml", 'single = "8600", ', "", "must give each filing status"),
    ("taxes_2026.toml", 'default_filing_status = "single"\n', "", "taxes_2026.toml.withholding: missing"),
]  # fmt: skip


@pytest.mark.parametrize("name", READERS)
def test_every_data_file_reads_cleanly(name: str) -> None:
    load(name, READERS[name])


@pytest.mark.parametrize(("name", "old", "new", "message"), BROKEN)
def test_broken_data_is_an_error_naming_the_file_and_key(name: str, old: str, new: str, message: str) -> None:
    text = read_data_text(name)
    assert old in text, "the fixture no longer matches the data file"
    with pytest.raises(PlanDataError) as caught:
        load(name, READERS[name], text.replace(old, new, 1))
    assert message in str(caught.value)
