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
}
