using System.Text.Json.Nodes;
using GovBudget.Building;
using GovBudget.Collections;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;
using GovBudget.Tests.Fixtures.Seeds;
using GovBudget.Tests.Serialization;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

/// <summary>Disclosures record their table set; tables are scoped to it; columns a document does not print are not blank.</summary>
public sealed class TableSetDisclosureTests
{
    private static TableSet Shanghai => TableSetRegistry.BuiltIn.Get("shanghai.budget");

    [Fact]
    public void Builder_CustomTableReusingASetId_IsAProblemNamingTheDifference()
    {
        // 表5-1 of the Hubei set has 5 columns; a custom 表5-1 with 3 is another table under the same id.
        var custom = new TableDefinition("表5-1", "一般公共预算支出表", "General budget", DisclosureKind.Budget, new[] { RowKeyKind.Total }, new[]
        {
            new ColumnDefinition("合计", "合计", "Total"), new ColumnDefinition("基本支出", "基本支出", "Basic"), new ColumnDefinition("项目支出", "项目支出", "Project"),
        });

        var ex = Should.Throw<DisclosureBuildException>(() => DisclosureBuilder.Budget(2026).Department(null, "某局").Table(custom, t => t.Total("1.00", "1.00", null)).Build());

        var problem = ex.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(BuildProblemCodes.TableSetMismatch);
        problem.Message.ShouldContain("table set hubei.budget");
        problem.Message.ShouldContain("the set has [合计, 基本支出, 人员经费, 公用经费, 项目支出], the table has [合计, 基本支出, 项目支出]");
    }

    [Fact]
    public void Builder_ShanghaiTable3_InTheHubeiSet_IsRejected_InTheShanghaiSet_Accepted()
    {
        var shanghai3 = Shanghai.Definition("表3");

        Should.Throw<DisclosureBuildException>(() => DisclosureBuilder.Budget(2025).Department(null, "某局").Table(shanghai3, t => t.Total("1.00", "1.00", null)).Build())
            .Problems.ShouldHaveSingleItem().Code.ShouldBe(BuildProblemCodes.TableSetMismatch);
        DisclosureBuilder.Budget(2025).TableSet(Shanghai).Department(null, "某局").Table("表3", t => t.Total("1.00", "1.00", null)).Build()
            .TableSet.ShouldBeSameAs(Shanghai);
    }

    [Fact]
    public void Json_CustomDefinitionReusingASetId_IsAReadErrorAtItsPath()
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(WuchangBudget2026.Disclosure))!;
        var table = json["tables"]!.AsArray().Single(t => (string?)t!["kind"] == "表5-1")!;
        var definition = JsonNode.Parse("""
            {"id":"表5-1","nameZh":"一般公共预算支出表","nameEn":"General budget","disclosure":"budget","rowKinds":["total","functional"],
             "columns":[{"id":"合计","nameZh":"合计","nameEn":"Total","kind":"amount"},{"id":"基本支出","nameZh":"基本支出","nameEn":"Basic","kind":"amount"},{"id":"项目支出","nameZh":"项目支出","nameEn":"Project","kind":"amount"}]}
            """);
        table.AsObject().Remove("kind");
        table["definition"] = definition;
        table["rows"] = new JsonArray(new JsonObject { ["key"] = "total", ["cells"] = new JsonArray("933.79", "524.86", "408.93") });

        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json.ToJsonString()));

        ex.Path.ShouldBe("$.tables[4].definition.id");
        ex.Reason!.ShouldContain("Custom table '表5-1' reuses the id of table 表5-1 of table set hubei.budget with another definition");
        ex.Reason!.ShouldContain("the table has [合计, 基本支出, 项目支出]");
    }

    [Fact]
    public void Json_Version1Documents_ReadIntoTheHubeiAndNationalSets()
    {
        foreach (var (name, set) in new[] { ("WuchangBudget2026", "hubei.budget"), ("HongshanBudget2021", "hubei.budget.legacy"), ("HongshanSettlement2023", "national.settlement") })
        {
            var seed = SeedDocuments.All[name];
            var v1 = JsonNode.Parse(DisclosureJson.Serialize(seed))!.AsObject();
            v1["schemaVersion"] = 1;
            v1.Remove("tableSet");
            if (set != "national.settlement")
            {
                v1.Insert(3, "layout", set.EndsWith(".legacy", StringComparison.Ordinal) ? "legacy" : "current");
            }

            var read = DisclosureJson.Deserialize(v1.ToJsonString());

            read.TableSet.Id.ShouldBe(set, name);
            read.ShouldBe(seed, name);
        }
    }

    [Fact]
    public void Json_Version2WithLayout_IsAReadError()
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(WuchangBudget2026.Disclosure))!.AsObject();
        json["layout"] = "current";

        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json.ToJsonString())).Path.ShouldBe("$.layout");
    }

    [Fact]
    public void Json_TableSetOfTheOtherKind_IsAReadError()
    {
        var json = JsonNode.Parse(DisclosureJson.Serialize(WuchangBudget2026.Disclosure))!.AsObject();
        json["tableSet"] = "shanghai.settlement";

        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json.ToJsonString())).Reason!.ShouldContain("is for settlement disclosures");
    }

    // A Hubei 表3 printed with 3 of its 7 columns, as Shanghai's 支出预算总表 does.
    private static Disclosures.Disclosure ThreeColumnTable3(string totalBasic = "60.00")
        => DisclosureBuilder.Budget(2026).Department(null, "某局")
            .Table("表3", t => t.Printed("合计", "基本支出", "项目支出")
                .Total("100.00", totalBasic, "40.00")
                .Row("208", "社会保障和就业支出", "100.00", "60.00", "40.00", null, null, null, null))
            .Build();

    // The disclosure holds one table on purpose: the other required tables' absence (DOC.TABLE.MISSING) is not what these tests are about.
    private static readonly ValidationOptions OneTable = new() { DisabledRules = ["DOC.TABLE.MISSING"] };

    [Fact]
    public void Validate_ColumnNotPrinted_IsNotCheckedAndNotZero()
    {
        var report = ThreeColumnTable3().Validate(OneTable);

        report.Problems.ShouldBeEmpty();
        report.NotChecked.ShouldContain(new NotChecked("BUD.T3.COLS", "表3", "上缴上级支出", NotCheckedReason.ColumnNotPrinted));
        report.NotChecked[0].Message("zh").ShouldContain("未印出");
    }

    [Fact]
    public void Validate_ColumnNotPrinted_OtherRulesStillCheckThePrintedColumns()
        => ThreeColumnTable3(totalBasic: "65.00").Validate(OneTable).Problems.Select(f => f.RuleId).ShouldBe(["BUD.T3.ROLLUP"]); // 合计 ≠ 基本 + 项目 + … is not checkable

    [Fact]
    public void Builder_ValueInAColumnNotPrinted_IsAProblem()
        => Should.Throw<DisclosureBuildException>(() => DisclosureBuilder.Budget(2026).Department(null, "某局")
                .Table("表3", t => t.Printed("合计", "基本支出", "项目支出").Total("100.00", "60.00", "40.00", "1.00", null, null, null)).Build())
            .Problems.ShouldHaveSingleItem().Message.ShouldContain("which the table does not print");

    [Fact]
    public void Json_PrintedColumns_RoundTrip()
    {
        var disclosure = ThreeColumnTable3();

        var json = DisclosureJson.Serialize(disclosure);

        json.ShouldContain("\"printedColumns\": [");
        var read = DisclosureJson.Deserialize(json);
        read.ShouldBe(disclosure);
        read.FindTable("表3")!.PrintedColumns.ShouldBe(new EquatableArray<string>(["合计", "基本支出", "项目支出"]));
    }

    [Fact]
    public void Render_ColumnsNotPrinted_AreLeftOut()
    {
        var html = DisclosureRenderer.ToHtml(ThreeColumnTable3(), new RenderOptions { IncludeCharts = false });
        var markdown = DisclosureRenderer.ToMarkdown(ThreeColumnTable3());

        // Header cells only (the notes under the table print the kind's formulas, which name every column).
        html.ShouldContain(">基本支出<");
        html.ShouldNotContain(">上缴上级支出<");
        markdown.ShouldContain("| 基本支出 |");
        markdown.ShouldNotContain("| 结转下年 |");
    }

    [Fact]
    public void Roles_EveryBuiltInSet_NamesItsSummaryTables()
    {
        foreach (var set in TableSetRegistry.BuiltIn.All)
        {
            set.TableFor(TableRoles.IncomeExpenditure).ShouldNotBeNull(set.Id);
            set.CellFor(TableRoles.IncomeTotal).ShouldNotBeNull(set.Id);
            set.CellFor(TableRoles.ExpenditureTotal).ShouldNotBeNull(set.Id);
            set.TableFor(TableRoles.ExpenditureByFunction).ShouldNotBeNull(set.Id);
        }

        TableSetRegistry.BuiltIn.Get("hubei.budget").CellFor(TableRoles.OperatingExpensesSource).ShouldBe(new CellAddress("表6", RowKey.Total, "公用经费"));
        TableSetRegistry.BuiltIn.Get("national.settlement").CellFor(TableRoles.IncomeTotal).ShouldBe(new CellAddress("公开01", RowKey.Line(31), "收入决算数"));
    }

    [Fact]
    public void Render_ShanghaiBudget_ChartsFromRoles_CountSubLinesOnce()
    {
        var html = DisclosureRenderer.ToHtml(ShanghaiFixtureTests.Load("putuo-commerce-2025-budget"));

        html.ShouldContain("图1");
        html.ShouldContain("财政拨款收入 371,514,655.00 元（100.00%）"); // 1. 一般公共预算资金 is a part of it, not a second slice
        html.ShouldNotContain("一般公共预算资金 371,514,655.00 元（");
    }
}
