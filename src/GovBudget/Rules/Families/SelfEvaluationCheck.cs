namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="SelfEvaluationRule"/> checks in each 绩效自评表.</summary>
public enum SelfEvaluationCheck
{
    /// <summary>执行率 = 执行数 (B) ÷ 预算数 (A).</summary>
    ExecutionRate = 0,

    /// <summary>预算执行 得分 = 分值 × 执行率 (capped at the 分值).</summary>
    ExecutionScore = 1,

    /// <summary>自评得分 = 预算执行得分 + 项目绩效总目标得分 + Σ 指标得分.</summary>
    TotalScore = 2,

    /// <summary>No score exceeds its 分值 (项目绩效总目标, indicators).</summary>
    ScoreWithinWeight = 3,

    /// <summary>The weights add up to the 总分's 分值: 预算执行 分值 + 项目绩效总目标 分值 + Σ 指标分值 (or Σ category 分值) = 总分 分值.</summary>
    WeightTotal = 4,

    /// <summary>Each printed category 分值 (产出指标 50 …; 年度绩效指标 for all) equals the sum of its indicators' 分值.</summary>
    CategoryWeight = 5,
}
