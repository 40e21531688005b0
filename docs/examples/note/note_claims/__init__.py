"""Claims of 'Three numbers of a lightly damped oscillator' (note.md).

Scaffolded by `claims new` from the manuscript's 5 numeric statements.

For each stub: say what the number is (``what`` and ``statement``), write its two routes
(``derive.py``: exact, SymPy or rationals; ``numerics.py``: an independent numerical
method), declare the parameters they take in ``INPUTS`` and set the expected verdict
(``CONFIRMED``, or ``refuted("the correct value ...")``).  A number the paper *gives* (a
parameter) is an input, not a claim: move it into ``INPUTS`` and delete its stub.  Until its
routes are written a stub ends in ``error`` and fails the audit.  See docs/framework.md.
"""

from claims.core.api import CONFIRMED, Claim, Input, Inputs, Paper, Quantity, Route, Value, refuted

PAPER = Paper(key="note", title="Three numbers of a lightly damped oscillator", manuscript="note.md", earned=True)
D, N = "note_claims.derive", "note_claims.numerics"

INPUTS = Inputs(
    Input("w0", 2.0, quote="ω0 = 2.0 rad/s", units="rad/s", location="1 Model"),
    Input("gamma", 0.1, quote="γ = 0.1 rad/s", units="rad/s", location="1 Model"),
)

# line 13 (2 Frequency and quality factor): 1.99937 (unit)
Q_L13_1_99937 = Quantity("note:l13-1.99937", "the damped frequency ωd", Value(),
                         Route(f"{D}:l13_1_99937"), Route(f"{N}:l13_1_99937"), units="rad/s")

# line 15 (2 Frequency and quality factor): 0.10006 (unit)
Q_L15_0_10006 = Quantity("note:l15-0.10006", "the FWHM Δω of the energy response", Value(),
                         Route(f"{D}:l15_0_10006"), Route(f"{N}:l15_0_10006"), units="rad/s")

# line 20 (3 Decay): 0.730 (relation)
Q_L20_0_730 = Quantity("note:l20-0.730", "the amplitude ratio A(T)/A(0) over one period", Value(),
                       Route(f"{D}:l20_0_730"), Route(f"{N}:l20_0_730"))

CLAIMS = [
    Claim(id="note:l13-1.99937", quantity=Q_L13_1_99937,
          location="2 Frequency and quality factor, line 13",
          statement="the damped frequency is ωd ≈ 1.99937 rad/s",
          stated="1.99937", quote="≈ 1.99937 rad/s",
          expect=CONFIRMED),
    Claim(id="note:l15-0.10006", quantity=Q_L15_0_10006,
          location="2 Frequency and quality factor, line 15",
          statement="the energy response has a FWHM Δω ≈ 0.10006 rad/s",
          stated="0.10006", quote="Δω ≈ 0.10006 rad/s",
          expect=CONFIRMED),
    Claim(id="note:l20-0.730", quantity=Q_L20_0_730,
          location="3 Decay, line 20",
          statement="the amplitude shrinks over one period to A(T)/A(0) ≈ 0.730",
          stated="0.730", quote="A(T)/A(0) ≈ 0.730 of",
          expect=refuted("A(T)/A(0) = exp(−γT/2) = 0.8546; 0.730 is the energy ratio exp(−γT)")),
]
