"""``scers-estimate``: estimate scenario files from the command line (scenario-format.md §2).

``scers-estimate [--json [--timing]] [--as-of YYYY-MM-DD] [--option-factors FILE.csv] FILE...``: without
``--json`` a readable summary per file; with it exactly one JSON line per file, in order. ``--as-of`` is the
day the estimates are made (today when not given): birth dates after it are refused and unpaid purchases are
costed on it. A file that cannot be read or breaks the rules gives ``{"file": ..., "error": "<field path>:
<what is wrong>"}`` and the others are still estimated. ``--option-factors`` installs SCERS's own
option-factor table (:mod:`scers_desktop.engine.option_factor_table`); a table that cannot be used stops
before any estimate, with its line and column named (exit status 2). ``--timing`` adds the optional field
``timing`` to each JSON line: the dates worth knowing, ``{date, monthly, change, reason}``.
Exit status 1 if any file failed, else 0. Never a traceback.

The readable summary escapes control characters and lone surrogates of labels and file names, so a
label cannot send escape codes to the terminal nor stop the output (issue 12). ``--pdf OUT.pdf`` never
replaces an input file, a file that is not a PDF or a symbolic link's target, and writes atomically.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from scers_desktop import __version__
from scers_desktop.engine import Estimate, ScenarioError, estimate, load_scenario
from scers_desktop.engine.estimates import rounded
from scers_desktop.engine.net_pay import NetPay
from scers_desktop.engine.option_factor_table import OptionFactorError, OptionFactorTable, load_option_factors
from scers_desktop.engine.options import OptionAmount
from scers_desktop.present import messages
from scers_desktop.present.curve import curve_of
from scers_desktop.present.i18n import LANGUAGES, N_, SOURCE, _, speaking
from scers_desktop.present.summary import EstimateSummary, summarize
from scers_desktop.present.timing import timing_records
from scers_desktop.session.casefile import write_atomically_bytes
from scers_desktop.session.timing import timing_for

#: Unicode categories never written raw to a terminal: controls (ESC starts escape codes), lone
#: surrogates (not encodable), line and paragraph separators, format characters (bidi overrides), and
#: unassigned and private-use code points (no terminal shows them as the same character).
_UNPRINTABLE = ("Cc", "Cs", "Zl", "Zp", "Cf", "Cn", "Co")


def terminal_safe(text: str, keep_newlines: bool = True) -> str:
    """``text`` with every character of ``_UNPRINTABLE`` written as its Python escape (``\\x1b``)."""
    return "".join(
        char
        if (char == "\n" and keep_newlines) or unicodedata.category(char) not in _UNPRINTABLE
        else char.encode("unicode_escape", "backslashreplace").decode("ascii")
        for char in text
    )


def _money(amount: Decimal | None) -> float | None:
    value = rounded(amount)
    return None if value is None else float(value)


def _number(value: Decimal | None, places: int = 6) -> float | None:
    return None if value is None else round(float(value), places)


def option_line(option: OptionAmount) -> dict[str, Any]:
    """One option in the JSON contract: code, member and survivor monthly amounts, and extras."""
    line: dict[str, Any] = {
        "code": option.code,
        "name": option.name,
        "member_monthly": _money(option.member_monthly),
        "survivor_monthly": _money(option.survivor_monthly),
    }
    if option.member_monthly_after_ss_age is not None:
        line["member_monthly_after_ss_age"] = _money(option.member_monthly_after_ss_age)
    if option.lump_sum is not None:
        line["lump_sum"] = _money(option.lump_sum)
    if option.missing is not None:
        line["missing"] = option.missing
    if option.factor_source != "computed":
        line["factor_source"] = option.factor_source
    return line


def net_pay_line(pay: NetPay) -> dict[str, Any]:
    """Net pay in the JSON line: ``net`` is null when the deductions exceed the benefit, with ``missing``."""
    line: dict[str, Any] = {
        "gross": _money(pay.gross),
        "federal_withholding": _money(pay.federal_withholding),
        "medical": _money(pay.medical),
        "dental": _money(pay.dental),
        "net": _money(pay.net),
        "filing_status": pay.filing_status,
    }
    if (missing := messages.net_pay_missing(pay)) is not None:
        line["missing"] = missing
    return line


def estimate_line(file: str, result: Estimate) -> dict[str, Any]:
    """The JSON object for one estimate, with the contract's fields (money null when not eligible)."""
    with speaking(SOURCE):  # the JSON's words (reason, warnings) stay English in every language
        return _estimate_fields(file, result)


def _estimate_fields(file: str, result: Estimate) -> dict[str, Any]:
    paid = result.eligible
    formula = result.formula
    return {
        "file": file,
        "label": result.scenario.label,
        "plan": result.plan.code,
        "eligible": result.eligible,
        "reason": messages.reason(result),
        "earliest_eligible_date": None
        if result.earliest_eligible_date is None
        else result.earliest_eligible_date.isoformat(),
        "retirement_date": result.retirement_date.isoformat(),
        "age_at_retirement": _number(result.age.exact_years, 4),
        "service_years": _number(result.service.total_years, 4),
        "final_average_salary_monthly": _money(result.fas.monthly) if paid and result.fas else None,
        "factor_percent": _number(result.factor.factor_percent) if paid and result.factor else None,
        "benefit_percent_of_fas": _number(formula.percent_of_fas) if paid and formula else None,
        "formula_monthly": _money(formula.monthly) if paid and formula else None,
        "annuity_monthly": _money(result.annuity_monthly) if paid else None,
        "unmodified_monthly": _money(result.unmodified_monthly) if paid else None,
        "options": [option_line(o) for o in result.options] if paid else [],
        # The option the member is paid (the unmodified benefit when none is chosen): COLA and net pay
        # below are worked on its monthly amount. Null when not eligible or the option cannot be priced.
        "chosen_option": option_line(result.chosen) if paid and result.chosen is not None else None,
        "estimate_type": result.scenario.estimate_type,
        "refund": _money(result.refund),
        "cola": [
            {"from": row.start.isoformat(), "age": row.age, "monthly": _money(row.monthly)} for row in result.cola[:10]
        ],
        "purchases": [
            {
                "kind": p.kind,
                "leave": p.leave_number,
                "service_years": _number(p.service_years),
                "cost": _money(p.cost),
                "cost_as_of": p.cost_as_of.isoformat(),
                "monthly_increase": _money(p.monthly_increase),
                "payback_age": _number(p.payback_age, 1),
                "earliest_eligible_date_without": None
                if p.earliest_eligible_without is None
                else p.earliest_eligible_without.isoformat(),
                "missing": p.missing,
            }
            for p in result.purchases
        ],
        "net_pay": None if result.net_pay is None else net_pay_line(result.net_pay),
        "warnings": list(messages.warnings(result)),
        "rules_version": result.rules_version,
        **({"option_factors": result.option_factors.name} if result.option_factors is not None else {}),
    }


def summary_text(file: str, summary: EstimateSummary) -> str:
    """A readable summary of one estimate: the file, plan and label, then the summary's lines (and, in a
    translation, that the English estimate and the handbook govern)."""
    label = summary.estimate.scenario.label
    with speaking(summary.language):
        head = (
            terminal_safe(file, keep_newlines=False)
            + f": {_(summary.estimate.plan.name)}"
            + (f" — {terminal_safe(label, keep_newlines=False)}" if label else "")
        )
    notice = [f"  {summary.governs}"] if summary.governs else []
    return terminal_safe("\n".join([head, *summary.lines, *notice]))


def _iso_date(text: str) -> date:
    """A ``--as-of`` value: an ISO date, or argparse's usage error."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"'{text}' is not a real date written YYYY-MM-DD")


def _language(text: str) -> str:
    """A ``--lang`` value: a language code, or argparse's usage error listing the codes."""
    if text in LANGUAGES:
        return text
    known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    raise argparse.ArgumentTypeError(f"'{text}' is not a language of this estimator; choose one of: {known}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scers-estimate",
        description="Unofficial SCERS pension estimates from scenario files (*.scers.json).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="scenario files to estimate")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file, one per line")
    parser.add_argument(
        "--pdf",
        metavar="OUT.pdf",
        help="also write the 'Unofficial Benefit Estimate' PDF (one FILE only); written atomically, never over "
        "an input file, a file that is not a PDF or through a symbolic link",
    )
    parser.add_argument(
        "--as-of",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the estimates are made (default: today): unpaid purchases are costed on it",
    )
    parser.add_argument(
        "--timing",
        action="store_true",
        help="with --json: add 'timing', the dates worth knowing near the retirement date ({date, monthly, "
        "change, reason}); a few hundred core estimates per file",
    )
    parser.add_argument(
        "--option-factors",
        metavar="FILE.csv",
        default=None,
        help="SCERS's own option factors (CSV: option,member_age,beneficiary_age,factor; see README): the options "
        "and ages it covers use them instead of the approximate valuation",
    )
    parser.add_argument(
        "--lang",
        type=_language,
        default=SOURCE,
        metavar="CODE",
        help=f"the language of the readable text and the PDF: {', '.join(LANGUAGES)} (default: en); the JSON "
        "stays English",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def pdf_refusal(pdf: Path, inputs: Sequence[str]) -> str | None:
    """Why ``pdf`` must not be written, or None: it is a symbolic link, an input file, or an existing
    file that is not a PDF (``scers-estimate --pdf case.scers.json case.scers.json`` replaced the case)."""
    if pdf.is_symlink():
        return f"is a symbolic link (to {os.readlink(pdf)}); give the path of a real file"
    if not pdf.exists():
        return None
    if not pdf.is_file():
        return "exists and is not a regular file"
    for file in inputs:
        try:
            if os.path.samefile(pdf, file):
                return f"is the input file {file}; give another name for the PDF"
        except OSError:
            continue
    try:
        with pdf.open("rb") as stream:
            is_pdf = stream.read(5) == b"%PDF-"
    except OSError as exc:
        return f"cannot be checked: {exc.strerror or exc}"
    return None if is_pdf else "exists and is not a PDF; it was left as it is (give another name)"


def _write_pdf(summary: EstimateSummary, pdf: str) -> bool:
    """Write the PDF atomically (the old PDF stays whole until the new one is complete); say where."""
    from scers_desktop.report import estimate_pdf

    try:
        write_atomically_bytes(Path(pdf), estimate_pdf(summary))
    except OSError as exc:
        message = _("{file}: error: cannot write the PDF: {why}").format(file=pdf, why=exc.strerror or exc)
        print(terminal_safe(message), file=sys.stderr)
        return False
    print(terminal_safe(_("{file}: PDF written").format(file=pdf)), file=sys.stderr)
    return True


#: An engine fault, said instead of a traceback.
FAULT = N_("(file): SCERS Desktop could not estimate this file ({kind}); please report it")


def _fault(kind: str, as_json: bool) -> str:
    """The engine-fault message: English in the JSON, the current language in the text."""
    return FAULT.format(kind=kind) if as_json else _(FAULT).format(kind=kind)


def _error_line(file: str, message: str, as_json: bool) -> str:
    if as_json:
        return json.dumps({"file": file, "error": message})

    return terminal_safe(_("{file}: error: {message}").format(file=file, message=message), keep_newlines=False)


def run(
    files: Sequence[str],
    as_json: bool,
    pdf: str | None = None,
    *,
    as_of: date,
    timing: bool = False,
    option_factors: OptionFactorTable | None = None,
    language: str = SOURCE,
) -> int:
    """Estimate every file as of ``as_of``, print the results in order, and return the exit status.

    The readable text and the PDF are in ``language``; the JSON lines stay English. A fault inside the
    engine on one file is that file's error line, so the others are still estimated (scenario-format.md
    §2: never a traceback).
    """
    with speaking(language):
        return _run(files, as_json, pdf, as_of=as_of, timing=timing, option_factors=option_factors)


def _run(
    files: Sequence[str],
    as_json: bool,
    pdf: str | None,
    *,
    as_of: date,
    timing: bool,
    option_factors: OptionFactorTable | None,
) -> int:
    if pdf is not None and (refusal := pdf_refusal(Path(pdf), files)) is not None:
        print(terminal_safe(f"{pdf}: error: not writing the PDF: it {refusal}"), file=sys.stderr)
        return 1
    failed = False
    for file in files:
        try:
            result = estimate(load_scenario(file, today=as_of), as_of=as_of, option_factors=option_factors)
            # The readable text and the PDF read one summary; the PDF's chart is the one sweep, made here.
            summary = None
            if pdf is not None or not as_json:
                curve = curve_of(result, as_of) if pdf is not None and result.eligible else None
                summary = summarize(result, curve, made_on=as_of)
        except ScenarioError as exc:
            failed = True
            print(_error_line(file, str(exc), as_json))
            continue
        except Exception as exc:  # an engine fault must not stop the batch
            failed = True
            print(_error_line(file, _fault(type(exc).__name__, as_json), as_json))
            continue
        if as_json:
            line = estimate_line(file, result)
            if timing:
                line["timing"] = timing_records(timing_for(result.scenario, as_of))
            print(json.dumps(line))
        elif summary is not None:
            print(summary_text(file, summary) + "\n")
        if pdf is not None and summary is not None and not _write_pdf(summary, pdf):
            failed = True
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``scers-estimate`` console script."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # a terminal that cannot show a character gets its escape
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.pdf and len(args.files) != 1:
        parser.error("--pdf makes one PDF: give exactly one FILE")
    if args.timing and not args.json:
        parser.error("--timing adds a field to the JSON lines: give --json too")
    table = None
    if args.option_factors is not None:
        try:
            table = load_option_factors(args.option_factors)
        except OptionFactorError as exc:
            parser.error(terminal_safe(f"--option-factors: {exc}", keep_newlines=False))
    try:
        return run(
            args.files,
            args.json,
            args.pdf,
            as_of=args.as_of or date.today(),
            timing=args.timing,
            option_factors=table,
            language=args.lang,
        )
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
