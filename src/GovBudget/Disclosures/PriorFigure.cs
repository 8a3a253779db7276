using GovBudget.Amounts;
using GovBudget.Tables;

namespace GovBudget.Disclosures;

/// <summary>
/// The figure an earlier or parallel document gave for a cell of this disclosure: 上年预算, 上年决算, or the 年初预算
/// a settlement compares with.
/// </summary>
/// <param name="Address">The cell of this disclosure the figure corresponds to.</param>
/// <param name="Year">The year of the figure.</param>
/// <param name="Basis">Whether the figure is a budget or a settlement figure.</param>
/// <param name="Value">The figure.</param>
public sealed record PriorFigure(CellAddress Address, int Year, DisclosureKind Basis, ReportedValue Value);
