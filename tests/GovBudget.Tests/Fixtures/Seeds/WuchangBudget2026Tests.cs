using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Fixtures.Seeds;

public class WuchangBudget2026Tests
{
    private static Table Table(string id) => WuchangBudget2026.Disclosure.FindTable(id)!;

    private static string Printed(string tableId, RowKey row, string column) => Table(tableId).GetValue(row, column)!.Value.ToString();

    private static RowKey F(string code) => RowKey.Functional(FunctionalCode.Parse(code));

    [Fact]
    public void Builder_WholeDocument_BuildsWithoutProblems()
    {
        var ok = WuchangBudget2026.Builder().TryBuild(out var disclosure, out var problems);

        problems.ShouldBeEmpty();
        ok.ShouldBeTrue();
        disclosure.ShouldBeOfType<BudgetDisclosure>();
    }

    [Fact]
    public void Disclosure_Tables_AreTable1To10()
    {
        WuchangBudget2026.Disclosure.Tables.Select(t => t.Definition.Id)
            .ShouldBe(["表1", "表2", "表3", "表4", "表5-1", "表5-2", "表6", "表7", "表8", "表9", "表10"]);
    }

    [Fact]
    public void Disclosure_Department_HasOnlyThePrintedUnit()
    {
        var department = WuchangBudget2026.Disclosure.Department;

        department.Code.ShouldBe("506");
        department.Units.Select(u => u.Code).ShouldBe(["506001"]);
    }

    [Fact]
    public void Table6_Total_MatchesPrintedFigures()
    {
        Printed("表6", RowKey.Total, "合计").ShouldBe("524.86万元");
        Printed("表6", RowKey.Total, "人员经费").ShouldBe("430.24万元");
        Printed("表6", RowKey.Total, "公用经费").ShouldBe("94.62万元");
    }

    [Fact]
    public void Table5_1_Class21011_KeepsPrintedTotalAndItems()
    {
        Printed("表5-1", F("21011"), "合计").ShouldBe("40.13万元");
        Printed("表5-1", F("2101101"), "合计").ShouldBe("7.56万元");
        Printed("表5-1", F("2101102"), "合计").ShouldBe("9.57万元");
        Printed("表5-1", F("2101103"), "合计").ShouldBe("22.99万元");
    }

    [Fact]
    public void Table3_Total_MatchesPrintedFigures()
    {
        Printed("表3", RowKey.Total, "合计").ShouldBe("933.79万元");
        Printed("表3", RowKey.Total, "基本支出").ShouldBe("524.86万元");
        Printed("表3", RowKey.Total, "项目支出").ShouldBe("408.93万元");
    }

    [Fact]
    public void Table1_Totals_MatchPrintedFigures()
    {
        Printed("表1", RowKey.Item("收入总计"), "预算数").ShouldBe("933.79万元");
        Printed("表1", RowKey.Item("支出总计"), "预算数").ShouldBe("933.79万元");
        Printed("表1", F("210"), "预算数").ShouldBe("836.65万元");
    }

    [Fact]
    public void Table5_1_Row2080501_KeepsExplicitZeroApartFromBlank()
    {
        Printed("表5-1", F("2080501"), "人员经费").ShouldBe("0.00万元");
        Table("表5-1").GetValue(F("2080501"), "项目支出").ShouldBeNull();
    }

    [Fact]
    public void Table5_2_Unit506001_MatchesPrintedFigures()
    {
        Printed("表5-2", RowKey.Unit("506001"), "合计").ShouldBe("933.79万元");
        Printed("表5-2", RowKey.Unit("506001"), "公用经费").ShouldBe("94.62万元");
    }

    [Fact]
    public void Table7_Hospitality_IsTheWholeTotal()
    {
        Printed("表7", RowKey.Total, "合计").ShouldBe("0.42万元");
        Printed("表7", RowKey.Total, "公务接待费").ShouldBe("0.42万元");
    }

    [Fact]
    public void Table10_Projects_MatchPrintedFigures()
    {
        Printed("表10", RowKey.Total, "合计").ShouldBe("408.93万元");
        Printed("表10", RowKey.Project("区医保经办机构物业管理服务费"), "合计").ShouldBe("79.01万元");
        Printed("表10", RowKey.Project("医保经办政府购买服务经费"), "本年拨款.一般公共预算").ShouldBe("319.92万元");
    }

    [Fact]
    public void Table8And9_HaveNoRows_OnlyTheRemark()
    {
        Table("表8").Rows.ShouldBeEmpty();
        Table("表9").Rows.ShouldBeEmpty();
    }

    [Fact]
    public void OverallGoal_Expenditure_KeepsPrintedSharesAndPriorYears()
    {
        var lines = WuchangBudget2026.Disclosure.OverallGoal!.Expenditure;

        lines.Select(l => l.Amount!.Value.ToString()).ShouldBe(["430.24万元", "94.62万元", "408.93万元", "933.79万元"]);
        lines.Select(l => l.Share!.Value.ToString()).ShouldBe(["46%", "10%", "44%", "100%"]);
        lines[2].PriorYears[0].Value!.Value.ToString().ShouldBe("18万元");
        lines[3].PriorYears[1].Value!.Value.ToString().ShouldBe("300.44万元");
    }

    [Fact]
    public void ProjectGoals_PropertyProject_KeepsThreeDecimalAmounts()
    {
        var goal = WuchangBudget2026.Disclosure.ProjectGoals.Single(g => g.TableId == "表12-1");

        goal.YearBudget!.Value.ToString().ShouldBe("79.008万元");
        goal.CostItems.Select(c => c.Amount!.Value.ToString()).ShouldBe(["57.24万元", "21.768万元"]);
    }

    [Fact]
    public void ProjectGoals_All_ArePrintedWithCodes()
    {
        WuchangBudget2026.Disclosure.ProjectGoals.Select(g => g.ProjectCode)
            .ShouldBe(["42010626506T000000102", "42010626506T000000101", "42010626506T000000100"]);
    }

    [Fact]
    public void Statements_TotalGrowth_KeepsBothPrintedRates()
    {
        var rates = WuchangBudget2026.Disclosure.Statements
            .Where(s => s.Kind == StatementKind.Change && s.Difference == ReportedValue.Parse("633.25万元"))
            .Select(s => s.Rate!.Value.ToString());

        rates.ShouldBe(["210.8%", "210.7%"]);
    }

    [Fact]
    public void Figures_Procurement_KeepsPrintedSplit()
    {
        var procurement = WuchangBudget2026.Disclosure.Figures.Procurement!;

        procurement.Total!.Value.ToString().ShouldBe("357.84万元");
        procurement.Goods!.Value.ToString().ShouldBe("7.06万元");
        procurement.Services!.Value.ToString().ShouldBe("350.78万元");
        WuchangBudget2026.Disclosure.Figures.OperatingExpenses!.Value.ToString().ShouldBe("94.62万元");
    }
}
