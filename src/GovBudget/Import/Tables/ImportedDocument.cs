using System.Collections.Immutable;

namespace GovBudget.Import.Tables;

/// <summary>A document read by <see cref="TableImporter"/>: its tables, what was not understood, and the text around.</summary>
/// <param name="Source">The source name (file).</param>
/// <param name="Recognition">Kind, year and department.</param>
/// <param name="Tables">The tables found, in printed order.</param>
/// <param name="Issues">Everything inside tables that was not understood, and the assumptions made.</param>
/// <param name="Text">The lines outside the tables, in reading order.</param>
public sealed record ImportedDocument(
    string Source,
    DocumentRecognition Recognition,
    ImmutableArray<ImportedTable> Tables,
    ImmutableArray<ImportIssue> Issues,
    ImmutableArray<ImportedTextLine> Text)
{
    /// <summary>The issues that are not understood text (not assumptions).</summary>
    public IEnumerable<ImportIssue> NotUnderstood => Issues.Where(i => i.Kind == ImportIssueKind.NotUnderstood);
}
