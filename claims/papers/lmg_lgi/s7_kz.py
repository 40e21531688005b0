"""§7 Table 3 caption and §7.1 P3 of ``lmg_lgi``: the Kibble–Zurek freeze-out exponent."""

from claims.core.api import Claim

from . import quantities as q

P = "lmg_lgi:"

CLAIMS = [
    Claim(id=P + "s7-table3-kzm-exponent", quantity=q.KZ_EXPONENT, location="§7, Table 3 caption",
          statement="With z = 1, ν = 1/2 the KZ freeze-out is t̂ ∝ τ_Q^{zν/(zν+1)} = τ_Q^{1/3}.",
          stated="1/3", quote="correlation length; z = 1, ν = 1/2, freeze-out t̂ ∝ τ"),
    Claim(id=P + "s7.1-p3-kzm-exponent", quantity=q.KZ_EXPONENT, location="§7.1, P3",
          statement="LMG universality z = 1, ν = 1/2 gives t̂ ∝ τ_Q^{zν/(zν+1)} = τ_Q^{1/3}.",
          stated="1/3",
          quote="dynamical exponent z = 1, correlation-length exponent ν = 1/2, giving t̂ ∝ τ"),
]
