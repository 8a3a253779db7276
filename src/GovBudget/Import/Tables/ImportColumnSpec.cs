using System.Collections.Immutable;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>What the importer needs to know about one column of a table: its id and the header texts that name it.</summary>
/// <param name="Id">The column id of the table kind (<see cref="ColumnDefinition.Id"/>).</param>
/// <param name="HeaderTexts">The texts printed in the header for this column (its own cell), most specific first.</param>
/// <param name="Group">The text of the spanning header cell above it, if any (<c>本年收入</c>, <c>基本支出</c>).</param>
/// <param name="Kind">Whether the column holds amounts or text.</param>
/// <param name="Side">For two-sided summary tables, the side (<c>收入</c> or <c>支出</c>) the column belongs to; null for both.</param>
/// <param name="Number">The printed column number (栏次), if the table prints one.</param>
public sealed record ImportColumnSpec(string Id, ImmutableArray<string> HeaderTexts, string? Group, ColumnKind Kind, string? Side = null, int? Number = null);
