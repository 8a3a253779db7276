namespace GovBudget.Tables;

/// <summary>A column of a table kind.</summary>
/// <param name="Id">The stable id used in addresses and formulas (e.g. <c>合计</c>, <c>基本支出</c>, <c>一般公共预算.本年拨款</c>).</param>
/// <param name="NameZh">The printed Chinese header.</param>
/// <param name="NameEn">The English header.</param>
/// <param name="Number">The printed column number (栏次), if the table prints one.</param>
/// <param name="Kind">Whether the column holds amounts or text.</param>
/// <param name="Group">The printed header group above the column (e.g. <c>基本支出</c> over 人员经费/公用经费), if any.</param>
public sealed record ColumnDefinition(string Id, string NameZh, string NameEn, int? Number = null, ColumnKind Kind = ColumnKind.Amount, string? Group = null);
