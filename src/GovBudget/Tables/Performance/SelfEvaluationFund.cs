using GovBudget.Amounts;

namespace GovBudget.Tables.Performance;

/// <summary>
/// A line of the 预算执行情况 block of a self-evaluation: 预算数 (A), 执行数 (B), 执行率 (B/A) and 得分
/// (分值 × 执行率).
/// </summary>
/// <param name="Name">年度财政资金总额, 部门整体支出总额, 其中：财政拨款 …</param>
/// <param name="Budget">预算数 (A).</param>
/// <param name="Actual">执行数 (B).</param>
/// <param name="ExecutionRate">执行率 as printed.</param>
public sealed record SelfEvaluationFund(string Name, ReportedValue? Budget, ReportedValue? Actual, Percentage? ExecutionRate)
{
    /// <summary>年初预算数, where printed beside 全年预算数.</summary>
    public ReportedValue? InitialBudget { get; init; }

    /// <summary>分值 (the weight of the execution rate, e.g. 20).</summary>
    public decimal? Weight { get; init; }

    /// <summary>得分 as printed.</summary>
    public decimal? Score { get; init; }
}
