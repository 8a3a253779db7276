using GovBudget.Rules.Formulas;

namespace GovBudget.Rules;

/// <summary>A term of a formula with the table it reads.</summary>
internal sealed record PlannedTerm(string TableId, bool Negative, CellReference Reference);
