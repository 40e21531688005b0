"""Eq. (1): the stochastic process, its noise, the norm and the FDR; Eq. (2): the ensemble."""

from __future__ import annotations

from claims.core.api import CONFIRMED, Claim, NotCheckable, Route, conditional, not_checkable

from ._build import QUOTE, mention, prop

FDR_LINEAR = ("the ensemble equation is linear in ρ (the averaged dynamics closes as a master "
              "equation), as the paper also requires")

QUANTITIES = [
    prop("norm-eq1", "dN_ψ = 0 (dt and dW parts) for Eq. (1) on the paper's operators under the FDR",
         "norm_conserved_at", "fdr_holds",
         derivation=Route("derive.oqt:norm_proof_eq1"),
         numeric=Route("numerics.oqt:norm_instances")),
    prop("fdr-necessary", "norm preservation of Eq. (1) with L_μν = |μ⟩⟨ν| forces (D^{μν})² = J^{μν}",
         "fdr_holds", "norm_conserved_all_states",
         condition=(FDR_LINEAR, "ensemble_equation_linear"),
         derivation=Route("derive.oqt:fdr_necessity_instances"),
         numeric=Route("numerics.oqt:fdr_necessity_search")),
    prop("fdr-scaling", "scaling with 𝒩 of the two terms of dĜ under the FDR (J ∝ 𝒩)",
         "fdr_scaling_proportional", "fdr_family_norm_preserving",
         condition=("'proportional to 𝒩' is read as the terms' contributions to the transition "
                    "rates (J and D²); the stochastic coupling D itself scales as √𝒩",
                    "reading_is_rate"),
         derivation=Route("derive.oqt:fdr_scaling_exact"),
         numeric=Route("numerics.oqt:fdr_scaling_by_root_finding")),
    prop("ensemble-gksl", "E[dΨ]/dt of Eq. (1) equals the GKSL right side of Eq. (2) at the FDR",
         "ensemble_drift_is_eq2", "fdr_holds",
         derivation=Route("derive.oqt:ensemble_proof_eq1"),
         numeric=Route("numerics.oqt:norm_instances")),
    prop("wiener-moments", "moments of the Wiener increments: E[dW] = 0, E[dW dW'] = δ dt",
         "wiener_moments", derivation=Route("derive.oqt:wiener_proof"),
         numeric=Route("numerics.oqt:wiener_seeds")),
]

_L = "Eq. (1) and the paragraph after it (FDR)"

CLAIMS = [
    mention("norm-preservation", "norm-eq1", _L,
            "With Itô's lemma, the norm of Eq. (1) is conserved, dN_ψ = 0 at all times, under the "
            "FDR (D^{μν})² = J^{μν}.",
            QUOTE,
            "we find its change, $dN_{\\psi} = 0$ (at all times)", CONFIRMED),
    mention("fdr-necessary", "fdr-necessary", "Text after Eq. (7) (the FDR in every viable generator)",
            "In every physically viable generator (OQT included) stringent constraints require "
            "stochastic and deterministic contributions related by an FDR: with the paper's "
            "operators L_μν = |μ⟩⟨ν|, norm preservation forces (D^{μν})² = J^{μν}.",
            QUOTE,
            "stringent constraints require that both stochastic contributions and deterministic "
            "contributions exist",
            conditional(
                "Norm preservation alone does not force the FDR with the paper's own operators: "
                "dN/dt = −Σ_μν c_μν N Var(L_μν), c = J − D², and Var(|μ⟩⟨ν|) = p_ν(1 − p_μ) are "
                "linearly dependent, so c has a 3-dimensional kernel for d = 3 (e.g. c₁₀ = 1, "
                "c₂₀ = −1, c₁₁ = 1, c₂₂ = −1 keeps dN = 0 for every state). Every such choice "
                "makes E[dΨ] nonlinear in Ψ; requiring in addition a linear ensemble equation "
                "(imposed at 15 exact states) leaves only c = 0, i.e. the FDR.")),
    mention("fdr-scaling", "fdr-scaling", "Paragraph after Eq. (1)",
            "Both terms controlling the transition rates (deterministic, coupling J; stochastic, "
            "coupling D) must be proportional to 𝒩, as clarified by the FDR.",
            QUOTE,
            "Both terms must be proportional to \\mathcal{N} , as further clarified",
            conditional(
                "Under the FDR D² = J ∝ 𝒩 the stochastic coupling scales as D ∝ √𝒩 (as Eq. (5) "
                "writes, √𝒜 vs 𝒜), not ∝ 𝒩; the statement holds if 'proportional to 𝒩' means the "
                "terms' contributions to the rates, J and D²."),),
    mention("ensemble-gksl", "ensemble-gksl", "Eq. (2)",
            "Averaging Itô's dΨ over the noise, E[dΨ] = dρ, gives the linear GKSL master equation "
            "Eq. (2) (with 𝒩 absorbed in J).",
            QUOTE,
            "with $\\mathbb{E}[d\\Psi] = d\\hat{\\rho}$. This yields the linear master equations",
            CONFIRMED, figures=("claims.papers.oqt.figures:sse_vs_master",)),
    mention("nonlinear-cancel", "ensemble-gksl", "Superluminal-signalling section, last paragraph",
            "All nonlinear (state-dependent) terms of the averaged dynamics cancel given the FDR.",
            "all non-linearities cancel given the FDR",
            "since all non-linearities cancel given the FDR", CONFIRMED),
    mention("ito-rule", "wiener-moments", "Eq. (1), noise convention",
            "Independent Wiener increments with E[dW^{μν}dW^{μ'ν'}] = δδ dt, i.e. (dW)² = dt.",
            QUOTE, "or simply, $(dW_t^{\\mu\\nu})^2 = dt$", CONFIRMED),
    mention("wiener-expectations", "wiener-moments", "Eq. (1), noise convention",
            "Standard Wiener increments: W_0 = 0, E[dW] = E[W_t] = E[dt dW] = 0.",
            QUOTE,
            "\\mathbb{E}\\left[dW_t^{\\mu\\nu}\\right] = \\mathbb{E}\\left[W_t^{\\mu\\nu}\\right]",
            CONFIRMED),
    Claim(id="oqt:schrodinger-limit", location="Eq. (1), text after it",
          statement="With dĜ^{μν} = 0 for all μ, ν, Eq. (1) reduces to the Schrödinger equation.",
          stated="If $d\\hat{G}^{\\mu\\nu}$ = $0, \\forall \\mu, \\nu",
          quote="If $d\\hat{G}^{\\mu\\nu}$ = $0, \\forall \\mu, \\nu",
          judge=NotCheckable("true by substitution: with dĜ = 0 the printed Eq. (1) is d|ψ⟩ = "
                             "−iH|ψ⟩dt; no computation could come out otherwise"),
          expect=not_checkable("true by substitution (no computation could fail)")),
]
