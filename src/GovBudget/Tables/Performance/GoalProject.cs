using GovBudget.Amounts;

namespace GovBudget.Tables.Performance;

/// <summary>A row of the 项目支出情况 block of 表11.</summary>
/// <param name="Name">项目名称.</param>
/// <param name="Category">支出项目类别.</param>
/// <param name="TotalBudget">项目总预算.</param>
/// <param name="YearBudget">项目本年度预算.</param>
/// <param name="Purpose">项目主要支出方向和用途.</param>
public sealed record GoalProject(string Name, string? Category, ReportedValue? TotalBudget, ReportedValue? YearBudget, string? Purpose = null);
