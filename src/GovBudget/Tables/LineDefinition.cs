using GovBudget.Classification;

namespace GovBudget.Tables;

/// <summary>A fixed line of a summary table (e.g. 公开01 line 27 本年收入合计).</summary>
/// <param name="Key">The row key of the line (a line number where the table prints one, otherwise an item key).</param>
/// <param name="Label">The printed label.</param>
/// <param name="Subject">The functional 类 the line reports, for expenditure lines by 类.</param>
/// <param name="Side">The side of a two-sided table: <c>收入</c> or <c>支出</c>; <see langword="null"/> otherwise.</param>
public sealed record LineDefinition(RowKey Key, string Label, FunctionalCode? Subject = null, string? Side = null);
