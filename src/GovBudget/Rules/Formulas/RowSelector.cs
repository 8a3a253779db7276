using GovBudget.Tables;

namespace GovBudget.Rules.Formulas;

/// <summary>The row part of a cell reference.</summary>
/// <param name="Kind">Fixed key, each row, or variable.</param>
/// <param name="Key">The key, for <see cref="RowSelectorKind.Key"/>.</param>
/// <param name="Variable">The variable name (<c>类</c>, <c>款</c>, <c>项</c>, <c>科目</c>), for <see cref="RowSelectorKind.Variable"/>.</param>
public readonly record struct RowSelector(RowSelectorKind Kind, RowKey Key, string? Variable)
{
    /// <summary>A fixed row.</summary>
    public static RowSelector Of(RowKey key) => new(RowSelectorKind.Key, key, null);

    /// <summary>Each row of the formula's table.</summary>
    public static RowSelector EachRow => new(RowSelectorKind.EachRow, default, null);

    /// <summary>A row variable.</summary>
    public static RowSelector OfVariable(string name) => new(RowSelectorKind.Variable, default, name);

    /// <summary>The sum of every row matching a variable (<c>Σ类</c>).</summary>
    public static RowSelector SumOfVariable(string name) => new(RowSelectorKind.SumOf, default, name);
}
