using GovBudget.Tables;
using GovBudget.Tables.Budget;

namespace GovBudget.Tests.Fixtures.Seeds;

public class WuchangBudget2026Tests
{
    [Fact]
    public void Table6_Total_MatchesPrintedFigures()
    {
        var table = WuchangBudget2026.Disclosure.FindTable(BudgetTables.GeneralBudgetBasicByEconomic.Id)!;
        table.GetValue(RowKey.Total, "合计")!.Value.ToString().ShouldBe("524.86万元");
        table.GetValue(RowKey.Total, "人员经费")!.Value.ToString().ShouldBe("430.24万元");
        table.GetValue(RowKey.Total, "公用经费")!.Value.ToString().ShouldBe("94.62万元");
    }
}
