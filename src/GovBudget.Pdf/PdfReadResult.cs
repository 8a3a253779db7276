using System.Collections.Immutable;
using GovBudget.Import.Layout;

namespace GovBudget.Pdf;

/// <summary>What <see cref="PdfLayoutReader"/> read from a PDF: the layout, and what the caller should report about it.</summary>
/// <param name="Document">Every page's words and ruling lines.</param>
/// <param name="Diagnostics">Notes on the document (no text layer, pages without text, undecodable letters), in page order.</param>
public sealed record PdfReadResult(LayoutDocument Document, ImmutableArray<PdfDiagnostic> Diagnostics)
{
    /// <summary>
    /// <see langword="true"/> when at least one page has text. When <see langword="false"/> the PDF is a scan (or
    /// images only): report "no text layer, OCR needed"; <see cref="Diagnostics"/> then holds
    /// <see cref="PdfDiagnosticCode.NoTextLayer"/>.
    /// </summary>
    public bool HasTextLayer => Document.Pages.Any(static p => !p.Words.IsEmpty);

    /// <summary>The program that made the PDF (<c>/Producer</c>, else <c>/Creator</c> of the document information), if stated.</summary>
    public string? Producer { get; init; }
}
