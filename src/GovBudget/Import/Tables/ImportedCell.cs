using GovBudget.Import.Layout;

namespace GovBudget.Import.Tables;

/// <summary>One cell read from a table: the column it was matched to and the text as printed, with where it was printed.</summary>
/// <param name="ColumnId">The column id of the table kind.</param>
/// <param name="Text">The printed text (<c>1,002.76</c>, <c>34.8 1</c>, <c>-</c>).</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="Box">The box of the printed text.</param>
public sealed record ImportedCell(string ColumnId, string Text, int Page, LayoutBox Box);
