"""§5.5/§5.8 (RG relevance), §8.2–8.3 (hysteresis, heavy tails) and §8.5.8 (falsification criterion 2)."""

from claims.core.api import Claim, Property, Quantity, Route, refuted

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"

_DIMS = (Route(f"{D}:quartic_dimension_by_power_counting"), Route(f"{N}:quartic_dimension_by_quadrature"))

PSI4_RELEVANT = Quantity(
    "collapse:psi4-relevance-mean-field",
    "scaling dimension [ψ⁴] = 2(d − 2 + η) − d of Eq. (38) in the mean-field regime d_eff > 4",
    Property(statement=f"{P}:quartic_relevant", assumes=f"{P}:mean_field_regime"), *_DIMS)

NUZ_3D = Quantity(
    "collapse:mean-field-from-three-dimensions",
    "stability of the Gaussian fixed point ([ψ⁴] ≥ 0, Eq. (38)) for effective dimensions d ≥ 3",
    Property(statement=f"{P}:mean_field_exponents_apply", assumes=f"{P}:three_or_more_dimensions"), *_DIMS)

HYSTERESIS = Quantity(
    "collapse:hysteresis-below-threshold",
    "does a collapsed state of the Landau potential (19) persist just below γc (as Eq. (67) needs)?",
    Property(statement=f"{P}:collapsed_state_persists", assumes=f"{P}:within_hysteresis_window"),
    Route(f"{D}:collapsed_branch_below_threshold"), Route(f"{N}:collapsed_branch_below_threshold_by_tdgl"))

TAILS = Quantity(
    "collapse:collapse-time-tail",
    "hazard of the collapse-time distribution of the stochastic TDGL just above γc (the Table A row γ/γc = 1.01)",
    Property(statement=f"{P}:heavy_tailed", assumes=f"{P}:just_above_threshold"),
    Route(f"{D}:collapse_time_hazards_linearised", ratio="gamma_ratio_table"),
    Route(f"{N}:collapse_time_hazards_by_simulation", gamma_ratio="gamma_ratio_table"))

QUANTITIES = (PSI4_RELEVANT, NUZ_3D, HYSTERESIS, TAILS)

CLAIMS = [
    Claim(id="collapse:psi4-leading-relevant", quantity=PSI4_RELEVANT, location="§5.8, Proposition proof sketch (4)",
          statement="RG near criticality ⇒ ψ⁴ is the leading relevant stabiliser (in the regime d_eff > 4 the "
                    "paper assumes).", stated="ψ4 is leading relevant",
          quote="near criticality ⇒ ψ4 is leading relevant stabilizer. (5)",
          expect=refuted("by Eq. (38), [ψ⁴] = d − 4 > 0 for d_eff > 4 (power counting and a quadrature of the "
                         "rescaled action agree): ψ⁴ is irrelevant there (dangerously irrelevant), as §5.5 itself "
                         "says; it is relevant only for d < 4, where mean field fails")),
    Claim(id="collapse:falsify-nuz-3d", quantity=NUZ_3D, location="§8.5.8, criterion 2",
          statement="νz = 1.0 (mean field) is the prediction for systems in three or more effective dimensions.",
          stated="1.0", quote="served but the exponent νz differs from 1.0 by more",
          expect=refuted("mean-field νz = 1 needs the Gaussian fixed point stable, [ψ⁴] ≥ 0, i.e. d_eff ≥ 4 (App. D "
                         "itself: d_eff > 4); at d = 3 and 3.5, [ψ⁴] = −1 and −1/2 < 0: the quartic coupling is "
                         "relevant and 3-D Model A has νz ≈ 1.3, not 1.0")),
    Claim(id="collapse:no-hysteresis", quantity=HYSTERESIS, location="§8.2, Eq. (67)",
          statement="After collapse the system resists returning to superposition below γc: "
                    "γ_restore < γc − δ_hyst with δ_hyst ∝ ΔE/λ > 0.",
          stated="γrestore < γc −δhyst", quote="γrestore < γc −δhyst, (67)",
          expect=refuted("the Landau potential (19) is a supercritical pitchfork: for γ < γc, V'(ψ) = λψ(1 − γ/γc + ψ²) "
                         "has ψ = 0 as its only real root, and the TDGL relaxes a collapsed state ψ = 1 back to 0 at "
                         "γ/γc = 0.97, 0.99, 0.999; quasi-static collapse and recoherence thresholds coincide "
                         "(δ_hyst = 0). Hysteresis needs a first-order potential the paper does not have")),
    Claim(id="collapse:heavy-tailed-collapse-times", quantity=TAILS, location="§8.3, Prediction III",
          statement="Just above γc the phase-transition theory predicts heavy-tailed collapse-time statistics "
                    "(standard QM: exponential).", stated="heavy-tailed",
          quote="with γ just above γc. The phase-transition theory predicts",
          expect=refuted("the paper's own stochastic TDGL gives an exponential tail: at γ/γc = 1.01 the hazard is "
                         "constant, 0.0099 → 0.0100 from the exact linearised survival and 0.0098 → 0.0104 by "
                         "Euler–Maruyama, ≈ 1/τ_grow = 0.01; a heavy tail needs a decreasing hazard")),
]
