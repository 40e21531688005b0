"""The printed-precision rule of claims.core.reading: unit tests, pinned cases, property tests."""

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.core.reading import StatedValueError, parse_stated, severity_is_minor

F = Fraction


@pytest.mark.parametrize(
    ("text", "lo", "hi", "kind"),
    [
        ("0.9436", F("0.94355"), F("0.94365"), "rounded"),
        ("≈ 5.7 × 10⁻⁹", F("5.65e-9"), F("5.75e-9"), "rounded"),
        ("5.7e-9", F("5.65e-9"), F("5.75e-9"), "rounded"),
        ("1.03 ± 0.15", F("0.88"), F("1.18"), "explicit"),
        ("360± 50", F(310), F(410), "explicit"),
        ("−1/2", F(-1, 2), F(-1, 2), "exact"),
        ("2", F(2), F(2), "exact"),
        ("≈ 370", F("369.5"), F("370.5"), "rounded"),
        ("26.2%", F("0.2615"), F("0.2625"), "percent"),
        ("0.1–0.3", F("0.05"), F("0.35"), "range"),
        ("37,195.4", F("37195.35"), F("37195.45"), "rounded"),
        ("2.35×", F("2.345"), F("2.355"), "rounded"),
        ("−0.00944", F("-0.009445"), F("-0.009435"), "rounded"),
    ],
)
def test_printed_precision(text, lo, hi, kind):
    iv = parse_stated(text)
    assert (iv.lo, iv.hi, iv.kind) == (lo, hi, kind)


def test_order_of_magnitude_rule():
    iv = parse_stated("∼ 10³")
    assert iv.kind == "order"
    assert iv.contains(3000) and iv.contains(320)
    assert not iv.contains(4000) and not iv.contains(300)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [("< 0.01", 0.0099, 0.0101), ("≥ 2", 2.0, 1.99), ("< 1%", 0.0099, 0.0117), ("≲ 10⁻⁵", 3e-5, 4e-5), ("≫ 1", 10, 9.9)],
)
def test_bounds(text, inside, outside):
    iv = parse_stated(text)
    assert iv.contains(inside)
    assert not iv.contains(outside)


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "abc", "__import__('os')", "1" * 200, "1e999999", "10^(-99999)", "nan", "inf",
     "1/0", "≈ 1/3", "0x1F", "1..2"],
)
def test_rejects_non_numbers(bad):
    with pytest.raises(StatedValueError):
        parse_stated(bad)


def test_severity_minor_is_one_unit_in_last_digit():
    iv = parse_stated("0.9436")
    assert severity_is_minor(iv, F("0.9437"))  # off by one in the last digit
    assert not severity_is_minor(iv, F("0.9450"))


decimals = st.decimals(min_value=-10**6, max_value=10**6, allow_nan=False, allow_infinity=False,
                       places=4)


@given(decimals)
@example(__import__("decimal").Decimal("0.9436"))
@example(__import__("decimal").Decimal("-0.0005"))
def test_decimal_contains_itself_and_has_half_unit_width(d):
    text = f"{d:.4f}"
    iv = parse_stated(text)
    assert iv.contains(F(text))
    assert iv.hi - iv.lo == F(1, 10**4)


@given(st.text(max_size=80))
@example("1" * 61)
@example("9e9999")
@example("().__class__")
def test_never_raises_anything_but_stated_value_error(s):
    try:
        iv = parse_stated(s)
    except StatedValueError:
        return
    assert iv.lo is None or iv.hi is None or iv.lo <= iv.hi


def test_approximate_ranges_read_as_windows():
    assert parse_stated("∼ 2–5").render() == ("1.5", "5.5")
    assert parse_stated("≈ 7–30").render() == ("6.5", "30.5")


def test_half_a_decade_boundary_is_inside():
    import mpmath

    iv = parse_stated("∼ 10⁻¹²")
    with mpmath.workdps(40):
        edge = mpmath.mpf(10) ** mpmath.mpf(-11.5)
        assert iv.contains(Fraction(mpmath.nstr(edge, 35, min_fixed=-99, max_fixed=99)))


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("∼ 10−12", F(1, 10**12) / 10 * 1, None),  # a lost superscript: 10^-12, order of magnitude
        ("100", F(100), F(100)),  # not 10^0
        ("∼ 105± 15", F(90), F(120)),  # not 10^5 ± 15
        ("∼ 1–5%", F("0.005"), F("0.055")),
        ("10⁻³", F("0.0005"), F("0.0015")),
    ],
)
def test_powers_of_ten_versus_plain_numbers(text, lo, hi):
    iv = parse_stated(text)
    if hi is None:  # order-of-magnitude: check the centre instead
        assert iv.center == F(1, 10**12) and iv.kind == "order"
    else:
        assert (iv.lo, iv.hi) == (lo, hi)


def test_minor_severity_for_ranges():
    iv = parse_stated("≈ 0.7–0.75")
    assert severity_is_minor(iv, F("0.756"))  # the upper end is off by one in its last digit
    assert not severity_is_minor(iv, F("0.80"))


def test_bound_missed_within_its_rounding_is_minor():
    iv = parse_stated("≤ 1.415")
    assert not iv.contains(F("1.41535")) and severity_is_minor(iv, F("1.41535"))
    assert severity_is_minor(parse_stated("< 1%"), F("0.0117"))  # within the rounding of "1%"
    assert not severity_is_minor(parse_stated("< 1%"), F("0.02"))
