using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;
using GovBudget.Tables.Settlement;

namespace GovBudget.Tests.Fixtures.Seeds;

public class HongshanSettlement2023Tests
{
    private static SettlementDisclosure D => HongshanSettlement2023.Disclosure;

    [Fact]
    public void Builder_WholeDocument_BuildsWithoutProblems()
    {
        var ok = HongshanSettlement2023.Builder().TryBuild(out var disclosure, out var problems);

        problems.ShouldBeEmpty();
        ok.ShouldBeTrue();
        disclosure.ShouldBeOfType<SettlementDisclosure>();
        disclosure!.Year.ShouldBe(2023);
        disclosure.Department.Name.ShouldBe("武汉市洪山区医疗保障局");
        disclosure.Tables.Count.ShouldBe(9);
    }

    [Fact]
    public void Table01_Totals_MatchPrintedFigures()
    {
        var table = D.FindTable(SettlementTables.IncomeExpenditure.Id)!;

        table.GetValue(RowKey.Line(27), "收入决算数")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Line(58), "支出决算数")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Line(31), "收入决算数")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Line(62), "支出决算数")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Line(40), "支出决算数")!.Value.ToString().ShouldBe("929.81万元");
    }

    [Fact]
    public void Table04_BrokenNumbers_AreReadAsJoinedDigits()
    {
        var table = D.FindTable(SettlementTables.AppropriationIncomeExpenditure.Id)!;

        table.GetValue(RowKey.Line(40), "一般公共预算财政拨款")!.Value.ToString().ShouldBe("34.81万元");
        table.GetValue(RowKey.Line(41), "合计")!.Value.ToString().ShouldBe("929.81万元");
        table.GetValue(RowKey.Line(41), "一般公共预算财政拨款")!.Value.ToString().ShouldBe("929.81万元");
        table.GetValue(RowKey.Line(59), "政府性基金预算财政拨款")!.Value.ToString().ShouldBe("9.00万元");
        table.GetValue(RowKey.Line(64), "合计")!.Value.ToString().ShouldBe("1002.76万元");
    }

    [Fact]
    public void Table05_Total_MatchesPrintedFigures()
    {
        var table = D.FindTable(SettlementTables.GeneralBudgetExpenditure.Id)!;

        table.GetValue(RowKey.Total, "小计")!.Value.ToString().ShouldBe("993.76万元");
        table.GetValue(RowKey.Total, "基本支出")!.Value.ToString().ShouldBe("418.00万元");
        table.GetValue(RowKey.Total, "项目支出")!.Value.ToString().ShouldBe("575.76万元");
        table.GetValue(RowKey.Functional(FunctionalCode.Parse("2101301")), "项目支出")!.Value.ToString().ShouldBe("474.14万元");
    }

    [Fact]
    public void Table06_Totals_MatchPrintedFigures()
    {
        var table = D.FindTable(SettlementTables.GeneralBudgetBasicDetail.Id)!;

        table.GetValue(RowKey.Item("人员经费合计"), "决算数")!.Value.ToString().ShouldBe("260.19万元");
        table.GetValue(RowKey.Item("公用经费合计"), "决算数")!.Value.ToString().ShouldBe("157.81万元");
        table.GetValue(RowKey.Economic(EconomicCode.Parse("301")), "决算数")!.Value.ToString().ShouldBe("258.64万元");
    }

    [Fact]
    public void Table03_LostHeader_RowsReadAsExpenditure()
    {
        var table = D.FindTable(SettlementTables.ExpenditureByFunction.Id)!;

        table.GetValue(RowKey.Functional(FunctionalCode.Parse("210")), "本年支出合计")!.Value.ToString().ShouldBe("929.81万元");
        table.GetValue(RowKey.Functional(FunctionalCode.Parse("210")), "基本支出")!.Value.ToString().ShouldBe("354.05万元");
        table.GetValue(RowKey.Functional(FunctionalCode.Parse("229")), "项目支出")!.Value.ToString().ShouldBe("9.00万元");
        table.GetValue(RowKey.Total, "本年支出合计").ShouldBeNull();
    }

    [Fact]
    public void Table07_SplitNumbers_AreReadAsNine()
    {
        var table = D.FindTable(SettlementTables.GovernmentFundIncomeExpenditure.Id)!;

        table.GetValue(RowKey.Total, "本年收入")!.Value.ToString().ShouldBe("9.00万元");
        table.GetValue(RowKey.Total, "项目支出")!.Value.ToString().ShouldBe("9.00万元");
        table.GetValue(RowKey.Total, "年末结转和结余").ShouldBeNull();
    }

    [Fact]
    public void Table02_Total_MatchesPrintedFigure()
    {
        var table = D.FindTable(SettlementTables.IncomeByFunction.Id)!;

        table.GetValue(RowKey.Total, "本年收入合计")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Total, "上级补助收入").ShouldBeNull();
    }

    [Fact]
    public void Figures_OperatingAndProcurement_MatchPrintedFigures()
    {
        D.Figures.OperatingExpenses!.Value.ToString().ShouldBe("157.81万元");
        var procurement = D.Figures.Procurement!;
        procurement.Total!.Value.ToString().ShouldBe("6.76万元");
        procurement.Goods!.Value.ToString().ShouldBe("0.78万元");
        procurement.Works!.Value.ToString().ShouldBe("0万元");
        procurement.Services!.Value.ToString().ShouldBe("5.98万元");
        D.Figures.Assets!.Vehicles.ShouldBe(0);
    }

    [Fact]
    public void Statements_BasicShare_KeepsPrintedFigures()
    {
        var basic = D.Statements.Single(s => s.Kind == StatementKind.Share && s.Subject == "基本支出");

        basic.Value!.Value.ToString().ShouldBe("418万元");
        basic.Base!.Value.ToString().ShouldBe("1002.76万元");
        basic.Rate!.Value.ToString().ShouldBe("41.68%");
        D.PriorFigures.Count.ShouldBe(15);
    }

    [Fact]
    public void SelfEvaluations_AllSix_AreTranscribed()
    {
        D.SelfEvaluations.Count.ShouldBe(6);
        var department = D.SelfEvaluations.Single(e => e.Level == SelfEvaluationLevel.Department);
        department.Funds[0].Budget!.Value.ToString().ShouldBe("1012.89万元");
        department.Funds[0].Score.ShouldBe(19.80m);
        department.Indicators.Sum(i => i.Score ?? 0m).ShouldBe(80m);

        var fraud = D.SelfEvaluations.Single(e => e.Name == "打击欺诈骗保");
        fraud.Funds[0].ExecutionRate!.Value.ToString().ShouldBe("99%");
        fraud.Indicators.Sum(i => i.Score ?? 0m).ShouldBe(60m);

        var subsidy = D.SelfEvaluations.Single(e => e.Name == "医疗补助项目");
        subsidy.Funds[0].Actual!.Value.ToString().ShouldBe("1.438万元");
    }
}
