using GovBudget.Pdf;

namespace GovBudget.Tests.Pdf;

/// <summary>
/// The reader's own page factory (glyphs and rule boxes straight from PdfPig's content-stream interpretation, with a
/// rectangular clip) gives exactly what PdfPig's pages with <c>ClipPaths</c> give: the same words (text, box, order),
/// rules and diagnostics, on every corpus PDF. Four WPS 表格 documents draw letters on the page that their clip hides
/// (674 letters within the page in 上海市普陀区商务委员会 2025 alone), so a reader that ignored clipping would differ here.
/// </summary>
public sealed class PdfPageFactoryTests
{
    [SkippableFact]
    public void Read_EveryCorpusPdf_EqualsThePdfPigPageReading()
    {
        var files = PdfFixtures.AllCorpus();
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var expected = PdfLayoutReader.ReadWithPdfPigPages(bytes, file);
            var actual = PdfLayoutReader.Read(new MemoryStream(bytes), file);

            actual.Document.Pages.Length.ShouldBe(expected.Document.Pages.Length, file);
            actual.Diagnostics.Select(static d => d.ToString()).ShouldBe(expected.Diagnostics.Select(static d => d.ToString()), file);
            for (var i = 0; i < expected.Document.Pages.Length; i++)
            {
                var e = expected.Document.Pages[i];
                var a = actual.Document.Pages[i];
                var where = $"{Path.GetFileName(file)} p.{e.Number}";
                (a.Width, a.Height).ShouldBe((e.Width, e.Height), where);
                a.Words.Select(static w => (w.Text, w.Box)).ShouldBe(e.Words.Select(static w => (w.Text, w.Box)), where);
                a.Rules.Select(static r => r.Box).ShouldBe(e.Rules.Select(static r => r.Box), where);
            }
        }
    }
}
