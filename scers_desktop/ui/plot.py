"""The benefit-against-age plot (pyqtgraph, imported only when the results are first shown).

Shows the unmodified curve and the selected option, shades the ages when the member cannot retire,
marks the first eligible age, the age of the full factor and the ages held at the 60% cap, stars the
chosen date at the headline amount (above every other mark), reads the value under the mouse, and
chooses an age on a click. Every mark has words (a legend and text labels), not colour alone.
"""

import math
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from scers_desktop.present.curve import Curve
from scers_desktop.present.i18n import _
from scers_desktop.present.text import format_dollars, whole_dollars
from scers_desktop.present.timing import MonthSeries
from scers_desktop.ui.theme import colours_of

pg.setConfigOptions(antialias=True, background="w", foreground="k")
EMPTY_TOP = 1000  # the dollar axis's top when there is nothing to show
ZERO_ROOM = 0.06  # the share of the dollar axis below $0
LEGEND_SHARE = 0.9  # the legend's text size, as a share of the window's


def _set_data(item: pg.PlotDataItem, xs: list[float], ys: list[float]) -> None:
    """Show these points; none clears the item (pyqtgraph's setData([], []) keeps the old symbols)."""
    if xs:
        item.setData(xs, ys)
    else:
        item.clear()


def money_range(top: float) -> tuple[float, float]:
    """The dollar axis from a little below $0 (room for the "$0" tick text, which the axis drops when
    half of it would fall outside) to ``top``."""
    return -top * ZERO_ROOM, top


def _has_points(item: pg.PlotDataItem) -> bool:
    xs, _ys = item.getData()
    return xs is not None and len(xs) > 0


def _points_take_no_clicks(item: pg.PlotDataItem) -> None:
    """The item's points ignore clicks: the chart picks an age from the scene's click (``_clicked``).

    pyqtgraph's ScatterPlotItem answers a click with ``pointsAt()``, which makes a SpotItem for every
    point and keeps it in a numpy object array that the SpotItem refers back to. The garbage collector
    cannot see into numpy arrays, so each click followed by a recompute leaked the chart's points: a
    long session's memory grew with every click.
    """
    item.scatter.mouseClickEvent = lambda event: event.ignore()


class WholePixelAxis(pg.AxisItem):
    """An axis whose thickness is a whole number of pixels.

    pyqtgraph sizes an axis to its widest tick text, a fraction of a pixel (35.5), and the layout gives
    it the whole pixels below (35.0); the axis then drops every tick text that does not fit, so the money
    axis showed no amount at all. Rounded up, the texts fit.
    """

    def _updateWidth(self) -> None:
        super()._updateWidth()
        width = math.ceil(self.minimumWidth())
        self.setMaximumWidth(width)
        self.setMinimumWidth(width)

    def _updateHeight(self) -> None:
        super()._updateHeight()
        height = math.ceil(self.minimumHeight())
        self.setMaximumHeight(height)
        self.setMinimumHeight(height)


class DollarAxis(WholePixelAxis):
    """The money axis: each tick reads in whole dollars, "$4,000"."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [whole_dollars(Decimal(round(value * scale))) for value in values]


class BenefitPlot(QWidget):
    """Monthly benefit against retirement age; clicking a point chooses that age."""

    age_clicked = Signal(int)

    def __init__(self, *, menus: bool = True) -> None:
        """``menus=False`` (the kiosk): no right-click menu, so no Export… and no Save dialog."""
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = pg.PlotWidget(axisItems={"left": DollarAxis("left"), "bottom": WholePixelAxis("bottom")})
        self.widget.setAccessibleName(_("Monthly benefit by retirement age (the table below has the same numbers)"))
        self.widget.setMinimumHeight(260)
        layout.addWidget(self.widget)
        self.plot = self.widget.getPlotItem()
        self.axis_labels = {"bottom": _("Age when your pension starts"), "left": _("Monthly benefit ($)")}
        for name, text in self.axis_labels.items():
            self.plot.setLabel(name, text)
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
        self.legend_points = 0.0
        # The items are made once and only their data changes on a recompute (a redraw from scratch
        # took 25 ms of the 50 ms repaint budget).
        self.regions: list[tuple[pg.LinearRegionItem, pg.TextItem]] = []
        # No item is named here (a name puts it in the legend for good): _update_legend names what is on screen.
        self.unmodified = self.plot.plot(
            pen=pg.mkPen("#1f4e79", width=3), symbol="o", symbolSize=6, symbolBrush="#1f4e79"
        )
        self.option = self.plot.plot(
            pen=pg.mkPen("#b35900", width=2, style=Qt.PenStyle.DashLine),
            symbol="t",
            symbolSize=7,
            symbolBrush="#b35900",
        )
        self.capped = self.plot.plot(
            pen=None,
            symbol="s",
            symbolSize=9,
            symbolBrush=None,
            symbolPen=pg.mkPen("#6a1b9a", width=2),
        )
        self.chosen = self.plot.plot(pen=None, symbol="star", symbolSize=18, symbolBrush="#c62828")
        self.chosen.setZValue(10)  # above the curves and the squares of the ages held at the cap (they hid it)
        self.chosen_label = pg.TextItem(anchor=(0, 0), color="#8e0000", fill=pg.mkBrush(255, 255, 255, 220))
        self.chosen_label.setZValue(10)
        self.plot.addItem(self.chosen_label, ignoreBounds=True)
        self.months = self.plot.plot(pen=pg.mkPen("#1f4e79", width=2))
        self.cliffs = self.plot.plot(pen=None, symbol="d", symbolSize=12, symbolBrush="#c62828")
        self.cliff_labels: list[pg.TextItem] = []
        for item in (self.unmodified, self.option, self.capped, self.chosen, self.months, self.cliffs):
            _points_take_no_clicks(item)
        self.legend_shown: list[tuple[pg.PlotDataItem, str]] = []
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
        self._follow_text_size()

    def changeEvent(self, event: QEvent) -> None:
        """The window's theme changed (its style sheet reaches this widget as a style change)."""
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._follow_theme()
            self._follow_text_size()
        super().changeEvent(event)

    def _follow_text_size(self) -> None:
        """The legend's words follow the text size (they stayed at 10 pt, small beside 200 % text and on
        the kiosk). The chart's other words are drawn in the application's font, which the theme sets."""
        points = round(QApplication.font().pointSizeF() * LEGEND_SHARE, 1)
        if points == self.legend_points:
            return
        self.legend_points = points
        self.legend.setLabelTextSize(f"{points}pt")
        colour = colours_of(self).text
        for _sample, label in self.legend.items:
            label.setText(label.text, size=f"{points}pt", color=colour)

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
            axis.setLabel(self.axis_labels[name], color=c.text)  # without its text, setLabel hides the label
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
        self.months.setPen(pg.mkPen(c.curve, width=2))
        self.cliffs.setSymbolBrush(c.chosen)
        for label in self.cliff_labels:
            label.setColor(c.text)
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
        self.plot.setYRange(*money_range(max(ys + oys, default=EMPTY_TOP) * 1.12), padding=0)
        self._update_legend()

    def _update_legend(self) -> None:
        """The legend names only what is on screen: the items shown that hold points (no "month by month"
        while the chart is by age, no "held at the 60% cap" when no age is held at it)."""
        code = self.curve.option_code if self.curve else None
        option = _("Option {code}").format(code=code) if code else _("the option")
        names = (
            (self.unmodified, _("Unmodified")),
            (self.option, option),
            (self.capped, _("held at the 60% cap")),
            (self.chosen, _("your choice")),
            (self.months, _("month by month")),
            (self.cliffs, _("date worth knowing")),
        )
        shown = [(item, name) for item, name in names if item.isVisible() and _has_points(item)]
        if shown == self.legend_shown:
            return
        for item, _name in self.legend_shown:
            self.legend.removeItem(item)
        for item, name in shown:
            self.legend.addItem(item, name)
        self.legend_shown = shown

    def show_months(self, series: MonthSeries | None) -> None:
        """Month resolution (the by-age items hidden) with the dates worth knowing marked; None: by age."""
        for item in (self.unmodified, self.option, self.capped):
            item.setVisible(series is None)
        _set_data(self.months, list(series.ages) if series else [], list(series.monthly) if series else [])
        marks = series.marks if series else ()
        _set_data(self.cliffs, [m[0] for m in marks], [m[1] for m in marks])
        while len(self.cliff_labels) < len(marks):
            self.cliff_labels.append(pg.TextItem(color=colours_of(self).text))
            self.plot.addItem(self.cliff_labels[-1], ignoreBounds=True)
        for index, label in enumerate(self.cliff_labels):
            label.setVisible(index < len(marks))
            if index < len(marks):
                age, amount, text = marks[index]
                # Above and below the line in turn, so neighbouring dates do not overlap; right-aligned near 75.
                label.setAnchor((1.0 if age > 70 else 0.5, 1.2 if index % 2 == 0 else -0.2))
                label.setText(text)
                label.setPos(age, amount)
        self._update_legend()

    def clear(self) -> None:
        """Show no curve: every series, mark, label, legend entry and the readout emptied."""
        self.curve = None
        for item in (self.unmodified, self.option, self.capped, self.chosen, self.months, self.cliffs):
            _set_data(item, [], [])
        for label in self.cliff_labels:
            label.setVisible(False)
        self.chosen_label.setText("")
        for region, label in self.regions:
            region.setVisible(False)
            label.setVisible(False)
        for line in self.lines.values():
            line.setValue(0)
            line.setVisible(False)
        self._update_legend()
        self.readout.setText("")
        self.plot.setYRange(*money_range(EMPTY_TOP), padding=0)  # the last top was 112% of the visitor's largest amount

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
