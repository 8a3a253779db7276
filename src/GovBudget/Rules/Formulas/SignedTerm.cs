namespace GovBudget.Rules.Formulas;

/// <summary>A term of a sum with its sign.</summary>
/// <param name="Negative"><see langword="true"/> when the term is subtracted.</param>
/// <param name="Reference">The cell reference.</param>
public sealed record SignedTerm(bool Negative, CellReference Reference);
