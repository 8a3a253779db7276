using GovBudget.Collections;

namespace GovBudget.Rules.Formulas;

/// <summary>A flat signed sum of cell references (<c>1栏 + 2栏 − 3栏</c>). Nested sums are flattened when parsed.</summary>
/// <param name="Terms">The terms, in order.</param>
public sealed record SumExpression(EquatableArray<SignedTerm> Terms) : FormulaExpression;
