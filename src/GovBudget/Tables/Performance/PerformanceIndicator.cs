using GovBudget.Collections;

namespace GovBudget.Tables.Performance;

/// <summary>
/// One indicator row of a performance table: 一级/二级/三级指标, its target value and, in self-evaluations, the actual
/// value, weight (分值) and score (得分).
/// </summary>
/// <param name="Level1">一级指标 (产出指标, 效益指标, 满意度指标, 成本指标).</param>
/// <param name="Level2">二级指标 (数量指标, 质量指标, 时效指标 …).</param>
/// <param name="Level3">三级指标 / 指标名称.</param>
/// <param name="Target">指标值 or 年初目标值.</param>
public sealed record PerformanceIndicator(string Level1, string Level2, string Level3, IndicatorValue Target)
{
    /// <summary>实际完成值, in self-evaluations.</summary>
    public IndicatorValue? Actual { get; init; }

    /// <summary>指标值确定依据 (计划标准, 计划数据 …).</summary>
    public string? Basis { get; init; }

    /// <summary>The values of earlier years where printed (近两年指标值: 前年, 上年), oldest first.</summary>
    public EquatableArray<IndicatorValue> History { get; init; }

    /// <summary>分值 (weight), where printed.</summary>
    public decimal? Weight { get; init; }

    /// <summary>得分 (score), where printed.</summary>
    public decimal? Score { get; init; }

    /// <summary>The goal the indicator belongs to (长期绩效目标 1 …), where printed.</summary>
    public string? Goal { get; init; }
}
