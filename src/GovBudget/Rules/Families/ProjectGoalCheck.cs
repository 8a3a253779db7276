namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="ProjectGoalRule"/> checks in each 表12 项目支出绩效目标表.</summary>
public enum ProjectGoalCheck
{
    /// <summary>项目当年预算 = Σ 项目支出明细测算 amounts.</summary>
    CostItems = 0,

    /// <summary>资金来源 合计 = Σ numbered sources (1. 一般公共预算财政拨款 …), and 项目当年预算 = 资金来源 合计.</summary>
    Funding = 1,

    /// <summary>项目当年预算 = the project's 合计 in 表10 (found by 项目编码 or name).</summary>
    ProjectTable = 2,
}
