using GovBudget.Narrative;

namespace GovBudget.Tests.Narrative;

public sealed class NarrativeProofreaderTests
{
    [Theory]
    [InlineData("支出比上年增加（减少）12.00万元。", NarrativeProofreader.LeftoverId, "增加（减少）", 6)]
    [InlineData("比上年下降(增长)3.5%。", NarrativeProofreader.LeftoverId, "下降(增长)", 4)]
    [InlineData("比上年减少5.00万元，主要原因是。", NarrativeProofreader.LeftoverId, "主要原因是。", 13)]
    [InlineData("本年收入XX万元。", NarrativeProofreader.PlaceholderId, "XX", 5)]
    [InlineData("其中：××支出待填写。", NarrativeProofreader.PlaceholderId, "××", 4)]
    [InlineData("支出 1.00 万元。。", NarrativeProofreader.PunctuationId, "。。", 11)]
    [InlineData("主要用于办公，，差旅。", NarrativeProofreader.PunctuationId, "，，", 7)]
    public void Check_Fault_IsMarkedAtItsColumn(string line, string id, string printed, int column)
    {
        var issue = NarrativeProofreader.Check(NarrativeText.FromPlainText("标题\n" + line)).First();

        issue.RuleId.ShouldBe(id);
        issue.Printed.ShouldBe(printed);
        (issue.Span.Page, issue.Span.Line, issue.Span.Column).ShouldBe((1, 2, column));
    }

    [Theory]
    [InlineData("支出比上年增加12.00万元，增长3.5%，主要原因是人员增加。")]
    [InlineData("XXL 与 Excel 表格中的数据一致；主要用于办公。")]
    [InlineData("（一）收入预算（增加部分见附表）。")]
    public void Check_CleanText_MarksNothing(string line)
        => NarrativeProofreader.Check(NarrativeText.FromPlainText(line)).ShouldBeEmpty();

    [SkippableTheory]
    [InlineData("hongshan-2021-budget.txt", 0)]
    [InlineData("hongshan-2023-settlement.txt", 2)]
    [InlineData("huangpi-2023-unit-budget.txt", 0)]
    [InlineData("wuchang-2026-budget.txt", 0)]
    public void Check_Seed_CountIsPinned(string fileName, int expected)
    {
        var marks = NarrativeProofreader.Check(SeedTexts.Load(fileName));
        Console.WriteLine($"{fileName}: {marks.Length} marks\n{string.Join("\n", marks)}");
        marks.Length.ShouldBe(expected, string.Join("\n", marks));
    }

    /// <summary>The corpus texts (<c>../shared/corpus/*.txt</c>, pdftotext -layout of the PDFs; never copied in).</summary>
    [SkippableTheory]
    [InlineData("shanghai-finance-bureau-2025-unit-budget.txt", 0)]
    [InlineData("shanghai-putuo-commerce-2025-budget.txt", 0)]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget.txt", 0)]
    [InlineData("shanghai-putuo-finance-bureau-2025-budget.txt", 0)]
    [InlineData("shanghai-putuo-government-office-2025-budget.txt", 0)]
    [InlineData("shanghai-putuo-government-office-2025-unit-budget.txt", 0)]
    [InlineData("shanghai-putuo-social-work-2024-settlement.txt", 0)]
    [InlineData("shanghai-putuo-wanli-street-2023-budget.txt", 0)]
    [InlineData("shanghai-putuo-wanli-street-2024-budget.txt", 0)]
    [InlineData("shanghai-settlement-2024-template.txt", 195)]
    public void Check_Corpus_CountIsPinned(string fileName, int expected)
    {
        var folder = Path.GetFullPath(Path.Combine(GovBudget.Tests.Docs.ReadmeTests.FindRepositoryRoot(), "..", "shared", "corpus"));
        var path = Path.Combine(folder, fileName);
        Skip.If(!File.Exists(path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"corpus text {fileName} is absent: expected in {folder}");
        var marks = NarrativeProofreader.Check(NarrativeText.Load(path));
        Console.WriteLine($"{fileName}: {marks.Length} marks\n{string.Join("\n", marks)}");
        marks.Length.ShouldBe(expected, string.Join("\n", marks));
    }
}
