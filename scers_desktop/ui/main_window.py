"""The desktop window: the estimator view with scenario tabs, menus, case files, recovery and About.

The scenarios, the wizard's state and the recovery copy live in the session controller; this window
asks the questions (save first? restore?), runs the file dialogs, and times the recovery copy.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from scers_desktop import APP_NAME, __version__
from scers_desktop.engine import ScenarioError, dump_scenario, load_scenario
from scers_desktop.present import i18n
from scers_desktop.present.i18n import N_, _, n_
from scers_desktop.session.casefile import (
    SUFFIX,
    NeedsConfirmation,
    RecentFiles,
    Recovery,
    remove_stale_temporaries,
    safe_file_stem,
    with_suffix,
    write_atomically,
)
from scers_desktop.session.controller import MAX_SCENARIOS, Session, Slot
from scers_desktop.session.factor_choice import FactorTableChoice
from scers_desktop.session.flow import StepKey
from scers_desktop.ui import fit
from scers_desktop.ui.estimator_view import EstimatorView
from scers_desktop.ui.fields import shown_as_typed
from scers_desktop.ui.flow import FlowLayout
from scers_desktop.ui.language import DEFAULT, LanguageMenu, LanguageSetting, Retexts, native_name, use_language
from scers_desktop.ui.last_folder import LastFolder
from scers_desktop.ui.theme import TEXT_SIZES, Comfort

if TYPE_CHECKING:
    from scers_desktop.ui.results import ResultsView

#: Every unsaved scenario is copied to the recovery file at most this long after a change (so a crash
#: loses at most this much typing): the first change starts the timer, later ones do not push it back.
RECOVERY_DELAY_MS = 800
FILE_FILTER = N_("SCERS case files (*.scers.json);;All files (*)")


class MainWindow(QMainWindow):
    """The SCERS Desktop window."""

    def __init__(
        self, data_folder: Path | None, *, recover: bool = True, today: Callable[[], date] = date.today
    ) -> None:
        """``data_folder`` holds recovery and recent files (None keeps nothing on disk); ``today`` gives the
        date."""
        super().__init__()
        recovery = Recovery(data_folder) if data_folder else None
        self.recent = RecentFiles(data_folder) if data_folder else None
        self.last_folder = LastFolder(data_folder)
        self.data_folder_warned = False
        if data_folder is not None and self.recent is not None:
            # Temporary files of saves killed last time, in the data folder and beside recent cases.
            for folder in {data_folder, *(p.parent for p in self.recent.paths())}:
                remove_stale_temporaries(folder)
        self.factor_choice = FactorTableChoice(data_folder) if data_folder else None
        table, self.factor_problem = self.factor_choice.load() if self.factor_choice else (None, None)
        self.session = Session(today, recovery, option_factors=table)
        self.language = LanguageSetting(data_folder)
        use_language(self.language.stored())
        self.words = Retexts()
        self.setWindowTitle(_("{app} — unofficial SCERS pension estimate[*]").format(app=APP_NAME))
        self._menus()  # themes the window first: the pages size their fields by its font
        self.view = EstimatorView(self.session, chart_menus=True)
        self.comfort.resized.connect(self.view.set_step_list_scale)
        self.comfort.resized.connect(self._fit)
        self._build()
        self._fit(self.comfort.text_percent)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(RECOVERY_DELAY_MS)
        self.save_timer.timeout.connect(self._keep_recovery)
        self.view.recomputed.connect(self._recomputed)
        self._update_chrome()
        if recover:
            QTimer.singleShot(0, self._offer_recovery)
        if self.factor_problem is not None:
            QTimer.singleShot(0, self._tell_factor_problem)

    # ----- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        # The scenario tabs show once there are two scenarios to switch between; duplicating and removing
        # are a counselor's tools, in the Scenario menu and on the results' Compare tab, not on the
        # member's first screen (issue 14).
        self.tabs = QTabBar()
        self.words.set(self.tabs.setAccessibleName, N_("Scenarios"))
        self.tabs.addTab(_("Scenario {number}").format(number=1))
        self.tabs.currentChanged.connect(self.switch_scenario)
        self._scenario_buttons()
        self.view.results_built.connect(self._add_scenario_buttons)
        outer.addWidget(self.tabs)
        outer.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _fit(self, percent: int) -> None:
        """The window's size for the text size, never larger than the screen (and smaller again when
        the text is)."""
        fit.fit_window(self, fit.preferred_desktop_size(percent))

    def _action(self, menu_name: str, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        self.words.set(action.setText, text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menus[menu_name].addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        self.menus = {}
        for name in (N_("&File"), N_("&Scenario"), N_("&View"), N_("Lan&guage"), N_("&Help")):
            menu = self.menus[name] = bar.addMenu("")
            self.words.set(menu.setTitle, name)
        self._action("&File", N_("&New case"), self.new_case, QKeySequence.StandardKey.New)
        self._action("&File", N_("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = self.menus["&File"].addMenu("")
        self.words.set(self.recent_menu.setTitle, N_("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action("&File", N_("&Save"), self.save, QKeySequence.StandardKey.Save)
        self._action("&File", N_("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.menus["&File"].addSeparator()
        self.export_action = self._action("&File", N_("&Export PDF…"), self.export_pdf, "Ctrl+E")
        self.print_action = self._action("&File", N_("&Print…"), self.print_estimate, QKeySequence.StandardKey.Print)
        self.menus["&File"].addSeparator()
        self._action("&File", N_("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._action("&Scenario", N_("&Duplicate to compare"), self.duplicate_scenario, "Ctrl+D")
        self._action("&Scenario", N_("&Remove this scenario"), self.remove_scenario)
        self.menus["&Scenario"].addSeparator()
        self._action("&Scenario", N_("Estimate &settings…"), self.estimate_settings)
        self.comfort = Comfort(self, self.menus["&View"], TEXT_SIZES, 100, "Ctrl+Shift+H")
        self.comfort.reset()
        self.language_menu = LanguageMenu(self.menus["Lan&guage"])
        self.language_menu.chosen.connect(self.choose_language)
        self._action("&Help", N_("&About SCERS Desktop"), self.about)

    def choose_language(self, code: str) -> None:
        """Speak ``code`` from now on (and at the next start): every word on screen, the results and the
        PDF follow; what was typed stays, since the session's draft holds it."""
        self.language.remember(code)
        if code == i18n.current():
            return
        use_language(code)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the window again, in the language now in use."""
        self.words.again()
        self.comfort.retranslate()
        self.language_menu.show_current()
        self.view.retranslate()
        self.statusBar().clearMessage()
        self._update_chrome()
        self.view.focus_first_field()

    def _recomputed(self) -> None:
        self._update_chrome()
        if not self.save_timer.isActive():
            self.save_timer.start()  # every change recomputes, so the recovery copy follows them all

    def _update_chrome(self) -> None:
        """Tab names and the title, marked where there are unsaved changes; PDF and Print when there is
        an estimate."""
        slots = self.session.slots
        dirty = [slot.dirty for slot in slots]  # each check serialises a whole draft: once per slot
        for i, slot in enumerate(slots):
            self.tabs.setTabText(i, slot.name(i) + (" *" if dirty[i] else ""))
        self.tabs.setVisible(len(slots) > 1)
        self.remove_button.setEnabled(len(slots) > 1)
        self.setWindowModified(dirty[self.session.current])
        path = self.session.slot.path
        self.setWindowTitle(f"{path.name if path else _('new case')}[*] — {APP_NAME}")
        can_print = self.view.computed and self.session.estimate is not None
        self.export_action.setEnabled(can_print)
        self.print_action.setEnabled(can_print)

    # ----- scenarios ------------------------------------------------------------------------------

    def switch_scenario(self, index: int) -> None:
        """Edit another scenario."""
        if self.session.switch(index):
            self.view.bind_current()

    def duplicate_scenario(self) -> None:
        """Copy the current scenario (to change one thing and compare)."""
        if not self.session.duplicate():
            QMessageBox.information(
                self, APP_NAME, _("You can compare up to {count} scenarios.").format(count=MAX_SCENARIOS)
            )
            return
        self.tabs.blockSignals(True)
        self.tabs.addTab(self.session.draft.label)
        self.tabs.setCurrentIndex(self.session.current)
        self.tabs.blockSignals(False)
        self.view.bind_current()

    def remove_scenario(self) -> None:
        """Remove the current scenario (asks first if it has unsaved changes)."""
        if len(self.session.slots) == 1 or not self._may_discard(self.session.slot):
            return
        index = self.session.current
        self.session.remove()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.setCurrentIndex(self.session.current)
        self.tabs.blockSignals(False)
        self.view.bind_current()

    def _show_all_tabs(self) -> None:
        """One tab per scenario of the session, the current one selected."""
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for index, slot in enumerate(self.session.slots):
            self.tabs.addTab(slot.name(index))
        self.tabs.setCurrentIndex(self.session.current)
        self.tabs.blockSignals(False)

    def _scenario_buttons(self) -> None:
        """Duplicate and Remove, in the language in use (made again with the results view)."""
        self.duplicate_button = QPushButton(_("&Duplicate scenario"))
        self.duplicate_button.setToolTip(
            _("Copy this scenario to change one thing and compare (up to {count}).").format(count=MAX_SCENARIOS)
        )
        self.duplicate_button.clicked.connect(self.duplicate_scenario)
        self.remove_button = QPushButton(_("Remove scenari&o"))
        self.remove_button.clicked.connect(self.remove_scenario)
        self.remove_button.setEnabled(len(self.session.slots) > 1)

    def _add_scenario_buttons(self, results: ResultsView) -> None:
        """Duplicate and Remove go at the top of the results' Compare tab, where scenarios are compared."""
        self._scenario_buttons()  # in the language in use; a results view made again drops the old ones
        bar = QWidget()
        row = FlowLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.remove_button)
        compare_page = results.compare.parentWidget()
        layout = compare_page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)

    # ----- files ------------------------------------------------------------------------------------------

    def _may_discard(self, slot: Slot) -> bool:
        """Ask before losing unsaved changes: True to go on."""
        if not slot.dirty:
            return True
        name = slot.name(self.session.slots.index(slot))
        answer = QMessageBox.question(
            self,
            APP_NAME,
            shown_as_typed(_("'{name}' has changes that are not saved. Save them first?").format(name=name)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_case(self) -> None:
        """Start an empty case in this scenario."""
        if self._may_discard(self.session.slot):
            self.session.new_case()
            self.view.show_step(StepKey.ABOUT)
            self.view.bind_current()

    def open_dialog(self) -> None:
        """Choose a case file and open it."""
        if not self._may_discard(self.session.slot):
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Open a case"), str(self.last_folder.folder()), _(FILE_FILTER)
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a case file into this scenario; a bad file is explained and the current work kept."""
        try:
            scenario = load_scenario(path, today=self.session.today())
        except ScenarioError as error:
            details = "\n".join(f"• {p}" for p in error.problems[:8])
            QMessageBox.warning(
                self,
                APP_NAME,
                shown_as_typed(
                    _("{file} could not be opened. Your current work is unchanged.").format(file=path.name)
                    + f"\n\n{details}"
                ),
            )
            return False
        self.session.open_case(scenario, path)
        self._remember(path)
        self.last_folder.used(path)
        self.view.show_step(StepKey.RESULTS)
        self.view.bind_current()
        return True

    def save(self) -> bool:
        """Save to the case's file (asks for a name the first time)."""
        path = self.session.slot.path
        return self.save_as() if path is None else self._write(path)

    def save_as(self) -> bool:
        """Save under a new name."""
        stem = safe_file_stem(self.session.draft.label, _("my-scers-estimate"))
        suggested = str(self.last_folder.folder() / (stem + SUFFIX))
        name, _filter = QFileDialog.getSaveFileName(self, _("Save the case"), suggested, _(FILE_FILTER))
        return bool(name) and self._write(with_suffix(Path(name)))

    def _write(self, path: Path) -> bool:
        """Save; a read-only file or a link is replaced only after the user says yes (issue 12)."""
        checked = self.session.evaluation.checked
        scenario = checked.scenario
        if scenario is None:
            details = "\n".join(f"• {p}" for p in checked.problems[:8])
            QMessageBox.warning(
                self, APP_NAME, shown_as_typed(_("The case cannot be saved until these are fixed:") + f"\n\n{details}")
            )
            return False
        text = dump_scenario(scenario)
        try:
            try:
                write_atomically(path, text)
            except NeedsConfirmation as question:
                answer = QMessageBox.question(
                    self, APP_NAME, _("{problem}. Replace it with this case?").format(problem=question)
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                write_atomically(path, text, confirmed=True)
        except OSError as error:
            QMessageBox.warning(
                self,
                APP_NAME,
                shown_as_typed(
                    _("Could not save {file}: {reason}").format(file=path.name, reason=error.strerror or error)
                ),
            )
            return False
        self.session.saved_as(path)
        self._remember(path)
        self.last_folder.used(path)
        self._keep_recovery()  # the other scenarios may still be unsaved
        self._update_chrome()
        self.say_where(_("Case saved to {path}").format(path=path))
        return True

    def say_where(self, message: str) -> None:
        """Say in the status bar where a file went, with its full path (it stays until the next message)."""
        self.statusBar().showMessage(message)

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
                    _(
                        "SCERS Desktop cannot write to its data folder, so it cannot keep the recent-files list "
                        "or a copy of unsaved work: {reason}. Your case files are not affected."
                    ).format(reason=error.strerror or error),
                )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths() if self.recent is not None else []
        if not paths:
            self.recent_menu.addAction(_("(none yet)")).setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _on, p=path: self._may_discard(self.session.slot) and self.open_path(p))

    def _keep_recovery(self) -> None:
        """The recovery timer: copy every unsaved scenario (see :meth:`Session.keep_recovery`)."""
        self._in_data_folder(self.session.keep_recovery)

    def _offer_recovery(self) -> None:
        """Offer the scenarios left unsaved by a crash; restoring them replaces the scenarios shown."""
        pending = self.session.pending_recovery()
        if not pending:
            return
        self.save_timer.blockSignals(True)  # the file is left alone until the question is answered
        count = len(pending)
        answer = QMessageBox.question(
            self,
            APP_NAME,
            n_(
                "SCERS Desktop closed before your last changes were saved ({count} scenario). Restore it?",
                "SCERS Desktop closed before your last changes were saved ({count} scenarios). Restore them?",
                count,
            ).format(count=count),
        )
        self.save_timer.blockSignals(False)
        if answer == QMessageBox.StandardButton.Yes:
            self.session.restore(pending)
            self._show_all_tabs()
            self.view.bind_current()
        else:
            self._in_data_folder(self.session.discard_recovery)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved scenarios before closing."""
        for slot in self.session.slots:
            if not self._may_discard(slot):
                event.ignore()
                return
        self._in_data_folder(self.session.discard_recovery)
        event.accept()

    # ----- PDF and printing (the report package is imported only when used) ----------------------------

    def export_pdf(self) -> None:
        """Save the estimate as a PDF."""
        summary = self.session.printable_summary()
        if summary is None:
            return
        from scers_desktop.ui.printing import export_pdf_dialog

        path = export_pdf_dialog(self, summary, folder=self.last_folder.folder())
        if path is not None:
            self.last_folder.used(path)
            self.say_where(_("PDF saved to {path}").format(path=path))

    def print_estimate(self) -> None:
        """Print the estimate through the system's printer dialog."""
        summary = self.session.printable_summary()
        if summary is None:
            return
        from scers_desktop.ui.printing import print_dialog

        print_dialog(self, summary)

    # ----- estimate settings -------------------------------------------------------------------------------

    def estimate_settings(self) -> None:
        """The readings of open handbook choices for this scenario, and the option factor table (issue 15)."""
        from scers_desktop.ui.settings_dialog import EstimateSettingsDialog

        EstimateSettingsDialog(self, self.session, self.factor_choice, self.view.recompute).exec()

    def _tell_factor_problem(self) -> None:
        QMessageBox.warning(
            self,
            _("Option factor table not used"),
            _("The option factor table chosen before cannot be used: {problem}").format(problem=self.factor_problem)
            + "\n\n"
            + _(
                "Option amounts use the approximate valuation until another table is chosen "
                "(Scenario > Estimate settings)."
            ),
        )

    # ----- about -------------------------------------------------------------------------------------------

    def about(self) -> None:
        """Version, rules, licence, data sources, and how far each translation can be trusted."""
        self.about_box().exec()

    def about_box(self) -> QMessageBox:
        """The About box, in the language in use: that the English estimate and the handbook govern, and
        which translations a qualified translator has not yet reviewed (issue 17)."""
        from scers_desktop.engine.plan_data import rules_data

        def words(text: str) -> str:
            return html.escape(text, quote=False)

        lines = [
            _(
                "An unofficial, offline pension estimator for members of the Seattle City Employees' Retirement "
                "System. SCERS is not bound by its estimates."
            ),
            _("Rules: {version}, from the SCERS Member Handbook (June 2023 and 2011).").format(
                version=rules_data().version
            ),
            _("Mortality: SOA Pub-2010 and MP-2021; SSA period life tables (public domain)."),
            _("Tax tables: IRS Publication 15-T (2026)."),
            _("Fonts: DejaVu and WenQuanYi Micro Hei (free licences)."),
            _("Licence: MIT."),
        ]
        translations = [
            f"{native_name(code)}: " + (_("Translation reviewed.") if i18n.reviewed(code) else _(i18n.NOT_REVIEWED))
            for code in i18n.LANGUAGES
            if code != DEFAULT
        ]
        notice = i18n.governs_notice()
        box = QMessageBox(self)
        box.setWindowTitle(_("About {app}").format(app=APP_NAME))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<b>{APP_NAME} {__version__}</b><br>{words(lines[0])}<br><br>"
            + "<br>".join(words(line) for line in lines[1:])
            + "<br><br>"
            + words(_("Translations:"))
            + "<br>"
            + "<br>".join(words(line) for line in translations)
            + (f"<br><br><b>{words(notice)}</b>" if notice else "")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box
