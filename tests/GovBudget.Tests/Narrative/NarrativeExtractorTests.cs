using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.TableSets;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Narrative;

/// <summary>The extractor on short made-up texts over the Wuchang 2026 tables.</summary>
public sealed class NarrativeExtractorTests
{
    private static NarrativeExtraction Read(string text)
        => NarrativeExtractor.Extract(NarrativeText.FromPlainText(text), SeedNarrativeTests.TablesOnly("wuchang-2026-budget.txt"));

    [Fact]
    public void Extract_ChangeOverWrappedLines_ReadsOneStatementWithItsSpan()
    {
        var extraction = Read("一、收支预算总体安排情况\n\n2026 年部门收支总预算 933.79 万元，比 2025 年预算增\n\n加 633.25 万元，增长 210.7%。\n");

        var s = extraction.Statements.ShouldHaveSingleItem();
        s.Kind.ShouldBe(StatementKind.Change);
        s.Subject.ShouldBe("部门收支总预算");
        s.Difference.ToString().ShouldBe("633.25万元");
        s.Span.ShouldBe(new TextSpan(1, 3, 1, 1, 5, 22));
        extraction.NotUnderstood.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_DirectionWord_GivesTheSign()
    {
        var extraction = Read("三、支出预算安排情况\n机关运行经费 94.62 万元，比 2025 年减少 61.7 万元，下降 39.5%。\n");

        var s = extraction.Statements.ShouldHaveSingleItem();
        s.Difference.ToString().ShouldBe("-61.7万元");
        s.Rate.ToString().ShouldBe("-39.5%");
    }

    [Fact]
    public void Extract_ShareAfterQiZhong_TakesTheTotalAsBase()
    {
        var extraction = Read("三、支出预算安排情况\n部门预算支出 933.79 万元。其中：基本支出 524.86 万元，占比 56.2%。\n");

        var share = extraction.Statements.Single(s => s.Kind == StatementKind.Share);
        share.Base.ToString().ShouldBe("933.79万元");
        share.Rate.ToString().ShouldBe("56.2%");
        share.Source!.Value.TableId.ShouldBe("表3");
    }

    [Fact]
    public void Extract_TotalNamedWithEnumerationComma_ResolvesToTheTotal()
    {
        // 收、支总计 as printed: the name normalizes 、 to a comma, which the names of totals must allow for.
        var extraction = Read("四、财政拨款收支预算总体情况\n2026 年财政拨款收、支总计 933.79 万元。\n一、收支预算总体安排情况\n2026 年收、支总计 933.79 万元。\n");

        extraction.NotUnderstood.ShouldBeEmpty();
        extraction.Statements.Select(s => s.Source?.ToString()).ShouldBe(["表4[I:收入总计,预算数]", "表1[I:收入总计,预算数]"]);
    }

    [Fact]
    public void Extract_ExpenditureTotalOfATableWithoutItsCurrentYearLine_IsItsGrandTotal()
    {
        var generated = SampleGenerator.Generate(TableSetRegistry.BuiltIn.Get("shanghai.budget"), new SampleOptions { Seed = 1, Year = 2025 });
        var extraction = NarrativeExtractor.Extract(NarrativeText.FromPlainText("三、支出预算安排情况\n部门预算支出 " + generated.GetValue(generated.TableSet.CellFor(TableRoles.ExpenditureTotal)!.Value)!.Value.ToString().Replace("万元", " 万元", StringComparison.Ordinal) + "。\n"), generated);

        extraction.Statements.ShouldHaveSingleItem().Source.ToString().ShouldBe("表1[I:支出总计,支出预算数]");
        extraction.ApplyTo(generated).Validate().Problems.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Extract_BudgetFigureOfASettlement_IsNotARestatementOfTheDecisionTables()
    {
        // As the 2024 社会工作部 决算 prints it: the 年初预算 and 全年预算 of the total are not the 决算 cell of 公开05.
        var extraction = NarrativeExtractor.Extract(
            NarrativeText.FromPlainText("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元。\n"),
            SeedNarrativeTests.TablesOnly("hongshan-2023-settlement.txt"));

        extraction.Statements.ShouldBeEmpty();
        extraction.NotUnderstood.Select(u => u.Figure).ShouldBe(["0万元", "321.02万元"]);
        extraction.NotUnderstood.ShouldAllBe(u => u.Reason.Contains("budget figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShareWithoutATotal_IsNotUnderstood()
    {
        var extraction = Read("基本支出 524.86 万元，占比 56.2%。\n");

        extraction.Statements.Where(s => s.Kind == StatementKind.Share).ShouldBeEmpty();
        extraction.NotUnderstood.ShouldContain(u => u.Figure == "56.2%");
    }

    [Fact]
    public void Extract_FigureOfAnotherYear_IsNotARestatementOfTheTables()
    {
        // As 万里街道 2024 prints each item: this year's figure, then last year's 执行数 (a 2025 document here).
        var extraction = Read("三、支出预算安排情况\n行政运行 234.61 万元，主要用于机关运行。2025年当年预算执行数为 60.13 万元。\n");

        extraction.Statements.Where(s => s.Kind == StatementKind.Restatement).Select(s => s.Value!.Value.ToString()).ShouldNotContain("60.13万元");
        extraction.NotUnderstood.ShouldContain(u => u.Figure.StartsWith("60.13", StringComparison.Ordinal) && u.Reason.Contains("a figure of 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TableLines_AreCountedNotRead()
    {
        var extraction = Read("合计\t933.79\t100%\n基本支出 282.86 35.14% 51 241.54\n");

        extraction.TableLines.ShouldBe(2);
        extraction.Statements.ShouldBeEmpty();
        extraction.NotUnderstood.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_WrongGrowthRead_FindingNamesSentenceAndLine()
    {
        var disclosure = SeedNarrativeTests.TablesOnly("wuchang-2026-budget.txt")
            .WithStatementsFrom(NarrativeText.FromPlainText("一、收支预算总体安排情况\n2026 年部门收支总预算 933.79 万元，比 2025 年预算增加 633.25 万元，增长 210.8%。"));

        var finding = disclosure.Validate().Problems.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("TXT.GROWTH");
        finding.MessageZh.ShouldContain("说明第 1 页第 2 行第 1 列");
        finding.MessageZh.ShouldContain("增长 210.8%");
        finding.MessageEn.ShouldContain("p.1 l.2:1");
    }
}
