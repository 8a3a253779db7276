using GovBudget.Amounts;
using GovBudget.Tables;

namespace GovBudget.Generation;

/// <summary>A fault put into a disclosure by <see cref="FaultInjector"/>: which cell was moved and by how much.</summary>
/// <param name="Address">The cell.</param>
/// <param name="Delta">The amount added to the printed value (far beyond rounding).</param>
public sealed record InjectedFault(CellAddress Address, Amount Delta)
{
    /// <summary>A one-line description.</summary>
    public override string ToString() => $"{Address} {(Delta.Sign < 0 ? string.Empty : "+")}{Delta} 元";
}
