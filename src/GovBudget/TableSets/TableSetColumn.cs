using GovBudget.Collections;

namespace GovBudget.TableSets;

/// <summary>What a table set knows of a column beyond its definition: every header text that names it in print.</summary>
/// <param name="ColumnId">The column id of the table definition.</param>
/// <param name="Headers">The printed header texts, canonical first (an importer matches any of them).</param>
public sealed record TableSetColumn(string ColumnId, EquatableArray<string> Headers);
