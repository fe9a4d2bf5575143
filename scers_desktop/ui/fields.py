"""Form building blocks: a labelled field with help beside it and its problem under it, and row tables.

Every control gets an accessible name, a label with a keyboard mnemonic, and help in plain words.
Problems show as text with a warning sign, never by colour alone, and only once the person has had a
say: a field's problems show after they type in it and leave it (or choose in it), a table cell's after
they finish editing it, and every problem of a page once its step is revealed (Next, or a case file
opened), so a new row or a choice just made never greets them with "is required".
"""

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.engine import FieldProblem
from scers_desktop.present.i18n import _
from scers_desktop.ui.fit import keep_readable, wrap_headings
from scers_desktop.ui.flow import FlowLayout
from scers_desktop.ui.focus import cells_in_tab_order

WARNING_SIGN = "⚠ "
#: Fields are as wide as about this many characters, so a date field does not span the whole window.
EDITOR_WIDTH_EM = 48
#: A drop-down is never narrower than about this many characters.
COMBO_MINIMUM_CHARACTERS = 16


def problem_text(problems: Sequence[FieldProblem]) -> str:
    """The text under a field: each problem's message, with a warning sign."""
    return "\n".join(WARNING_SIGN + p.message[0].upper() + p.message[1:] for p in problems)


class ProblemLabel(QLabel):
    """Shows a field's problems (empty and hidden when there are none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # problems quote what was typed
        self.setObjectName("problem")
        self.setWordWrap(True)
        self.setAccessibleName(_("Problem"))
        self.hide()
        self.field: QWidget | None = None
        self.help_text = ""

    def describe(self, field: QWidget, help_text: str = "") -> None:
        """Also put the problems in ``field``'s accessible description, before its help, so a screen
        reader says them on reaching the field (WCAG 3.3.1); only the help once they are fixed."""
        self.field = field
        self.help_text = help_text

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show these problems, or hide when there are none."""
        self.setText(problem_text(problems))
        self.setVisible(bool(problems))
        if self.field is not None:
            self.field.setAccessibleDescription("\n".join(t for t in (self.text(), self.help_text) if t))


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed, never as rich text.

    A QLabel guesses rich text from anything that looks like a tag, so a name or a problem quoting
    ``<img src=…>`` would load a local image and ``<a href>`` would make a link; every label here is plain.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def shown_as_typed(text: str) -> str:
    """Rich text that shows ``text`` exactly, for message boxes: they guess rich text and open links."""
    return f'<p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p>'


class _Toggles(QObject):
    """Ticks a check box when its words are clicked."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.toggle()
        return False


def check_with_words(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose words wrap (a check box's own words cannot, and a translation's may be wider
    than the window at 200 % text): the box, and its words beside it, which tick it when clicked and
    whose mnemonic reaches it. Returns the row and the box."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(text.replace("&", ""))
    words = QLabel(text)
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setWordWrap(True)
    words.setBuddy(box)
    words.installEventFilter(_Toggles(box))
    layout.addWidget(box)
    layout.addWidget(words, 1)
    return row, box


def help_label(text: str) -> QLabel:
    """A line of help in plain words beside a field."""
    label = plain_label(text)
    label.setObjectName("help")
    label.setWordWrap(True)
    return label


@dataclass(frozen=True)
class Choice:
    """One entry of a drop-down: the value stored and the words shown."""

    value: str
    text: str


def translated(choices: Sequence[Choice]) -> tuple[Choice, ...]:
    """Choices kept as module constants (their words marked with ``N_``), in the language in use."""
    return tuple(Choice(choice.value, _(choice.text)) for choice in choices)


class ShrinkingComboBox(QComboBox):
    """A drop-down as wide as its longest entry where there is room, and narrower (down to about
    :data:`COMBO_MINIMUM_CHARACTERS`) where there is not: a translation's entries are longer, and at 200 %
    text the longest would make the page scroll sideways. The list that opens shows every entry whole."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrowest = self.fontMetrics().averageCharWidth() * COMBO_MINIMUM_CHARACTERS
        return QSize(min(hint.width(), narrowest), hint.height())


class _WidthByFont(QObject):
    """Keeps each field it watches about ``EDITOR_WIDTH_EM`` characters wide in the field's own font, so
    the fields widen with the window's text size (set by the window's theme, after they are made)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish) and isinstance(watched, QWidget):
            watched.setMaximumWidth(EDITOR_WIDTH_EM * watched.fontMetrics().averageCharWidth())
        return False


class FormGrid(QWidget):
    """A column of fields: label | editor | help, with each field's problems under its editor.

    A field's problems show once it is touched (left after typing in it, or chosen in), or when the
    whole form is revealed; tabbing through an empty field says nothing, and what is typed is never
    changed by it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(2, 1)  # slack goes to the right: the form stays by its labels
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.problem_labels: dict[str, ProblemLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.rows: dict[str, tuple[int, str]] = {}  # each field's grid row (caption and editor) and path
        self.width_by_font = _WidthByFont(self)
        #: The paths of the fields typed in, and of those left after typing or chosen in (touched).
        self.typed: set[str] = set()
        self.touched: set[str] = set()
        self.revealed = False
        self._problems_for: Callable[[str], list[FieldProblem]] = lambda _path: []

    def _add(self, key: str, label: str, editor: QWidget, help_text: str, path: str) -> None:
        row = self.grid.rowCount()
        caption = plain_label(label)
        caption.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", ""))
        editor.setAccessibleDescription(help_text)
        editor.installEventFilter(self.width_by_font)
        problems = ProblemLabel()
        problems.describe(editor, help_text)
        self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        self.grid.addWidget(editor, row, 1)
        self.grid.addWidget(help_label(help_text), row + 1, 1)
        self.grid.addWidget(problems, row + 2, 1)
        self.grid.setRowMinimumHeight(row + 3, 10)
        self.problem_labels[path] = problems
        self.editors[key] = editor
        self.rows[key] = (row, path)

    def hide_field(self, key: str) -> None:
        """Take a field off the form where it does nothing (the kiosk's scenario name): its caption,
        editor, help and problems, and the space after them."""
        row, path = self.rows[key]
        self.problem_labels.pop(path)  # its problems are no longer shown
        for line in range(row, row + 3):
            for column in range(self.grid.columnCount()):
                item = self.grid.itemAtPosition(line, column)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(False)
        self.grid.setRowMinimumHeight(row + 3, 0)

    def add_text(self, key: str, label: str, help_text: str, path: str, placeholder: str = "") -> QLineEdit:
        """A one-line text field (dates, money and numbers are text too, checked by the engine)."""
        editor = QLineEdit()
        editor.setPlaceholderText(placeholder)
        editor.textEdited.connect(lambda _text: self.typed.add(path))
        editor.textEdited.connect(lambda _text: self.changed.emit())
        editor.editingFinished.connect(lambda: self._left(path))
        self._add(key, label, editor, help_text, path)
        return editor

    def add_choice(self, key: str, label: str, help_text: str, path: str, choices: Sequence[Choice]) -> QComboBox:
        """A drop-down of choices."""
        editor = ShrinkingComboBox()
        for choice in choices:
            editor.addItem(choice.text, choice.value)
        editor.activated.connect(lambda _index: self.changed.emit())
        editor.activated.connect(lambda _index: self.touch(path))
        self._add(key, label, editor, help_text, path)
        return editor

    def show_problems(self, problems_for: Callable[[str], list[FieldProblem]]) -> None:
        """Show the problems of each touched field (of every field once revealed), as ``problems_for(path)``
        finds them."""
        self._problems_for = problems_for
        for path, label in self.problem_labels.items():
            label.show_problems(problems_for(path) if self.revealed or path in self.touched else [])

    def _left(self, path: str) -> None:
        """The person left a text field: it is touched if they typed in it."""
        if path in self.typed:
            self.touch(path)

    def touch(self, path: str) -> None:
        """The person left this field (or chose in it): its problems show from now on."""
        if path and path not in self.touched:
            self.touched.add(path)
            self.show_problems(self._problems_for)

    def reveal(self, revealed: bool) -> None:
        """Show every field's problems (the step was left with Next, or its case was opened), or only the
        touched ones'."""
        if revealed != self.revealed:
            self.revealed = revealed
            self.show_problems(self._problems_for)

    def forget(self) -> None:
        """Another case is shown: no field is touched yet."""
        self.typed.clear()
        self.touched.clear()
        self.revealed = False

    def kept(self) -> tuple[set[str], set[str]]:
        """The fields typed in and touched (for the same form made again in another language)."""
        return set(self.typed), set(self.touched)

    def restore(self, kept: tuple[set[str], set[str]]) -> None:
        """Take the fields typed in and touched of the same form (see :meth:`kept`)."""
        self.typed, self.touched = set(kept[0]), set(kept[1])


def set_choice(box: QComboBox, value: str) -> None:
    """Select the entry whose stored value is ``value`` (the first entry if none is)."""
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


@dataclass(frozen=True)
class Column:
    """A column of a row table: a heading, the row attribute it edits, and its kind."""

    heading: str
    attribute: str
    kind: str = "text"  # text | choice | check
    choices: tuple[Choice, ...] = ()
    placeholder: str = ""
    field: str = ""  # the scenario field it fills, when not named like the attribute

    @property
    def scenario_field(self) -> str:
        """The scenario field name problems use for this column."""
        return self.field or self.attribute


class RowTable(QWidget):
    """Rows of a list (employment periods, leaves, purchases, pay) with Add and Remove buttons.

    Rows are edited in place; every edit emits ``changed``. Problems for a row are listed under the
    table with the row number, so nothing depends on colour. A cell's problems show once it is
    touched (an edit committed, a choice made), a row's and the table's once any of its cells is, and
    all of them when the table is revealed: a row just added shows none.
    """

    changed = Signal()

    def __init__(self, name: str, columns: Sequence[Column], row_factory: Callable[[], object], add_text: str) -> None:
        super().__init__()
        self.columns = list(columns)
        self.row_factory = row_factory
        self.rows: list[object] = []
        self.loading = False
        #: (id of the row object, scenario field) of each cell the person has finished editing.
        self.touched: set[tuple[int, str]] = set()
        self.revealed = False
        self._problems: Sequence[FieldProblem] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.heading for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_headings(self.table)
        self.table.verticalHeader().setVisible(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
            | QTableWidget.EditTrigger.SelectedClicked
        )
        self.table.itemChanged.connect(self._item_changed)
        keep_readable(self.table)  # three rows in sight at every text size, under headings of any height
        layout.addWidget(self.table)
        buttons = FlowLayout()  # under each other when a translation's words are too long side by side
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(_("&Remove selected row"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.problems = ProblemLabel()
        self.problems.describe(self.table)
        layout.addWidget(self.problems)

    def set_rows(self, rows: list[object]) -> None:
        """Show these rows (the table edits the same objects); other rows than before start untouched."""
        if rows is not self.rows:
            self.touched.clear()
        self.rows = rows
        self.loading = True
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.loading = False

    def _append(self, row: object) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for col, column in enumerate(self.columns):
            value = getattr(row, column.attribute)
            if column.kind == "choice":
                box = QComboBox()
                box.setAccessibleName(_("{column}, row {number}").format(column=column.heading, number=index + 1))
                for choice in column.choices:
                    box.addItem(choice.text, choice.value)
                set_choice(box, value)
                box.activated.connect(lambda _i, r=row, b=box, c=column: self._set(r, c, b.currentData()))
                self.table.setCellWidget(index, col, box)
            elif column.kind == "check":
                check = QCheckBox()  # its column's heading says what it is (the same words beside it were cut off)
                check.setAccessibleName(_("{column}, row {number}").format(column=column.heading, number=index + 1))
                check.setChecked(bool(value))
                check.toggled.connect(lambda on, r=row, c=column: self._set(r, c, on))
                self.table.setCellWidget(index, col, check)
            else:
                item = QTableWidgetItem(str(value))
                item.setToolTip(column.placeholder)
                self.table.setItem(index, col, item)
        cells_in_tab_order(self.table)

    def _set(self, row: object, column: Column, value: object) -> None:
        setattr(row, column.attribute, value)
        self.touched.add((id(row), column.scenario_field))
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self.loading:
            return
        column = self.columns[item.column()]
        row = self.rows[item.row()]
        setattr(row, column.attribute, item.text())
        self.touched.add((id(row), column.scenario_field))
        # Announce the change once the cell editor has finished committing: recomputing inside the
        # commit would relayout the view under the open editor.
        QTimer.singleShot(0, self.changed.emit)

    def add_row(self) -> None:
        """Add an empty row and put the cursor in its first cell."""
        row = self.row_factory()
        self.rows.append(row)
        self.loading = True
        self._append(row)
        self.loading = False
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self.table.setFocus()
        self.changed.emit()

    def remove_row(self) -> None:
        """Remove the selected row."""
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            gone = id(self.rows[index])
            self.touched = {cell for cell in self.touched if cell[0] != gone}
            del self.rows[index]
            self.table.removeRow(index)
            self.changed.emit()

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """List the problems of the touched cells (of every row once revealed) under the table, each with
        its row number."""
        self._problems = problems
        readable = [FieldProblem(p.path, self._row_words(p.path) + p.message) for p in problems if self._shows(p.path)]
        self.problems.show_problems(readable)

    def reveal(self, revealed: bool) -> None:
        """Show the problems of every row, or only of the touched cells."""
        self.revealed = revealed
        self.show_problems(self._problems)

    def forget(self) -> None:
        """Another case is shown: no cell is touched yet."""
        self.touched.clear()
        self.revealed = False

    def kept(self) -> set[tuple[int, str]]:
        """The cells touched (for the same table made again in another language, on the same rows)."""
        return set(self.touched)

    def restore(self, kept: set[tuple[int, str]]) -> None:
        """Take the cells touched of the same table (see :meth:`kept`)."""
        self.touched = set(kept)

    def _shows(self, path: str) -> bool:
        """Whether a problem at ``path`` shows: revealed, or about a touched cell, or about a row (or the whole
        table) with a touched cell."""
        if self.revealed:
            return True
        if "[" not in path:
            return bool(self.touched)
        index = int(path.split("[", 1)[1].split("]", 1)[0])
        if index >= len(self.rows):
            return False
        row = id(self.rows[index])
        name = path.split("]", 1)[1].lstrip(".")
        return (row, name) in self.touched if name else any(cell[0] == row for cell in self.touched)

    def _row_words(self, path: str) -> str:
        """'employment[1].end' -> 'Row 2, End (blank = still working): '."""
        if "[" not in path:
            return ""
        index = int(path.split("[", 1)[1].split("]", 1)[0])
        name = path.split("]", 1)[1].lstrip(".")
        heading = next((c.heading for c in self.columns if c.scenario_field == name), name.replace("_", " "))
        if heading:
            return _("Row {number}, {column}: ").format(number=index + 1, column=heading)
        return _("Row {number}: ").format(number=index + 1)
