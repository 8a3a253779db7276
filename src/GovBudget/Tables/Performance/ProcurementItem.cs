using GovBudget.Amounts;

namespace GovBudget.Tables.Performance;

/// <summary>A line of 项目采购 in 表12.</summary>
/// <param name="Name">品名.</param>
/// <param name="Quantity">数量 as printed (<c>12 个月</c>).</param>
/// <param name="Amount">金额.</param>
public sealed record ProcurementItem(string Name, string? Quantity, ReportedValue? Amount);
