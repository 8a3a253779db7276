using GovBudget.Import.Layout;

namespace GovBudget.Import.Tables;

/// <summary>Something the importer did not understand, or a choice it made, with where it was printed.</summary>
/// <param name="Kind">Not understood, or an assumption.</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="Line">The 1-based line on the page.</param>
/// <param name="Box">The box of the text, if known.</param>
/// <param name="Text">The printed text.</param>
/// <param name="Reason">Why it was not understood, or what was assumed.</param>
/// <param name="TableId">The table the text was printed in, if any.</param>
public sealed record ImportIssue(ImportIssueKind Kind, int Page, int Line, LayoutBox? Box, string Text, string Reason, string? TableId)
{
    /// <inheritdoc/>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p.{Page} l.{Line} {TableId ?? "-"} {Kind}: {Reason}: {Text}");
}
