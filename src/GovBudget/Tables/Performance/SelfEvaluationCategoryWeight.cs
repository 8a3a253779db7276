namespace GovBudget.Tables.Performance;

/// <summary>
/// The 分值 a self-evaluation prints for a category of indicators: an 一级指标 (<c>产出指标 50</c>) or the whole block of
/// annual indicators (<c>年度绩效指标 60</c>).
/// </summary>
/// <param name="Name">The category as printed: an 一级指标 (产出指标, 效益指标 …) or 年度绩效指标 / 绩效指标 for all indicators.</param>
/// <param name="Weight">The printed 分值.</param>
public sealed record SelfEvaluationCategoryWeight(string Name, decimal Weight);
