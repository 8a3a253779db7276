using System.Collections.Immutable;
using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>A fixed line of a summary table (本年收入合计, 行次 27 …) and the labels it is printed with.</summary>
/// <param name="Key">The row key the line is stored under.</param>
/// <param name="Labels">The printed labels (without ordinals such as <c>一、</c> or <c>(一)</c>).</param>
/// <param name="Side">The side of a two-sided table (<c>收入</c> or <c>支出</c>), or null.</param>
/// <param name="Subject">The 类 the line stands for, for expenditure lines named after a 类.</param>
/// <param name="Parent">The label of the line this one is printed under (<c>本年收入</c> for <c>(一) 一般公共预算拨款</c>), or null.</param>
public sealed record ImportLineSpec(RowKey Key, ImmutableArray<string> Labels, string? Side, FunctionalCode? Subject = null, string? Parent = null);
