"""Scenario > Estimate settings: the readings of open handbook choices for the scenario on screen, and
SCERS's own option-factor table for this computer (issue 15).

Each reading is a choice list with the reading in words under it (the same words the estimate shows);
a change is the scenario's (saved in its case file under ``assumptions``) and the estimate follows at
once. The factor table is the computer's: chosen once by a counselor office, remembered, and used by
every scenario. A table that cannot be used is refused with its line named, and nothing changes.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.engine.assumptions import reading_keys, setting_specs
from scers_desktop.engine.option_factor_table import OptionFactorError, OptionFactorTable, load_option_factors
from scers_desktop.engine.options import STANDARD
from scers_desktop.present.i18n import N_, _
from scers_desktop.present.messages import READINGS, setting_text
from scers_desktop.session.controller import Session
from scers_desktop.session.factor_choice import FactorTableChoice
from scers_desktop.session.readings import choose_reading, chosen_reading
from scers_desktop.ui.fields import plain_label

TABLE_FILTER = N_("Option factor tables (*.csv);;All files (*)")
NO_TABLE = N_("None: option amounts use SCERS Desktop's approximate valuation.")


def table_text(table: OptionFactorTable | None) -> str:
    """The table in use, in words, for the dialog."""
    if table is None:
        return _(NO_TABLE)
    text = table.name + (f": {table.title}" if table.title else "")
    covers = ", ".join(code for code in STANDARD if code in table.codes)
    if table.effective:
        text += " " + _("(effective {date})").format(date=table.effective)
    return text + ". " + _("Covers {codes}.").format(codes=covers)


class EstimateSettingsDialog(QDialog):
    """The readings of the scenario on screen and the computer's option-factor table."""

    def __init__(
        self, parent: QWidget, session: Session, choice: FactorTableChoice | None, changed: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Estimate settings"))
        self.setMinimumWidth(760)
        self.session, self.choice, self.changed = session, choice, changed
        layout = QVBoxLayout(self)
        readings = QGroupBox(_("Where the handbook leaves a choice open (this scenario)"))
        rows = QVBoxLayout(readings)
        self.combos: dict[str, QComboBox] = {}
        specs = setting_specs()
        for key in reading_keys():
            combo = QComboBox()
            combo.setAccessibleName(_(specs[key].label))
            for value in specs[key].choices:
                combo.addItem(setting_text(key, value), value)
            combo.setCurrentIndex(combo.findData(chosen_reading(session.draft, key)))
            words = plain_label(READINGS[key][str(combo.currentData())])
            words.setWordWrap(True)
            # Room for the longest reading (four lines): a wrapped label in a dialog is otherwise cut short.
            words.setMinimumHeight(words.fontMetrics().lineSpacing() * 4)
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo, w=words: self._reading_chosen(k, c, w))
            self.combos[key] = combo
            label = plain_label(_(specs[key].label))
            label.setBuddy(combo)
            line = QHBoxLayout()
            line.addWidget(label, 1)
            line.addWidget(combo)
            rows.addLayout(line)
            rows.addWidget(words)
        layout.addWidget(readings)
        factors = QGroupBox(_("SCERS's option factor table (this computer)"))
        factor_layout = QVBoxLayout(factors)
        self.table_label = plain_label(table_text(session.option_factors))
        self.table_label.setWordWrap(True)
        factor_layout.addWidget(self.table_label)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(_("&Choose table file…"))
        self.choose_button.clicked.connect(self.choose_table)
        self.clear_button = QPushButton(_("Use the &approximate valuation"))
        self.clear_button.clicked.connect(lambda: self.use_table(None, None))
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        factor_layout.addLayout(buttons)
        layout.addWidget(factors)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _reading_chosen(self, key: str, combo: QComboBox, words: QWidget) -> None:
        value = str(combo.currentData())
        choose_reading(self.session.draft, key, value)
        words.setText(READINGS[key][value])  # type: ignore[attr-defined]
        self.changed()

    def choose_table(self) -> None:
        """Pick a CSV file; use it if it reads whole, else say what is wrong and change nothing."""
        name, _filter = QFileDialog.getOpenFileName(self, _("Option factor table"), "", _(TABLE_FILTER))
        if name:
            self.load_table(Path(name))

    def load_table(self, path: Path) -> bool:
        """Read ``path`` as the factor table and use it; a bad table is shown and nothing changes."""
        try:
            table = load_option_factors(path)
        except OptionFactorError as error:
            QMessageBox.warning(self, _("Option factor table not used"), f"{error}\n\n" + _("Nothing was changed."))
            return False
        self.use_table(table, path)
        return True

    def use_table(self, table: OptionFactorTable | None, path: Path | None) -> None:
        """Use ``table`` (None: the approximate valuation) for every scenario, and remember it."""
        self.session.set_option_factors(table)
        if self.choice is not None:
            self.choice.remember(path)
        self.table_label.setText(table_text(table))
        self.changed()
