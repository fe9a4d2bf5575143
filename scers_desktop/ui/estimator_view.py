"""The estimator: the list of steps, the wizard's pages and the results, bound to a session controller.

Every edit recomputes at once (no Calculate button): the session checks the draft with the engine's
loader, each page shows its own problems, and the results, the plot and the comparison update. The
desktop window and the kiosk each hold one of these views and add their own menus and buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scers_desktop.present.i18n import N_, _, n_
from scers_desktop.session import flow
from scers_desktop.session.controller import Session
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import fit
from scers_desktop.ui.fields import plain_label
from scers_desktop.ui.pages import PAGE_CLASSES, Page, RetirementPage

if TYPE_CHECKING:
    from scers_desktop.ui.results import ResultsView

STEP_LIST_WIDTH = 270
#: The list of steps never takes more than this share of the screen's width (its lines wrap instead).
STEP_LIST_SHARE = 0.28
EMPTY_SUMMARY = N_("Estimate so far: fill in the steps and your estimate appears here.")


class LazyPages(Mapping[StepKey, Page]):
    """The wizard's pages by step, each built the first time it is looked up (start-up time, issue 16)."""

    def __init__(self, build: Callable[[StepKey], Page]) -> None:
        """``build`` makes a step's page and puts it on the stack."""
        self._build = build
        self._built: dict[StepKey, Page] = {}

    def __getitem__(self, key: StepKey) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in PAGE_CLASSES:
                raise KeyError(key)
            page = self._built[key] = self._build(StepKey(key))
        return page

    def __iter__(self) -> Iterator[StepKey]:
        return iter(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(PAGE_CLASSES)

    def built(self) -> list[Page]:
        """The pages built so far (the others show the draft and its problems when they are built)."""
        return list(self._built.values())


class EstimatorView(QWidget):
    """Steps, pages and results of the session's current scenario."""

    recomputed = Signal()
    #: A wizard step came on screen (its StepKey).
    step_shown = Signal(object)
    #: The results view was just made (it is made when first shown).
    results_built = Signal(object)

    def __init__(self, session: Session, *, chart_menus: bool) -> None:
        """``chart_menus``: whether the chart has its right-click menu (with Export…); the kiosk's has none."""
        super().__init__()
        self.session = session
        self.chart_menus = chart_menus
        self.cover: QWidget | None = None
        self.shown_before = False
        #: Whether the draft has been checked yet: until then the pages and the summary show no problems.
        self.computed = False
        self._build()
        # Show the first page at once; the first check (which loads the plan data) runs right after.
        self.stack.setCurrentWidget(self.pages[session.step])
        self._update_steps()
        self._update_bottom()
        QTimer.singleShot(0, self.recompute)

    def showEvent(self, event: QShowEvent) -> None:
        """On first showing, the keyboard focus goes to the first field (or the kiosk's Start)."""
        super().showEvent(event)
        if not self.shown_before:
            self.shown_before = True
            self.focus_first_field()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        middle = QHBoxLayout()
        self.steps = QListWidget()
        self.steps.setFixedWidth(STEP_LIST_WIDTH)
        self.steps.setWordWrap(True)
        self.steps.currentRowChanged.connect(self._step_row)
        middle.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._make_page)
        self._results: ResultsView | None = None  # built when first shown (start-up time, issue 5)
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)

        self.bottom_bar = QHBoxLayout()
        self.summary = plain_label()
        self.summary.setObjectName("figure")
        self.summary.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.go(1))
        self.bottom_bar.addWidget(self.summary, 1)
        self.bottom_bar.addWidget(self.back_button)
        self.bottom_bar.addWidget(self.next_button)
        outer.addLayout(self.bottom_bar)
        self._words()

    def _words(self) -> None:
        """The view's own words, in the language in use."""
        self.steps.setAccessibleName(_("Steps"))
        self.summary.setAccessibleName(_("Estimate so far"))
        self.back_button.setText(_("< &Back"))
        self.next_button.setText(_("&Next >"))

    def retranslate(self) -> None:
        """Every word of the view again, in the language now in use (issue 17).

        The pages and the results are made again from the session's draft, which holds everything typed
        (a table cell being edited is committed first); what the draft does not hold is kept: the fields
        already touched (so the same problems show), each page's own choices (the age asked for on the
        retirement step), the step on screen, the results tab and the month-by-month chart.
        """
        for table in self.findChildren(QAbstractItemView):  # a cell being edited: what it holds goes in
            editor = table.indexWidget(table.currentIndex())
            if table.state() == QAbstractItemView.State.EditingState and editor is not None:
                table.commitData(editor)
        kept = {page.step.key: page.kept() for page in self.pages.built()}
        old = self._results
        for widget in [*self.pages.built(), *([old] if old is not None else [])]:
            self.stack.removeWidget(widget)
            widget.setParent(None)  # out of the window at once (nothing of it is found there), then gone
            widget.deleteLater()
        self.pages = LazyPages(self._make_page)
        self._results = None
        self._words()
        for key, state in kept.items():
            self.pages[key].restore(state)
        if old is not None:
            self.results.tabs.setCurrentIndex(old.tabs.currentIndex())
            self.results.months.setChecked(old.months.isChecked())
        if self.cover is None:
            step = self.session.step
            self.stack.setCurrentWidget(self.results if step == StepKey.RESULTS else self.pages[step])
        self.recompute()

    def _make_page(self, key: StepKey) -> Page:
        """Build a step's page, showing the session's draft and, once it is checked, its problems."""
        page = PAGE_CLASSES[key](flow.step(key))
        page.edited.connect(self.recompute)
        if isinstance(page, RetirementPage):
            page.age_wanted.connect(self.retire_at_age)
            page.earliest_wanted.connect(self.use_earliest_date)
            page.timing.date_chosen.connect(self.retire_on)
            page.timing.plain = not self.chart_menus  # the kiosk words it plainly
        self.stack.addWidget(page)
        page.bind(self.session.draft)
        if self.computed:
            page.reveal(key in self.session.slot.touched)
            page.refresh(self.session.evaluation.checked, self.session.summary)
        return page

    @property
    def retirement_page(self) -> RetirementPage:
        """The retirement-date page."""
        page = self.pages[StepKey.RETIREMENT]
        assert isinstance(page, RetirementPage)
        return page

    @property
    def results(self) -> ResultsView:
        """The results view, built the first time it is needed."""
        if self._results is None:
            from scers_desktop.ui.results import ResultsView

            self._results = ResultsView(menus=self.chart_menus)
            self._results.option_chosen.connect(self.choose_option)
            self._results.age_chosen.connect(self.retire_at_age)
            self._results.date_chosen.connect(self.retire_on)
            self.stack.addWidget(self._results)
            self.results_built.emit(self._results)
        return self._results

    def show_first_results_tab(self) -> None:
        """Put the results back on their first tab (if they were ever shown)."""
        if self._results is not None:
            self._results.tabs.setCurrentIndex(0)

    def set_step_list_scale(self, percent: int) -> None:
        """Widen the list of steps with the text size, up to its share of the screen."""
        room = int(fit.available_area(self).width() * STEP_LIST_SHARE)
        self.steps.setFixedWidth(min(STEP_LIST_WIDTH * percent // 100, room))

    def focus_first_field(self) -> None:
        """Put the keyboard focus on the first control of the screen shown (the first field of a step),
        so a keyboard or screen-reader user starts where the questions start (WCAG 2.4.3)."""
        screen = self.stack.currentWidget()
        widget = screen.nextInFocusChain()
        while widget is not screen and widget is not self.window():
            if (
                screen.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(screen)
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    # ----- the live estimate -----------------------------------------------------------------------

    def bind_current(self) -> None:
        """Show the session's current scenario on every page."""
        for page in self.pages.built():
            page.bind(self.session.draft)
        self.recompute()

    def recompute(self) -> None:
        """Estimate the draft again and show everything.

        Each page shows the problems of the fields the person has left, or all of them once its step is
        revealed (left, or its case opened); the steps list counts those of the revealed steps.
        """
        session = self.session
        session.refresh()
        self.computed = True
        checked = session.evaluation.checked
        for page in self.pages.built():
            page.reveal(page.step.key in session.slot.touched)
            page.refresh(checked, session.summary)
        if self._results is not None or session.step == StepKey.RESULTS:
            self.results.show_estimate(session.summary, session.everyone())
        self._update_steps()
        self._update_bottom()
        self.recomputed.emit()

    def _update_steps(self) -> None:
        visible = flow.visible_steps(self.session.draft)
        current_key = self.session.step
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(visible, start=1):
            count = self.session.step_problem_count(step.key)
            mark = "  ⚠ " + n_("{count} to fix", "{count} to fix", count).format(count=count) if count else ""
            item = QListWidgetItem(f"{number}. {_(step.title)}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            item.setToolTip(_(step.help))
            self.steps.addItem(item)
        keys = [s.key for s in visible]
        self.steps.setCurrentRow(keys.index(current_key) if current_key in keys else 0)
        self.steps.blockSignals(False)
        if current_key not in keys:
            self.show_step(keys[0])

    def _update_bottom(self) -> None:
        """The one-line summary, and Back and Next where there is a step to go to."""
        self.summary.setText(self._summary_text())
        self.back_button.setEnabled(self.session.neighbour(-1) is not None)
        self.next_button.setEnabled(self.session.neighbour(1) is not None)

    def _summary_text(self) -> str:
        if not self.computed:  # the first check runs after the first page is painted
            return _(EMPTY_SUMMARY)
        summary = self.session.summary
        if summary is not None:
            return summary.steps.so_far
        count = len(self.session.shown_problems().problems)
        if count:
            return n_(
                "Estimate so far: {count} thing to fix on the steps marked ⚠.",
                "Estimate so far: {count} things to fix on the steps marked ⚠.",
                count,
            ).format(count=count)
        return _(EMPTY_SUMMARY)

    # ----- navigation ------------------------------------------------------------------------------

    def show_cover(self, widget: QWidget) -> None:
        """Show ``widget`` in place of the wizard (the kiosk's welcome page), without steps or buttons.

        Leaving it for a step leaves no wizard step behind.
        """
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.cover = widget
        self.stack.setCurrentWidget(widget)
        for part in (self.steps, self.back_button, self.next_button, self.summary):
            part.hide()

    def show_step(self, key: StepKey) -> None:
        """Go to a step; the step being left (by Next, Back or the list) now shows all its problems."""
        session = self.session
        leaving_cover = self.cover is not None
        if leaving_cover:
            self.cover = None
            for part in (self.steps, self.back_button, self.next_button, self.summary):
                part.show()
        elif session.step != key and session.touch(session.step):
            self.recompute()
        session.step = key
        if key == StepKey.RESULTS:
            first_time = self._results is None
            self.stack.setCurrentWidget(self.results)
            if first_time:
                self.recompute()
        else:
            self.stack.setCurrentWidget(self.pages[key])
            if key == StepKey.RETIREMENT and not session.draft.retirement_date.strip():
                self._offer_earliest_date()
        self._update_steps()
        self._update_bottom()
        if leaving_cover:
            self.focus_first_field()
        self.step_shown.emit(key)

    def _offer_earliest_date(self) -> None:
        """Fill in the earliest date the member could retire, and say so on the page."""
        if self.session.fill_earliest_date():
            page = self.retirement_page
            page.bind(self.session.draft)
            page.mark_offered()
            self.recompute()

    def go(self, direction: int) -> None:
        """Next (``direction`` > 0) or Back, skipping steps that do not apply."""
        target = self.session.neighbour(direction)
        if target is not None:
            self.show_step(target)
            self.focus_first_field()

    def _step_row(self, row: int) -> None:
        item = self.steps.item(row)
        if item is not None:
            self.show_step(StepKey(item.data(Qt.ItemDataRole.UserRole)))

    # ----- choices from the results and the retirement page ------------------------------------------

    def choose_option(self, code: str) -> None:
        """Choose the payment option drawn on the plot and printed on the PDF."""
        if self.session.choose_option(code):
            self.recompute()

    def retire_at_age(self, age: int) -> None:
        """Move the retirement date to the birthday at this age."""
        if self.session.retire_at_age(age):
            self.retirement_page.bind(self.session.draft)
            self.recompute()

    def retire_on(self, day: date) -> None:
        """Take a date worth knowing as the retirement date."""
        if self.session.retire_on(day):
            self.retirement_page.bind(self.session.draft)
            self.recompute()

    def use_earliest_date(self) -> None:
        """Back to the earliest date the member could retire, never one already past."""
        self.session.draft.retirement_date = ""
        self._offer_earliest_date()
