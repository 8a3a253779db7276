using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Fixtures.Seeds;

public class HongshanBudget2021Tests
{
    private static BudgetDisclosure Disclosure => HongshanBudget2021.Disclosure;

    private static string Value(string tableId, RowKey row, string column)
        => Disclosure.FindTable(tableId)!.GetValue(row, column)!.Value.ToString();

    [Fact]
    public void Builder_WholeDocument_BuildsWithoutProblems()
    {
        var ok = HongshanBudget2021.Builder().TryBuild(out var disclosure, out var problems);

        problems.ShouldBeEmpty();
        ok.ShouldBeTrue();
        var budget = disclosure.ShouldBeOfType<BudgetDisclosure>();
        budget.TableSet.Id.ShouldBe("hubei.budget.legacy");
        budget.Tables.Select(t => t.Id).ShouldBe(["L1", "L6", "表5-1", "表6", "L4", "L5", "L7", "表3", "L9", "L10", "L11"], ignoreOrder: true);
        budget.ProjectGoals.Count.ShouldBe(3);
    }

    [Fact]
    public void LegacyBudgetTables_All_IdsUniqueAndDistinctFromCurrentLayout()
    {
        var legacy = LegacyBudgetTables.All.Select(t => t.Id).ToList();

        legacy.Distinct(StringComparer.Ordinal).Count().ShouldBe(legacy.Count);
        legacy.Intersect(BudgetTables.All.Select(t => t.Id), StringComparer.Ordinal).ShouldBeEmpty();
    }

    [Fact]
    public void AppropriationSummary_Totals_MatchPrintedFigures()
    {
        Value("L1", RowKey.Item("一般公共预算财政拨款收入"), "合计").ShouldBe("737.86万元");
        Value("L1", RowKey.Item("本年收入合计"), "合计").ShouldBe("737.86万元");
        Value("L1", RowKey.Item("收入总计"), "合计").ShouldBe("737.86万元");
        Value("L1", RowKey.Item("本年支出合计"), "一般公共预算").ShouldBe("737.86万元");
        Value("L1", RowKey.Item("支出类别.本年支出合计"), "合计").ShouldBe("737.86万元");
        Value("L1", RowKey.Item("基本支出"), "合计").ShouldBe("282.86万元");
        Value("L1", RowKey.Economic(EconomicCode.Parse("302")), "合计").ShouldBe("166.96万元");
    }

    [Fact]
    public void IncomeExpenditureSummary_Totals_MatchPrintedFigures()
    {
        Value("L6", RowKey.Item("本年收入合计"), "预算数").ShouldBe("737.86万元");
        Value("L6", RowKey.Item("收入总计"), "预算数").ShouldBe("737.86万元");
        Value("L6", RowKey.Item("支出总计"), "预算数").ShouldBe("737.86万元");
        Value("L6", RowKey.Item("项目支出"), "预算数").ShouldBe("455.00万元");
    }

    [Fact]
    public void FunctionalTables_Totals_MatchPrintedFigures()
    {
        Value("表5-1", RowKey.Total, "合计").ShouldBe("737.86万元");
        Value("表5-1", RowKey.Total, "基本支出").ShouldBe("282.86万元");
        Value("表5-1", RowKey.Total, "项目支出").ShouldBe("455.00万元");
        Value("表3", RowKey.Total, "合计").ShouldBe("737.86万元");
        Value("L7", RowKey.Total, "合计").ShouldBe("737.86万元");
        Value("L7", RowKey.Total, "一般公共预算").ShouldBe("737.86万元");
        Value("表3", RowKey.Functional(FunctionalCode.Parse("21015")), "项目支出").ShouldBe("105.00万元");
    }

    [Fact]
    public void BasicExpenditureTable_Total_MatchesPrintedFigures()
    {
        Value("表6", RowKey.Total, "合计").ShouldBe("282.86万元");
        Value("表6", RowKey.Total, "人员经费").ShouldBe("220.90万元");
        Value("表6", RowKey.Total, "公用经费").ShouldBe("61.96万元");
        Value("表6", RowKey.Economic(EconomicCode.Parse("30199")), "人员经费").ShouldBe("91.67万元");
    }

    [Fact]
    public void ProjectProcurementAndServiceTables_Totals_MatchPrintedFigures()
    {
        Value("L9", RowKey.Total, "合计").ShouldBe("455.00万元");
        Value("L9", RowKey.Total, "其中政府采购").ShouldBe("60.00万元");
        Value("L9", RowKey.Total, "其中政府购买服务").ShouldBe("83.65万元");
        Value("L9", RowKey.Project("医疗救助经费发放"), "财政拨款").ShouldBe("350.00万元");
        Value("L10", RowKey.Total, "合计").ShouldBe("88.65万元");
        Value("L11", RowKey.Total, "合计").ShouldBe("88.65万元");
        Value("L11", RowKey.Item("打击欺诈骗保工作经费/聘请第三方机构检查评审"), "合计").ShouldBe("25.00万元");
        Disclosure.FindTable("L9")!.GetCell(RowKey.Project("机构运转"), "是否政府采购").Text.ShouldBe("是");
    }

    [Fact]
    public void OverallGoal_BasicExpenditure_KeepsPrintedWrongShare()
    {
        var goal = Disclosure.OverallGoal!;
        var basic = goal.Expenditure.Single(l => l.Name == "基本支出");
        var total = goal.Expenditure.Single(l => l.Name == "合计");

        basic.Amount!.Value.ToString().ShouldBe("282.86万元");
        basic.Share!.Value.ToString().ShouldBe("35.14%");
        total.Amount!.Value.ToString().ShouldBe("737.86万元");
        goal.Income.Single(l => l.Name == "合计").Amount!.Value.ToString().ShouldBe("737.86万元");
        // The printed share is a slip: 282.86 / 737.86 = 38.34%.
        basic.Share!.Value.Admits(Math.Round(282.86m / 737.86m * 100m, 2)).ShouldBeFalse();
        basic.PriorYears[1].Value!.Value.ToString().ShouldBe("241.54万元");
    }

    [Fact]
    public void ProjectGoals_Budgets_MatchPrintedFigures()
    {
        var goals = Disclosure.ProjectGoals;

        goals.Single(g => g.Name == "机构运转").YearBudget!.Value.ToString().ShouldBe("32.65万元");
        goals.Single(g => g.Name == "医疗救助经费").TotalBudget!.Value.ToString().ShouldBe("417.00万元");
        goals.Single(g => g.Name == "打击欺诈骗取医保").CostItems.Count.ShouldBe(6);
        goals.Single(g => g.Name == "医疗救助经费").AnnualIndicators[0].Target.Number.ShouldBe(3000m);
    }

    [Fact]
    public void Figures_ProcurementAndServices_MatchNarrative()
    {
        var figures = Disclosure.Figures;

        figures.OperatingExpenses!.Value.ToString().ShouldBe("61.96万元");
        figures.Procurement!.Total!.Value.ToString().ShouldBe("67.00万元");
        figures.PurchasedServices[0].Value!.Value.ToString().ShouldBe("88.65万元");
        Disclosure.Statements.Count(s => s.Kind == StatementKind.Change).ShouldBe(9);
    }
}
