using GovBudget.Collections;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tables;
using GovBudget.Tests.Fixtures.Seeds;
using Snapshooter.Xunit;

namespace GovBudget.Tests.Rules;

/// <summary>
/// The built-in rules over the four real documents. Every finding in the snapshots was checked by hand against the
/// seed text (see docs/seed-findings.md for the list of real slips).
/// </summary>
public class SeedReportTests
{
    [Fact]
    public void Hongshan2021_Report_MatchesSnapshot() => Snapshot.Match(Lines(HongshanBudget2021.Disclosure.Validate()));

    [Fact]
    public void Wuchang2026_Report_MatchesSnapshot() => Snapshot.Match(Lines(WuchangBudget2026.Disclosure.Validate()));

    [Fact]
    public void Huangpi2023_Report_MatchesSnapshot() => Snapshot.Match(Lines(HuangpiUnitBudget2023.Disclosure.Validate()));

    [Fact]
    public void Hongshan2023Settlement_Report_MatchesSnapshot() => Snapshot.Match(Lines(HongshanSettlement2023.Disclosure.Validate()));

    [Fact]
    public void Huangpi2023_Table11BlankExpenditureIn2021_IsNotCheckedNotAnError()
    {
        // 表11 prints 收入构成 合计 2021 = 971.63 and nothing at all for 2021 on the 支出构成 side: not a 0, unknown.
        var report = HuangpiUnitBudget2023.Disclosure.Validate();

        report.Findings.ShouldNotContain(f => f.RuleId == "BUD.T11.BALANCE" && f.Severity > Severity.Info);
        var skipped = report.NotChecked.Where(n => n.RuleId == "BUD.T11.BALANCE").ShouldHaveSingleItem();
        skipped.Reason.ShouldBe(NotCheckedReason.OperandsBlank);
        skipped.TableId.ShouldBe("表11");
        skipped.Row.ShouldBe(RowKey.Item("支出构成.合计"));
        skipped.ColumnId.ShouldBe("2021");
        skipped.Message("zh").ShouldBe("BUD.T11.BALANCE 无法核对：表11[I:支出构成.合计,2021] 为空而另一方有数，空白不按 0 比较");
        report.RuleStatuses.Single(s => s.RuleId == "BUD.T11.BALANCE").State.ShouldBe(RuleState.Partly);
    }

    [Fact]
    public void Huangpi2023_RuleStatuses_SayWhatDidNotRun()
    {
        // The document prints no 表5-2 and no 表9: the rules that read them did not run, and say so.
        var report = HuangpiUnitBudget2023.Disclosure.Validate();

        report.RuleStatuses.Count.ShouldBe(report.RulesRun);
        var absent = report.RuleStatuses.Where(s => s.State == RuleState.NotApplicable).ToList();
        absent.ShouldNotBeEmpty();
        absent.ShouldContain(s => s.AbsentTable == "表9" && s.Reasons.Contains(NotCheckedReason.TableAbsent));
        absent.ShouldAllBe(s => s.Findings == 0);
        report.RuleStatuses.Where(s => s.State == RuleState.Ran).ShouldContain(s => s.RuleId == "BUD.T5-1.BASIC" && s.Checks > 0);
        report.RuleStatuses.Sum(s => s.Findings).ShouldBe(report.Findings.Count);
    }

    [Fact]
    public void Hongshan2021_StatementOnAnAbsentTable_IsNotCheckedWithTableAbsent()
    {
        // TXT.SOURCE compares 737.86 of the text with 表3[F201,合计]; pointed at a table the document does not have, the
        // statement cannot be compared, and the report says so instead of passing over it.
        var d = HongshanBudget2021.Disclosure;
        var edited = d with
        {
            Statements = d.Statements.Select(s => s.Source is { TableId: "表3" } source ? s with { Source = source with { TableId = "表99" } } : s).ToEquatableArray(),
        };

        var report = edited.Validate();

        report.Findings.ShouldNotContain(f => f.RuleId == "TXT.SOURCE" && f.Location.TableId == "表99");
        var skipped = report.NotChecked.Where(n => n.RuleId == "TXT.SOURCE").ToList();
        skipped.Count.ShouldBe(d.Statements.Count(s => s.Source is { TableId: "表3" } && s.Value is not null)); // 201, 208, 210, 221, 229
        skipped.ShouldAllBe(n => n.Reason == NotCheckedReason.TableAbsent && n.TableId == "表99");
        skipped[0].Message("zh").ShouldBe("TXT.SOURCE 无法核对：表99[F201,合计] 所在的表99不在文件中");
        report.RuleStatuses.Single(s => s.RuleId == "TXT.SOURCE").State.ShouldBe(RuleState.Partly);
        d.Validate().RuleStatuses.Single(s => s.RuleId == "TXT.SOURCE").State.ShouldBe(RuleState.Ran);
    }

    [Fact]
    public void Hongshan2021_OverallGoalShare_IsFoundAsError()
    {
        // 整体支出绩效目标表 prints 基本支出 282.86 as 35.14% of 737.86; it is 38.34%.
        var finding = HongshanBudget2021.Disclosure.Validate().Findings.Single(f => f.RuleId == "BUD.T11.SHARE");
        finding.Severity.ShouldBe(Severity.Error);
        finding.WithinRounding.ShouldBeFalse();
        finding.Location.ShouldBe(new CellAddress("表11", RowKey.Item("支出构成.基本支出"), "占比"));
        finding.PrintedRate!.Value.ToString().ShouldBe("35.14%");
        decimal.Round(finding.ComputedRate!.Value, 2).ShouldBe(38.34m);
    }

    [Theory]
    [InlineData(21011, "40.13", "40.12")]
    [InlineData(22102, "62.77", "62.76")]
    public void Wuchang2026_Table5_1RoundingDifferences_AreRoundingNotErrors(int code, string printed, string sum)
    {
        var finding = WuchangBudget2026.Disclosure.Validate().Findings.Single(f =>
            f.RuleId == "BUD.T5-1.ROLLUP" && f.Location == new CellAddress("表5-1", RowKey.Functional(FunctionalCode.FromValue(code)), "合计"));
        finding.Severity.ShouldBe(Severity.Info);
        finding.WithinRounding.ShouldBeTrue();
        finding.Actual!.Value.ToString("W2", null).ShouldBe(printed);
        finding.Expected!.Value.ToString("W2", null).ShouldBe(sum);
    }

    [Fact]
    public void Wuchang2026_GrowthStatedTwice_OnlyTheWrongOneIsFound()
    {
        // 633.25 on a base of 300.54 is 210.70%: "210.8%" (一) is wrong, "210.7%" (五（一）) is right.
        var growth = WuchangBudget2026.Disclosure.Validate().Problems.Where(f => f.RuleId == "TXT.GROWTH").ToList();
        growth.ShouldContain(f => f.PrintedRate!.Value.ToString() == "210.8%");
        growth.ShouldNotContain(f => f.PrintedRate!.Value.ToString() == "210.7%");
    }

    [Fact]
    public void Reports_EnglishMessages_AreAvailable()
    {
        var finding = HongshanBudget2021.Disclosure.Validate().Findings.Single(f => f.RuleId == "BUD.T11.SHARE");
        finding.Message("en").ShouldContain("35.14%");
        finding.Message("zh").ShouldContain("占比");
        var english = HongshanBudget2021.Disclosure.Validate(new ValidationOptions { Language = "en" });
        english.MessageOf(english.Findings.Single(f => f.RuleId == "BUD.T11.SHARE")).ShouldContain("is printed as 35.14%");
    }

    internal static string[] Lines(ValidationReport report)
        => [report.ToString(), .. report.Findings.Select(f => $"{f.Severity} {f.RuleId} {f.Location} | {f.MessageZh}")];
}
