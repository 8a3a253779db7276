using System.Collections.Immutable;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>
/// What the importer needs per table: the printed titles that find it, the row kinds it takes, its columns with their
/// header texts, its fixed lines with their labels and the notes that say it is empty. Built today from the built-in
/// table definitions; a table set (docs/table-sets.md) will produce the same data.
/// </summary>
/// <param name="TableId">The table id (<c>表5-1</c>, <c>公开01</c>).</param>
/// <param name="Disclosure">The disclosure kind the table belongs to.</param>
/// <param name="Titles">The printed titles (without leading numbers, years or department names), longest first is not required.</param>
/// <param name="RowKinds">The row kinds the table takes.</param>
/// <param name="Columns">The columns in printed order.</param>
/// <param name="Lines">The fixed lines of a summary table (empty for tree tables).</param>
/// <param name="EmptyNotes">Texts of notes that say the table is empty (<c>本表无数据</c>, <c>故本表为空表</c>).</param>
public sealed record ImportTableSpec(
    string TableId,
    DisclosureKind Disclosure,
    ImmutableArray<string> Titles,
    ImmutableArray<RowKeyKind> RowKinds,
    ImmutableArray<ImportColumnSpec> Columns,
    ImmutableArray<ImportLineSpec> Lines,
    ImmutableArray<string> EmptyNotes)
{
    /// <summary>The table kind rows are built into; null for a spec that only finds regions (no mapping into the model).</summary>
    public TableDefinition? Definition { get; init; }

    /// <summary>Whether the table prints income and expenditure side by side (its lines carry the sides 收入 and 支出).</summary>
    public bool IsTwoSided => Lines.Any(l => l.Side == "收入") && Lines.Any(l => l.Side == "支出");

    /// <summary>Whether the table's rows carry printed line numbers (行次).</summary>
    public bool HasLineNumbers => RowKinds.Contains(RowKeyKind.Line);
}
