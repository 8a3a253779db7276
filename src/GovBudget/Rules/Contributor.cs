using GovBudget.Amounts;
using GovBudget.Tables;

namespace GovBudget.Rules;

/// <summary>A cell that took part in a check, with the printed value it contributed (none when blank or missing).</summary>
/// <param name="Address">The cell.</param>
/// <param name="Value">The printed value, or <see langword="null"/> for a blank cell or a missing row or table.</param>
/// <param name="Missing"><see langword="true"/> when the row or table is not in the disclosure at all.</param>
public sealed record Contributor(CellAddress Address, ReportedValue? Value, bool Missing = false);
