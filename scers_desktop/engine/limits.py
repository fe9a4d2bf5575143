"""Limits on what a scenario file may hold, so any input costs bounded time and memory (issue 12).

Every limit is far above any real member's file: a 60-year career with a new entry every month has
720 entries, under :data:`MAX_LIST_ITEMS`; the wizard's longest text is a label of a few words. Past a
limit the loader reports the field and the limit instead of working on the input.
"""

from decimal import Decimal
from typing import Any

#: A scenario file is read only up to this size; the largest real file is well under 1 MB.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Objects and lists nested deeper than this are refused: the format itself nests 4 levels
#: (``salary.history[0].from``), and ``extra`` gets the rest.
MAX_DEPTH = 32
#: Entries in ``employment``, ``leaves``, ``purchases`` and ``salary.history`` (720 a month for 60 years).
MAX_LIST_ITEMS = 1000
#: Characters in a free-text field (``label``, ``member.name``, ``portability.system``, ``selected_option``).
MAX_TEXT_CHARS = 200
#: Characters in an error line of the command line; the rest is counted, not printed.
MAX_ERROR_CHARS = 2000
#: Characters of a value or key repeated inside an error message.
MAX_SHOWN_CHARS = 40
#: Significant digits in a number, and the largest power of ten (a monthly pay of 10^15 dollars is already
#: refused by its range check; these keep the arithmetic behind that check exact and fast).
MAX_DIGITS = 30
MAX_EXPONENT = 15


def shown(value: Any) -> str:
    """``value`` as quoted in an error message: at most :data:`MAX_SHOWN_CHARS` characters, control
    characters escaped so an error line never carries terminal escape codes."""
    text = value if isinstance(value, str) else repr(value)
    short = text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"
    return short.encode("unicode_escape", "backslashreplace").decode("ascii") if not short.isprintable() else short


def plain_number(value: Any) -> Decimal:
    """A JSON number or decimal string as an exact Decimal, refused (ValueError, in words) when it is
    not a finite number of at most :data:`MAX_DIGITS` digits between 10^-15 and 10^15 (or zero)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError("must be a number")
    if isinstance(value, int) and value.bit_length() > 64:
        raise ValueError("is far too large to be a real amount")
    if isinstance(value, str) and len(value) > MAX_DIGITS + 10:
        raise ValueError(f"'{shown(value)}' is not a number of believable size")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except ArithmeticError:
        raise ValueError(f"'{shown(value)}' is not a number") from None
    if not number.is_finite():
        raise ValueError("must be a finite number")
    if number and not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        raise ValueError(f"'{shown(value)}' is too large or too small to be a real amount")
    if len(number.as_tuple().digits) > MAX_DIGITS:
        raise ValueError(f"'{shown(value)}' has more digits than any real amount")
    return number
