"""Appendices A (mean-field commutator derivation, Eqs. (32)–(34)) and B (linearised ACF,
Eqs. (36)–(41) and the numerical example) of ``lmg_lgi`` on the earned-verdicts framework.

Derivations: :mod:`derive.lmg_appendix` (SymPy).  Numerical routes:
:mod:`numerics.lmg_lgi.appendix` (numpy commutators, finite-difference Jacobians, LAPACK).
"""

from claims.core.api import Expression, Property, Quantity, Route, Value, mentions, refuted

from .inputs import INPUTS

D = "derive.lmg_appendix"
NUM = "numerics.lmg_lgi.appendix"
HERE = "claims.papers.lmg_lgi.appendix_a_b"
FD = "finite-difference Jacobian (central, step 1e-7) of a quadratic right-hand side: rounding ~1e-9"


def _q(label, what, d, n, judge, units="", **kw):
    return Quantity(f"lmg_lgi:{label}", what, judge, d, n, inputs=INPUTS, units=units, **kw)


# --- predicates (instances -> bool), evaluated by the judge -------------------------------

def deviation_vanishes(inst) -> bool:
    return inst["deviation"] <= 1e-12


def fixed_point_holds(inst) -> bool:
    return inst["residual"] <= 1e-13 and inst["norm_dev"] <= 1e-13


def ordered(inst) -> bool:
    return 0 < inst["Gamma"] < inst["J"]


def coefficient_vanishes(inst) -> bool:
    return abs(inst["coefficient"]) <= 1e-7


def spectrum_matches(inst) -> bool:
    return inst["deviation"] <= 1e-6


# --- quantities ---------------------------------------------------------------------------

COMMUTATOR = _q("pauli-commutator-xz", "[σx, σz] + 2iσy (must vanish)",
                Route(f"{D}:pauli_commutator_residual"), Route(f"{NUM}:pauli_commutator_instances"),
                Property(statement=f"{HERE}:deviation_vanishes"))
BLOCH = {c: _q(f"bloch-rhs-{c}", f"d⟨σ{c}⟩/dt = i⟨[H_MF, σ{c}]⟩ for H_MF = −(Jm_z + h)σᶻ − Γσˣ",
               Route(f"{D}:bloch_component", fixed={"component": c}),
               Route(f"{NUM}:bloch_component_function", fixed={"component": c}),
               Expression(t, symbols={"J": (0.3, 2.0), "Gamma": (0.1, 2.0), "h": (-0.5, 0.5),
                                      "m_x": (-1, 1), "m_y": (-1, 1), "m_z": (-1, 1)}),
               units="rate")
         for c, t in (("z", "-2*Gamma*m_y"), ("y", "-2*(J*m_z + h)*m_x + 2*Gamma*m_z"),
                      ("x", "2*(J*m_z + h)*m_y"))}
FIXED_POINT = _q("tilted-fixed-point", "Bloch right-hand side and |m|² − 1 at (Γ/J, 0, √(1 − Γ²/J²)), h = 0",
                 Route(f"{D}:tilted_fixed_point_residual"), Route(f"{NUM}:fixed_point_instances"),
                 Property(statement=f"{HERE}:fixed_point_holds", assumes=f"{HERE}:ordered"))
CROSS_TERM = _q("linearised-cross-term", "∂ṁ_y/∂m_z at the tilted fixed point (−2J m_x^eq + 2Γ)",
                Route(f"{D}:cross_term_coefficient"), Route(f"{NUM}:cross_term_instances"),
                Property(statement=f"{HERE}:coefficient_vanishes", assumes=f"{HERE}:ordered"))
SPECTRUM = _q("linearised-spectrum", "eigenvalues of the damped linearisation (37)–(39) against "
              "{−Γ2 ± 2iJm*, −Γ1}", Route(f"{D}:linearised_spectrum_residual"),
              Route(f"{NUM}:spectrum_instances"),
              Property(statement=f"{HERE}:spectrum_matches", assumes=f"{HERE}:ordered"))
OMEGA0 = _q("linearised-frequency", "Im of the complex eigenvalue pair of the linearisation (ω0)",
            Route(f"{D}:oscillation_frequency"), Route(f"{NUM}:oscillation_frequency_function"),
            Expression("2*J*m_star", symbols={"J": (0.5, 2.0), "m_star": (0.1, 0.9)}, agree_rtol=1e-6,
                       tol_reason=FD), units="rad/s")
EXAMPLE = {p: _q(f"appb-example-{p.replace('_', '-')}", f"App. B example eigenvalue ({p}) at the "
                 "declared J, Γ, Γ2, Γ1", Route(f"{D}:example_eigenvalue", fixed={"part": p}),
                 Route(f"{NUM}:example_eigenvalue", fixed={"part": p}),
                 Value(agree_rtol=1e-7, agree_atol=1e-12, tol_reason=FD), units="1/time")
           for p in ("im", "re_osc", "re_long")}

BASELINE = _q("acf-baseline-share", "B0/C_zz(0) of Eq. (42): weight of the slow e^{−Γ1Δt} mode in the "
              "stationary ACF of δm_z, linear system (37)–(39) at App. B's example parameters, white noise "
              "read by input 'acf_noise'", Route(f"{D}:acf_baseline_share"), Route(f"{NUM}:acf_baseline_share"),
              Value(agree_rtol=1e-7, tol_reason=FD))

ROWS = {r: _q(f"linearised-equation-{r}", f"row {r} of the damped linearisation at the tilted point against "
                f"Eq. ({n})", Route(f"{D}:linearised_row_residual", fixed={"row": r}),
                Route(f"{NUM}:linearised_row_instances", fixed={"row": r}),
                Property(statement=f"{HERE}:spectrum_matches", assumes=f"{HERE}:ordered"))
        for r, n in (("x", 37), ("y", 38), ("z", 39))}
LIMIT = {k: _q(f"linearised-frequency-limit-{k}", f"ω0/J as m* → {1 if k == 'ordered' else 0}",
               Route(f"{D}:frequency_limit", fixed={"limit": k}), Route(f"{NUM}:frequency_limit", fixed={"limit": k}),
               Value(agree_atol=1e-8, tol_reason="finite-difference Jacobian, extrapolated from 1e-3 to the limit"),
               pure_number="a limit of ω0/J, the same for every J")
         for k in ("ordered", "critical")}

QUANTITIES = [COMMUTATOR, *BLOCH.values(), FIXED_POINT, CROSS_TERM, SPECTRUM, OMEGA0, *EXAMPLE.values(), BASELINE,
              *ROWS.values(), *LIMIT.values()]

BASELINE_TEXT = ("For Δt ≪ T1 the slow B0e^{−Γ1Δt} baseline of Eq. (42) is negligible and the ACF is dominated "
                 "by the oscillatory term (tested at App. B's example parameters: B0/C_zz(0) ≪ 1")
BASELINE_WHY = ("for Δt ≪ T1 the baseline is not suppressed (e^{−Γ1Δt} ≈ 1): it is negligible only if B0 ≪ A0. "
                "The stationary fluctuations of (37)–(39) put B0/C_zz(0) = 0.929 (noise ∝ damping), 0.976 "
                "(isotropic), 0.910 (transverse only) at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01: δm_z integrates δm_y "
                "over 1/Γ1 ≫ 1/Γ2, so the baseline carries > 90% of the ACF and the oscillation is a ≲ 9% ripple")

A = mentions("lmg_lgi", "App. A")
B = mentions("lmg_lgi", "App. B")

CLAIMS = [
    A("appa-commutator", COMMUTATOR, "[σ̂x, σ̂z] = −2iσ̂y.", "−2iσ̂y",
      "Using [σ̂x, σ̂z] ="),
    A("appa-eq32", BLOCH["z"], "d⟨σ̂z⟩/dt = i⟨[−Γσ̂x, σ̂z]⟩ = −2Γ⟨σ̂y⟩ (Eq. (32)).", "= −2Γ⟨σ̂y⟩",
      "= i⟨[−Γσ̂x, σ̂z]⟩ = −2Γ⟨σ̂y⟩, (32)", location="App. A, Eq. (32)"),
    A("appa-eq33", BLOCH["y"], "d⟨σ̂y⟩/dt = −2(Jm_z + h)⟨σ̂x⟩ + 2Γ⟨σ̂z⟩ (Eq. (33)).",
      "= −2(Jmz + h)⟨σ̂x⟩+ 2Γ⟨σ̂z⟩", "= −2(Jmz + h)⟨σ̂x⟩+ 2Γ⟨σ̂z⟩, (33)", location="App. A, Eq. (33)"),
    A("appa-eq34", BLOCH["x"], "d⟨σ̂x⟩/dt = 2(Jm_z + h)⟨σ̂y⟩ (Eq. (34)).", "= 2(Jmz + h)⟨σ̂y⟩",
      "= 2(Jmz + h)⟨σ̂y⟩. (34)", location="App. A, Eq. (34)"),
    B("appb-fixed-point", FIXED_POINT, "The tilted vector (Γ/J, 0, m*) has |m| = 1 and satisfies all three "
      "Bloch equations identically (Γ < J, h = 0).", "satisfies |meq| = 1 and all three Bloch equations",
      "which satisfies |meq| = 1 and all three Bloch equations identically [21].", location="App. B, Eq. (36)"),
    B("appb-cross-term", CROSS_TERM, "The δm_z cross term in the ṁy equation cancels exactly: "
      "−2J m_x^eq + 2Γ = 0.", "= −2Γ+2Γ = 0", "x )+2Γ = −2Γ+2Γ = 0)"),
    B("appb-eigenvalues", SPECTRUM, "The linearised matrix has eigenvalues −Γ2 ± iω0 (ω0 = 2Jm*) and −Γ1.",
      "λ1,2 = −Γ2 ± i ω0 and λ3 = −Γ1",
      "The linearised matrix has eigenvalues λ1,2 = −Γ2 ± i ω0 and λ3 = −Γ1, with",
      location="App. B, Eqs. (37)–(41)"),
    B("appb-eq37", ROWS["x"], "Linearised: dδm_x/dt = +2Jm* δm_y − Γ2 δm_x (Eq. (37)).", "+2Jm∗ δmy − Γ2 δmx",
      "δmx = +2Jm∗ δmy − Γ2 δmx, (37)", location="App. B, Eq. (37)"),
    B("appb-eq38", ROWS["y"], "Linearised: dδm_y/dt = −2Jm* δm_x − Γ2 δm_y (Eq. (38)).", "−2Jm∗ δmx − Γ2 δmy",
      "δmy = −2Jm∗ δmx − Γ2 δmy, (38)", location="App. B, Eq. (38)"),
    B("appb-eq39", ROWS["z"], "Linearised: dδm_z/dt = −2Γ δm_y − Γ1 δm_z (Eq. (39)).", "−2Γ δmy − Γ1 δmz",
      "δmz = −2Γ δmy − Γ1 δmz. (39)", location="App. B, Eq. (39)"),
    B("appb-omega0-ordered-limit", LIMIT["ordered"], "In the deep ordered phase (m* → 1) ω0 → 2J.", "ω0 → 2J",
      "In the deep ordered phase (m∗ → 1): ω0 → 2J", reading="2", reading_from="'ω0 → 2J': ω0/J → 2"),
    B("appb-omega0-critical-limit", LIMIT["critical"], "Near criticality (m* → 0) ω0 → 0 (critical slowing down).",
      "ω0 → 0", "(m∗ → 0): ω0 → 0 (critical slowing down)", reading="0", reading_from="'ω0 → 0': ω0/J → 0"),
    B("appb-eq40", OMEGA0, "ω0 = 2Jm* (Eq. (40)).", "ω0 = 2Jm∗", "ω0 = 2Jm∗, (40)", location="App. B, Eq. (40)"),
    B("appb-example-omega", EXAMPLE["im"], "At J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01 the oscillatory "
      "eigenvalues are −0.1 ± 1.732i.", "1.732", "± 1.732i and",
      location="App. B, numerical example"),
    B("appb-example-sqrt3", EXAMPLE["im"], "ω0 = 2Jm* = √3 ≈ 1.732 at J = 1, Γ = 0.5.", "≈ 1.732",
      "3 ≈ 1.732 and γosc = Γ2 = 0.1 to", location="App. B, numerical example"),
    B("appb-example-damping", EXAMPLE["re_osc"], "The oscillatory pair of the example decays at "
      "Re λ = −0.1 (= −Γ2).", "−0.1",
      "verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01: the linearised matrix eigenvalues are\n−0.1 ± 1.732i",
      location="App. B, numerical example"),
    B("appb-example-longitudinal", EXAMPLE["re_long"], "The longitudinal eigenvalue of the example is "
      "−Γ1 = −0.01.", "−0.01", "and −0.01, confirming", location="App. B, numerical example"),
    *[B(f"appb-acf-baseline-negligible{sfx}", BASELINE, f"{BASELINE_TEXT}; reading of the fluctuations: {r}).",
        "baseline is negligible", "baseline is negligible and the ACF is dominated by the oscillatory term",
        refuted(BASELINE_WHY), reading="≪ 1", at={"acf_noise": key},
        reading_from="'negligible': the baseline's share of the ACF B0/C_zz(0) is ≪ 1",
        location="App. B, after Eq. (42)")
      for sfx, key, r in (("", "fdt", "white noise on each component ∝ its damping rate"),
                          ("-isotropic", "isotropic", "equal white noise on δm_x, δm_y, δm_z"),
                          ("-transverse", "transverse", "white noise on δm_x, δm_y only"))],
]
