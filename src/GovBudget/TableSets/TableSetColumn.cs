using GovBudget.Collections;

namespace GovBudget.TableSets;

/// <summary>What a table set knows of a column beyond its definition: every header text that names it in print, and the side it is printed on.</summary>
/// <param name="ColumnId">The column id of the table definition.</param>
/// <param name="Headers">The printed header texts, canonical first (an importer matches any of them).</param>
/// <param name="Side">In a two-sided summary table (收入 ‖ 支出), the side the column is printed on: <c>收入</c> or <c>支出</c>; <see langword="null"/> for a column printed on both sides (表1 预算数) and in other tables.</param>
public sealed record TableSetColumn(string ColumnId, EquatableArray<string> Headers, string? Side = null);
