"""Which option-factor table the desktop app uses, kept between runs (issue 15), without Qt.

A counselor office installs SCERS's own option factors (:mod:`scers_desktop.engine.option_factor_table`)
by picking the CSV file in the app's settings; the choice is remembered in the app's data folder as the
file's path (never the factors themselves: the file is read again, and checked whole, at each start).
A file that has gone or no longer reads is reported and not used, so the estimates fall back to the
approximate valuation and say so.
"""

import json
from pathlib import Path

from scers_desktop.engine.option_factor_table import OptionFactorError, OptionFactorTable, load_option_factors
from scers_desktop.session.casefile import write_atomically


class FactorTableChoice:
    """The remembered factor-table path in ``folder`` (None: the approximate valuation)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "option-factors.json"

    def remembered(self) -> Path | None:
        """The table file last chosen, if one was."""
        try:
            name = json.loads(self.path.read_text(encoding="utf-8")).get("file")
        except (OSError, ValueError, AttributeError):
            return None
        return Path(name) if isinstance(name, str) and name else None

    def remember(self, table: Path | None) -> None:
        """Keep ``table`` (or no table) for the next start."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps({"file": str(table.resolve()) if table else None}))

    def load(self) -> tuple[OptionFactorTable | None, str | None]:
        """The remembered table, read and checked, or None and why it cannot be used (None, None: none chosen)."""
        chosen = self.remembered()
        if chosen is None:
            return None, None
        try:
            return load_option_factors(chosen), None
        except OptionFactorError as error:
            return None, str(error)
