"""The benefit-against-age plot (pyqtgraph, imported only when the results are first shown).

Shows the unmodified curve and the selected option, shades the ages when the member cannot retire,
marks the first eligible age, the age of the full factor and the ages held at the 60% cap, stars the
chosen date at the headline amount (above every other mark), reads the value under the mouse, and
chooses an age on a click. Every mark has words (a legend and text labels), not colour alone.
"""

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from scers_desktop.present.curve import Curve
from scers_desktop.present.i18n import _
from scers_desktop.present.text import format_dollars
from scers_desktop.present.timing import MonthSeries
from scers_desktop.ui.theme import colours_of

pg.setConfigOptions(antialias=True, background="w", foreground="k")
EMPTY_TOP = 1000  # the dollar axis's top when there is nothing to show


def _set_data(item: pg.PlotDataItem, xs: list[float], ys: list[float]) -> None:
    """Show these points; none clears the item (pyqtgraph's setData([], []) keeps the old symbols)."""
    if xs:
        item.setData(xs, ys)
    else:
        item.clear()


def _points_take_no_clicks(item: pg.PlotDataItem) -> None:
    """The item's points ignore clicks: the chart picks an age from the scene's click (``_clicked``).

    pyqtgraph's ScatterPlotItem answers a click with ``pointsAt()``, which makes a SpotItem for every
    point and keeps it in a numpy object array that the SpotItem refers back to. The garbage collector
    cannot see into numpy arrays, so each click followed by a recompute leaked the chart's points: a
    long session's memory grew with every click.
    """
    item.scatter.mouseClickEvent = lambda event: event.ignore()


class BenefitPlot(QWidget):
    """Monthly benefit against retirement age; clicking a point chooses that age."""

    age_clicked = Signal(int)

    def __init__(self, *, menus: bool = True) -> None:
        """``menus=False`` (the kiosk): no right-click menu, so no Export… and no Save dialog."""
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = pg.PlotWidget()
        self.widget.setAccessibleName(_("Monthly benefit by retirement age (the table below has the same numbers)"))
        self.widget.setMinimumHeight(260)
        layout.addWidget(self.widget)
        self.plot = self.widget.getPlotItem()
        self.plot.setLabel("bottom", _("Age when your pension starts"))
        self.plot.setLabel("left", _("Monthly benefit ($)"))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        if not menus:
            self.plot.setMenuEnabled(False, enableViewBoxMenu=False)
            self.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            scene = self.widget.scene()
            for action in scene.contextMenu:  # Export…, whose dialog saves files: off even if triggered
                action.setEnabled(False)
            scene.contextMenu = []
        self.legend = self.plot.addLegend(offset=(-10, -10))
        self.legend.setLabelTextSize("10pt")
        # The items are made once and only their data changes on a recompute (a redraw from scratch
        # took 25 ms of the 50 ms repaint budget).
        self.regions: list[tuple[pg.LinearRegionItem, pg.TextItem]] = []
        self.unmodified = self.plot.plot(
            pen=pg.mkPen("#1f4e79", width=3), symbol="o", symbolSize=6, symbolBrush="#1f4e79", name=_("Unmodified")
        )
        self.option = self.plot.plot(
            pen=pg.mkPen("#b35900", width=2, style=Qt.PenStyle.DashLine),
            symbol="t",
            symbolSize=7,
            symbolBrush="#b35900",
        )
        self.option_named = ""
        self.capped = self.plot.plot(
            pen=None,
            symbol="s",
            symbolSize=9,
            symbolBrush=None,
            symbolPen=pg.mkPen("#6a1b9a", width=2),
            name=_("held at the 60% cap"),
        )
        self.chosen = self.plot.plot(
            pen=None, symbol="star", symbolSize=18, symbolBrush="#c62828", name=_("your choice")
        )
        self.chosen.setZValue(10)  # above the curves and the squares of the ages held at the cap (they hid it)
        self.chosen_label = pg.TextItem(anchor=(0, 0), color="#8e0000", fill=pg.mkBrush(255, 255, 255, 220))
        self.chosen_label.setZValue(10)
        self.plot.addItem(self.chosen_label, ignoreBounds=True)
        for item in (self.unmodified, self.option, self.capped, self.chosen):
            _points_take_no_clicks(item)
        self.lines = {}
        for key, text, height in (("first", _("first eligible"), 0.95), ("full", _("full factor"), 0.82)):
            line = pg.InfiniteLine(
                0,
                angle=90,
                pen=pg.mkPen((60, 60, 60), style=Qt.PenStyle.DotLine),
                label=text,
                labelOpts={"position": height, "color": (40, 40, 40)},
            )
            self.plot.addItem(line)
            self.lines[key] = line
        self.readout = pg.TextItem(anchor=(0, 1), color="k", fill=pg.mkBrush(255, 255, 255, 220))
        self.plot.addItem(self.readout, ignoreBounds=True)
        self.curve: Curve | None = None
        self.widget.scene().sigMouseMoved.connect(self._moved)
        self.widget.scene().sigMouseClicked.connect(self._clicked)
        self.background = ""
        self._follow_theme()

    def changeEvent(self, event: QEvent) -> None:
        """The window's theme changed (its style sheet reaches this widget as a style change)."""
        if event.type() == QEvent.Type.StyleChange:
            self._follow_theme()
        super().changeEvent(event)

    def _follow_theme(self) -> None:
        """Draw the chart in the colours of the window's theme: in high contrast, white and bright
        lines on black, never a white chart in a black window."""
        c = colours_of(self)
        if c.chart == self.background:
            return
        self.background = c.chart
        self.widget.setBackground(c.chart)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(c.text)
            axis.setTextPen(c.text)
            axis.setLabel(color=c.text)
        self.legend.setLabelTextColor(c.text)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=c.text)  # the colour reaches a label when it is drawn anew
        self.legend.setBrush(pg.mkBrush(c.field))
        self.legend.setPen(pg.mkPen(c.text))
        self.unmodified.setPen(pg.mkPen(c.curve, width=3))
        self.unmodified.setSymbolBrush(c.curve)
        self.option.setPen(pg.mkPen(c.option, width=2, style=Qt.PenStyle.DashLine))
        self.option.setSymbolBrush(c.option)
        self.capped.setSymbolPen(pg.mkPen(c.capped, width=2))
        self.chosen.setSymbolBrush(c.chosen)
        self.chosen_label.setColor(c.text)
        self.chosen_label.fill = pg.mkBrush(c.field)  # the label's background follows the theme
        self.chosen_label.update()
        for line in self.lines.values():
            line.setPen(pg.mkPen(c.guide, style=Qt.PenStyle.DotLine))
            line.label.setColor(c.guide)
        for region, label in self.regions:
            region.setBrush(pg.mkBrush(QColor(c.shade)))
            label.setColor(c.guide)
        self.readout.setColor(c.text)
        fill = QColor(c.field)
        fill.setAlpha(220)
        self.readout.fill = pg.mkBrush(fill)

    def _region(self, index: int) -> tuple[pg.LinearRegionItem, pg.TextItem]:
        while len(self.regions) <= index:
            c = colours_of(self)
            region = pg.LinearRegionItem((0, 0), movable=False, brush=pg.mkBrush(QColor(c.shade)))
            region.setZValue(-10)
            label = pg.TextItem(_("not\neligible"), color=c.guide, anchor=(0.5, 1))
            self.plot.addItem(region)
            self.plot.addItem(label)
            self.regions.append((region, label))
        return self.regions[index]

    def show_curve(self, curve: Curve) -> None:
        """Show this curve and its marks."""
        self.curve = curve
        for index, (start, end) in enumerate(curve.not_eligible):
            region, label = self._region(index)
            region.setRegion((start, end))
            label.setPos((start + end) / 2, 0)
            region.setVisible(True)
            label.setVisible(True)
        for region, label in self.regions[len(curve.not_eligible) :]:
            region.setVisible(False)
            label.setVisible(False)
        xs = [a for a, v in zip(curve.ages, curve.unmodified, strict=True) if v is not None]
        ys = [v for v in curve.unmodified if v is not None]
        _set_data(self.unmodified, xs, ys)
        oxs = [a for a, v in zip(curve.ages, curve.option, strict=True) if v is not None]
        oys = [v for v in curve.option if v is not None]
        _set_data(self.option, oxs, oys)
        name = _("Option {code}").format(code=curve.option_code) if curve.option_code and oys else ""
        if name != self.option_named:
            self.legend.removeItem(self.option)
            if name:
                self.legend.addItem(self.option, name)
            self.option_named = name
        capped = [(a, curve.value_at(a)) for a in curve.capped_ages]
        _set_data(self.capped, [a for a, _ in capped], [v for _, v in capped])
        mark = curve.mark
        _set_data(self.chosen, [mark[0]] if mark else [], [mark[1]] if mark else [])
        self.chosen_label.setText(curve.mark_label if mark else "")
        if mark:
            # below the star (the curves run above it), turned left in the chart's right half
            self.chosen_label.setAnchor((1, 0) if mark[0] > (curve.ages[0] + curve.ages[-1]) / 2 else (0, 0))
            self.chosen_label.setPos(*mark)
        for key, age in (("first", curve.first_eligible_age), ("full", curve.full_factor_age)):
            self.lines[key].setVisible(age is not None)
            if age is not None:
                self.lines[key].setValue(age)
        self.readout.setText("")
        self.plot.setXRange(curve.ages[0] - 0.5, curve.ages[-1] + 0.5, padding=0)
        self.plot.setYRange(0, max(ys + oys, default=EMPTY_TOP) * 1.12, padding=0)

    def show_months(self, series: MonthSeries | None) -> None:
        """Month resolution (the by-age items hidden) with the dates worth knowing marked; None: by age."""
        if not hasattr(self, "months"):
            pen = pg.mkPen("#1f4e79", width=2)
            self.months = self.plot.plot(pen=pen, name=_("month by month"))
            self.cliffs = self.plot.plot(
                pen=None, symbol="d", symbolSize=12, symbolBrush="#c62828", name=_("date worth knowing")
            )
            self.cliff_labels: list[pg.TextItem] = []
            for item in (self.months, self.cliffs):
                _points_take_no_clicks(item)
        by_age = {self.unmodified: _("Unmodified"), self.capped: _("held at the 60% cap")}
        if (series is None) != self.unmodified.isVisible():
            for item, name in by_age.items():
                self.legend.removeItem(item)
                if series is None:
                    self.legend.addItem(item, name)
        for item in (self.unmodified, self.option, self.capped):
            item.setVisible(series is None)
        _set_data(self.months, list(series.ages) if series else [], list(series.monthly) if series else [])
        marks = series.marks if series else ()
        _set_data(self.cliffs, [m[0] for m in marks], [m[1] for m in marks])
        while len(self.cliff_labels) < len(marks):
            self.cliff_labels.append(pg.TextItem(color=(120, 20, 20)))
            self.plot.addItem(self.cliff_labels[-1], ignoreBounds=True)
        for index, label in enumerate(self.cliff_labels):
            label.setVisible(index < len(marks))
            if index < len(marks):
                age, amount, text = marks[index]
                # Above and below the line in turn, so neighbouring dates do not overlap; right-aligned near 75.
                label.setAnchor((1.0 if age > 70 else 0.5, 1.2 if index % 2 == 0 else -0.2))
                label.setText(text)
                label.setPos(age, amount)

    def clear(self) -> None:
        """Show no curve: every series, mark, label, legend entry and the readout emptied."""
        self.curve = None
        for item in (self.unmodified, self.option, self.capped, self.chosen):
            _set_data(item, [], [])
        self.chosen_label.setText("")
        for region, label in self.regions:
            region.setVisible(False)
            label.setVisible(False)
        for line in self.lines.values():
            line.setValue(0)
            line.setVisible(False)
        if self.option_named:
            self.legend.removeItem(self.option)
            self.option_named = ""
        self.readout.setText("")
        self.plot.setYRange(0, EMPTY_TOP, padding=0)  # the last top was 112% of the visitor's largest amount

    def _nearest_age(self, scene_pos: QPointF) -> int | None:
        if self.curve is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.vb.mapSceneToView(scene_pos).x()
        age = round(x)
        return age if age in self.curve.ages else None

    def _moved(self, scene_pos: QPointF) -> None:
        age = self._nearest_age(scene_pos)
        if age is None or self.curve is None:
            self.readout.setText("")
            return
        value = self.curve.value_at(age)
        if value is None:
            text = _("Age {age}: not eligible").format(age=age)
        else:
            text = _("Age {age}: {amount} a month").format(age=age, amount=format_dollars(Decimal(str(value))))
        self.readout.setText(text)
        self.readout.setPos(age, (value or 0) + 50)

    def _clicked(self, event: object) -> None:
        """Only a left click chooses an age (a right click is for menus, where there are any)."""
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        age = self._nearest_age(scene_pos)
        if age is not None and self.curve is not None and self.curve.value_at(age) is not None:
            self.age_clicked.emit(age)
