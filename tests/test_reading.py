"""The reading policy of claims.core.reading: one named rule per printed form, the strict
number reader, severity thresholds; unit tests, pinned cases and property tests."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.core.reading import (
    MINOR_REL,
    RULES,
    HiddenCharactersError,
    StatedValueError,
    hidden_characters,
    parse_stated,
    read_number,
    safe_text,
    severity,
    severity_is_minor,
)

F = Fraction


@pytest.mark.parametrize(
    ("text", "lo", "hi", "rule"),
    [
        ("0.9436", F("0.94355"), F("0.94365"), "decimal"),
        ("−0.00944", F("-0.009445"), F("-0.009435"), "decimal"),
        ("37,195.4", F("37195.35"), F("37195.45"), "decimal"),
        ("≈ 5.7 × 10⁻⁹", F("5.65e-9"), F("5.75e-9"), "approx"),
        ("5.7e-9", F("5.65e-9"), F("5.75e-9"), "scientific"),
        ("5.7 × 10^(−9)", F("5.65e-9"), F("5.75e-9"), "scientific"),
        ("10⁻³", F("0.0005"), F("0.0015"), "power-of-ten"),
        ("488", F("487.5"), F("488.5"), "integer"),
        ("1310", F(1305), F(1315), "integer-trailing-zeros"),
        ("370", F(365), F(375), "integer-trailing-zeros"),
        ("≈ 370", F(365), F(375), "approx"),
        ("0", F(0), F(0), "zero"),
        ("≈ 0", F("-0.5"), F("0.5"), "approx"),
        ("−1/2", F(-1, 2), F(-1, 2), "fraction"),
        ("26.2%", F("0.2615"), F("0.2625"), "percent"),
        ("2.35×", F("2.345"), F("2.355"), "factor"),
        ("×2.35", F("2.345"), F("2.355"), "factor"),
        ("2.35x", F("2.345"), F("2.355"), "factor"),
        ("1.03 ± 0.15", F("0.88"), F("1.18"), "plus-minus"),
        ("360± 50", F(310), F(410), "plus-minus"),
        ("≈ 125 ± 25", F("99.5"), F("150.5"), "approx-plus-minus"),
        ("∼ 105± 15", F("89.5"), F("120.5"), "approx-plus-minus"),
        ("0.1–0.3", F("0.05"), F("0.35"), "range"),
        ("≈ 0.7–0.75", F("0.65"), F("0.755"), "approx-range"),
        ("∼ 2–5", F("1.5"), F("5.5"), "approx-range"),
        ("≈ 7–30", F("6.5"), F(35), "approx-range"),
        ("< 0.01", None, F("0.01"), "upper-bound"),
        ("≥ 2", F(2), None, "lower-bound"),
        ("≪ 1", None, F("0.1"), "much-below"),
        ("≫ 1", F(10), None, "much-above"),
    ],
)
def test_every_printed_form_has_its_named_rule(text, lo, hi, rule):
    iv = parse_stated(text)
    assert (iv.lo, iv.hi, iv.rule) == (lo, hi, rule)
    assert iv.rule in RULES and iv.description.startswith(RULES[iv.rule])


def test_every_rule_is_documented_once_in_docs():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "reading.md").read_text()
    missing = [name for name in RULES if f"`{name}`" not in doc]
    assert not missing, f"rules not described in docs/reading.md: {missing}"


def test_an_integer_declared_a_count_is_exact():
    iv = parse_stated("370", exact_integer=True)
    assert (iv.lo, iv.hi, iv.rule) == (F(370), F(370), "count")


@pytest.mark.parametrize(("text", "inside", "outside"), [
    ("∼ 10³", 320, 4000), ("≲ 0.050", F("0.158"), F("0.159")), ("≳ 10", F("3.17"), F("3.16")),
    ("< 1%", F("0.0099"), F("0.0117")), ("≲ 10⁻⁵", 3e-5, 4e-5), ("≫ 1", 10, 9.9)])
def test_bounds_and_orders_of_magnitude(text, inside, outside):
    iv = parse_stated(text)
    assert iv.contains(inside) and not iv.contains(outside)


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "abc", "__import__('os')", "1" * 200, "1e999999", "10^(-99999)", "nan", "inf",
     "1/0", "≈ 1/3", "0x1F", "1..2", "10^(10^10)", "2 × 10^(10^10)", "10^{10^{10}}", "≈", "±3"],
)
def test_rejects_non_numbers(bad):
    with pytest.raises(StatedValueError):
        parse_stated(bad)


# --- thousands separators, hidden characters -----------------------------------------------------

@pytest.mark.parametrize("text", ["6,674", "6 674", "6\u2009674", "6\u202f674", "6\u00a0674",
                                  "6'674", "6\u2019674", "6674"])
def test_thousands_separators_in_every_form(text):
    assert read_number(text).value == 6674


@pytest.mark.parametrize(("text", "value"), [("1,310", 1310), ("32,190", 32190),
                                             ("1,234,567", 1234567), ("37,195.4", F("37195.4"))])
def test_thousands_separators_never_drop_digits(text, value):
    assert read_number(text).value == value


@pytest.mark.parametrize("text", ["1,31", "1,2345", "1,234 567", "0.123,456"])
def test_malformed_digit_groups_are_not_numbers(text):
    with pytest.raises(StatedValueError):
        read_number(text)


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"])
def test_invisible_characters_are_stripped(hidden):
    assert read_number(f"2.3{hidden}51").value == F("2.351")


def test_bidi_override_is_a_finding_not_a_number():
    text = "2.\u202e153\u202c"  # displays as 2.351
    with pytest.raises(HiddenCharactersError, match="hidden characters in a stated number"):
        parse_stated(text)
    assert [name.split()[0] for _, name in hidden_characters(text)] == ["U+202E", "U+202C"]


def test_safe_text_neutralises_escapes_and_controls():
    s = safe_text("a\x1b[31mred\x07\u202e|b\nc")
    assert "\x1b" not in s and "\x07" not in s and "\u202e" not in s and "\n" not in s
    assert "<U+001B>" in s and "<U+202E>" in s
    assert safe_text("x" * 50, limit=10) == "x" * 10 + "…"


# --- severity ------------------------------------------------------------------------------------

def test_severity_thresholds():
    iv = parse_stated("0.9436")
    assert severity(iv, F("0.9436")) is None
    assert severity(iv, F("0.9437")) == "minor"  # off by one in the last digit
    assert severity(iv, F("0.9450")) == "minor"  # 0.09 % beyond the interval: within 1 %
    assert severity(iv, F("0.96")) == "gross"  # 1.7 %
    assert MINOR_REL == F(1, 100)
    assert severity(parse_stated("∼ 10³"), 10**4) == "gross"  # no slips in orders of magnitude
    assert severity(parse_stated("−1/2"), F("-0.501")) == "gross"  # an exact print


def test_minor_severity_for_ranges_and_bounds():
    iv = parse_stated("≈ 0.7–0.75")
    assert severity_is_minor(iv, F("0.756")) and not severity_is_minor(iv, F("0.80"))
    iv = parse_stated("≤ 1.415")
    assert not iv.contains(F("1.41535")) and severity_is_minor(iv, F("1.41535"))
    assert severity_is_minor(parse_stated("< 1%"), F("0.0117"))
    assert not severity_is_minor(parse_stated("< 1%"), F("0.02"))
    assert severity(parse_stated("1310"), F("1309.20")) is None  # issue 13: inside


def test_half_a_decade_boundary_is_inside():
    import mpmath

    iv = parse_stated("∼ 10⁻¹²")
    with mpmath.workdps(40):
        edge = mpmath.mpf(10) ** mpmath.mpf(-11.5)
        assert iv.contains(Fraction(mpmath.nstr(edge, 35, min_fixed=-99, max_fixed=99)))


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("100", F(50), F(150)),  # not 10^0: one significant figure
    ("∼ 1–5%", F("0.005"), F("0.055")),
    ("10−16", F("5e-17"), F("1.5e-16")),  # a lost superscript
])
def test_powers_of_ten_versus_plain_numbers(text, lo, hi):
    assert parse_stated(text).render() == parse_stated(text).render()
    iv = parse_stated(text)
    assert (iv.lo, iv.hi) == (lo, hi)


# --- property tests ------------------------------------------------------------------------------

SEPARATORS = ["", ",", " ", "\u2009", "\u202f", "'"]
RELATIONS = ["", "≈ ", "≃ ", "∼ ", "≲ ", "< ", "≤ ", "> ", "≳ "]


@st.composite
def printed_numbers(draw):
    """A printed number and its reference value and half unit, built from its parts."""
    sign = draw(st.sampled_from(["", "-", "−"]))
    ip = draw(st.integers(min_value=0, max_value=10**9))
    ndec = draw(st.integers(min_value=0, max_value=6))
    frac = draw(st.integers(min_value=0, max_value=10**ndec - 1)) if ndec else 0
    sep = draw(st.sampled_from(SEPARATORS)) if ndec == 0 or True else ""
    exp = draw(st.one_of(st.none(), st.integers(min_value=-30, max_value=30)))
    groups = f"{ip:,}".replace(",", sep) if sep else str(ip)
    text = sign + groups + (f".{frac:0{ndec}d}" if ndec else "")
    expform = draw(st.sampled_from(["e", " × 10^", " × 10^(", "×10"]))
    if exp is not None:
        e = str(exp)
        if expform == "e":
            text += f"e{e}"
        elif expform == " × 10^":
            text += f" × 10^{e}"
        elif expform == " × 10^(":
            text += f" × 10^({e.replace('-', '−')})"
        else:
            sup = e.translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
            text += f"×10{sup}"
    scale = F(10) ** (exp or 0)
    value = (F(ip) + F(frac, 10**ndec)) * scale * (-1 if sign else 1)
    if ndec:
        half = F(1, 2 * 10**ndec) * scale
    elif exp is not None:
        half = F(1, 2) * scale
    elif ip == 0:
        half = F(0)
    else:
        zeros = len(str(ip)) - len(str(ip).rstrip("0"))
        half = F(1, 2) * 10**zeros
    return text, value, half


@given(printed_numbers())
@example(("6,674", F(6674), F(1, 2)))
@example(("1,310", F(1310), F(5)))
@example(("0.9436", F("0.9436"), F(1, 20000)))
def test_strict_reader_matches_the_reference(case):
    text, value, half = case
    n = read_number(text)
    assert (n.value, n.half_unit) == (value, half)


@given(printed_numbers(), st.sampled_from(RELATIONS))
def test_the_same_print_always_gives_the_same_interval(case, rel):
    text = rel + case[0]
    try:
        a = parse_stated(text)
    except StatedValueError:
        with pytest.raises(StatedValueError):
            parse_stated(text)
        return
    b = parse_stated(" " + text.replace(" ", "  ") + " ")  # spacing is not part of the print
    assert a == b == parse_stated(text)
    assert a.lo is None or a.hi is None or a.lo <= a.hi
    if rel in ("", "≈ ", "≃ ") and a.lo is not None and a.hi is not None:
        assert a.contains(case[1])


decimals = st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False,
                       places=4)


@given(decimals)
@example(Decimal("0.9436"))
@example(Decimal("-0.0005"))
def test_decimal_contains_itself_and_has_half_unit_width(d):
    text = f"{d:.4f}"
    iv = parse_stated(text)
    assert iv.contains(F(text)) and iv.hi - iv.lo == F(1, 10**4) and iv.rule == "decimal"


@given(st.text(max_size=80))
@example("1" * 61)
@example("9e9999")
@example("().__class__")
@example("10^(10^10)")
def test_never_raises_anything_but_stated_value_error(s):
    try:
        iv = parse_stated(s)
    except StatedValueError:
        return
    assert iv.lo is None or iv.hi is None or iv.lo <= iv.hi
    assert iv.rule in RULES
