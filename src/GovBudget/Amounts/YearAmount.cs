namespace GovBudget.Amounts;

/// <summary>A figure of a given year (近两年收支金额, 上年预算 …).</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The printed figure, or <see langword="null"/> when blank.</param>
public sealed record YearAmount(int Year, ReportedValue? Value);
