using GovBudget.Amounts;
using GovBudget.Classification;

namespace GovBudget.Serialization.Json;

/// <summary>表11 整体支出绩效目标表.</summary>
internal sealed class OverallGoalDto
{
    public required string Unit { get; init; }

    public required string TableId { get; init; }

    public List<CompositionLineDto>? Income { get; init; }

    public List<CompositionLineDto>? Expenditure { get; init; }

    public List<GoalProjectDto>? Projects { get; init; }

    public List<string>? LongTermGoals { get; init; }

    public List<string>? AnnualGoals { get; init; }

    public List<IndicatorDto>? LongTermIndicators { get; init; }

    public List<IndicatorDto>? AnnualIndicators { get; init; }
}

/// <summary>A composition line of 表11.</summary>
internal sealed class CompositionLineDto
{
    public required string Name { get; init; }

    public ReportedValue? Amount { get; init; }

    public Percentage? Share { get; init; }

    public List<YearAmountDto>? PriorYears { get; init; }
}

/// <summary>A project row of 表11.</summary>
internal sealed class GoalProjectDto
{
    public required string Name { get; init; }

    public string? Category { get; init; }

    public ReportedValue? TotalBudget { get; init; }

    public ReportedValue? YearBudget { get; init; }

    public string? Purpose { get; init; }
}

/// <summary>A performance indicator.</summary>
internal sealed class IndicatorDto
{
    public required string Level1 { get; init; }

    public required string Level2 { get; init; }

    public required string Level3 { get; init; }

    public required IndicatorValueDto Target { get; init; }

    public IndicatorValueDto? Actual { get; init; }

    public string? Basis { get; init; }

    public List<IndicatorValueDto>? History { get; init; }

    public decimal? Weight { get; init; }

    public decimal? Score { get; init; }

    public string? Goal { get; init; }
}

/// <summary>
/// An indicator value: the printed <c>text</c>; <c>comparator</c>, <c>number</c> and <c>unit</c> are written only when
/// they differ from what parsing the text gives.
/// </summary>
internal sealed class IndicatorValueDto
{
    public required string Text { get; init; }

    public string? Comparator { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }
}

/// <summary>表12 项目支出绩效目标表.</summary>
internal sealed class ProjectGoalDto
{
    public required string Name { get; init; }

    public required string TableId { get; init; }

    public string? ProjectCode { get; init; }

    public string? Department { get; init; }

    public string? ExecutingUnit { get; init; }

    public string? Manager { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public string? PostCode { get; init; }

    public string? Attribute { get; init; }

    public string? Category { get; init; }

    public int? StartYear { get; init; }

    public int? EndYear { get; init; }

    public string? Reason { get; init; }

    public string? Content { get; init; }

    public ReportedValue? TotalBudget { get; init; }

    public ReportedValue? YearBudget { get; init; }

    public string? BudgetHistory { get; init; }

    public List<NamedAmountDto>? FundingSources { get; init; }

    public List<CostItemDto>? CostItems { get; init; }

    public List<ProcurementItemDto>? Procurement { get; init; }

    public List<string>? LongTermGoals { get; init; }

    public List<string>? AnnualGoals { get; init; }

    public List<IndicatorDto>? LongTermIndicators { get; init; }

    public List<IndicatorDto>? AnnualIndicators { get; init; }
}

/// <summary>A cost line of 表12.</summary>
internal sealed class CostItemDto
{
    public required string Activity { get; init; }

    public string? EconomicName { get; init; }

    public ReportedValue? Amount { get; init; }

    public EconomicCode? EconomicCode { get; init; }

    public string? Description { get; init; }

    public string? Basis { get; init; }
}

/// <summary>A procurement line of 表12.</summary>
internal sealed class ProcurementItemDto
{
    public required string Name { get; init; }

    public string? Quantity { get; init; }

    public ReportedValue? Amount { get; init; }
}

/// <summary>A 绩效自评表.</summary>
internal sealed class SelfEvaluationDto
{
    public required string Level { get; init; }

    public required string Name { get; init; }

    public required string TableId { get; init; }

    public string? Department { get; init; }

    public string? ExecutingUnit { get; init; }

    public ReportedValue? BasicExpenditure { get; init; }

    public ReportedValue? ProjectExpenditure { get; init; }

    public List<FundDto>? Funds { get; init; }

    public string? InitialGoal { get; init; }

    public string? GoalOutcome { get; init; }

    public decimal? GoalWeight { get; init; }

    public decimal? GoalScore { get; init; }

    public List<IndicatorDto>? Indicators { get; init; }

    public decimal? TotalScore { get; init; }

    public decimal? TotalWeight { get; init; }

    public List<CategoryWeightDto>? CategoryWeights { get; init; }

    public string? DeviationReason { get; init; }

    public string? Improvement { get; init; }
}

/// <summary>The 分值 of a category of indicators in a self-evaluation.</summary>
internal sealed class CategoryWeightDto
{
    public required string Name { get; init; }

    public required decimal Weight { get; init; }
}

/// <summary>A 预算执行情况 line of a self-evaluation.</summary>
internal sealed class FundDto
{
    public required string Name { get; init; }

    public ReportedValue? Budget { get; init; }

    public ReportedValue? Actual { get; init; }

    public Percentage? ExecutionRate { get; init; }

    public ReportedValue? InitialBudget { get; init; }

    public decimal? Weight { get; init; }

    public decimal? Score { get; init; }
}
