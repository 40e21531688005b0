"""§3 (the N = 2 exact solution, Eqs. (6)–(7)) of ``lmg_lgi`` on the earned-verdicts framework."""

from claims.core.api import Expression, Quantity, Route, mentions

from .s2_model import DS, NS, OVERLAP, _prop, _q

N2 = {"J": (0.2, 3.0), "Gamma": (0.05, 3.0)}


def _expr(label, what, transcription, fn, **kw):
    return Quantity(f"lmg_lgi:{label}", what, Expression(transcription, symbols=N2, **kw),
                    Route(f"{DS}:{fn}"), Route(f"{NS}:{fn}_formula"))


ODD = _expr("n2-odd-energy", "energy of |a⟩ = (|++⟩ − |−−⟩)/√2 at N = 2 (a Γ-independent eigenstate)", "-J",
            "n2_odd_energy")
E_MINUS = _expr("n2-lower-even-level", "lower even-parity level of N = 2", "-(J + sqrt(J**2 + 16*Gamma**2))/2",
                "n2_lower_even_level")
E_PLUS = _expr("n2-upper-even-level", "upper even-parity level of N = 2", "(-J + sqrt(J**2 + 16*Gamma**2))/2",
               "n2_upper_even_level")
SPLIT = _expr("n2-splitting", "N = 2 tunnel splitting −J − E−", "(-J + sqrt(J**2 + 16*Gamma**2))/2",
              "n2_tunnel_splitting")
SPLIT_SMALL = _expr("n2-splitting-small-gamma", "leading term of the N = 2 splitting as Γ/J → 0", "4*Gamma**2/J",
                    "n2_tunnel_splitting_small_gamma", agree_rtol=1e-7,
                    tol_reason="Richardson extrapolation of eigenvalue differences at ε = 1e-3")
GS_EVEN = _q("n2-ground-parity", "ground level and parity of the N = 2 Hamiltonian (Γ > 0)",
             _prop("n2_ground_state_even_below_odd", assumes="positive_gamma"), "n2_ground_parity_instances")
GS = _q("n2-ground-state", "N = 2 ground state on |s⟩, |0⟩ against cos(φ/2), sin(φ/2), tan φ = 4Γ/J",
        _prop("n2_ground_state_as_printed"), "n2_ground_state_proof", "n2_ground_state_instances")
PMACRO = _q("n2-pmacro", "P_macro = |⟨s|GS⟩|² as Γ/J → 0", _prop("pmacro_positive_to_unity"), "n2_pmacro_instances")
SOLVABLE = _q("n2-closed-form-spectrum", "the three N = 2 levels −J, ½(−J ± √(J² + 16Γ²))",
              _prop("n2_spectrum_closed_form"), "n2_spectrum_proof", "n2_spectrum_instances")

QUANTITIES = [ODD, E_MINUS, E_PLUS, SPLIT, SPLIT_SMALL, GS_EVEN, GS, PMACRO, SOLVABLE]

m = mentions("lmg_lgi")

CLAIMS = [
    m("s3-n2-solvable", SOLVABLE, "§3, heading", "The N = 2 case is exactly solvable: its three levels are −J and "
      "½(−J ± √(J² + 16Γ²)).", "N = 2", "The N = 2 Exact Solution"),
    m("s3-odd-energy", ODD, "§3", "At N = 2 the odd-parity state |a⟩ = (|++⟩ − |−−⟩)/√2 is an eigenstate with "
      "energy −J, independent of Γ.", "with energy −J",
      "(where |P ⟩2 = |++⟩, |R⟩2 = |−−⟩),3 with energy −J , independent of Γ. It is not the"),
    m("s3-e-minus", E_MINUS, "§3", "The even-parity ground level is E− = −½(J + √(J² + 16Γ²)).",
      "even-parity level E− = −1", "overall ground state: for any Γ > 0 the even-parity level E− = −1"),
    m("s3-gs-even", GS_EVEN, "§3", "For any Γ > 0, E− < −J, so the ground state is always even-parity.",
      "always even-parity", "lies below −J , so |GS⟩ (the ground state) is always even-parity. The even-parity sector"),
    m("s3-e-plus", E_PLUS, "§3", "The even sector has eigenvalues E± = ½(−J ± √(J² + 16Γ²)); E+ is the top level.",
      "E± = 1", "E± = 1"),
    m("s3-ground-state", GS, "§3, Eq. (6)", "|GS⟩ = cos(φ/2)|s⟩ + sin(φ/2)|0⟩ with tan φ = 4Γ/J.", "|GS⟩ = cos ϕ",
      "|GS⟩ = cos ϕ"),
    m("s3-splitting", SPLIT, "§3, Eq. (7)", "The N = 2 tunnel splitting is ΔE = ½(−J + √(J² + 16Γ²)).", "∆EN=2 =",
      "∆EN=2 ="),
    m("s3-splitting-small-gamma", SPLIT_SMALL, "§3, Eq. (7)",
      "For Γ ≪ J the N = 2 splitting is ≈ 4Γ²/J (algebraic, not exponentially small).", "(Γ ≪ J)", "(Γ ≪ J). (7)"),
    m("s3-pmacro", PMACRO, "§3, after Eq. (7)",
      "P_macro = |⟨s|GS⟩|² = cos²(φ/2) is positive and approaches unity for J ≫ Γ.", "approaches unity",
      "and approaches unity deep in the ordered phase (J ≫ Γ)."),
    m("s3-footnote-overlap", OVERLAP, "§3, footnote 3", "At N = 370, Γ/J = 0.95 the coherent-state overlap is "
      "S ≈ 5.7 × 10⁻⁹.", "≈ 5.7×10−9", "(at N = 370, Γ/J = 0.95: S ≈ 5.7×10−9, so the orthogonality"),
]
