using System.Collections.Immutable;
using GovBudget.Import.Layout;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>One row read from a table.</summary>
/// <param name="Key">The row key (code, fixed line, unit, project …).</param>
/// <param name="Label">The printed label (name), wrapped parts joined.</param>
/// <param name="Parent">The parent row for grouped tables (表10: 部门 → 单位 → 类别 → 项目), else null.</param>
/// <param name="Cells">The non-blank cells, each matched to a column.</param>
/// <param name="Page">The page the row starts on.</param>
/// <param name="Line">The line (1-based, on its page) the row starts on.</param>
/// <param name="Box">The box of the whole printed row.</param>
public sealed record ImportedRow(RowKey Key, string? Label, RowKey? Parent, ImmutableArray<ImportedCell> Cells, int Page, int Line, LayoutBox Box);
