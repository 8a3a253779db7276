using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Tables.Performance;

/// <summary>A line of the 收入构成 / 支出构成 block of 表11: amount, share and the two earlier years.</summary>
/// <param name="Name">财政拨款, 人员类项目支出, 合计 …</param>
/// <param name="Amount">当年金额.</param>
/// <param name="Share">占比 as printed.</param>
public sealed record CompositionLine(string Name, ReportedValue? Amount, Percentage? Share)
{
    /// <summary>近两年收支金额, oldest first.</summary>
    public EquatableArray<YearAmount> PriorYears { get; init; }
}
