using System.Collections.Immutable;
using GovBudget.Narrative;
using GovBudget.Tables;
using GovBudget.TableSets;

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

    /// <summary>What the file name says: the year, budget or settlement, unit or department.</summary>
    internal static ImmutableArray<ProofreadingIssue> CheckAsDocument(string fileName, NarrativeText text)
    {
        var year = int.Parse(System.Text.RegularExpressions.Regex.Match(fileName, @"20\d\d").Value, System.Globalization.CultureInfo.InvariantCulture);
        var kind = fileName.Contains("settlement", StringComparison.Ordinal) ? DisclosureKind.Settlement : DisclosureKind.Budget;
        var scope = fileName.Contains("unit", StringComparison.Ordinal) ? TableSetScope.Unit : TableSetScope.Department;
        return NarrativeProofreader.Check(text, year, kind, scope);
    }

    [Theory]
    [InlineData("根据《关于做好工作有关事项的通知；", "《", 3)]
    [InlineData("支出 1.00 万元（含结转。", "（", 11)]
    [InlineData("主要用于办公）。", "）", 7)]
    [InlineData("落实“三公经费管理。", "“", 3)]
    public void Check_UnbalancedBracket_IsMarkedAtIt(string line, string printed, int column)
    {
        var issue = NarrativeProofreader.Check(NarrativeText.FromPlainText("标题\n" + line)).Single();

        issue.RuleId.ShouldBe(NarrativeProofreader.BracketsId);
        issue.Printed.ShouldBe(printed);
        (issue.Span.Line, issue.Span.Column).ShouldBe((2, column));
    }

    [Theory]
    [InlineData("一般公共预算支出（含\n\n结转）100 万元，“三公\n\n”经费 0 万元。")]
    [InlineData("309 资本性支出（基本建\n设）")]
    [InlineData("定点医疗机构签订《武汉市基本\n医疗\n质量指标\n生育\n工伤")] // a table cell cut by the extraction: not running text
    public void Check_BracketsClosedOnALaterLine_MarksNothing(string text)
        => NarrativeProofreader.Check(NarrativeText.FromPlainText(text)).ShouldBeEmpty();

    [Theory]
    [InlineData("本部门 2025 年收入预算 1.00 万元。", TableSetScope.Unit, 1, false)]
    [InlineData("本单位 2025 年收入预算 1.00 万元。", TableSetScope.Unit, 0, false)]
    [InlineData("本单位 2025 年收入预算 1.00 万元。", TableSetScope.Department, 1, true)]
    [InlineData("本部门 2025 年收入预算 1.00 万元。", TableSetScope.Department, 0, false)]
    public void Check_ScopeWording_FitsWhoseDocumentItIs(string line, TableSetScope scope, int expected, bool note)
    {
        var marks = NarrativeProofreader.Check(NarrativeText.FromPlainText(line), 2025, DisclosureKind.Budget, scope);

        marks.Length.ShouldBe(expected);
        marks.ShouldAllBe(m => m.RuleId == NarrativeProofreader.ScopeId && m.IsNote == note && m.Span.Column == 1);
    }

    [Theory]
    [InlineData("收入预算 1.00 万元，比 2026 年预算增加 0.10 万元。", 2026, DisclosureKind.Budget, "比 2026 年")]
    [InlineData("收入预算 1.00 万元，与 2027 年相比持平。", 2026, DisclosureKind.Budget, "与 2027 年")]
    [InlineData("2027 年预算安排 1.00 万元。", 2025, DisclosureKind.Budget, "2027 年预算")]
    [InlineData("2024 年决算数 1.00 万元，比 2025 年预算减少。", 2023, DisclosureKind.Settlement, "2024 年决算")]
    public void Check_YearThatCannotBe_IsMarkedOnce(string line, int year, DisclosureKind kind, string printed)
    {
        var marks = NarrativeProofreader.Check(NarrativeText.FromPlainText(line), year, kind, TableSetScope.Department);

        marks.Where(m => m.RuleId == NarrativeProofreader.YearId).Select(m => m.Printed).First().ShouldBe(printed);
        marks.ShouldAllBe(m => m.RuleId == NarrativeProofreader.YearId);
    }

    [Theory]
    [InlineData("收入预算 1.00 万元，比 2025 年预算增加 0.10 万元。", 2026, DisclosureKind.Budget)]
    [InlineData("2026 年部门预算收入 1.00 万元。", 2026, DisclosureKind.Budget)]
    [InlineData("2023 年决算数 1.00 万元，比 2023 年预算减少，2024 年预算安排 2.00 万元。", 2023, DisclosureKind.Settlement)]
    public void Check_YearsThatFit_MarkNothing(string line, int year, DisclosureKind kind)
        => NarrativeProofreader.Check(NarrativeText.FromPlainText(line), year, kind, TableSetScope.Department).ShouldBeEmpty();

    /// <summary>
    /// Every mark of the pass on the seeds and the corpus, knowing the document (from the file name), by id. All are
    /// real slips or expected: 洪山 2023 the two 增加(减少) leftovers (l.519, l.521); 黄陂 2023 《关于做好 … 通知 never
    /// closed (l.944); notes (Info) on 本单位 in department documents; the 2024 template's leftovers and placeholders.
    /// </summary>
    [SkippableTheory]
    [InlineData("hongshan-2021-budget.txt", "")]
    [InlineData("hongshan-2023-settlement.txt", "LEFTOVER 2, SCOPE 3 (notes 3)")]
    [InlineData("huangpi-2023-unit-budget.txt", "BRACKETS 1")]
    [InlineData("wuchang-2026-budget.txt", "SCOPE 2 (notes 2)")]
    [InlineData("shanghai-finance-bureau-2025-unit-budget.txt", "")]
    [InlineData("shanghai-putuo-commerce-2025-budget.txt", "")]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget.txt", "")]
    [InlineData("shanghai-putuo-finance-bureau-2025-budget.txt", "SCOPE 2 (notes 2)")]
    [InlineData("shanghai-putuo-government-office-2025-budget.txt", "")]
    [InlineData("shanghai-putuo-government-office-2025-unit-budget.txt", "")]
    [InlineData("shanghai-putuo-social-work-2024-settlement.txt", "")]
    [InlineData("shanghai-putuo-wanli-street-2023-budget.txt", "")]
    [InlineData("shanghai-putuo-wanli-street-2024-budget.txt", "")]
    [InlineData("shanghai-settlement-2024-template.txt", "LEFTOVER 16, PLACEHOLDER 174, PUNCTUATION 5")]
    public void CheckAsDocument_SeedsAndCorpus_CountsArePinned(string fileName, string expected)
    {
        NarrativeText text;
        if (fileName.StartsWith("shanghai", StringComparison.Ordinal))
        {
            var folder = Path.GetFullPath(Path.Combine(GovBudget.Tests.Docs.ReadmeTests.FindRepositoryRoot(), "..", "shared", "corpus"));
            Skip.If(!File.Exists(Path.Combine(folder, fileName)) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"corpus text {fileName} is absent");
            text = NarrativeText.Load(Path.Combine(folder, fileName));
        }
        else
        {
            text = SeedTexts.Load(fileName);
        }

        var marks = CheckAsDocument(fileName, text);
        var actual = string.Join(", ", marks.GroupBy(m => m.RuleId).OrderBy(g => Array.IndexOf([.. NarrativeProofreader.Ids], g.Key))
            .Select(g => $"{g.Key["TXT.PROOF.".Length..]} {g.Count()}" + (g.Any(m => m.IsNote) ? $" (notes {g.Count(m => m.IsNote)})" : string.Empty)));
        actual.ShouldBe(expected, string.Join("\n", marks));
    }

    [SkippableTheory]
    [InlineData("hongshan-2021-budget.txt", 0)]
    [InlineData("hongshan-2023-settlement.txt", 2)]
    [InlineData("huangpi-2023-unit-budget.txt", 1)] // 《关于做好 … 通知 never closed (l.944)
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
