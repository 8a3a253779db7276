using System.Text.RegularExpressions;
using GovBudget.Import.Layout;
using GovBudget.Pdf;
using GovBudget.Tests.Pdf;

namespace GovBudget.Tests.Docs;

/// <summary>The sample in docs/import.md ("PDF source") is this compiled code.</summary>
public sealed partial class ImportDocsTests
{
    [SkippableFact]
    public void PdfSource_Sample_RunsOnACorpusPdf()
    {
        var path = PdfFixtures.Corpus("shanghai-putuo-commerce-2025-budget.pdf");

        // begin-snippet: pdf-source
        PdfReadResult result = PdfLayoutReader.Read(path);
        if (!result.HasTextLayer)
        {
            Console.WriteLine($"{path}: no text layer, OCR needed"); // result.Diagnostics holds NoTextLayer
        }

        var words = 0;
        var rules = 0;
        foreach (LayoutPage page in result.Document.Pages) // Number, Width and Height (points), Words, Rules
        {
            words += page.Words.Length;                     // word.Text, word.Box (decimal points, origin bottom left)
            rules += page.Rules.Length;
        }
        // end-snippet

        words.ShouldBeGreaterThan(1000);
        rules.ShouldBeGreaterThan(200);
    }

    [Fact]
    public void PdfSource_DocsBlock_IsTheCompiledSnippet()
    {
        var root = ReadmeTests.FindRepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "import.md"));
        var source = File.ReadAllText(Path.Combine(root, "tests", "GovBudget.Tests", "Docs", "ImportDocsTests.cs"));
        var snippet = Regex.Match(source, @"// begin-snippet: pdf-source\r?\n(.*?)// end-snippet", RegexOptions.Singleline).Groups[1].Value;
        var block = Regex.Match(doc, @"## PDF source.*?```csharp\r?\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var code = string.Join('\n', block.Split('\n').Where(static l => !l.StartsWith("using ", StringComparison.Ordinal)));
        snippet.ShouldNotBeEmpty();
        WhiteSpace().Replace(code, " ").Trim().ShouldBe(WhiteSpace().Replace(snippet, " ").Trim());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
