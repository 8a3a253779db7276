namespace GovBudget.Pdf;

/// <summary>What a <see cref="PdfDiagnostic"/> reports. The values are stable: callers may switch on them.</summary>
public enum PdfDiagnosticCode
{
    /// <summary>No page has any text: the PDF is a scan or an image export and needs OCR before it can be imported.</summary>
    NoTextLayer = 0,

    /// <summary>This page has no text, though other pages do (a scanned page, an image or a blank page).</summary>
    PageWithoutText = 1,

    /// <summary>
    /// Some letters of this page have no Unicode value (a font without a ToUnicode map): their text is replaced by
    /// U+FFFD and words containing them cannot be trusted.
    /// </summary>
    UndecodableText = 2,

    /// <summary>This page is rotated (<c>/Rotate</c>); boxes are in the unrotated page space.</summary>
    RotatedPage = 3,
}
