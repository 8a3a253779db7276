using System.Text.Json;
using GovBudget.Tests.Pdf;

namespace GovBudget.Tests.Cli;

/// <summary>
/// <c>govbudget import</c> and <c>govbudget validate</c> of published documents (.pdf, .txt) from the shared corpus
/// beside the repository (never copied into it; absent locally = skipped, under CI = failed), and of bad PDFs.
/// </summary>
public sealed class CliImportTests
{
    private const string Commerce = "shanghai-putuo-commerce-2025-budget";

    [SkippableFact]
    public void Import_CorpusPdf_WritesTheDisclosureInItsTableSet()
    {
        var pdf = PdfFixtures.Corpus(Commerce + ".pdf");
        var output = Path.Combine(Path.GetTempPath(), $"govbudget-import-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, error) = CliProcess.Run("import", pdf, "-o", output);

            exit.ShouldBe(0, error);
            using var json = JsonDocument.Parse(File.ReadAllBytes(output));
            json.RootElement.GetProperty("tableSet").GetString().ShouldBe("shanghai.budget");
            json.RootElement.GetProperty("kind").GetString().ShouldBe("budget");
            json.RootElement.GetProperty("year").GetInt32().ShouldBe(2025);
            json.RootElement.GetProperty("tables").GetArrayLength().ShouldBe(9);
            error.ShouldContain("table set shanghai.budget: 9 tables");
            error.ShouldContain("mapped");
            error.ShouldContain("not understood");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [SkippableFact]
    public void Import_CorpusText_WritesJsonToStandardOutput()
    {
        var text = TextOf(Commerce);

        var (exit, output, error) = CliProcess.Run("import", text, "--verbose");

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("tableSet").GetString().ShouldBe("shanghai.budget");
        json.RootElement.GetProperty("tables").GetArrayLength().ShouldBe(9);
        error.ShouldContain("p."); // --verbose lists what was not understood with its page and line
    }

    [SkippableFact]
    public void Import_SeveralInputs_WritesJsonLines()
    {
        var text = TextOf(Commerce);
        var pdf = PdfFixtures.Corpus("shanghai-putuo-social-work-2024-settlement.pdf");

        var (exit, output, error) = CliProcess.Run("import", text, pdf, "--year", "2024", "--kind", "settlement", "--table-set", "shanghai.settlement");

        exit.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("tableSet").GetString().ShouldBe("shanghai.settlement");
        }
    }

    [SkippableFact]
    public void Import_Strict_NotUnderstoodTextIsAnError()
    {
        // The text (pdftotext -layout) of the settlement still has items not understood (its PDF has none since the
        // ruled rows are joined).
        var text = PdfFixtures.Corpus("shanghai-putuo-social-work-2024-settlement.txt");

        var (exit, output, error) = CliProcess.Run("import", text, "--strict");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("not understood");
        error.ShouldNotContain("   at ");
    }

    [SkippableFact]
    public void Validate_CorpusPdf_ImportsAndNamesThePageOfEachFinding()
    {
        var pdf = PdfFixtures.Corpus(Commerce + ".pdf");

        var (exit, output, error) = CliProcess.Run("validate", pdf, "--min-severity", "info");

        exit.ShouldBeOneOf(0, 1);
        error.ShouldContain("imported 9 tables");
        output.ShouldMatch(@"\] \S+ 表\S+ \(p\.\d+\): ");
    }

    [SkippableFact]
    public void Validate_CorpusPdfAsSarif_IsValidAndCarriesThePage()
    {
        var pdf = PdfFixtures.Corpus("shanghai-putuo-social-work-2024-settlement.pdf");

        var (exit, output, error) = CliProcess.Run("validate", pdf, "--format", "sarif");

        exit.ShouldBeOneOf(0, 1);
        SarifChecker.Check(output).ShouldBeEmpty(error);
        output.ShouldContain("\"page\": ");
    }

    [SkippableFact]
    public void Validate_CorpusTextAsJson_MapsFindingsToPages()
    {
        var text = TextOf("shanghai-putuo-finance-bureau-2025-budget");

        var (exit, output, error) = CliProcess.Run("validate", text, "--format", "json");

        exit.ShouldBeOneOf(0, 1);
        using var json = JsonDocument.Parse(output);
        var pages = json.RootElement[0].GetProperty("pages");
        pages.EnumerateObject().ShouldNotBeEmpty(error);
        pages.EnumerateObject().ShouldAllBe(p => p.Value.GetInt32() >= 1);
    }

    [Fact]
    public void Import_RandomBytes_Exits2WithOneLine()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"govbudget-bad-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(bad, [0x13, 0x37, 0xC0, 0xFF, 0xEE, 0x00, 0x42]);
        try
        {
            foreach (var command in new[] { "import", "validate" })
            {
                // import reports on standard error; validate's text report carries the unreadable input.
                var (exit, output, error) = CliProcess.Run(command, bad);
                var message = (output + error).Trim();

                exit.ShouldBe(2, command);
                message.Split('\n').Length.ShouldBe(1, message);
                message.ShouldContain(bad);
                message.ShouldContain("not a PDF");
                message.ShouldNotContain("   at ");
            }
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Import_PdfWithoutTextLayer_Exits2SayingOcrIsNeeded()
    {
        var scan = Path.Combine(Path.GetTempPath(), $"govbudget-scan-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(scan, PdfFixtures.NoText());
        try
        {
            var (exit, output, error) = CliProcess.Run("import", scan);

            exit.ShouldBe(2);
            output.ShouldBeEmpty();
            error.Trim().Split('\n').Length.ShouldBe(1, error);
            error.ShouldContain("no text layer, OCR needed");
        }
        finally
        {
            File.Delete(scan);
        }
    }

    [Fact]
    public void Import_UnknownTableSet_IsAUsageError()
        => CliProcess.Run("import", "README.md", "--table-set", "no.such.set").ExitCode.ShouldBe(3);

    private static string TextOf(string name)
    {
        var path = Path.Combine(PdfFixtures.CorpusFolder, name + ".txt");
        if (!File.Exists(path))
        {
            PdfFixtures.Unavailable($"corpus text {name}.txt is absent: expected in {PdfFixtures.CorpusFolder}");
        }

        return path;
    }
}
