namespace GovBudget.Rules.Formulas;

/// <summary>A reference to a cell: table (or the formula's table), row selector and column selector.</summary>
/// <param name="TableId">The table id, or <see langword="null"/> for the formula's table.</param>
/// <param name="Row">The row selector.</param>
/// <param name="Column">The column selector.</param>
public sealed record CellReference(string? TableId, RowSelector Row, ColumnSelector Column) : FormulaExpression;
