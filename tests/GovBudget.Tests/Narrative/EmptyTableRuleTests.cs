using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Narrative;
using GovBudget.Rules;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// TXT.EMPTY on the seeds and the corpus: tables imported from each text, the whole text (notes under the tables
/// included) as <see cref="ValidationOptions.Narrative"/>. Pinned: 万里街道 2024's note 无“三公”经费…本表为空表 under a
/// 表9 that prints figures (p.31 l.17, a real slip); 普陀区财政局 2025 prints two notes on 政府性基金 and none on its
/// empty 表7 国有资本经营 (the note under 表7 names the wrong budget: Info).
/// </summary>
public sealed class EmptyTableRuleTests
{
    [SkippableTheory]
    [InlineData("seeds", "hongshan-2021-budget.txt", "")]
    [InlineData("seeds", "hongshan-2023-settlement.txt", "")]
    [InlineData("seeds", "huangpi-2023-unit-budget.txt", "")]
    [InlineData("seeds", "wuchang-2026-budget.txt", "")]
    [InlineData("corpus", "shanghai-finance-bureau-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-commerce-2025-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-commerce-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-finance-bureau-2025-budget.txt", "Info 表7[total,")]
    [InlineData("corpus", "shanghai-putuo-government-office-2025-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-government-office-2025-unit-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-social-work-2024-settlement.txt", "")]
    [InlineData("corpus", "shanghai-putuo-wanli-street-2023-budget.txt", "")]
    [InlineData("corpus", "shanghai-putuo-wanli-street-2024-budget.txt", "Inconsistency 表9[total,")]
    [InlineData("corpus", "shanghai-settlement-2024-template.txt", "")]
    public void Validate_WholeText_EmptyTableFindingsArePinned(string folder, string fileName, string expected)
    {
        var path = Path.GetFullPath(Path.Combine(GovBudget.Tests.Docs.ReadmeTests.FindRepositoryRoot(), "..", "shared", folder, fileName));
        Skip.If(!File.Exists(path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{fileName} is absent: expected in ../shared/{folder}");
        var imported = TableImporter.Import(TextLayoutReader.ReadFile(path), new TableImportOptions());
        var disclosure = DisclosureImporter.Build(imported, new DisclosureImportOptions()).Disclosure.ShouldNotBeNull();

        var report = disclosure.Validate(new ValidationOptions { Narrative = NarrativeText.Load(path) });

        var found = report.Findings.Where(f => f.RuleId == "TXT.EMPTY").ToList();
        var actual = string.Join("; ", found.Select(f => $"{f.Severity} {f.Location.ToString().Split(',')[0]},"));
        actual.ShouldBe(expected, string.Join("\n", found.Select(f => f.MessageZh)));
        if (fileName.Contains("wanli-street-2024", StringComparison.Ordinal))
        {
            found[0].Span.ShouldBe(new GovBudget.Disclosures.TextSpan(31, 17, 11, 31, 17, found[0].Span!.Value.EndColumn));
            found[0].MessageZh.ShouldContain("说明第 31 页第 17 行");
        }
    }
}
