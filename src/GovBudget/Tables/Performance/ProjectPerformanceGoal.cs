using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Tables.Performance;

/// <summary>
/// 表12 项目支出绩效目标表 (部门项目申报表, 含绩效目标) of one project: header facts, budget, funding sources, cost
/// breakdown, procurement, goals and indicators.
/// </summary>
/// <param name="Name">项目名称.</param>
public sealed record ProjectPerformanceGoal(string Name)
{
    /// <summary>The table id used in addresses (<c>表12-1</c> …).</summary>
    public string TableId { get; init; } = "表12";

    /// <summary>项目编码 (<c>42010626506T000000102</c>).</summary>
    public string? ProjectCode { get; init; }

    /// <summary>项目主管部门.</summary>
    public string? Department { get; init; }

    /// <summary>项目执行单位.</summary>
    public string? ExecutingUnit { get; init; }

    /// <summary>项目负责人.</summary>
    public string? Manager { get; init; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }

    /// <summary>单位地址.</summary>
    public string? Address { get; init; }

    /// <summary>邮政编码 as printed.</summary>
    public string? PostCode { get; init; }

    /// <summary>项目属性 (常年性项目, 一次性项目).</summary>
    public string? Attribute { get; init; }

    /// <summary>支出项目类别.</summary>
    public string? Category { get; init; }

    /// <summary>起始年度.</summary>
    public int? StartYear { get; init; }

    /// <summary>终止年度.</summary>
    public int? EndYear { get; init; }

    /// <summary>项目申请理由.</summary>
    public string? Reason { get; init; }

    /// <summary>项目主要内容.</summary>
    public string? Content { get; init; }

    /// <summary>项目总预算.</summary>
    public ReportedValue? TotalBudget { get; init; }

    /// <summary>项目当年预算.</summary>
    public ReportedValue? YearBudget { get; init; }

    /// <summary>项目前两年预算及当年预算变动情况, as printed.</summary>
    public string? BudgetHistory { get; init; }

    /// <summary>项目当年资金来源: 合计 first, then each source as printed (blank sources have no value).</summary>
    public EquatableArray<NamedAmount> FundingSources { get; init; }

    /// <summary>项目支出明细测算.</summary>
    public EquatableArray<CostItem> CostItems { get; init; }

    /// <summary>项目采购.</summary>
    public EquatableArray<ProcurementItem> Procurement { get; init; }

    /// <summary>长期绩效目标 texts.</summary>
    public EquatableArray<string> LongTermGoals { get; init; }

    /// <summary>年度绩效目标 texts.</summary>
    public EquatableArray<string> AnnualGoals { get; init; }

    /// <summary>长期绩效目标表 indicators.</summary>
    public EquatableArray<PerformanceIndicator> LongTermIndicators { get; init; }

    /// <summary>年度绩效目标表 indicators.</summary>
    public EquatableArray<PerformanceIndicator> AnnualIndicators { get; init; }
}
