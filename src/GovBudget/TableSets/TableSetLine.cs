using GovBudget.Collections;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>What a table set knows of a fixed line beyond its definition: the other labels it is printed with.</summary>
/// <param name="Key">The line's row key.</param>
/// <param name="PrintedLabels">Printed labels besides the definition's label (e.g. <c>一般公共预算拨款</c> for <c>一般公共预算资金</c>).</param>
public sealed record TableSetLine(RowKey Key, EquatableArray<string> PrintedLabels);
