"""The benefit factor: percent of final average salary per year of service, from the printed tables.

The tables are Handbook 2023 Appendix A (Plan 1, SMC 4.36.605) and Appendix B (Plan 2, SMC 4.36.608),
shipped as data and reproduced cell for cell. How a fraction is read (plan-rules.md §1.5, §7 #4):

- service (setting ``service_interpolation``): by default, between two single-year rows the factor
  moves with the fraction of a year ("Percentages increase with each day of service", Handbook 2011);
  a row that covers a range ('10-19', '28 plus') is flat. For Plan 1 this is exactly the linear rule
  2.00 - 0.10 x (80 - age - service) above 20 years. ``completed_years`` reads the row of whole years.
- age (setting ``age_basis``): completed years by default (the columns are whole ages); ``exact``
  interpolates between the column for the completed age and the next.
- Plan 2 (setting ``plan2_factor_mode``): ``as_printed`` by default; the alternate reading takes the
  greater of the printed cell and the age schedule 1.75 - 0.14 x (65 - age).

Above the last printed age the last column applies; below the first, only members with the any-age
service (Plan 1, 30 years) have a factor, the first column's.
"""

from dataclasses import dataclass
from decimal import Decimal

from scers_desktop.engine.assumptions import Settings
from scers_desktop.engine.calendar import Age
from scers_desktop.engine.plan_data import FactorRow, FactorTable, FlaggedCells

GREATER_OF_MODE = "greater_of_printed_and_age_schedule"


@dataclass(frozen=True)
class FactorLookup:
    """A factor and where in the table it came from."""

    factor_percent: Decimal | None
    row: FactorRow | None
    age_column: int
    flag: FlaggedCells | None = None
    interpolated: bool = False

    @property
    def row_label(self) -> str:
        """The row as the handbook prints it: '25', '10-19', '28 plus'."""
        if self.row is None:
            return "-"
        if self.row.to_years is None:
            return f"{self.row.from_years} plus"
        if self.row.single_year:
            return str(self.row.from_years)
        return f"{self.row.from_years}-{self.row.to_years}"


def _cell(table: FactorTable, row: FactorRow, age: int, settings: Settings) -> Decimal | None:
    printed = table.cell(row, age)
    if printed is None or table.age_schedule is None or settings.plan2_factor_mode != GREATER_OF_MODE:
        return printed
    return max(printed, table.age_schedule.factor(age))


def _factor_at_age(table: FactorTable, service: Decimal, age: int, settings: Settings) -> tuple[Decimal | None, bool]:
    """The factor at a whole age, and whether it was interpolated between two rows."""
    row = table.row_for(int(service))
    if row is None:
        return None, False
    if age < table.ages[0] and (table.any_age_min_service is None or service < table.any_age_min_service):
        return None, False
    base = _cell(table, row, age, settings)
    if base is None or settings.service_interpolation != "within_band" or not row.single_year:
        return base, False
    following = table.next_row(row)
    upper = None if following is None else _cell(table, following, age, settings)
    if upper is None or upper == base or service == row.from_years:
        return base, False
    return base + (service - row.from_years) * (upper - base), True


def benefit_factor(table: FactorTable, service: Decimal, age: Age, settings: Settings) -> FactorLookup:
    """The factor (percent per year) for this service and age, or None where the table has a dash."""
    whole_age = age.completed_years
    row = table.row_for(int(service))
    column = min(max(whole_age, table.ages[0]), table.ages[-1])
    factor, interpolated = _factor_at_age(table, service, whole_age, settings)
    if factor is not None and settings.age_basis == "exact" and whole_age < table.ages[-1]:
        older, _ = _factor_at_age(table, service, whole_age + 1, settings)
        if older is not None and older != factor:
            factor += (age.exact_years - whole_age) * (older - factor)
            interpolated = True
    flag = table.flag_for(int(service), whole_age) if settings.plan2_factor_mode != GREATER_OF_MODE else None
    return FactorLookup(factor, row, column, flag if factor is not None else None, interpolated)
