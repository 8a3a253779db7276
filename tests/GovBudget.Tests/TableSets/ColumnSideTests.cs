using GovBudget.TableSets;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

/// <summary>The side a column of a two-sided table is printed on is data of the set (<c>"side"</c>), not read from its id.</summary>
public sealed class ColumnSideTests
{
    [Fact]
    public void BuiltInSets_DeclareTheSidesOfTheirTwoSidedColumns()
    {
        var g04 = TableSetRegistry.BuiltIn.Get("national.settlement").FindTable("公开04")!;
        g04.Columns.Select(c => c.Side).ShouldBe(["收入", "支出", "支出", "支出", "支出"]);
        TableSetRegistry.BuiltIn.Get("hubei.budget").FindTable("表1")!.Columns.ShouldAllBe(c => c.Side == null); // 预算数 on both sides
    }

    [Fact]
    public void ABadSide_FailsToLoadWithItsPath()
    {
        using var stream = typeof(TableSet).Assembly.GetManifestResourceStream("GovBudget.TableSets.Data.national.settlement.json")!;
        var json = new StreamReader(stream).ReadToEnd();
        var bad = json.Replace("\"side\": \"收入\"\n        },", "\"side\": \"左\"\n        },", StringComparison.Ordinal);
        bad.ShouldNotBe(json);

        var ex = Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(bad, "sides.json"));
        ex.Message.ShouldContain("side '左' is not 收入 or 支出");
        ex.Message.ShouldContain("$.tables[0].columns[0].side");
    }
}
