"""Symbolic Itô calculus for stochastic Schrödinger equations, dimension-free.

A stochastic Schrödinger equation (SSE) of the form

    d|ψ⟩ = A |ψ⟩ dt + Σ_k B_k |ψ⟩ dW_k,      dW_k dW_l = δ_kl dt,

is represented by its drift operator ``A`` and its diffusion operators ``B_k``,
written as *noncommutative* SymPy expressions in operator symbols (``L``,
``Ld`` = L†, ``H``, ``P``) whose coefficients are commutative scalars (the
couplings and the state-dependent expectation values ⟨L⟩ = ``l``,
⟨L†⟩ = ``lb``, ⟨L†L⟩ = ``m``).  Nothing is assumed about the dimension of the
Hilbert space: the results hold for operators of any size.

Itô's product rule gives, for the projector Ψ = |ψ⟩⟨ψ| (not normalised),

    dΨ = |dψ⟩⟨ψ| + |ψ⟩⟨dψ| + |dψ⟩⟨dψ|
       = (AΨ + ΨA† + Σ_k B_k Ψ B_k†) dt + Σ_k (B_k Ψ + Ψ B_k†) dW_k,

and the norm N = Tr Ψ follows by a cyclic trace.  Expectations are the
normalised ones, ⟨X⟩ = Tr(ΨX)/N, so Tr(ΨX) = N⟨X⟩ closes the algebra.

References
----------
B. Øksendal, *Stochastic differential equations* (Springer, 2003), Itô's
formula; C. W. Gardiner, *Handbook of stochastic methods* (2004), §4.3.
Used for ``oqt`` (arXiv:2504.16197), Eqs. (1), (5), (7).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from derive import _domain

N = sp.Symbol("N", positive=True)  # the norm ⟨ψ|ψ⟩
Psi = sp.Symbol("Psi", commutative=False)  # the projector |ψ⟩⟨ψ|


@dataclass(frozen=True)
class OperatorAlgebra:
    """Operator symbols, their adjoints, algebraic relations and expectations.

    Parameters
    ----------
    adjoint
        Map operator symbol -> its adjoint symbol (self-adjoint: itself).
    relations
        Rewrite rules on words of operators, e.g. ``{(P, P): (P,)}`` for a projector.
    expectations
        Map a word of operators (tuple) -> the commutative symbol standing for its
        normalised expectation value.
    conjugate
        Map commutative symbol -> its complex conjugate (real symbols omitted).
    """

    adjoint: dict
    relations: dict = field(default_factory=dict)
    expectations: dict = field(default_factory=dict)
    conjugate: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SSE:
    """d|ψ⟩ = A|ψ⟩dt + Σ_k B_k|ψ⟩dW_k with independent real Wiener increments."""

    drift: sp.Expr
    diffusions: tuple
    algebra: OperatorAlgebra


def _words(expr: sp.Expr) -> list[tuple[sp.Expr, tuple]]:
    """Split an expanded NC expression into (scalar coefficient, word of operators)."""
    out = []
    for term in sp.Add.make_args(sp.expand(expr)):
        c, nc = term.args_cnc()
        word: list = []
        for f in nc:
            if isinstance(f, sp.Pow):
                word += [f.base] * int(f.exp)
            else:
                word.append(f)
        out.append((sp.Mul(*c), tuple(word)))
    return out


def _from_words(terms) -> sp.Expr:
    return sp.Add(*[c * sp.Mul(*w) for c, w in terms])


def _reduce_word(word: tuple, relations: dict) -> tuple:
    changed = True
    while changed:
        changed = False
        for lhs, rhs in relations.items():
            n = len(lhs)
            for i in range(len(word) - n + 1):
                if word[i : i + n] == lhs:
                    word = word[:i] + tuple(rhs) + word[i + n :]
                    changed = True
                    break
    return word


def conj_scalar(c: sp.Expr, alg: OperatorAlgebra) -> sp.Expr:
    """Complex conjugate of a scalar coefficient (couplings are real)."""
    _domain.instance("ito.conj_scalar", OperatorAlgebra, alg=alg)
    swap = {**alg.conjugate, **{v: k for k, v in alg.conjugate.items()}}
    return c.xreplace({sp.I: -sp.I, **swap})


def dagger(expr: sp.Expr, alg: OperatorAlgebra) -> sp.Expr:
    """Adjoint of a noncommutative expression: reverse each word, adjoint each letter."""
    _domain.instance("ito.dagger", OperatorAlgebra, alg=alg)
    adj = {**alg.adjoint, Psi: Psi}
    return _from_words(
        (conj_scalar(c, alg), tuple(adj[f] for f in reversed(w))) for c, w in _words(expr)
    )


def simplify_nc(expr: sp.Expr, alg: OperatorAlgebra) -> sp.Expr:
    """Apply the algebra's relations word by word and collect equal words."""
    _domain.instance("ito.simplify_nc", OperatorAlgebra, alg=alg)
    acc: dict = {}
    for c, w in _words(expr):
        w = _reduce_word(w, alg.relations)
        acc[w] = acc.get(w, 0) + c
    return _from_words((sp.expand(c), w) for w, c in acc.items() if sp.expand(c) != 0)


def projector_increment_mean(sde: SSE) -> sp.Expr:
    """E[dΨ]/dt = AΨ + ΨA† + Σ_k B_k Ψ B_k† (Itô: dW_k dW_l = δ_kl dt, E[dW] = 0)."""
    _domain.instance("ito.projector_increment_mean", SSE, sde=sde)
    alg = sde.algebra
    a = sde.drift
    expr = a * Psi + Psi * dagger(a, alg)
    for b in sde.diffusions:
        expr += b * Psi * dagger(b, alg)
    return simplify_nc(expr, alg)


def trace(expr: sp.Expr, alg: OperatorAlgebra) -> sp.Expr:
    """Tr of an expression linear in Ψ, by cyclicity: Tr(X Ψ Y) = Tr(Ψ Y X) = N⟨Y X⟩."""
    _domain.instance("ito.trace", OperatorAlgebra, alg=alg)
    total = sp.Integer(0)
    for c, w in _words(expr):
        i = w.index(Psi)
        word = _reduce_word(w[i + 1 :] + w[:i], alg.relations)
        if not word:
            total += c * N
            continue
        if word not in alg.expectations:
            raise KeyError(f"no expectation symbol for the operator word {word}")
        total += c * N * alg.expectations[word]
    return sp.expand(total)


def norm_increment(sde: SSE) -> tuple[sp.Expr, tuple]:
    """dN = (drift) dt + Σ_k (coefficient_k) dW_k for N = ⟨ψ|ψ⟩, by Itô's lemma.

    Returns
    -------
    drift, noise
        The dt coefficient Tr(E[dΨ]/dt) and the dW_k coefficients Tr(B_kΨ + ΨB_k†).
    """
    _domain.instance("ito.norm_increment", SSE, sde=sde)
    alg = sde.algebra
    drift = trace(projector_increment_mean(sde), alg)
    noise = tuple(trace(b * Psi + Psi * dagger(b, alg), alg) for b in sde.diffusions)
    return sp.factor(drift), tuple(sp.factor(x) for x in noise)


# ---------------------------------------------------------------------------
# The paper's channels
# ---------------------------------------------------------------------------


def thermalization_channel(
    name: str = "",
) -> tuple[OperatorAlgebra, sp.Expr, sp.Expr, sp.Symbol, sp.Symbol]:
    """One OQT channel of Eq. (1): operator L, couplings J, D.

    Returns the algebra and the drift and diffusion parts of dĜ^{μν}:

        D [L − ⟨L⟩] dW + J [⟨L†⟩L − ½L†L − ½⟨L⟩⟨L†⟩] dt.

    Notes
    -----
    L is a generic (non-Hermitian) operator; the algebra needs no relation
    between L and L† (the results hold for any L, in particular L = |μ⟩⟨ν|).
    """
    _domain.identifier("ito.thermalization_channel", name=name)
    L, Ld = sp.symbols(f"L{name} Ld{name}", commutative=False)
    ell, lb, m = sp.symbols(f"l{name} lb{name} m{name}")  # ⟨L⟩, ⟨L†⟩, ⟨L†L⟩
    J, D = sp.symbols(f"J{name} D{name}", positive=True)
    alg = OperatorAlgebra(
        adjoint={L: Ld, Ld: L}, expectations={(L,): ell, (Ld,): lb, (Ld, L): m}, conjugate={ell: lb}
    )
    drift = J * (lb * L - Ld * L / 2 - ell * lb / 2)
    diffusion = D * (L - ell)
    return alg, drift, diffusion, J, D


def oqt_sse(n_channels: int = 2, with_hamiltonian: bool = True) -> SSE:
    """Eq. (1) with ``n_channels`` independent channels and a Hamiltonian (ħ = 1)."""
    _domain.integer("ito.oqt_sse", 0, n_channels=n_channels)
    _domain.instance("ito.oqt_sse", bool, with_hamiltonian=with_hamiltonian)
    H = sp.Symbol("H", commutative=False)
    adjoint, expectations, conjugate = {H: H}, {(H,): sp.Symbol("h", real=True)}, {}
    drift = -sp.I * H if with_hamiltonian else sp.Integer(0)
    diffusions = []
    for k in range(n_channels):
        alg, a, b, _, _ = thermalization_channel(str(k))
        adjoint.update(alg.adjoint)
        expectations.update(alg.expectations)
        conjugate.update(alg.conjugate)
        drift += a
        diffusions.append(b)
    return SSE(drift, tuple(diffusions), OperatorAlgebra(adjoint, {}, expectations, conjugate))


def collapse_channel(name: str = "") -> tuple[OperatorAlgebra, sp.Expr, sp.Expr, sp.Symbol]:
    """One SUV reduction channel of Eq. (7) with a projector P (P† = P, P² = P), rate γ = JN/ħ.

    −(γ/2)(P − ⟨P⟩)² dt + √γ (P − ⟨P⟩) dW.
    """
    _domain.identifier("ito.collapse_channel", name=name)
    P = sp.Symbol(f"P{name}", commutative=False)
    p = sp.Symbol(f"p{name}", real=True)
    g = sp.Symbol(f"gamma{name}", positive=True)
    alg = OperatorAlgebra(adjoint={P: P}, relations={(P, P): (P,)}, expectations={(P,): p})
    return alg, -g / 2 * (P - p) ** 2, sp.sqrt(g) * (P - p), g


def sui_sse(n_collapse: int = 2, n_thermal: int = 1) -> SSE:
    """Eq. (7): Hamiltonian + reduction channels + thermalization channels (FDR imposed)."""
    _domain.integer("ito.sui_sse", 0, n_collapse=n_collapse, n_thermal=n_thermal)
    H = sp.Symbol("H", commutative=False)
    adjoint, relations = {H: H}, {}
    expectations, conjugate = {(H,): sp.Symbol("h", real=True)}, {}
    drift, diffusions = -sp.I * H, []
    for k in range(n_collapse):
        alg, a, b, _ = collapse_channel(f"R{k}")
        adjoint.update(alg.adjoint)
        relations.update(alg.relations)
        expectations.update(alg.expectations)
        drift += a
        diffusions.append(b)
    for k in range(n_thermal):
        alg, a, b, J, D = thermalization_channel(f"T{k}")
        adjoint.update(alg.adjoint)
        expectations.update(alg.expectations)
        conjugate.update(alg.conjugate)
        drift += a.subs(J, D**2)
        diffusions.append(b)
    return SSE(
        drift, tuple(diffusions), OperatorAlgebra(adjoint, relations, expectations, conjugate)
    )


def gksl_dissipator(L: sp.Expr, Ld: sp.Expr, rate: sp.Expr) -> sp.Expr:
    """rate (L Ψ L† − ½{L†L, Ψ}) as a noncommutative expression in Ψ."""
    return rate * (L * Psi * Ld - Ld * L * Psi / 2 - Psi * Ld * L / 2)
