using GovBudget.Building;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

/// <summary>
/// A made-up province's layout written as a table-set file: it loads, disclosures are built in it, each of its formulas
/// fires on a fault and stays quiet on clean data; a set that names something it does not have fails to load with
/// the file, the JSON path and the position.
/// </summary>
public sealed class TableSetLoadTests
{
    // 某省: a two-table budget layout — a summary by fund and an expenditure tree with basic/project columns.
    internal const string MadeUpProvince = """
        {
          "formatVersion": 1,
          "id": "example.budget",
          "kind": "budget",
          "editions": { "from": 2024, "to": null },
          "nameZh": "某省部门预算公开表",
          "nameEn": "Example province department budget tables",
          "tables": [
            {
              "id": "甲1",
              "nameZh": "收支总表",
              "nameEn": "Summary",
              "titles": ["部门收支总表", "收支总表"],
              "rows": ["item"],
              "columns": [ { "id": "预算数", "nameEn": "Budget", "headers": ["预算数", "金额"] } ],
              "lines": [
                { "key": "I:财政拨款", "label": "财政拨款", "side": "收入" },
                { "key": "I:其他收入", "label": "其他收入", "side": "收入" },
                { "key": "I:收入合计", "label": "收入合计", "side": "收入" },
                { "key": "I:支出合计", "label": "支出合计", "side": "支出" }
              ],
              "formulas": [
                { "id": "EX.A1.INCOME", "class": "basic-balance", "zh": "收入合计应等于各项收入之和", "en": "income total equals its lines",
                  "formula": "甲1: [I:收入合计,预算数] = [I:财政拨款,预算数] + [I:其他收入,预算数]" },
                { "id": "EX.A1.BALANCE", "class": "basic-balance", "zh": "收入合计应等于支出合计", "en": "income equals expenditure",
                  "formula": "甲1: [I:收入合计,预算数] = [I:支出合计,预算数]" }
              ]
            },
            {
              "id": "甲2",
              "nameZh": "支出表",
              "nameEn": "Expenditure",
              "rows": ["total", "functional"],
              "columns": [
                { "id": "合计", "nameEn": "Total" },
                { "id": "基本支出", "nameEn": "Basic" },
                { "id": "项目支出", "nameEn": "Project" }
              ],
              "formulas": [
                { "id": "EX.A2.COLS", "class": "basic-balance", "zh": "合计应等于基本支出加项目支出", "en": "total equals basic plus project",
                  "formula": "甲2: [*,合计] = [*,基本支出] + [*,项目支出]" }
              ],
              "rollUp": "EX.A2.ROLLUP"
            }
          ],
          "formulas": [
            { "id": "EX.X.A1-A2", "class": "logical", "zh": "支出合计应等于支出表合计", "en": "expenditure total equals the expenditure table",
              "formula": "甲1[I:支出合计,预算数] = 甲2[合计,合计]" }
          ],
          "roles": { "table.expenditure-by-function": "甲2", "cell.expenditure.total": "甲1[I:支出合计,预算数]" }
        }
        """;

    private static TableSet Load()
    {
        var path = Path.Combine(Path.GetTempPath(), $"example-{Guid.NewGuid():N}.budget.json");
        File.WriteAllText(path, MadeUpProvince);
        try
        {
            return TableSet.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Disclosures.Disclosure Build(TableSet set, string otherIncome = "10.00", string project = "30.00", string item = "20.00")
        => DisclosureBuilder.Budget(2025)
            .TableSet(set)
            .Department(null, "某省某厅")
            .Table("甲1", t => t
                .Item("财政拨款", "90.00")
                .Item("其他收入", otherIncome)
                .Item("收入合计", "100.00")
                .Item("支出合计", "100.00"))
            .Table("甲2", t => t
                .Total("100.00", "70.00", project)
                .Row("208", "社会保障和就业支出", "100.00", "70.00", "30.00")
                .Row("20805", "行政事业单位养老支出", "100.00", "70.00", "30.00")
                .Row("2080505", "机关事业单位基本养老保险缴费支出", "80.00", "70.00", "10.00")
                .Row("2080506", "机关事业单位职业年金缴费支出", item, null, item))
            .Build();

    private static Dictionary<string, int> Problems(Disclosures.Disclosure disclosure)
        => disclosure.Validate().Problems.Where(f => f.RuleId.StartsWith("EX.", StringComparison.Ordinal)).GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Load_MadeUpProvince_HasItsTablesRulesAndRoles()
    {
        var set = Load();

        set.Id.ShouldBe("example.budget");
        set.Tables.Select(t => t.Id).ShouldBe(["甲1", "甲2"]);
        set.FindTable("甲1")!.Titles.ShouldBe(["部门收支总表", "收支总表"]);
        set.FindTable("甲1")!.HeadersOf("预算数").ShouldBe(["预算数", "金额"]);
        set.Rules.Rules.Select(r => r.Id).ShouldContain("EX.A2.ROLLUP");
        set.Rules.Rules.Select(r => r.Id).ShouldContain("CAT.CODE"); // the checks every set shares
        set.TableFor(TableRoles.ExpenditureByFunction).ShouldBe("甲2");
        set.CellFor(TableRoles.ExpenditureTotal).ShouldBe(new CellAddress("甲1", RowKey.Item("支出合计"), "预算数"));
        set.Editions.Contains(2024).ShouldBeTrue();
        set.Editions.Contains(2023).ShouldBeFalse();
    }

    [Fact]
    public void Validate_CleanDisclosureInMadeUpSet_NoFinding()
        => Problems(Build(Load())).ShouldBeEmpty();

    [Theory]
    [InlineData("income", "EX.A1.INCOME=1")]
    [InlineData("columns", "EX.A2.COLS=1 EX.A2.ROLLUP=1")] // 合计 row: 100 ≠ 70 + 35, and its 项目支出 35 ≠ Σ类 30
    [InlineData("rollup", "EX.A2.ROLLUP=2")] // 20805 against its items, in 合计 and 项目支出
    public void Validate_FaultInMadeUpSet_FiresItsFormula(string fault, string expected)
    {
        var set = Load();
        var disclosure = fault switch
        {
            "income" => Build(set, otherIncome: "15.00"),
            "columns" => Build(set, project: "35.00"),
            _ => Build(set, item: "25.00"),
        };

        var actual = string.Join(" ", Problems(disclosure).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        actual.ShouldBe(expected);
    }

    [Fact]
    public void Validate_BalanceAndCrossTableFaults_FireTheirFormulas()
    {
        var set = Load();
        var disclosure = DisclosureBuilder.Budget(2025).TableSet(set).Department(null, "某省某厅")
            .Table("甲1", t => t.Item("财政拨款", "90.00").Item("其他收入", "10.00").Item("收入合计", "100.00").Item("支出合计", "120.00"))
            .Table("甲2", t => t.Total("100.00", "70.00", "30.00"))
            .Build();

        Problems(disclosure).OrderBy(kv => kv.Key, StringComparer.Ordinal).ShouldBe([new("EX.A1.BALANCE", 1), new("EX.X.A1-A2", 1)]);
    }

    [Fact]
    public void Json_DisclosureInLoadedSet_RoundTripsWithTheSetInTheOptions()
    {
        var set = Load();
        var disclosure = Build(set);
        var options = new DisclosureJsonOptions { TableSets = TableSetRegistry.BuiltIn.With(set) };

        var json = DisclosureJson.Serialize(disclosure, options);

        json.ShouldContain("\"tableSet\": \"example.budget\"");
        DisclosureJson.Deserialize(json, options).ShouldBe(disclosure);
        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json)).Reason!.ShouldContain("'example.budget' is not a known table set");
    }

    [Theory]
    [InlineData("[I:其他收入,预算数]", "[I:其他收入,金额]", "has no column '金额'")]
    [InlineData("[I:其他收入,预算数]", "[I:其它收入,预算数]", "has no row I:其它收入")]
    [InlineData("甲1[I:支出合计,预算数] = 甲2[合计,合计]", "甲1[I:支出合计,预算数] = 甲3[合计,合计]", "names table '甲3'")]
    [InlineData("[*,基本支出] + [*,项目支出]", "[*,基本支出] + [*,项目支出", "expected")]
    public void Load_FormulaNamingWhatTheSetLacks_FailsWithFileAndPosition(string good, string bad, string reason)
    {
        var json = MadeUpProvince.Replace(good, bad, StringComparison.Ordinal);
        json.ShouldNotBe(MadeUpProvince);

        var ex = Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(json, "example.budget.json"));

        ex.SourceName.ShouldBe("example.budget.json");
        ex.Reason!.ShouldContain(reason);
        ex.Path!.ShouldMatch(@"^\$\.(tables\[\d\]\.)?formulas\[\d\]\.formula$");
        var line = json.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains(bad, StringComparison.Ordinal)).i + 1;
        ex.LineNumber.ShouldBe(line);
        ex.Message.ShouldContain("example.budget.json");
    }

    [Theory]
    [InlineData("\"cell.expenditure.total\": \"甲1[I:支出合计,预算数]\"", "\"cell.expenditure.total\": \"甲1[I:支出合计,金额]\"", "$.roles.cell.expenditure.total")]
    [InlineData("\"rollUp\": \"EX.A2.ROLLUP\"", "\"rollUp\": \"EX.A2.COLS\"", "$.tables[1].rollUp")]
    [InlineData("\"rows\": [\"item\"]", "\"rows\": [\"items\"]", "$.tables[0].rows[0]")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 9", "$.formatVersion")]
    public void Load_OtherMistakes_FailWithTheirPath(string good, string bad, string path)
    {
        var json = MadeUpProvince.Replace(good, bad, StringComparison.Ordinal);
        json.ShouldNotBe(MadeUpProvince);

        Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(json, "x.json")).Path.ShouldBe(path);
    }

    [Fact]
    public void Load_MalformedJson_FailsWithLine()
        => Should.Throw<GovBudgetFormatException>(() => TableSet.Parse("{\n  \"formatVersion\": 1,\n  \"id\": \n}", "x.json")).LineNumber.ShouldBe(4);
}
