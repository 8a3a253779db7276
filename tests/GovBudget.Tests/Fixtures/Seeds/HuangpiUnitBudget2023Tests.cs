using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Fixtures.Seeds;

public class HuangpiUnitBudget2023Tests
{
    private static Table TableOf(string id) => HuangpiUnitBudget2023.Disclosure.FindTable(id)!;

    private static string Printed(string tableId, RowKey row, string column)
        => TableOf(tableId).GetValue(row, column)!.Value.ToString();

    [Fact]
    public void Builder_WholeDocument_BuildsWithoutProblems()
    {
        var ok = HuangpiUnitBudget2023.Builder().TryBuild(out var disclosure, out var problems);

        problems.ShouldBeEmpty();
        ok.ShouldBeTrue();
        disclosure.ShouldBeOfType<BudgetDisclosure>();
    }

    [Fact]
    public void Disclosure_Structure_HasTheUnitAndEveryPrintedTable()
    {
        var disclosure = HuangpiUnitBudget2023.Disclosure;

        disclosure.Year.ShouldBe(2023);
        disclosure.Department.Code.ShouldBe("083");
        disclosure.Department.Units.Count.ShouldBe(1);
        disclosure.Department.Units[0].Kind.ShouldBe(UnitKind.PublicInstitution);
        disclosure.Tables.Select(t => t.Id).ShouldBe(
            new[] { "表1", "表2", "表3", "表4", "表5-1", "表6", "表7", "表8", "表10", "政府采购预算表" });
        disclosure.OverallGoal.ShouldNotBeNull();
        disclosure.ProjectGoals.Count.ShouldBe(1);
        disclosure.Statements.Count.ShouldBe(3);
    }

    [Fact]
    public void Table1_Totals_MatchPrintedFigures()
    {
        var id = BudgetTables.IncomeExpenditureSummary.Id;
        Printed(id, RowKey.Item("本年收入合计"), "预算数").ShouldBe("1157.86万元");
        Printed(id, RowKey.Item("收入总计"), "预算数").ShouldBe("1157.86万元");
        Printed(id, RowKey.Item("支出总计"), "预算数").ShouldBe("1157.86万元");
        Printed(id, RowKey.Functional(FunctionalCode.Parse("210")), "预算数").ShouldBe("970.14万元");
    }

    [Fact]
    public void Table3_BasicExpenditureTotal_Is1007Point86()
    {
        var id = BudgetTables.ExpenditureSummary.Id;
        Printed(id, RowKey.Total, "基本支出").ShouldBe("1007.86万元");
        Printed(id, RowKey.Total, "合计").ShouldBe("1157.86万元");
        Printed(id, RowKey.Total, "项目支出").ShouldBe("150.00万元");
        TableOf(id).GetValue(RowKey.Total, "事业单位经营支出").ShouldBeNull();
    }

    [Fact]
    public void Table5_GeneralBudgetTotals_MatchPrintedFigures()
    {
        var id = BudgetTables.GeneralBudgetByFunction.Id;
        Printed(id, RowKey.Total, "合计").ShouldBe("1157.86万元");
        Printed(id, RowKey.Total, "基本支出").ShouldBe("1007.86万元");
        Printed(id, RowKey.Total, "人员经费").ShouldBe("980.99万元");
        Printed(id, RowKey.Total, "公用经费").ShouldBe("26.87万元");
        Printed(id, RowKey.Functional(FunctionalCode.Parse("210")), "人员经费").ShouldBe("793.49万元");
    }

    [Fact]
    public void Table6_BasicExpenditureTotals_MatchPrintedFigures()
    {
        var id = BudgetTables.GeneralBudgetBasicByEconomic.Id;
        Printed(id, RowKey.Total, "合计").ShouldBe("1007.86万元");
        Printed(id, RowKey.Total, "人员经费").ShouldBe("980.99万元");
        Printed(id, RowKey.Total, "公用经费").ShouldBe("26.87万元");
        Printed(id, RowKey.Economic(EconomicCode.Parse("301")), "合计").ShouldBe("959.99万元");
    }

    [Fact]
    public void Table10_ProjectRow_MatchesPrintedFigures()
    {
        var id = BudgetTables.ProjectExpenditure.Id;
        Printed(id, RowKey.Project("42011622083T000000100"), "合计").ShouldBe("150.00万元");
        Printed(id, RowKey.Total, "本年拨款.一般公共预算").ShouldBe("150.00万元");
    }

    [Fact]
    public void EmptyTables_HeaderOnly_HaveNoRowsButKeepRemarks()
    {
        var fund = TableOf(BudgetTables.GovernmentFundExpenditure.Id);
        fund.Rows.Count.ShouldBe(0);
        fund.Remark.ShouldNotBeNull();

        var procurement = TableOf(HuangpiUnitBudget2023.ProcurementBudget.Id);
        procurement.Rows.Count.ShouldBe(0);
        procurement.Precision.ToString().ShouldBe("0.01元");
        procurement.Remark!.ShouldContain("无政府采购预算支出");
    }

    [Fact]
    public void OverallGoal_Composition_MatchesPrintedFigures()
    {
        var goal = HuangpiUnitBudget2023.Disclosure.OverallGoal!;

        goal.Expenditure[0].Amount!.Value.ToString().ShouldBe("980.99万元");
        goal.Expenditure[0].Share!.Value.ShouldBe(Percentage.Parse("84.72%"));
        goal.Expenditure[2].Amount!.Value.ToString().ShouldBe("150万元");
        goal.Expenditure[3].PriorYears[1].Value!.Value.ToString().ShouldBe("7020.89万元");
        goal.Income[0].PriorYears[0].Value!.Value.ToString().ShouldBe("971.63万元");
        goal.AnnualIndicators.Count.ShouldBe(11);
    }

    [Fact]
    public void ProjectGoal_CostItems_SumToYearBudget()
    {
        var project = HuangpiUnitBudget2023.Disclosure.ProjectGoals[0];

        project.ProjectCode.ShouldBe("42011622083T000000100");
        project.YearBudget!.Value.ToString().ShouldBe("150万元");
        project.CostItems.Select(c => c.Amount!.Value.ToString()).ShouldBe(new[] { "90万元", "40万元", "20万元" });
        project.LongTermIndicators.Count.ShouldBe(11);
    }
}
