using GovBudget.Collections;

namespace GovBudget.Tables.Performance;

/// <summary>
/// 表11 整体支出绩效目标表 (部门整体支出绩效目标申报表): the income and expenditure composition with shares and the two
/// earlier years, the projects, the goals and the indicators.
/// </summary>
/// <param name="Unit">部门(单位)名称.</param>
public sealed record OverallPerformanceGoal(string Unit)
{
    /// <summary>The table id used in addresses (<c>表11</c>).</summary>
    public string TableId { get; init; } = "表11";

    /// <summary>收入构成 lines, with the 合计 line last.</summary>
    public EquatableArray<CompositionLine> Income { get; init; }

    /// <summary>支出构成 lines (人员类/运转类/特定目标类 项目支出; older layouts 基本支出/项目支出), with the 合计 line last.</summary>
    public EquatableArray<CompositionLine> Expenditure { get; init; }

    /// <summary>项目支出情况.</summary>
    public EquatableArray<GoalProject> Projects { get; init; }

    /// <summary>Long-term goals (长期目标).</summary>
    public EquatableArray<string> LongTermGoals { get; init; }

    /// <summary>Annual goals (年度目标).</summary>
    public EquatableArray<string> AnnualGoals { get; init; }

    /// <summary>长期绩效指标.</summary>
    public EquatableArray<PerformanceIndicator> LongTermIndicators { get; init; }

    /// <summary>年度绩效指标.</summary>
    public EquatableArray<PerformanceIndicator> AnnualIndicators { get; init; }
}
