using System.Text.RegularExpressions;
using GovBudget.Rules;
using GovBudget.Tables;
using GovBudget.Tests.Serialization;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.Rules;

/// <summary>Chinese messages carry no English word, enum name or row-key prefix (issue 16: `说明[I:…,Execution]` once).</summary>
public sealed partial class MessageLanguageTests
{
    // Two Latin letters in a row: an English word, an enum name, "total", "I:" after a letter … Table ids such as L6 and
    // codes such as E30101 have one letter only.
    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [Fact]
    public void ZhMessages_OnTheSeedsAndEveryConformanceCase_HaveNoLatinWord()
    {
        var offenders = new List<string>();
        var checkedCount = 0;
        foreach (var (name, disclosure) in SeedDocuments.All)
        {
            Collect(name, disclosure.Validate());
        }

        foreach (var c in ConformanceTests.Corpus.All)
        {
            foreach (var variant in ConformanceTests.Corpus.Variants(c.BaseName))
            {
                Collect($"{c.Name} ({variant})", c.Apply(ConformanceTests.Corpus.Base(c.BaseName, variant)).Validate());
            }
        }

        checkedCount.ShouldBeGreaterThan(500);
        offenders.ShouldBeEmpty();

        void Collect(string where, ValidationReport report)
        {
            foreach (var f in report.Findings)
            {
                checkedCount++;
                if (LatinWord().IsMatch(f.MessageZh))
                {
                    offenders.Add($"{where}: {f.RuleId}: {f.MessageZh}");
                }
            }
        }
    }

    [Theory]
    [InlineData("total", "人员经费", "表5-1“合计”行“基本支出·人员经费”栏")]
    [InlineData("F21011", "合计", "表5-1“21011 行政事业单位医疗”行“合计”栏")]
    public void ToStringZh_NamesRowAndColumnAsPrinted(string row, string column, string expected)
    {
        var table = SeedDocuments.All["WuchangBudget2026"].FindTable("表5-1")!;
        new CellAddress("表5-1", RowKey.Parse(row), column).ToStringZh(table).ShouldBe(expected);
    }

    [Fact]
    public void ToStringZh_ALineAndAStatement()
    {
        var settlement = SeedDocuments.All["HongshanSettlement2023"];
        new CellAddress("公开01", RowKey.Line(60), "支出决算数").ToStringZh(settlement.FindTable("公开01")).ShouldBe("公开01 第60行（年末结转和结余）“支出决算数”栏");
        new CellAddress("说明", RowKey.Item("一般机构运转"), "执行率").ToStringZh().ShouldBe("说明“一般机构运转”（执行率）");
        new CellAddress("表1", RowKey.Item("收入总计"), "预算数").ToStringZh().ShouldBe("表1“收入总计”行“预算数”栏");
    }
}
