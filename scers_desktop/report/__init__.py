"""The "Unofficial Benefit Estimate" PDF, laid out from an estimate's summary (scers_desktop.present) and rendered."""

from scers_desktop.report.build import estimate_pdf
from scers_desktop.report.content import ReportContent, report_content
from scers_desktop.report.pdf import render_pdf

__all__ = ["ReportContent", "estimate_pdf", "render_pdf", "report_content"]
