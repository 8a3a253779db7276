using GovBudget.Collections;

namespace GovBudget.Tables;

/// <summary>A row of a table: its key, printed label, cells in column order and, for grouped tables, its parent row.</summary>
/// <param name="Key">The row key, unique in the table.</param>
/// <param name="Label">The printed label (科目名称, 项目名称 …), if any.</param>
/// <param name="Cells">One cell per column of the table's definition, in column order.</param>
/// <param name="Parent">
/// The parent row for grouped tables that are not keyed by codes (表10: 部门 → 单位 → 项目类别 → 项目). Rows keyed by
/// subject codes leave it <see langword="null"/>: their parent follows from the code.
/// </param>
public sealed record TableRow(RowKey Key, string? Label, EquatableArray<Cell> Cells, RowKey? Parent = null);
