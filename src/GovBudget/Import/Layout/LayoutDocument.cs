using System.Collections.Immutable;

namespace GovBudget.Import.Layout;

/// <summary>
/// A document as positioned words and ruling lines per page: what every import source (PDF, extracted text) produces
/// and what table reconstruction reads. Sources: <c>GovBudget.Pdf</c> for PDFs, the text reader of <c>GovBudget.Import.Text</c> for text.
/// </summary>
/// <param name="Source">The file or stream name, for messages and provenance.</param>
/// <param name="Kind">PDF or text (decides the units of the boxes).</param>
/// <param name="Pages">The pages in order.</param>
public sealed record LayoutDocument(string Source, LayoutSourceKind Kind, ImmutableArray<LayoutPage> Pages);
