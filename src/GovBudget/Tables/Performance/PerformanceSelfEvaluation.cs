using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Tables.Performance;

/// <summary>A 绩效自评表 (self-evaluation) of the department or of one project, as annexed to a settlement.</summary>
/// <param name="Level">Department or project.</param>
/// <param name="Name">项目名称, or the department name.</param>
public sealed record PerformanceSelfEvaluation(SelfEvaluationLevel Level, string Name)
{
    /// <summary>The id used in addresses (<c>自评-打击欺诈骗保</c>).</summary>
    public string TableId { get; init; } = "绩效自评表";

    /// <summary>主管部门.</summary>
    public string? Department { get; init; }

    /// <summary>项目实施单位.</summary>
    public string? ExecutingUnit { get; init; }

    /// <summary>基本支出总额 (department level).</summary>
    public ReportedValue? BasicExpenditure { get; init; }

    /// <summary>项目支出总额 (department level).</summary>
    public ReportedValue? ProjectExpenditure { get; init; }

    /// <summary>预算执行情况 lines.</summary>
    public EquatableArray<SelfEvaluationFund> Funds { get; init; }

    /// <summary>年初设定目标.</summary>
    public string? InitialGoal { get; init; }

    /// <summary>分值 of 项目绩效总目标 (e.g. 20), where printed.</summary>
    public decimal? GoalWeight { get; init; }

    /// <summary>得分 of 项目绩效总目标, where printed.</summary>
    public decimal? GoalScore { get; init; }

    /// <summary>全年实际完成情况.</summary>
    public string? GoalOutcome { get; init; }

    /// <summary>年度绩效指标 with target, actual, weight and score.</summary>
    public EquatableArray<PerformanceIndicator> Indicators { get; init; }

    /// <summary>总分 / 自评得分, where printed.</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>The 分值 of the 总分 line (usually 100), where printed.</summary>
    public decimal? TotalWeight { get; init; }

    /// <summary>The 分值 printed per category of indicators (产出指标 50 …, or 年度绩效指标 60), where printed.</summary>
    public EquatableArray<SelfEvaluationCategoryWeight> CategoryWeights { get; init; }

    /// <summary>偏差大或目标未完成原因分析.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>改进措施及结果应用方案.</summary>
    public string? Improvement { get; init; }
}
