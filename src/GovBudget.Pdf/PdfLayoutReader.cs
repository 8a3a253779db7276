using System.Collections.Immutable;
using System.Globalization;
using GovBudget.Import.Layout;
using GovBudget.Pdf.Internal;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace GovBudget.Pdf;

/// <summary>
/// Reads a PDF into a <see cref="LayoutDocument"/>: every page's words (PdfPig's letters grouped in reading order, one
/// word per printed cell or run of prose) and the ruling lines it draws, with boxes in points, origin bottom left.
/// </summary>
/// <remarks>
/// <para>
/// Malformed input — not a PDF, truncated, damaged beyond PdfPig's lenient repair, encrypted with a password that is
/// not given, more than <see cref="PdfReadOptions.MaxPages"/> pages or <see cref="PdfReadOptions.MaxBytes"/> bytes, or
/// not read within <see cref="PdfReadOptions.Timeout"/> — throws <see cref="GovBudgetFormatException"/> naming the
/// source (and the page, in <see cref="GovBudgetFormatException.Path"/> as <c>page N</c>, when one page is at fault).
/// No other exception escapes for bad input.
/// </para>
/// <para>
/// A PDF without a text layer (a scan) is not an error: the result has pages without words,
/// <see cref="PdfReadResult.HasTextLayer"/> is <see langword="false"/> and a <see cref="PdfDiagnosticCode.NoTextLayer"/>
/// diagnostic says OCR is needed.
/// </para>
/// <para>
/// The time bound: parsing runs on a dedicated worker thread (16 MB stack) and the caller waits at most
/// <see cref="PdfReadOptions.Timeout"/>. When it passes, the caller gets the exception and the worker is cancelled: it
/// stops at its next read of the input or its next page. (A loop inside PdfPig that touches neither would keep the
/// background worker busy until the process ends; the caller is never held up by it.)
/// </para>
/// </remarks>
public static class PdfLayoutReader
{
    private const int WorkerStack = 16 * 1024 * 1024;

    // Where readers look for the %PDF- header (PDF 32000-1 allows leading bytes; readers search the first 1,024).
    private const int HeaderWindow = 1024;

    /// <summary>Reads the PDF file at <paramref name="path"/>; the path is the source name.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Bounds and switches; <see langword="null"/> for <see cref="PdfReadOptions.Default"/>.</param>
    /// <returns>The layout and its diagnostics.</returns>
    /// <exception cref="GovBudgetFormatException">The file is not a readable PDF within the bounds.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static PdfReadResult Read(string path, PdfReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= PdfReadOptions.Default;
        options.Validate();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>Reads a PDF from <paramref name="stream"/> (read to its end, not closed).</summary>
    /// <param name="stream">The PDF bytes.</param>
    /// <param name="sourceName">The name for messages and <see cref="LayoutDocument.Source"/>.</param>
    /// <param name="options">Bounds and switches; <see langword="null"/> for <see cref="PdfReadOptions.Default"/>.</param>
    /// <returns>The layout and its diagnostics.</returns>
    /// <exception cref="GovBudgetFormatException">The stream does not hold a readable PDF within the bounds.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PdfReadResult Read(Stream stream, string sourceName, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= PdfReadOptions.Default;
        options.Validate();
        var bytes = ReadAll(stream, sourceName, options.MaxBytes);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, HeaderWindow)).IndexOf("%PDF-"u8) < 0)
        {
            throw new GovBudgetFormatException(
                bytes.Length == 0 ? "the input is empty, not a PDF" : "not a PDF: no %PDF- header in its first 1,024 bytes", sourceName, null, null);
        }

        return ReadBounded(bytes, sourceName, options, pdfPigPages: false);
    }

    /// <summary>
    /// The reference reading, for tests and benchmarks: PdfPig's own pages (<c>Page.Letters</c> and <c>Page.Paths</c>
    /// with <c>ParsingOptions.ClipPaths</c>) instead of <see cref="LayoutPageFactory"/>; the same words and rules are expected.
    /// </summary>
    internal static PdfReadResult ReadWithPdfPigPages(byte[] bytes, string sourceName, PdfReadOptions? options = null)
        => ReadBounded(bytes, sourceName, options ?? PdfReadOptions.Default, pdfPigPages: true);

    private static byte[] ReadAll(Stream stream, string sourceName, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw TooLarge(sourceName, maxBytes);
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length - stream.Position, int.MaxValue)) : new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw TooLarge(sourceName, maxBytes);
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static GovBudgetFormatException TooLarge(string sourceName, long maxBytes)
        => new(string.Create(CultureInfo.InvariantCulture, $"the PDF is larger than {maxBytes} bytes (PdfReadOptions.MaxBytes)"), sourceName, null, null);

    private static PdfReadResult ReadBounded(byte[] bytes, string sourceName, PdfReadOptions options, bool pdfPigPages)
    {
        using var cancellation = new CancellationTokenSource();
        PdfReadResult? result = null;
        Exception? error = null;
        var token = cancellation.Token;
        var worker = new Thread(
            () =>
            {
                try
                {
                    result = Parse(bytes, sourceName, options, pdfPigPages, token);
                }
#pragma warning disable CA1031 // every failure of the parser on bad input becomes the one documented exception
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                }
            },
            WorkerStack)
        {
            IsBackground = true,
            Name = "GovBudget.Pdf reader",
        };
        worker.Start();
        if (!worker.Join(options.Timeout))
        {
            cancellation.Cancel();
            throw new GovBudgetFormatException(
                string.Create(CultureInfo.InvariantCulture, $"the PDF could not be read within {options.Timeout.TotalSeconds:0.###} s (PdfReadOptions.Timeout); it is damaged or too complex"),
                sourceName, null, null);
        }

        if (error is not null)
        {
            throw error as GovBudgetFormatException ?? Wrap(error, sourceName, null);
        }

        return result!;
    }

    private static PdfReadResult Parse(byte[] bytes, string sourceName, PdfReadOptions options, bool pdfPigPages, CancellationToken token)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            // Letters and rules outside the clipping area are dropped (WPS 表格 draws a whole overflowing cell on each page
            // it spans): by LayoutPageFactory's rectangle clip, or, for the reference reading, by PdfPig's path clipping.
            ClipPaths = pdfPigPages,
            Passwords = [.. options.Passwords],
        };
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(new GuardedStream(bytes, token), parsing);
        }
#pragma warning disable CA1031
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw Wrap(e, sourceName, null);
        }

        using (document)
        {
            if (!pdfPigPages)
            {
                document.AddPageFactory<RawPage, LayoutPageFactory>();
                LayoutStreamProcessor.MaxThickness = (double)options.MaxRuleThickness;
            }

            int count;
            string? producer;
            try
            {
                count = document.NumberOfPages;
                producer = NonEmpty(document.Information?.Producer) ?? NonEmpty(document.Information?.Creator);
            }
#pragma warning disable CA1031
            catch (Exception e)
#pragma warning restore CA1031
            {
                throw Wrap(e, sourceName, null);
            }

            if (count < 1)
            {
                throw new GovBudgetFormatException("the PDF has no pages", sourceName, null, null);
            }

            if (count > options.MaxPages)
            {
                throw new GovBudgetFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"the PDF has {count} pages, more than {options.MaxPages} (PdfReadOptions.MaxPages)"),
                    sourceName, null, null);
            }

            var pages = ImmutableArray.CreateBuilder<LayoutPage>(count);
            var diagnostics = ImmutableArray.CreateBuilder<PdfDiagnostic>();
            var glyphs = new List<Glyph>();
            var boxes = new List<LayoutBox>();
            for (var number = 1; number <= count; number++)
            {
                token.ThrowIfCancellationRequested();
                try
                {
                    pages.Add(pdfPigPages
                        ? ReadPage(document, number, options, glyphs, boxes, diagnostics)
                        : ReadRawPage(document.GetPage<RawPage>(number), number, options, diagnostics));
                }
#pragma warning disable CA1031
                catch (Exception e)
#pragma warning restore CA1031
                {
                    throw Wrap(e, sourceName, number);
                }
            }

            var layout = new LayoutDocument(sourceName, LayoutSourceKind.Pdf, pages.MoveToImmutable());
            AddTextLayerDiagnostics(layout, diagnostics);
            return new PdfReadResult(layout, diagnostics.ToImmutable()) { Producer = producer };
        }
    }

    private static LayoutPage ReadRawPage(RawPage page, int number, PdfReadOptions options, ImmutableArray<PdfDiagnostic>.Builder diagnostics)
    {
        var rules = RuleMerger.Merge(page.Rules);
        var words = WordGrouper.Group(page.Glyphs, rules, options.WordGap, number);
        return Finish(number, page.Width, page.Height, page.Undecodable, page.Rotation, words, rules, diagnostics);
    }

    private static LayoutPage ReadPage(PdfDocument document, int number, PdfReadOptions options, List<Glyph> glyphs, List<LayoutBox> boxes, ImmutableArray<PdfDiagnostic>.Builder diagnostics)
    {
        var page = document.GetPage(number);
        glyphs.Clear();
        boxes.Clear();
        var undecodable = PdfPigAdapter.ReadLetters(page, glyphs);
        PdfPigAdapter.ReadRules(page, options.MaxRuleThickness, boxes);
        var rules = RuleMerger.Merge(boxes);
        var words = WordGrouper.Group(glyphs, rules, options.WordGap, number);
        var (width, height) = PdfPigAdapter.Size(page);
        return Finish(number, width, height, undecodable, PdfPigAdapter.Rotation(page), words, rules, diagnostics);
    }

    private static LayoutPage Finish(int number, decimal width, decimal height, int undecodable, int rotation, ImmutableArray<LayoutWord> words, List<LayoutBox> rules, ImmutableArray<PdfDiagnostic>.Builder diagnostics)
    {
        if (undecodable > 0)
        {
            diagnostics.Add(new PdfDiagnostic(PdfDiagnosticCode.UndecodableText, number,
                string.Create(CultureInfo.InvariantCulture, $"{undecodable} letters have no Unicode value (font without ToUnicode map); they read as U+FFFD")));
        }

        if (rotation != 0)
        {
            diagnostics.Add(new PdfDiagnostic(PdfDiagnosticCode.RotatedPage, number,
                string.Create(CultureInfo.InvariantCulture, $"the page is rotated by {rotation}°; boxes are in the unrotated page space")));
        }

        var ruleArray = ImmutableArray.CreateBuilder<LayoutRule>(rules.Count);
        foreach (var r in rules)
        {
            ruleArray.Add(new LayoutRule(r, number));
        }

        return new LayoutPage(number, width, height, words, ruleArray.MoveToImmutable());
    }

    private static void AddTextLayerDiagnostics(LayoutDocument layout, ImmutableArray<PdfDiagnostic>.Builder diagnostics)
    {
        var withoutText = layout.Pages.Where(static p => p.Words.IsEmpty).Select(static p => p.Number).ToList();
        if (withoutText.Count == layout.Pages.Length)
        {
            diagnostics.Insert(0, new PdfDiagnostic(PdfDiagnosticCode.NoTextLayer, null, "no page has text: the PDF is a scan or images only; OCR is needed"));
            return;
        }

        foreach (var number in withoutText)
        {
            diagnostics.Add(new PdfDiagnostic(PdfDiagnosticCode.PageWithoutText, number, "the page has no text (a scanned page, an image or a blank page)"));
        }

        var ordered = diagnostics.OrderBy(static d => d.Page ?? 0).ToList();
        diagnostics.Clear();
        diagnostics.AddRange(ordered);
    }

    private static GovBudgetFormatException Wrap(Exception error, string sourceName, int? page)
    {
        var reason = error switch
        {
            OperationCanceledException => "reading was cancelled: the time bound (PdfReadOptions.Timeout) passed",
            PdfDocumentEncryptedException => "the PDF is encrypted and needs a password (PdfReadOptions.Passwords)",
            UglyToad.PdfPig.Core.PdfDocumentFormatException f => "not a readable PDF: " + f.Message,
            GovBudgetFormatException g => g.Reason ?? g.Message,
            _ => "the PDF is damaged (" + error.GetType().Name + ": " + error.Message + ")",
        };
        return new GovBudgetFormatException(reason, sourceName, null, null,
            page is null ? null : string.Create(CultureInfo.InvariantCulture, $"page {page}"), error);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
