using System.Collections.Immutable;
using GovBudget.Amounts;

namespace GovBudget.Import.Tables;

/// <summary>One table found in a document: where, its printed title, the spec it matched, its unit, columns and rows.</summary>
/// <param name="Spec">The spec the printed title matched.</param>
/// <param name="PrintedTitle">The title as printed.</param>
/// <param name="Pages">The pages the table is printed on.</param>
/// <param name="Precision">The unit stated near the title and the decimals the values are printed with.</param>
/// <param name="Department">The department stated near the title (<c>编制部门：…</c>, <c>部门：…</c>), if any.</param>
/// <param name="Columns">The printed columns, in printed order, with the header text each was recognised by.</param>
/// <param name="Rows">The rows, in printed order.</param>
/// <param name="Notes">The notes printed under the table (<c>注：…</c>, <c>备注：…</c>).</param>
/// <param name="IsDeclaredEmpty">Whether a note says the table is empty (<c>本表无数据</c>).</param>
public sealed record ImportedTable(
    ImportTableSpec Spec,
    string PrintedTitle,
    ImmutableArray<int> Pages,
    Precision Precision,
    string? Department,
    ImmutableArray<ImportedColumn> Columns,
    ImmutableArray<ImportedRow> Rows,
    ImmutableArray<string> Notes,
    bool IsDeclaredEmpty)
{
    /// <summary>The table id of the matched spec.</summary>
    public string TableId => Spec.TableId;

    /// <summary>The number of non-blank cells read.</summary>
    public int CellCount => Rows.Sum(r => r.Cells.Length);
}
