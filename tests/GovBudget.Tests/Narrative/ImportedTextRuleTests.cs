using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Narrative;
using GovBudget.Rules;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// The text rules as <c>govbudget validate &lt;name&gt;.txt</c> runs them: each seed and corpus text imported (tables
/// and the text outside them), its statements read from that text, validated with the text in
/// <see cref="ValidationOptions.Narrative"/>. The counts of the proofreading rules, TXT.NAME and TXT.TWICE are pinned;
/// every one above Info is a real slip or template text (docs/narrative.md).
/// </summary>
public sealed class ImportedTextRuleTests
{
    [SkippableTheory]
    [InlineData("seeds", "hongshan-2021-budget.txt", "")]
    [InlineData("seeds", "hongshan-2023-settlement.txt", "TXT.PROOF.LEFTOVER 2")]
    [InlineData("seeds", "huangpi-2023-unit-budget.txt", "TXT.PROOF.BRACKETS 1")]
    [InlineData("seeds", "wuchang-2026-budget.txt", "")]
    [InlineData("corpus", "shanghai-finance-bureau-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-commerce-2025-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-commerce-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-finance-bureau-2025-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-government-office-2025-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-government-office-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-social-work-2024-settlement.txt", "")]
    [InlineData("corpus", "shanghai-putuo-wanli-street-2023-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-wanli-street-2024-budget.txt", "")]
    [InlineData("corpus", "shanghai-settlement-2024-template.txt", "TXT.PROOF.LEFTOVER 16, TXT.PROOF.PLACEHOLDER 172, TXT.PROOF.PUNCTUATION 5")]
    public void Validate_ImportedText_TextRuleCountsArePinned(string folder, string fileName, string expected)
    {
        var path = Path.GetFullPath(Path.Combine(GovBudget.Tests.Docs.ReadmeTests.FindRepositoryRoot(), "..", "shared", folder, fileName));
        Skip.If(!File.Exists(path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{fileName} is absent: expected in ../shared/{folder}");
        var imported = TableImporter.Import(TextLayoutReader.ReadFile(path), new TableImportOptions());
        var disclosure = DisclosureImporter.Build(imported, new DisclosureImportOptions()).Disclosure.ShouldNotBeNull();
        var text = new NarrativeText(imported.Text.Select(l => new NarrativeLine(l.Page, l.Line, l.Text)));

        var report = disclosure.WithStatementsFrom(text).Validate(new ValidationOptions { Narrative = text });

        string[] ids = [.. NarrativeProofreader.Ids, "TXT.TWICE"];
        var actual = string.Join(", ", report.Problems.Where(f => ids.Contains(f.RuleId)).GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        actual.ShouldBe(expected, string.Join("\n", report.Problems.Where(f => ids.Contains(f.RuleId))));
    }
}
