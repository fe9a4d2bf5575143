"""Suggested file names are safe on Windows, macOS and Linux (issue 14's walk-through: a colon from the
scenario's name reached "Sample-member:-retire-at-62.scers.json")."""

import pytest

from scers_desktop.session.casefile import MAX_STEM, safe_file_stem

UNSAFE = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}


@pytest.mark.parametrize(
    ("label", "stem"),
    [
        ("Sample member: retire at 62", "Sample-member-retire-at-62"),
        ("Retire at 65, Option E", "Retire-at-65,-Option-E"),
        ('a<b>c:"d/e\\f|g?h*i', "a-b-c-d-e-f-g-h-i"),
        ("tab\there\nand line", "tab-here-and-line"),
        ("ends with a dot.", "ends-with-a-dot"),
        ("  .hidden  ", "hidden"),
        ("con", "con-case"),
        ("LPT1.old", "LPT1.old-case"),
        ("Ünïcode café", "Ünïcode-café"),
        ("", "my-scers-estimate"),
        (":::", "my-scers-estimate"),
        ("...", "my-scers-estimate"),
    ],
)
def test_a_suggested_name_is_safe_everywhere(label: str, stem: str) -> None:
    assert safe_file_stem(label, "my-scers-estimate") == stem


def test_a_long_name_is_cut_and_still_ends_well() -> None:
    stem = safe_file_stem("Retire at 62 " * 20 + ".", "x")
    assert len(stem) <= MAX_STEM and not stem.endswith(("-", ".", " "))
    assert not UNSAFE & set(stem)
