using GovBudget.Import.Layout;

namespace GovBudget.Import;

/// <summary>Where a cell of an imported disclosure was printed.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="Box">The box of the printed text.</param>
/// <param name="Text">The text as printed.</param>
public sealed record CellProvenance(int Page, LayoutBox Box, string Text);
