using GovBudget.Amounts;
using GovBudget.Classification;

namespace GovBudget.Tables.Performance;

/// <summary>A line of 项目支出明细测算 in 表12: activity, economic classification and amount.</summary>
/// <param name="Activity">项目活动.</param>
/// <param name="EconomicName">支出经济分类 as printed (usually a name such as 委托业务费).</param>
/// <param name="Amount">金额.</param>
public sealed record CostItem(string Activity, string? EconomicName, ReportedValue? Amount)
{
    /// <summary>The economic code, where printed or resolved from the name.</summary>
    public EconomicCode? EconomicCode { get; init; }

    /// <summary>活动内容表述.</summary>
    public string? Description { get; init; }

    /// <summary>测算依据及说明.</summary>
    public string? Basis { get; init; }
}
