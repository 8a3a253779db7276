namespace GovBudget.Rules.Formulas;

/// <summary>The column part of a cell reference: one column (by id or 栏次 number), or each amount column in turn.</summary>
/// <param name="ColumnId">The column, or <see langword="null"/> for each amount column (<c>27行</c> means "line 27 in each column").</param>
public readonly record struct ColumnSelector(string? ColumnId)
{
    /// <summary><see langword="true"/> when the reference applies to each amount column in turn.</summary>
    public bool IsEach => ColumnId is null;

    /// <summary>Each amount column.</summary>
    public static ColumnSelector Each => default;
}
