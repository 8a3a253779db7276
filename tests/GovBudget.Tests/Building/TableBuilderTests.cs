using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Settlement;

namespace GovBudget.Tests.Building;

public class TableBuilderTests
{
    [Fact]
    public void Build_SeveralProblems_AllReportedInOneException()
    {
        var builder = DisclosureBuilder.Budget(2026)
            .Department("506", "武昌区医疗保障局")
            .Unit("506001", "本级")
            .Table(BudgetTables.GeneralBudgetByFunction, t => t
                .Total("933.79", "524.86", "430.24", "94.62", "408.93")
                .Row("2080505", "机关事业单位基本养老保险缴费支出", "34.27", "34.27", "34.27", "", "")
                .Row("2080505", "duplicate", "1.00")                                  // GB-B001
                .Row(RowKey.Economic(EconomicCode.FromValue(30101)), "wrong kind", "1") // GB-B002
                .Cell(RowKey.Total, "不存在的列", "1.00")                                 // GB-B003
                .Row("2101501", "行政运行", "1", "2", "3", "4", "5", "6")                // GB-B004
                .Row("2101502", "一般行政管理事务", "abc")                                 // GB-B005
                .Row("2101506", "医疗保障经办事务", "79.008"))                            // GB-B006
            .Table(BudgetTables.IncomeExpenditureSummary, t => t
                .Row("2080505", "项 in a summary table", "1.00")                         // GB-B002 (level)
                .Item("不存在的行", "1.00"))                                               // GB-B007
            .Table(BudgetTables.GeneralBudgetByUnit, t => t.Row(RowKey.Unit("999999"), "unknown unit", "1.00")) // GB-B008
            .Table(BudgetTables.GeneralBudgetByUnit, t => t.Total("1.00"))                // GB-B009
            .Table(SettlementTables.IncomeExpenditure, t => t.Line(27, "1.00"));          // GB-B011

        var ex = Should.Throw<DisclosureBuildException>(() => builder.Build());
        ex.Problems.Select(p => p.Code).Distinct().Order().ShouldBe(
            ["GB-B001", "GB-B002", "GB-B003", "GB-B004", "GB-B005", "GB-B006", "GB-B007", "GB-B008", "GB-B009", "GB-B011"]);
        ex.Problems.Count(p => p.Code == BuildProblemCodes.WrongRowKind).ShouldBe(2);
        ex.Message.ShouldContain("GB-B006 表5-1[F2101506,合计]");
        ex.Problems.Single(p => p.Code == BuildProblemCodes.FinerThanPrecision).ColumnId.ShouldBe("合计");
    }

    [Fact]
    public void Build_MissingDepartment_IsAProblem()
    {
        DisclosureBuilder.Settlement(2023).TryBuild(out var disclosure, out var problems).ShouldBeFalse();
        disclosure.ShouldBeNull();
        problems.ShouldHaveSingleItem().Code.ShouldBe(BuildProblemCodes.MissingPart);
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = new TableBuilder(BudgetTables.ThreePublicExpenses, Precision.WanYuan2).Total("0.42", "", "", "", "", "0.42");
        builder.Build();
        Should.Throw<InvalidOperationException>(() => builder.Build());
        Should.Throw<InvalidOperationException>(() => builder.Total("1"));
    }

    [Fact]
    public void Cells_BlankAndZero_StayDistinct()
    {
        var table = new TableBuilder(BudgetTables.GeneralBudgetByFunction, Precision.WanYuan2)
            .Row("2080501", "行政单位离退休", "0.10", "0.10", "0.00", "0.10", "")
            .Build();
        var key = RowKey.Functional(FunctionalCode.FromValue(2080501));
        table.GetCell(key, "人员经费").Kind.ShouldBe(CellKind.Amount);
        table.GetValue(key, "人员经费")!.Value.Value.ShouldBe(Amount.Zero);
        table.GetCell(key, "项目支出").IsEmpty.ShouldBeTrue();
        table.GetValue(key, "项目支出").ShouldBeNull();
    }

    [Fact]
    public void Columns_Subset_FillsNamedColumnsOnly()
    {
        var table = new TableBuilder(BudgetTables.ExpenditureSummary, Precision.WanYuan2)
            .Columns("合计", "基本支出", "项目支出")
            .Total("933.79", "524.86", "408.93")
            .Build();
        table.GetValue(RowKey.Total, "项目支出").ToString().ShouldBe("408.93万元");
        table.GetCell(RowKey.Total, "结转下年").IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Columns_ByPrintedNumber_AddressesSettlementColumns()
    {
        var table = new TableBuilder(SettlementTables.IncomeExpenditure, Precision.WanYuan2)
            .Columns("1").Line(27, "1,002.76")
            .Columns("2").Line(58, "1,002.76")
            .Build();
        table.GetValue(RowKey.Line(27), "1").ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Line(58), "支出决算数").ToString().ShouldBe("1002.76万元");
        table.Rows[0].Label.ShouldBe("本年收入合计");
    }

    [Fact]
    public void RollUp_FromItems_AddsParentsAndTotal()
    {
        var table = new TableBuilder(BudgetTables.GeneralBudgetByFunction, Precision.WanYuan2)
            .Row("2101101", "行政单位医疗", "7.56", "7.56", "7.56", "", "")
            .Row("2101102", "事业单位医疗", "9.57", "9.57", "9.57", "", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "34.27", "34.27", "34.27", "", "")
            .RollUp()
            .Build();
        table.Rows.Select(r => r.Key.ToString()).ShouldBe(["total", "F208", "F20805", "F2080505", "F210", "F21011", "F2101101", "F2101102"]);
        table.GetValue(RowKey.Functional(FunctionalCode.FromValue(21011)), "合计").ToString().ShouldBe("17.13万元");
        table.GetValue(RowKey.Total, "合计").ToString().ShouldBe("51.40万元");
        table.GetCell(RowKey.Total, "项目支出").IsEmpty.ShouldBeTrue();
        table.TryGetRow(RowKey.Functional(FunctionalCode.FromValue(210)), out var row).ShouldBeTrue();
        row.Label.ShouldBe("卫生健康支出");
    }

    [Fact]
    public void Tree_ParentsAndChildren_FollowCodesAndExplicitParents()
    {
        var table = new TableBuilder(BudgetTables.ProjectExpenditure, Precision.WanYuan2)
            .Total("", "408.93", "408.93")
            .Row(RowKey.Unit("506"), "武昌区医疗保障局", RowKey.Total, "", "408.93", "408.93")
            .Row(RowKey.Category("506/本级支出项目"), "本级支出项目", RowKey.Unit("506"), "", "408.93", "408.93")
            .Row(RowKey.Project("医保基金监管专项经费"), "医保基金监管专项经费", RowKey.Category("506/本级支出项目"), "武昌区医疗保障局本级", "10.00", "10.00")
            .Build();
        table.ParentOf(RowKey.Project("医保基金监管专项经费")).ShouldBe(RowKey.Category("506/本级支出项目"));
        table.SumOfChildren(RowKey.Category("506/本级支出项目"), "合计").ShouldBe(Amount.FromWanYuan(10m));
        table.GetCell(RowKey.Project("医保基金监管专项经费"), "项目单位").Text.ShouldBe("武昌区医疗保障局本级");
    }

    [Fact]
    public void Table_Equality_IsStructural()
    {
        Table Make(string v) => new TableBuilder(BudgetTables.ThreePublicExpenses, Precision.WanYuan2).Total(v).Build();
        Make("0.42").ShouldBe(Make("0.42"));
        Make("0.42").ShouldNotBe(Make("0.43"));
    }

    [Fact]
    public void Disclosure_Equality_IsStructural()
    {
        Disclosure Make() => DisclosureBuilder.Budget(2026).Department("506", "武昌区医疗保障局")
            .Table(BudgetTables.ThreePublicExpenses, t => t.Total("0.42", "", "", "", "", "0.42"))
            .Figures(new ReportedFigures { OperatingExpenses = ReportedValue.Parse("94.62万元") })
            .Build();
        Make().ShouldBe(Make());
        Make().GetHashCode().ShouldBe(Make().GetHashCode());
        (Make() with { Year = 2025 }).ShouldNotBe(Make());
    }

    [Fact]
    public void RowKey_TextForm_RoundTrips()
    {
        RowKey[] keys = [RowKey.Total, RowKey.Line(27), RowKey.Functional(FunctionalCode.FromValue(2080505)), RowKey.Economic(EconomicCode.FromValue(30101)), RowKey.Unit("506001"), RowKey.Project("42010626506T000000102"), RowKey.Item("本年收入合计"), RowKey.Category("506/本级支出项目")];
        foreach (var key in keys)
        {
            RowKey.Parse(key.ToString(), null).ShouldBe(key);
        }

        ContractAssert.Equality(RowKey.Line(27), RowKey.Parse("L27", null), RowKey.Line(28));
        ContractAssert.Ordering(RowKey.Functional(FunctionalCode.FromValue(208)), RowKey.Functional(FunctionalCode.FromValue(20805)));
    }
}
