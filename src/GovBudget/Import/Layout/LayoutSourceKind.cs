namespace GovBudget.Import.Layout;

/// <summary>Where a <see cref="LayoutDocument"/> came from, which decides its coordinate units.</summary>
public enum LayoutSourceKind
{
    /// <summary>A PDF: coordinates in points, origin bottom left, ruling lines where the PDF draws them.</summary>
    Pdf = 0,

    /// <summary>Extracted text (tab- or space-separated, <c>pdftotext -layout</c>): character columns and lines.</summary>
    Text = 1,
}
