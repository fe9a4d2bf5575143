"""The main window: scenarios, the wizard's steps, live results, case files, and comfort settings.

Every edit recomputes at once (no Calculate button): the draft is checked by the engine's loader,
each page shows its own problems, and the results, the plot and the comparison update.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from scers_desktop import APP_NAME, __version__
from scers_desktop.engine import ScenarioError, dump_scenario, load_scenario
from scers_desktop.engine.calendar import anniversary
from scers_desktop.present.curve import Curve, curve_of
from scers_desktop.present.summary import EstimateSummary, summarize
from scers_desktop.ui import flow
from scers_desktop.ui.casefile import (
    NeedsConfirmation,
    RecentFiles,
    Recovery,
    draft_to_json,
    remove_stale_temporaries,
    with_suffix,
    write_atomically,
)
from scers_desktop.ui.draft import Draft, EmploymentRow, SalaryRow, draft_from_scenario
from scers_desktop.ui.fields import plain_label, shown_as_typed
from scers_desktop.ui.pages import (
    AboutPage,
    BeneficiaryPage,
    BuybacksPage,
    LeavesPage,
    Page,
    RetirementPage,
    SalaryPage,
    ServicePage,
    StatementPage,
)
from scers_desktop.ui.theme import TEXT_SIZES, apply_theme

if TYPE_CHECKING:
    from scers_desktop.engine import Estimate
    from scers_desktop.ui.results import ResultsView

MAX_SCENARIOS = 3
#: Every unsaved scenario is copied to the recovery file at most this long after a change (so a crash
#: loses at most this much typing): the first change starts the timer, later ones do not push it back.
RECOVERY_DELAY_MS = 800
STEP_LIST_WIDTH = 270
FILE_FILTER = "SCERS case files (*.scers.json);;All files (*)"
PAGE_CLASSES: dict[str, type[Page]] = {
    "about": AboutPage,
    "service": ServicePage,
    "leaves": LeavesPage,
    "buybacks": BuybacksPage,
    "salary": SalaryPage,
    "beneficiary": BeneficiaryPage,
    "statement": StatementPage,
    "retirement": RetirementPage,
}


def new_draft() -> Draft:
    """An empty case with one period of work and one pay rate to fill in."""
    return Draft(employment=[EmploymentRow()], salary=[SalaryRow()])


@dataclass
class Slot:
    """One scenario in the window: its draft, its file, and the draft as last saved."""

    draft: Draft
    path: Path | None = None
    saved: str = field(default="")
    touched: set[str] = field(default_factory=set)

    @property
    def dirty(self) -> bool:
        """Whether the draft changed since it was opened or saved."""
        return draft_to_json(self.draft) != self.saved

    def name(self, index: int) -> str:
        """The scenario's name on its tab."""
        return self.draft.label.strip() or (self.path.name if self.path else f"Scenario {index + 1}")


class MainWindow(QMainWindow):
    """The SCERS Desktop window."""

    recomputed = Signal()
    chart_menus = True  # the chart's right-click menu (with Export…); the kiosk has none

    def __init__(self, data_folder: Path | None, *, recover: bool = True) -> None:
        """``data_folder`` holds recovery and recent files; None keeps nothing on disk (the kiosk)."""
        super().__init__()
        self.recovery = Recovery(data_folder) if data_folder else None
        self.recent = RecentFiles(data_folder) if data_folder else None
        self.data_folder_warned = False
        if data_folder is not None and self.recent is not None:
            # Temporary files of saves killed last time, in the data folder and beside recent cases.
            for folder in {data_folder, *(p.parent for p in self.recent.paths())}:
                remove_stale_temporaries(folder)
        self.text_percent = 100
        self.high_contrast = False
        self.slots = [Slot(new_draft())]
        self.slots[0].saved = draft_to_json(self.slots[0].draft)
        self.current = 0
        #: The day estimates are made on: read once per recompute, replaced in tests.
        self.today: Callable[[], date] = date.today
        self.checked = flow.Checked(None, ())
        self.result: Estimate | None = None
        self.curve: Curve | None = None
        self.estimate_summary: EstimateSummary | None = None
        self.setWindowTitle(f"{APP_NAME} — unofficial SCERS pension estimate[*]")
        self.resize(1180, 820)
        self._build()
        self._menus()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(RECOVERY_DELAY_MS)
        self.save_timer.timeout.connect(self._keep_recovery)
        # Show the first page at once; the first check (which loads the plan data) runs right after.
        for page in self.pages.values():
            page.bind(self.draft)
        self._update_steps()
        self._update_chrome()
        QTimer.singleShot(0, lambda: self.recompute(keep=False))
        if recover:
            QTimer.singleShot(0, self._offer_recovery)

    # ----- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setAccessibleName("Scenarios")
        self.tabs.addTab("Scenario 1")
        self.tabs.currentChanged.connect(self.switch_scenario)
        self.duplicate_button = QPushButton("&Duplicate scenario")
        self.duplicate_button.setToolTip("Copy this scenario to change one thing and compare (up to 3).")
        self.duplicate_button.clicked.connect(self.duplicate_scenario)
        self.remove_button = QPushButton("Remove scenari&o")
        self.remove_button.clicked.connect(self.remove_scenario)
        bar.addWidget(self.tabs, 1)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.remove_button)
        outer.addLayout(bar)

        middle = QHBoxLayout()
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps")
        self.steps.setFixedWidth(STEP_LIST_WIDTH)
        self.steps.currentRowChanged.connect(self._step_row)
        middle.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for step in flow.STEPS[:-1]:
            page = PAGE_CLASSES[step.key](step)
            page.edited.connect(self.recompute)
            self.pages[step.key] = page
            self.stack.addWidget(page)
        retirement = self.pages["retirement"]
        assert isinstance(retirement, RetirementPage)
        retirement.use_date.connect(self.use_date)
        self._results: ResultsView | None = None  # built when first shown (start-up time, issue 5)
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)

        bottom = self.bottom_bar = QHBoxLayout()
        self.summary = plain_label()
        self.summary.setObjectName("figure")
        self.summary.setAccessibleName("Estimate so far")
        self.summary.setWordWrap(True)
        self.back_button = QPushButton("< &Back")
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton("&Next >")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.go(1))
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)
        self.setCentralWidget(central)

    def _action(self, menu_name: str, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menus[menu_name].addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        self.menus = {name: bar.addMenu(name) for name in ("&File", "&Scenario", "&View", "&Help")}
        self._action("&File", "&New case", self.new_case, QKeySequence.StandardKey.New)
        self._action("&File", "&Open…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = self.menus["&File"].addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action("&File", "&Save", self.save, QKeySequence.StandardKey.Save)
        self._action("&File", "Save &as…", self.save_as, QKeySequence.StandardKey.SaveAs)
        self.menus["&File"].addSeparator()
        self.export_action = self._action("&File", "&Export PDF…", self.export_pdf, "Ctrl+E")
        self.print_action = self._action("&File", "&Print…", self.print_estimate, QKeySequence.StandardKey.Print)
        self.menus["&File"].addSeparator()
        self._action("&File", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self._action("&Scenario", "&Duplicate to compare", self.duplicate_scenario, "Ctrl+D")
        self._action("&Scenario", "&Remove this scenario", self.remove_scenario)
        sizes = self.menus["&View"].addMenu("&Text size")
        for percent in TEXT_SIZES:
            action = QAction(f"{percent}%", self)
            action.setCheckable(True)
            action.setChecked(percent == self.text_percent)
            action.triggered.connect(lambda _on, p=percent: self.set_text_size(p))
            sizes.addAction(action)
        self.contrast_action = self._action("&View", "&High contrast", self.toggle_contrast, "Ctrl+Shift+H")
        self.contrast_action.setCheckable(True)
        self._action("&Help", "&About SCERS Desktop", self.about)

    # ----- scenarios ------------------------------------------------------------------------------

    @property
    def slot(self) -> Slot:
        """The scenario being edited."""
        return self.slots[self.current]

    @property
    def draft(self) -> Draft:
        """The draft being edited."""
        return self.slot.draft

    def bind_current(self) -> None:
        """Show the current scenario on every page."""
        for page in self.pages.values():
            page.bind(self.draft)
        self.recompute(keep=False)

    def switch_scenario(self, index: int) -> None:
        """Edit another scenario."""
        if 0 <= index < len(self.slots) and index != self.current:
            self.current = index
            self.bind_current()

    def duplicate_scenario(self) -> None:
        """Copy the current scenario (to change one thing and compare)."""
        if len(self.slots) >= MAX_SCENARIOS:
            QMessageBox.information(self, APP_NAME, f"You can compare up to {MAX_SCENARIOS} scenarios.")
            return
        copy = self.draft.copy()
        copy.label = (self.draft.label or f"Scenario {self.current + 1}") + " (copy)"
        self.slots.append(Slot(copy, touched=set(self.slot.touched)))
        self.tabs.addTab(copy.label)
        self.tabs.setCurrentIndex(len(self.slots) - 1)

    def remove_scenario(self) -> None:
        """Remove the current scenario (asks first if it has unsaved changes)."""
        if len(self.slots) == 1 or not self._may_discard(self.slot):
            return
        index = self.current
        del self.slots[index]
        self.current = min(index, len(self.slots) - 1)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.setCurrentIndex(self.current)
        self.tabs.blockSignals(False)
        self.bind_current()

    # ----- the live estimate -----------------------------------------------------------------------

    @property
    def results(self) -> ResultsView:
        """The results view, built the first time it is needed."""
        if self._results is None:
            from scers_desktop.ui.results import ResultsView

            self._results = ResultsView(menus=self.chart_menus)
            self._results.option_chosen.connect(self.choose_option)
            self._results.age_chosen.connect(self.retire_at_age)
            self.stack.addWidget(self._results)
        return self._results

    def recompute(self, keep: bool = True) -> None:
        """Check the draft, estimate it, and show everything again."""
        from scers_desktop.engine import estimate

        today = self.today()
        self.checked = flow.check(self.draft, today)
        scenario = self.checked.scenario
        self.result = estimate(scenario, as_of=today) if scenario is not None else None
        self.curve = curve_of(self.result) if self.result is not None else None
        self.estimate_summary = summarize(self.result, self.curve, made_on=today) if self.result is not None else None
        if keep:
            self.slot.touched.add(self.current_step())
        shown = self.checked.only_for(self.slot.touched)
        for page in self.pages.values():
            page.refresh(shown, self.estimate_summary)
        everyone = [(slot.name(i), self._estimate_of(i)) for i, slot in enumerate(self.slots)]
        if self._results is not None or self.current_step() == "results":
            self.results.show_estimate(self.estimate_summary, everyone)
        self._update_steps()
        self._update_chrome()
        if not self.save_timer.isActive():
            self.save_timer.start()  # every change recomputes, so the recovery copy follows them all
        self.recomputed.emit()

    def _estimate_of(self, index: int) -> Estimate | None:
        from scers_desktop.engine import estimate

        if index == self.current:
            return self.result
        today = self.today()
        checked = flow.check(self.slots[index].draft, today)
        return estimate(checked.scenario, as_of=today) if checked.scenario is not None else None

    def _update_steps(self) -> None:
        visible = flow.visible_steps(self.draft)
        current_key = self.current_step()
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(visible, start=1):
            problems = self.checked.for_step(step.key) if step.key in self.slot.touched else []
            mark = f"  ⚠ {len(problems)} to fix" if problems else ""
            item = QListWidgetItem(f"{number}. {step.title}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            item.setToolTip(step.help)
            self.steps.addItem(item)
        keys = [s.key for s in visible]
        self.steps.setCurrentRow(keys.index(current_key) if current_key in keys else 0)
        self.steps.blockSignals(False)
        if current_key not in keys:
            self.show_step(keys[0])

    def _update_chrome(self) -> None:
        dirty = [slot.dirty for slot in self.slots]  # each check serialises a whole draft: once per slot
        for i, slot in enumerate(self.slots):
            self.tabs.setTabText(i, slot.name(i) + (" *" if dirty[i] else ""))
        self.setWindowModified(dirty[self.current])
        name = self.slot.path.name if self.slot.path else "new case"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        result = self.result
        if result is None:
            count = len(self.checked.only_for(self.slot.touched).problems)
            self.summary.setText(
                f"Estimate so far: {count} thing{'s' if count != 1 else ''} to fix on the steps marked ⚠."
                if count
                else "Estimate so far: fill in the steps and your estimate appears here."
            )
        elif self.estimate_summary is not None:
            self.summary.setText(self.estimate_summary.steps.so_far)
        keys = [s.key for s in flow.visible_steps(self.draft)]
        position = keys.index(self.current_step())
        self.back_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(keys) - 1)
        can_print = result is not None
        self.export_action.setEnabled(can_print)
        self.print_action.setEnabled(can_print)

    # ----- navigation ------------------------------------------------------------------------------

    def current_step(self) -> str:
        """The key of the step on screen."""
        widget = self.stack.currentWidget()
        if widget is not None and widget is self._results:
            return "results"
        return next((k for k, p in self.pages.items() if p is widget), "about")

    def show_step(self, key: str) -> None:
        """Go to a step; the step being left now shows its problems, if it has any."""
        leaving = self._step_being_left()
        if leaving is not None and leaving != key and leaving not in self.slot.touched:
            self.slot.touched.add(leaving)
            self.recompute(keep=False)
        if key == "results":
            first_time = self._results is None
            self.stack.setCurrentWidget(self.results)
            if first_time:
                self.recompute(keep=False)
        else:
            self.stack.setCurrentWidget(self.pages[key])
            if key == "retirement" and not self.draft.retirement_date.strip():
                self._offer_earliest_date()
        self._update_steps()
        self._update_chrome()

    def _offer_earliest_date(self) -> None:
        """Fill in the earliest date the member could retire, and say so on the page."""
        offered = flow.default_retirement_date(self.draft, self.today())
        if offered is not None:
            self.draft.retirement_date = offered.isoformat()
            page = self.pages["retirement"]
            assert isinstance(page, RetirementPage)
            page.bind(self.draft)
            page.mark_offered()
            self.recompute()

    def _step_being_left(self) -> str | None:
        """The wizard step on screen, which counts as touched once the person moves on from it."""
        return self.current_step() if self.stack.currentWidget() is not None else None

    def go(self, direction: int) -> None:
        """Next or Back, skipping steps that do not apply."""
        here = self.current_step()
        target = flow.next_step(self.draft, here) if direction > 0 else flow.previous_step(self.draft, here)
        if target is not None:
            self.show_step(target)

    def _step_row(self, row: int) -> None:
        item = self.steps.item(row)
        if item is not None:
            self.show_step(item.data(Qt.ItemDataRole.UserRole))

    # ----- choices from the results ------------------------------------------------------------------

    def choose_option(self, code: str) -> None:
        """Choose the payment option drawn on the plot and printed on the PDF."""
        if self.draft.selected_option != code:
            self.draft.selected_option = code
            self.recompute()

    def retire_at_age(self, age: int) -> None:
        """Move the retirement date to the birthday at this age."""
        if self.checked.scenario is None:
            return
        self.draft.retirement_date = anniversary(self.checked.scenario.member.birth_date, age).isoformat()
        self.pages["retirement"].bind(self.draft)
        self.recompute()

    def use_date(self, what: str) -> None:
        """From the retirement page: 'earliest' or 'age:N'."""
        if what == "earliest":
            self.draft.retirement_date = ""
            self._offer_earliest_date()  # the earliest eligible date, never one already past
        elif what.startswith("age:"):
            self.retire_at_age(int(what[4:]))

    # ----- files ------------------------------------------------------------------------------------------

    def _may_discard(self, slot: Slot) -> bool:
        """Ask before losing unsaved changes: True to go on."""
        if not slot.dirty:
            return True
        answer = QMessageBox.question(
            self,
            APP_NAME,
            shown_as_typed(f"'{slot.name(self.slots.index(slot))}' has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_case(self) -> None:
        """Start an empty case in this scenario."""
        if self._may_discard(self.slot):
            self.slots[self.current] = Slot(new_draft())
            self.slot.saved = draft_to_json(self.draft)
            self.show_step("about")
            self.bind_current()

    def open_dialog(self) -> None:
        """Choose a case file and open it."""
        if not self._may_discard(self.slot):
            return
        name, _ = QFileDialog.getOpenFileName(self, "Open a case", str(Path.home()), FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a case file into this scenario; a bad file is explained and the current work kept."""
        try:
            scenario = load_scenario(path, today=self.today())
        except ScenarioError as error:
            details = "\n".join(f"• {p}" for p in error.problems[:8])
            QMessageBox.warning(
                self,
                APP_NAME,
                shown_as_typed(f"{path.name} could not be opened. Your current work is unchanged.\n\n{details}"),
            )
            return False
        draft = draft_from_scenario(scenario)
        self.slots[self.current] = Slot(draft, path, draft_to_json(draft), {s.key for s in flow.STEPS})
        self._remember(path)
        self.show_step("results")
        self.bind_current()
        return True

    def save(self) -> bool:
        """Save to the case's file (asks for a name the first time)."""
        if self.slot.path is None:
            return self.save_as()
        return self._write(self.slot.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        suggested = str(Path.home() / ((self.draft.label or "my-scers-estimate").replace(" ", "-") + ".scers.json"))
        name, _ = QFileDialog.getSaveFileName(self, "Save the case", suggested, FILE_FILTER)
        return bool(name) and self._write(with_suffix(Path(name)))

    def _write(self, path: Path) -> bool:
        """Save; a read-only file or a link is replaced only after the user says yes (issue 12)."""
        scenario = self.checked.scenario
        if scenario is None:
            details = "\n".join(f"• {p}" for p in self.checked.problems[:8])
            QMessageBox.warning(
                self, APP_NAME, shown_as_typed(f"The case cannot be saved until these are fixed:\n\n{details}")
            )
            return False
        text = dump_scenario(scenario)
        try:
            try:
                write_atomically(path, text)
            except NeedsConfirmation as question:
                answer = QMessageBox.question(self, APP_NAME, f"{question}. Replace it with this case?")
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                write_atomically(path, text, confirmed=True)
        except OSError as error:
            QMessageBox.warning(
                self, APP_NAME, shown_as_typed(f"Could not save {path.name}: {error.strerror or error}")
            )
            return False
        self.slot.path = path
        self.slot.saved = draft_to_json(self.draft)
        self._remember(path)
        self._keep_recovery()  # the other scenarios may still be unsaved
        self._update_chrome()
        return True

    def _remember(self, path: Path) -> None:
        if self.recent is not None:
            recent = self.recent
            self._in_data_folder(lambda: recent.add(path))

    def _in_data_folder(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the app's data folder; a folder that cannot be written is said once, not a crash.

        The case itself opens and saves; only the recent-files list and the crash recovery are lost.
        """
        try:
            action()
        except OSError as error:
            if not self.data_folder_warned:
                self.data_folder_warned = True
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    "SCERS Desktop cannot write to its data folder, so it cannot keep the recent-files list "
                    f"or a copy of unsaved work: {error.strerror or error}. Your case files are not affected.",
                )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths() if self.recent is not None else []
        if not paths:
            self.recent_menu.addAction("(none yet)").setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _on, p=path: self._may_discard(self.slot) and self.open_path(p))

    def _keep_recovery(self) -> None:
        """Copy every unsaved scenario to the recovery file; once none is unsaved, remove the copy.

        Only a copy this window wrote is removed that way: one left by a crash goes only when its offer
        is declined, so a window that did not offer it (a snapshot run) never deletes it.
        """
        if self.recovery is None:
            return
        unsaved = [(slot.draft, slot.path) for slot in self.slots if slot.dirty]
        recovery = self.recovery
        if unsaved:
            self._in_data_folder(lambda: recovery.keep(unsaved))
        elif recovery.kept:
            self._in_data_folder(recovery.clear)

    def _offer_recovery(self) -> None:
        """Offer the scenarios left unsaved by a crash; restoring them replaces the scenarios shown."""
        pending = self.recovery.pending() if self.recovery is not None else []
        if not pending:
            return
        self.save_timer.blockSignals(True)  # the file is left alone until the question is answered
        count = len(pending)
        answer = QMessageBox.question(
            self,
            APP_NAME,
            f"SCERS Desktop closed before your last changes were saved ({count} "
            f"scenario{'s' if count != 1 else ''}). Restore them?",
        )
        self.save_timer.blockSignals(False)
        if answer == QMessageBox.StandardButton.Yes:
            self.slots = [Slot(draft, path, "") for draft, path in pending[:MAX_SCENARIOS]]
            self.current = 0
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.removeTab(0)
            for index, slot in enumerate(self.slots):
                self.tabs.addTab(slot.name(index))
            self.tabs.setCurrentIndex(0)
            self.tabs.blockSignals(False)
            self.bind_current()
        elif self.recovery is not None:
            self._in_data_folder(self.recovery.clear)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved scenarios before closing."""
        for slot in self.slots:
            if not self._may_discard(slot):
                event.ignore()
                return
        if self.recovery is not None:
            self._in_data_folder(self.recovery.clear)
        event.accept()

    # ----- PDF and printing (the report package is imported only when used) ----------------------------

    def printable_summary(self) -> EstimateSummary | None:
        """The summary the PDF is laid out from (with the curve already shown), dated today."""
        summary = self.estimate_summary
        if summary is not None and summary.made_on != self.today():
            summary = summarize(summary.estimate, summary.curve, made_on=self.today())
        return summary

    def export_pdf(self) -> None:
        """Save the estimate as a PDF."""
        summary = self.printable_summary()
        if summary is None:
            return
        from scers_desktop.ui.printing import export_pdf_dialog

        export_pdf_dialog(self, summary)

    def print_estimate(self) -> None:
        """Print the estimate through the system's printer dialog."""
        summary = self.printable_summary()
        if summary is None:
            return
        from scers_desktop.ui.printing import print_dialog

        print_dialog(self, summary)

    # ----- comfort ----------------------------------------------------------------------------------------

    def set_text_size(self, percent: int) -> None:
        """Make all text larger or smaller."""
        self.text_percent = percent
        for action in self.menus["&View"].actions()[0].menu().actions():
            action.setChecked(action.text() == f"{percent}%")
        self._apply_theme()

    def toggle_contrast(self) -> None:
        """Switch the high-contrast theme on or off."""
        self.high_contrast = not self.high_contrast
        self.contrast_action.setChecked(self.high_contrast)
        self._apply_theme()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.text_percent, self.high_contrast)
        self.steps.setFixedWidth(STEP_LIST_WIDTH * self.text_percent // 100)

    def about(self) -> None:
        """Version, rules, licence and data sources."""
        from scers_desktop.engine.plan_data import rules_data

        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>An unofficial, offline pension estimator for members of the "
            "Seattle City Employees' Retirement System. SCERS is not bound by its estimates.<br><br>"
            f"Rules: {rules_data().version}, from the SCERS Member Handbook (June 2023 and 2011).<br>"
            "Mortality: SOA Pub-2010 and MP-2021; SSA period life tables (public domain).<br>"
            "Tax tables: IRS Publication 15-T (2026).<br>Fonts: DejaVu (free licence).<br>Licence: MIT.",
        )
