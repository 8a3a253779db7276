using System.Globalization;

namespace GovBudget.Pdf;

/// <summary>Something the caller should know about a PDF that was read: not an error, the document was read.</summary>
/// <param name="Code">What it is.</param>
/// <param name="Page">The 1-based page, or <see langword="null"/> for the whole document.</param>
/// <param name="Message">An English description for logs.</param>
public sealed record PdfDiagnostic(PdfDiagnosticCode Code, int? Page, string Message)
{
    /// <summary>The invariant form <c>Code (page N): Message</c>.</summary>
    public override string ToString()
        => Page is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Code}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{Code} (page {Page}): {Message}");
}
