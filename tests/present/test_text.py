"""The text helpers: fixed English dates, dollars rounded half-up, factors and years as printed."""

from datetime import date
from decimal import Decimal

from scers_desktop.present.text import factor_text, format_dollars, long_date, month_year, short_month_year, years_text


def test_dates_use_fixed_english_month_names() -> None:
    assert long_date(date(2030, 5, 1)) == "May 1, 2030"
    assert long_date(date(2028, 12, 31)) == "December 31, 2028"
    assert month_year(date(2030, 9, 30)) == "September 2030"
    assert short_month_year(date(2030, 9, 30)) == "Sep 2030"


def test_dollars_factors_and_years() -> None:
    assert format_dollars(Decimal("1912.495")) == "$1,912.50"
    assert format_dollars(Decimal("546.875")) == "$546.88"
    assert factor_text(Decimal(2)) == "2.00"
    assert factor_text(Decimal("1.655")) == "1.655"
    assert years_text(Decimal("27.5")) == "27.50"
