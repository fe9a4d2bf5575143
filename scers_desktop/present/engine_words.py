"""The engine's own wording, marked for the catalog: plan names, payment option names and descriptions,
survivor notes, why an option has no amount, setting names and values, life tables, leave and purchase
kinds and filing statuses.

The engine words these itself and stays free of present/ (its contract), so present/ translates them where
it shows them, with ``_()``; this module lists the fixed ones for ``pybabel extract``, as the engine writes
them. tests/i18n/test_engine_words.py checks that the engine still writes each one. Texts the engine
builds with figures in them (the combined F and G options, Option F's share, purchase methods, citations)
are not here and stay English for now (issue 17).
"""

from scers_desktop.present.i18n import N_

ENGINE_WORDS: tuple[str, ...] = (
    # The plans
    N_("SCERS Plan 1"),
    N_("SCERS Plan 2"),
    # The payment options' names and what each means
    N_("Unmodified (straight)"),
    N_("A: cash refund"),
    N_("B: installment refund"),
    N_("C5: 5 years certain"),
    N_("C10: 10 years certain"),
    N_("C15: 15 years certain"),
    N_("C20: 20 years certain"),
    N_("D: half to spouse/partner"),
    N_("E: all to spouse/partner"),
    N_("Monthly benefit to your spouse/partner"),
    N_("Cash of 50% of contributions and a reduced monthly benefit"),
    N_("The largest monthly benefit, for your life only; nothing is paid after your death."),
    N_(
        "Slightly less for life; at your death your beneficiary gets a lump-sum refund of what is left of "
        "your contributions with interest."
    ),
    N_(
        "Slightly more than A for life; at your death your beneficiary gets monthly payments until all "
        "payments reach your contributions with interest."
    ),
    N_(
        "Less for life; if you die within 5 years of retiring, your beneficiary gets the same amount for the "
        "rest of the 5 years."
    ),
    N_(
        "Less for life; if you die within 10 years of retiring, your beneficiary gets the same amount for the "
        "rest of the 10 years."
    ),
    N_(
        "Less for life; if you die within 15 years of retiring, your beneficiary gets the same amount for the "
        "rest of the 15 years."
    ),
    N_(
        "Less for life; if you die within 20 years of retiring, your beneficiary gets the same amount for the "
        "rest of the 20 years."
    ),
    N_(
        "Less for life; your spouse or registered domestic partner then gets half of it for life. If they die "
        "first, your benefit returns to the unmodified amount."
    ),
    N_(
        "Less for life; your spouse or registered domestic partner then gets the same amount for life. If "
        "they die first, your benefit returns to the unmodified amount."
    ),
    N_(
        "What your spouse or registered domestic partner would have received under Option E had you retired "
        "on the day of your death (Member Handbook 2023, 'Death Benefits', p. 13)."
    ),
    N_(
        "Up to 50% of your contributions with interest in cash, and the Option E benefit reduced by the "
        "cash's actuarial value (Member Handbook 2023, 'Death Benefits', p. 13)."
    ),
    N_("for their life"),
    # What a survivor is paid, and for how long
    N_("no survivor benefit"),
    N_("refund of balance left"),
    N_("until payments total your balance"),
    N_("for the rest of 5 years"),
    N_("for the rest of 10 years"),
    N_("for the rest of 15 years"),
    N_("for the rest of 20 years"),
    N_("needs your contribution balance (from your annual SCERS statement)"),
    # Why an option has no amount
    N_(
        "cannot be paid on these figures: your contribution balance is more than this option can refund (the "
        "refund owed at your death would be worth more than your whole monthly benefit)"
    ),
    N_("needs a Social Security estimate"),
    N_("the Social Security estimate is larger than the benefit"),
    N_("the lump sum would use up the whole benefit"),
    N_("needs your spouse's or registered domestic partner's birth date"),
    N_("5.75% interest on contributions made before 2012"),
    # The settings' names
    N_("Age for the factor table"),
    N_("Annuity values include the 1.5% COLA"),
    N_("Fractional years of service"),
    N_("Inflation for the 65% purchasing-power COLA floor"),
    N_("Interest credited on contributions after 2026"),
    N_("Interest rate for annuity and option values"),
    N_("Life expectancy table"),
    N_("Option A: what each payment takes from the refund"),
    N_("Option B: which payments count toward your contributions"),
    N_("Plan 2 factor table reading"),
    N_("Plan 2 final average salary window"),
    N_("Smallest rise from one month later that makes a date worth knowing"),
    N_("Social Security age for Option F"),
    N_("Unisex blend when sex is not entered"),
    N_("When the first COLA is paid"),
    N_("Who gets the optional $2,000 death benefit"),
    N_("Yearly pay raise after your last pay entry"),
    N_("annuity part"),
    # The settings' values
    N_("any"),
    N_("as printed"),
    N_("completed years"),
    N_("consecutive"),
    N_("exact"),
    N_("first november"),
    N_("full retirement age"),
    N_("greater of printed and age schedule"),
    N_("kept"),
    N_("named beneficiary"),
    N_("november after 12 months"),
    N_("spouse first"),
    N_("through 2011"),
    N_("total payments"),
    N_("within band"),
    N_("Pub-2010 General (amount-weighted) with MP-2021 generational improvement"),
    # The life expectancy tables
    N_("SSA period life table 2017 (2020 Trustees Report)"),
    N_("SSA period life table 2021 (2024 Trustees Report)"),
    N_("unpaid"),
    # Leave and purchase kinds, and tax filing statuses
    N_("medical"),
    N_("fmla"),
    N_("industrial injury"),
    N_("military"),
    N_("redeposit"),
    N_("leave"),
    N_("military prior"),
    N_("military leave"),
    N_("single"),
    N_("married jointly"),
    N_("head of household"),
)
