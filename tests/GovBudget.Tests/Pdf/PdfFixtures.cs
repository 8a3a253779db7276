using System.Diagnostics;
using GovBudget.Tests.Docs;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GovBudget.Tests.Pdf;

/// <summary>
/// The PDFs the PDF tests read: the shared corpus beside the repository (<c>../shared/corpus</c>, never copied into
/// it), PDFs generated here with PdfPig's writer, and PDFs printed by headless Chromium. A missing corpus or Chromium
/// skips the test with the reason, except in CI (<c>CI=true</c>), where it fails.
/// </summary>
internal static class PdfFixtures
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string CorpusFolder => Path.GetFullPath(Path.Combine(ReadmeTests.FindRepositoryRoot(), "..", "shared", "corpus"));

    /// <summary>The path of a corpus PDF, or a skip (a failure in CI) saying it is absent.</summary>
    public static string Corpus(string fileName)
    {
        var path = Path.Combine(CorpusFolder, fileName);
        if (!File.Exists(path))
        {
            Unavailable($"corpus PDF {fileName} is absent: expected in {CorpusFolder} (the shared corpus beside the repository)");
        }

        return path;
    }

    /// <summary>Every corpus PDF, or a skip (a failure in CI) when the folder is absent.</summary>
    public static string[] AllCorpus()
    {
        var files = Directory.Exists(CorpusFolder) ? Directory.GetFiles(CorpusFolder, "*.pdf") : [];
        if (files.Length == 0)
        {
            Unavailable($"the PDF corpus is absent: expected in {CorpusFolder} (the shared corpus beside the repository)");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static void Unavailable(string reason)
    {
        if (InCi)
        {
            throw new InvalidOperationException(reason + "; CI=true requires it.");
        }

        Console.WriteLine("[skipped] " + reason);
        Skip.If(true, reason);
    }

    /// <summary>
    /// A generated two-page PDF: page 1 a small ruled table in Helvetica (title, labels, numbers; borders drawn as
    /// lines, cell by cell), page 2 text only.
    /// </summary>
    public static byte[] Table()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Budget summary 2025", 14, new PdfPoint(72, 760), font);
        string[][] rows = [["Item", "Amount"], ["Fiscal grants", "371,514,655.00"], ["Total", "371,514,655.00"]];
        const double left = 72, middle = 222, right = 372, top = 740, height = 20;
        for (var r = 0; r < rows.Length; r++)
        {
            var y = top - ((r + 1) * height);
            page.AddText(rows[r][0], 10, new PdfPoint(left + 4, y + 6), font);
            var measured = page.MeasureText(rows[r][1], 10, new PdfPoint(0, 0), font);
            var width = measured[^1].EndBaseLine.X - measured[0].StartBaseLine.X;
            page.AddText(rows[r][1], 10, new PdfPoint(right - 4 - width, y + 6), font);
            page.DrawLine(new PdfPoint(left, y), new PdfPoint(middle, y), 0.5);
            page.DrawLine(new PdfPoint(middle, y), new PdfPoint(right, y), 0.5);
        }

        page.DrawLine(new PdfPoint(left, top), new PdfPoint(right, top), 0.5);
        foreach (var x in new[] { left, middle, right })
        {
            page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, top - (rows.Length * height)), 0.5);
        }

        var second = builder.AddPage(PageSize.A4);
        second.AddText("Notes: the figures are in yuan.", 11, new PdfPoint(72, 760), font);
        return builder.Build();
    }

    // A 1×1 grey PNG: the "scan" of a page without a text layer.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");

    /// <summary>A generated PDF whose pages show only an image, as a scan does: no text layer, no rules.</summary>
    public static byte[] NoText(int pages = 2)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(Png, new PdfRectangle(0, 0, 595, 842));
        }

        return builder.Build();
    }

    /// <summary>A generated PDF of <paramref name="pages"/> pages with a line of text each, the second without text.</summary>
    public static byte[] Pages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (i != 2)
            {
                page.AddText("Page " + i, 12, new PdfPoint(72, 760), font);
            }
        }

        return builder.Build();
    }

    /// <summary>Prints <paramref name="html"/> to a PDF with <c>eng/html-to-pdf.sh</c> (headless Chromium), or skips.</summary>
    public static byte[] FromHtml(string html, out TimeSpan elapsed)
    {
        var script = Path.Combine(ReadmeTests.FindRepositoryRoot(), "eng", "html-to-pdf.sh");
        if (!new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.Any(File.Exists))
        {
            Unavailable("chromium is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run installs it)");
        }

        var folder = Directory.CreateTempSubdirectory("govbudget-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "table.html");
            var output = Path.Combine(folder.FullName, "table.pdf");
            File.WriteAllText(input, html);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("bash", [script, input, output]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("html-to-pdf.sh did not finish within 60 s");
            }

            elapsed = clock.Elapsed;
            process.ExitCode.ShouldBe(0, stderr.Result);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
