using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tables;
using static GovBudget.Tests.Rules.ConformanceTests;

namespace GovBudget.Tests.Rules.Rounding;

/// <summary>Rounding decided jointly (issue 16, deliverable 6): what the conformance cases do not say by counts alone.</summary>
public class JointRoundingTests
{
    private static Disclosure Case(string name)
    {
        var c = Corpus.All.Single(x => x.Name == name);
        return c.Apply(Corpus.Base(c.BaseName, Corpus.Variants(c.BaseName)[0]));
    }

    // The fixtures print one table (表3) on purpose: the other tables of their set are not what these tests are about.
    private static readonly ValidationOptions Joint = new() { DisabledRules = ["DOC.TABLE.MISSING"] };
    private static readonly ValidationOptions Alone = Joint with { JointRounding = false };

    [Theory]
    [InlineData("joint-break-no-exact-values", 5)]
    [InlineData("joint-wanli-21201", 3)]
    [InlineData("joint-jiangxia-finest", 1)]
    [InlineData("print-divergent", 0)]
    public void EachRelationAlone_LooksLikeRounding(string name, int breaks)
    {
        var alone = Case(name).Validate(Alone);
        var joint = Case(name).Validate(Joint);

        alone.Problems.ShouldBeEmpty(); // judged one by one, every difference is within rounding
        alone.Findings.Count(f => f.WithinRounding).ShouldBeGreaterThanOrEqualTo(Math.Max(1, breaks));
        joint.Problems.Count().ShouldBe(Math.Max(1, breaks));
    }

    [Fact]
    public void JointBreak_NamesTheRelationsThatCannotHoldTogether_InChineseWithoutRuleIds()
    {
        var report = Case("joint-break-no-exact-values").Validate(Joint);

        var cols = report.Problems.Single(f => f.RuleId == "SH.BUD.T3.COLS" && f.Location == new CellAddress("表3", RowKey.Functional(FunctionalCode.FromValue(21201)), "合计"));
        cols.Severity.ShouldBe(Severity.Error);
        cols.WithinRounding.ShouldBeFalse();
        cols.MessageZh.ShouldContain("不能同时成立");
        cols.MessageZh.ShouldContain("表3[F21201,基本支出]");
        cols.MessageZh.ShouldNotContain("SH.BUD");
        cols.MessageZh.ShouldEndWith("不是尾差");
        cols.MessageEn.ShouldContain("cannot hold together with SH.BUD.T3.ROLLUP 表3[F21201,基本支出]");
    }

    [Fact]
    public void ExplainedBreak_StaysRounding()
    {
        var report = Case("joint-break-explained").Validate(Joint);

        report.Problems.ShouldBeEmpty();
        report.Findings.ShouldNotBeEmpty();
        report.Findings.ShouldAllBe(f => f.Severity == Severity.Info && f.WithinRounding);
    }

    [Fact]
    public void Wanli2025_OneYuanIsNotRounding()
    {
        var report = Case("joint-wanli-21201").Validate(Joint);

        report.Problems.ShouldAllBe(f => f.Severity == Severity.Error && f.MessageZh.Contains("以元为单位印出的金额是精确值"));
        report.Problems.ShouldContain(f => f.Location.ColumnId == "合计" && f.Actual == Amount.FromYuan(94_995_790m) && f.Expected == Amount.FromYuan(94_995_789m));
    }

    [Fact]
    public void Jiangxia2019_RateIsCheckedAgainstTheExactBudget()
    {
        var finding = Case("joint-jiangxia-finest").Validate(Joint).Problems.ShouldHaveSingleItem();

        finding.RuleId.ShouldBe("TXT.EXEC");
        finding.Severity.ShouldBe(Severity.Warning);
        finding.MessageZh.ShouldContain("20万元 按更精确的印数 200000元 计");
        Case("joint-jiangxia-coarse-only").Validate(Joint).Findings.ShouldHaveSingleItem().WithinRounding.ShouldBeTrue();
    }

    [Fact]
    public void OneQuantityPrintedFiveTimes_TwoDifferently_IsOneDivergentFinding()
    {
        // 326.72 in 表3, restated three times as 326.72 and twice as 326.71 (all at 0.01 万元).
        var d = Corpus.Base(Corpus.RoundingWanYuan, Corpus.Printed);
        var cell = new CellAddress("表3", RowKey.Functional(FunctionalCode.FromValue(2120101)), "合计");
        d = Both(d, cell, "326.72");
        NarrativeStatement Restated(decimal wan) => new(StatementKind.Restatement, "行政运行") { Source = cell, Value = new ReportedValue(Amount.FromWanYuan(wan), Precision.WanYuan2) };
        d = d with { Statements = [Restated(326.72m), Restated(326.71m), Restated(326.72m), Restated(326.71m), Restated(326.72m)] };

        var report = d.Validate(Joint);

        var divergent = report.Problems.ShouldHaveSingleItem();
        divergent.RuleId.ShouldBe("PRINT.DIVERGENT");
        divergent.Severity.ShouldBe(Severity.Inconsistency);
        divergent.Actual.ShouldBe(Amount.FromWanYuan(326.71m)); // the value printed least often
        divergent.MessageZh.ShouldContain("326.72万元");
        divergent.MessageZh.ShouldContain("326.71万元");
        report.Findings.ShouldNotContain(f => f.RuleId == "TXT.SOURCE"); // not 尾差: replaced by the divergent finding

        d.Validate(new ValidationOptions { DisabledRules = ["PRINT.DIVERGENT", "DOC.TABLE.MISSING"] }).Problems.ShouldBeEmpty();
        d.Validate(Joint with { SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<string, Severity>.Empty.Add("PRINT.DIVERGENT", Severity.Warning) })
            .Problems.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        d.Validate(Alone).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void StrictMode_IsNotChangedByTheJointDecision()
    {
        var d = Case("joint-break-explained");
        d.Validate(new ValidationOptions { Strict = true }).Problems.Select(f => (f.RuleId, f.Location)).ShouldBe(
            d.Validate(new ValidationOptions { Strict = true, JointRounding = false }).Problems.Select(f => (f.RuleId, f.Location)));
    }

    /// <summary>Sets one cell of the 0.01 万元 base and the rows above it so that the table still adds up.</summary>
    private static Disclosure Both(Disclosure d, CellAddress cell, string wan)
    {
        var value = Amount.FromWanYuan(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture));
        var delta = value - d.GetValue(cell)!.Value.Value;
        foreach (var row in new[] { cell.Row, RowKey.Functional(FunctionalCode.FromValue(21201)), RowKey.Functional(FunctionalCode.FromValue(212)), RowKey.Total })
        {
            foreach (var column in new[] { "合计", "基本支出" })
            {
                d = GovBudget.Generation.DisclosureEdits.ShiftCell(d, new CellAddress("表3", row, column), delta);
            }
        }

        return d;
    }
}
