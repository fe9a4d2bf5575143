"""The wizard page every step shows: a title, a line of help, fields, its problems and live figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.present import i18n
from scers_desktop.present.i18n import _
from scers_desktop.session.draft import Draft
from scers_desktop.session.flow import Checked, Step
from scers_desktop.ui.fields import FormGrid, RowTable, plain_label

if TYPE_CHECKING:
    from scers_desktop.present.summary import EstimateSummary


class Page(QScrollArea):
    """A wizard page: a title, a line of help, and a body of fields, scrolling if the text is large."""

    edited = Signal()

    def __init__(self, step: Step) -> None:
        super().__init__()
        self.step = step
        self.draft = Draft()
        self.setWidgetResizable(True)
        self.setAccessibleName(_(step.title))
        body = QWidget()
        self.body = QVBoxLayout(body)
        title = plain_label(_(step.title))
        title.setObjectName("pageTitle")
        intro = plain_label(_(step.help))
        intro.setWordWrap(True)
        self.body.addWidget(title)
        self.body.addWidget(intro)
        # In a translation, every step says that the English estimate and the handbook govern (issue 17).
        notice = i18n.governs_notice()
        if notice:
            governs = plain_label(notice)
            governs.setObjectName("disclaimer")
            governs.setWordWrap(True)
            self.body.addWidget(governs)
        self.setWidget(body)

    def finish(self) -> None:
        """Close the layout once the page's widgets are added; every label wraps, so no line is wider
        than the window at 200 % text (WCAG 1.4.10, issue 14)."""
        self.body.addStretch()
        for label in self.widget().findChildren(QLabel):
            # A field's caption stays on one line beside it where there is room, and wraps where a
            # translation's is too long for it.
            label.setWordWrap(True)

    def bind(self, draft: Draft) -> None:
        """Show this draft; edits go into it. Another draft than before starts with nothing touched."""
        if draft is not self.draft:
            for part in self._parts():
                part.forget()
        self.draft = draft

    def reveal(self, revealed: bool) -> None:
        """Show every problem of the page (its step was left or its case opened), or only those of the
        fields the person has touched."""
        for part in self._parts():
            part.reveal(revealed)

    def kept(self) -> list[object]:
        """What the page holds beyond the draft (the fields touched), to give the same page made again in
        another language (see :meth:`restore`)."""
        return [part.kept() for part in self._parts()]

    def restore(self, kept: list[object]) -> None:
        """Take what the same page held (see :meth:`kept`)."""
        for part, state in zip(self._parts(), kept, strict=True):
            part.restore(state)  # type: ignore[arg-type]

    def _parts(self) -> list[FormGrid | RowTable]:
        """The page's forms and row tables (they keep which fields are touched)."""
        return [*self.findChildren(FormGrid), *self.findChildren(RowTable)]

    def refresh(self, checked: Checked, summary: EstimateSummary | None) -> None:
        """Show the problems and live figures for the current draft."""


def line_edit(form: FormGrid, key: str) -> QLineEdit:
    """The line editor of a form's field."""
    editor = form.editors[key]
    assert isinstance(editor, QLineEdit)
    return editor
