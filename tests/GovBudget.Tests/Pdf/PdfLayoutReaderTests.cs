using System.Text;
using GovBudget.Import.Layout;
using GovBudget.Pdf;

namespace GovBudget.Tests.Pdf;

/// <summary>The reader on PDFs generated in the test: grouping, rules, diagnostics, bounds and malformed input.</summary>
public sealed class PdfLayoutReaderTests
{
    [Fact]
    public void Read_GeneratedTable_GroupsWordsInReadingOrderAndMergesRules()
    {
        var result = Read(PdfFixtures.Table());

        result.HasTextLayer.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        var page = result.Document.Pages[0];
        page.Width.ShouldBe(595m, 1m);
        page.Height.ShouldBe(842m, 1m);
        page.Words.Select(static w => w.Text).ShouldBe(
            ["Budget summary 2025", "Item", "Amount", "Fiscal grants", "371,514,655.00", "Total", "371,514,655.00"]);
        var number = page.Words[4];
        number.Box.Right.ShouldBe(368m, 0.5m);
        number.Box.Bottom.ShouldBeLessThan(number.Box.Top);
        // Four horizontal rules, each drawn in two pieces, merged; three vertical rules.
        page.Rules.Count(static r => r.IsHorizontal).ShouldBe(4);
        page.Rules.Count(static r => !r.IsHorizontal).ShouldBe(3);
        page.Rules.Where(static r => r.IsHorizontal).ShouldAllBe(static r => r.Box.Left == 72m && r.Box.Right == 372m && r.Box.Height == 0.5m);
        result.Document.Pages[1].Rules.ShouldBeEmpty();
        result.Document.Pages[1].Words.Single().Text.ShouldBe("Notes: the figures are in yuan.");
    }

    [Fact]
    public void Read_PdfWithoutText_ReportsNoTextLayer()
    {
        var result = Read(PdfFixtures.NoText());

        result.HasTextLayer.ShouldBeFalse();
        result.Document.Pages.Length.ShouldBe(2);
        result.Document.Pages.ShouldAllBe(static p => p.Words.IsEmpty);
        result.Diagnostics.Single().Code.ShouldBe(PdfDiagnosticCode.NoTextLayer);
        result.Diagnostics[0].Page.ShouldBeNull();
        result.Diagnostics[0].ToString().ShouldContain("OCR");
        // The filled box is shading, not a rule.
        result.Document.Pages[0].Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Read_OnePageWithoutText_ReportsThatPage()
    {
        var result = Read(PdfFixtures.Pages(3));

        result.HasTextLayer.ShouldBeTrue();
        result.Diagnostics.Single().ShouldBe(new PdfDiagnostic(PdfDiagnosticCode.PageWithoutText, 2, result.Diagnostics[0].Message));
        result.Document.Pages[2].Words.Single().ShouldBe(new LayoutWord("Page 3", result.Document.Pages[2].Words[0].Box, 3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is not a PDF at all")]
    [InlineData("%PDF-1.7\n")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    public void Read_NotAPdf_ThrowsFormatExceptionNamingTheSource(string content)
    {
        var error = Should.Throw<GovBudgetFormatException>(() => Read(Encoding.ASCII.GetBytes(content), "bad.pdf"));

        error.SourceName.ShouldBe("bad.pdf");
        error.Message.ShouldStartWith("bad.pdf: ");
    }

    [Fact]
    public void Read_EncryptedWithUnknownPassword_ThrowsFormatExceptionSayingEncrypted()
    {
        // The generated PDF with a standard security handler whose password is not the empty one.
        var text = Encoding.Latin1.GetString(PdfFixtures.Table());
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var dictionary = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypt = "<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
            + "/O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> >> "
            + "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ";
        var bytes = Encoding.Latin1.GetBytes(text[..dictionary] + encrypt + text[(dictionary + 2)..]);

        var error = Should.Throw<GovBudgetFormatException>(() => Read(bytes, "locked.pdf"));

        error.SourceName.ShouldBe("locked.pdf");
        error.Message.ShouldContain("encrypted");
    }

    [Fact]
    public void Read_MorePagesThanTheLimit_ThrowsFormatException()
    {
        var error = Should.Throw<GovBudgetFormatException>(() => Read(PdfFixtures.Pages(3), "long.pdf", new PdfReadOptions { MaxPages = 2 }));

        error.Message.ShouldContain("3 pages, more than 2");
    }

    [Fact]
    public void Read_MoreBytesThanTheLimit_ThrowsFormatException()
    {
        var error = Should.Throw<GovBudgetFormatException>(() => Read(PdfFixtures.Table(), "big.pdf", new PdfReadOptions { MaxBytes = 100 }));

        error.Message.ShouldContain("larger than 100 bytes");
    }

    [Fact]
    public void Read_TimeBoundPassed_ThrowsFormatExceptionPromptly()
    {
        var bytes = PdfFixtures.Pages(400);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Should.Throw<GovBudgetFormatException>(() => Read(bytes, "slow.pdf", new PdfReadOptions { Timeout = TimeSpan.FromMilliseconds(1) }));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        error.Message.ShouldContain("Timeout");
    }

    [Fact]
    public void Read_InvalidOptions_ThrowsArgumentException()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Read(PdfFixtures.Table(), "x.pdf", new PdfReadOptions { MaxPages = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => Read(PdfFixtures.Table(), "x.pdf", new PdfReadOptions { Timeout = TimeSpan.Zero }));
        Should.Throw<ArgumentNullException>(() => PdfLayoutReader.Read((Stream)null!, "x.pdf"));
    }

    [Fact]
    public void Read_File_UsesThePathAsSource()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govbudget-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, PdfFixtures.Table());
        try
        {
            var result = PdfLayoutReader.Read(path);

            result.Document.Source.ShouldBe(path);
            result.Document.Pages.Length.ShouldBe(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static PdfReadResult Read(byte[] bytes, string name = "generated.pdf", PdfReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PdfLayoutReader.Read(stream, name, options);
    }
}
