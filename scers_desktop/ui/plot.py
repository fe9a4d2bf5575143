"""The benefit-against-age plot (pyqtgraph, imported only when the results are first shown).

Shows the unmodified curve and the selected option, shades the ages when the member cannot retire,
marks the first eligible age, the age of the full factor and the ages held at the 60% cap, highlights
the chosen age, reads the value under the mouse, and chooses an age on a click. Every mark has words
(a legend and text labels), not colour alone.
"""

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from scers_desktop.ui.curve import Curve

pg.setConfigOptions(antialias=True, background="w", foreground="k")


class BenefitPlot(QWidget):
    """Monthly benefit against retirement age; clicking a point chooses that age."""

    age_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = pg.PlotWidget()
        self.widget.setAccessibleName("Monthly benefit by retirement age (the table below has the same numbers)")
        self.widget.setMinimumHeight(260)
        layout.addWidget(self.widget)
        self.plot = self.widget.getPlotItem()
        self.plot.setLabel("bottom", "Age when your pension starts")
        self.plot.setLabel("left", "Monthly benefit ($)")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.readout = pg.TextItem(anchor=(0, 1), color="k", fill=pg.mkBrush(255, 255, 255, 220))
        self.curve: Curve | None = None
        self.widget.scene().sigMouseMoved.connect(self._moved)
        self.widget.scene().sigMouseClicked.connect(self._clicked)

    def show_curve(self, curve: Curve) -> None:
        """Draw this curve and its marks."""
        self.curve = curve
        plot = self.plot
        plot.clear()
        legend = plot.addLegend(offset=(-10, -10))
        legend.setLabelTextSize("10pt")
        for start, end in curve.not_eligible:
            region = pg.LinearRegionItem((start, end), movable=False, brush=pg.mkBrush(200, 200, 200, 90))
            region.setZValue(-10)
            plot.addItem(region)
            label = pg.TextItem("not\neligible", color=(60, 60, 60), anchor=(0.5, 1))
            label.setPos((start + end) / 2, 0)
            plot.addItem(label)
        xs = [a for a, v in zip(curve.ages, curve.unmodified, strict=True) if v is not None]
        ys = [v for v in curve.unmodified if v is not None]
        plot.plot(
            xs,
            ys,
            pen=pg.mkPen("#1f4e79", width=3),
            symbol="o",
            symbolSize=6,
            symbolBrush="#1f4e79",
            name="Unmodified (straight)",
        )
        if curve.option_code:
            oxs = [a for a, v in zip(curve.ages, curve.option, strict=True) if v is not None]
            oys = [v for v in curve.option if v is not None]
            plot.plot(
                oxs,
                oys,
                pen=pg.mkPen("#b35900", width=2, style=Qt.PenStyle.DashLine),
                symbol="t",
                symbolSize=7,
                symbolBrush="#b35900",
                name=f"Option {curve.option_code}",
            )
        if curve.capped_ages:
            capped = [(a, curve.value_at(a)) for a in curve.capped_ages]
            plot.plot(
                [a for a, _ in capped],
                [v for _, v in capped],
                pen=None,
                symbol="s",
                symbolSize=9,
                symbolBrush=None,
                symbolPen=pg.mkPen("#6a1b9a", width=2),
                name="held at the 60% cap",
            )
        marks = ((curve.first_eligible_age, "first eligible", 0.95), (curve.full_factor_age, "full factor", 0.82))
        for age, text, height in marks:
            if age is not None:
                plot.addItem(
                    pg.InfiniteLine(
                        age,
                        angle=90,
                        pen=pg.mkPen((60, 60, 60), style=Qt.PenStyle.DotLine),
                        label=text,
                        labelOpts={"position": height, "color": (40, 40, 40)},
                    )
                )
        if curve.chosen_age is not None and curve.value_at(curve.chosen_age) is not None:
            value = curve.value_at(curve.chosen_age)
            plot.plot(
                [curve.chosen_age],
                [value],
                pen=None,
                symbol="star",
                symbolSize=18,
                symbolBrush="#c62828",
                name=f"your choice: age {curve.chosen_age}",
            )
        plot.addItem(self.readout, ignoreBounds=True)
        self.readout.setText("")
        plot.setXRange(curve.ages[0] - 0.5, curve.ages[-1] + 0.5, padding=0)
        plot.setYRange(0, max(ys + [v for v in curve.option if v is not None], default=1000) * 1.12, padding=0)

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
        text = f"Age {age}: " + (f"${value:,.2f} a month" if value is not None else "not eligible")
        self.readout.setText(text)
        self.readout.setPos(age, (value or 0) + 50)

    def _clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        age = self._nearest_age(scene_pos)
        if age is not None and self.curve is not None and self.curve.value_at(age) is not None:
            self.age_clicked.emit(age)

    def click_age(self, age: int) -> None:
        """Choose an age as a click on the plot would (for keyboard users and tests)."""
        if self.curve is not None and self.curve.value_at(age) is not None:
            self.age_clicked.emit(age)
