using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

/// <summary>
/// The numbered 类 lines of national 公开01/公开04 come from the catalog edition (<c>classLines</c> with
/// <c>"keys": "line"</c>): the built-in catalog lists 25 类 for 2019 (no 234 抗疫特别国债安排的支出) and 26 from 2020.
/// </summary>
public sealed class ClassLinesByEditionTests
{
    private static TableSet National => TableSetRegistry.BuiltIn.Get("national.settlement");

    [Fact]
    public void BaseSet_IsNumberedFor2023_With26ClassLines()
    {
        var set = National;
        set.ClassLinesEdition.ShouldBe(2023);
        var g01 = set.Definition("公开01");
        var classes = g01.Lines.Where(l => l.Subject is not null).ToList();
        classes.Count.ShouldBe(26);
        classes[0].Key.ShouldBe(RowKey.Line(32));
        classes[^1].Key.ShouldBe(RowKey.Line(57));
        classes[^1].Subject.ShouldBe(FunctionalCode.FromValue(234));
        classes[0].Label.ShouldBe("一般公共服务支出");
        LineOf(g01, "本年支出合计").ShouldBe(58);
        LineOf(g01, "总计", "支出").ShouldBe(62);
        LineOf(set.Definition("公开04"), "本年支出合计").ShouldBe(59);
        LineOf(set.Definition("公开04"), "总计", "支出").ShouldBe(64);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void EditionsWithTheSameClasses_ShareTheBaseInstance(int edition)
        => National.ForEdition(edition).ShouldBeSameAs(National);

    [Fact]
    public void Edition2019_Lists25Classes_AndRenumbersTheLinesAfterThem()
    {
        var set = National.ForEdition(2019);
        set.ShouldNotBeSameAs(National);
        set.Id.ShouldBe("national.settlement");
        set.ClassLinesEdition.ShouldBe(2019);
        var g01 = set.Definition("公开01");
        var classes = g01.Lines.Where(l => l.Subject is not null).ToList();
        classes.Count.ShouldBe(25);
        classes.ShouldNotContain(l => l.Subject == FunctionalCode.FromValue(234));
        classes[^1].Key.ShouldBe(RowKey.Line(56));
        LineOf(g01, "本年支出合计").ShouldBe(57);
        LineOf(g01, "结余分配").ShouldBe(58);
        LineOf(g01, "总计", "支出").ShouldBe(61);
        LineOf(g01, "本年收入合计").ShouldBe(27);
        LineOf(set.Definition("公开04"), "本年支出合计").ShouldBe(58);
        LineOf(set.Definition("公开04"), "总计", "支出").ShouldBe(63);

        set.CellFor(TableRoles.ExpenditureTotal).ShouldBe(new CellAddress("公开01", RowKey.Line(61), "支出决算数"));
        set.CellFor(TableRoles.IncomeTotal).ShouldBe(National.CellFor(TableRoles.IncomeTotal));
    }

    [Fact]
    public void Edition2019_FormulasAndMessages_AreRenumbered()
    {
        var rules = National.ForEdition(2019).Rules.Rules.OfType<FormulaRule>().ToDictionary(r => r.Id);
        rules["SET.G01.EXP"].Formula.ShouldBe(GovBudget.Rules.Formulas.Formula.Parse("公开01: 57行 = (32+…+56)行"));
        rules["SET.G01.EXP"].DescriptionZh.ShouldBe("公开01 本年支出合计（57行）应等于32至56行之和");
        rules["SET.G01.EXP"].DescriptionEn.ShouldBe("公开01 line 57 equals lines 32–56");
        rules["SET.G01.EXP-TOTAL"].Formula.ToString().ShouldContain("61行");
        rules["SET.G01.BALANCE"].Formula.ToString().ShouldBe("公开01[31行,1] = 公开01[61行,2]");
        rules["SET.G04.EXP"].DescriptionZh.ShouldBe("公开04 58行应等于33至57行之和");
        rules["SET.X.G04-G05.TOTAL"].Formula.ToString().ShouldBe("公开04[58行,3] = 公开05[合计,1]");
        rules["SET.X.G04-G05.TOTAL"].DescriptionEn.ShouldBe("公开04 line 58 column 3 equals the 公开05 total");
        National.ForEdition(2019).Definition("公开01").PrintedFormulas.ShouldContain("57行 = (32+33+...+56)行");
    }

    [Fact]
    public void ForEdition_IsStable_AndReturnsToTheBase()
    {
        var v2019 = National.ForEdition(2019);
        National.ForEdition(2019).ShouldBeSameAs(v2019);
        v2019.ForEdition(2023).ShouldBeSameAs(National);
        v2019.ForEdition(2019).ShouldBeSameAs(v2019);
        National.ForEdition(1990).ShouldBeSameAs(National);           // outside the set's editions
        TableSetRegistry.BuiltIn.Get("hubei.budget").ForEdition(2019).ShouldBeSameAs(TableSetRegistry.BuiltIn.Get("hubei.budget"));
        TableSetRegistry.BuiltIn.Get("hubei.budget").ClassLinesEdition.ShouldBeNull();
    }

    [Fact]
    public void Generated2019Settlement_IsClean_UsesIts2019Lines_AndRoundTrips()
    {
        var disclosure = SampleGenerator.Settlement(new SampleOptions { Seed = 7, Year = 2019 });
        disclosure.TableSet.ShouldBeSameAs(National.ForEdition(2019));
        var g01 = disclosure.FindTable("公开01")!;
        g01.Definition.ShouldBe(National.ForEdition(2019).Definition("公开01"));
        g01.Rows.ShouldContain(r => r.Key == RowKey.Line(61));
        g01.Rows.ShouldNotContain(r => r.Key == RowKey.Line(62));

        disclosure.Validate().Problems.ShouldBeEmpty();

        var json = DisclosureJson.Serialize(disclosure);
        var read = DisclosureJson.Deserialize(json);
        read.ShouldBe(disclosure);
        read.TableSet.ShouldBeSameAs(disclosure.TableSet);
    }

    [Fact]
    public void Generated2019Settlement_AWrongExpenditureTotal_FiresItsRuleOnItsLine()
    {
        var disclosure = SampleGenerator.Settlement(new SampleOptions { Seed = 7, Year = 2019 });
        var cell = new CellAddress("公开01", RowKey.Line(57), "支出决算数");
        var broken = DisclosureEdits.SetCell(disclosure, cell, disclosure.GetValue(cell)!.Value.Value + Amount.FromYuan(10_000));

        var findings = broken.Validate().Problems.Where(f => f.RuleId == "SET.G01.EXP").ToList();
        findings.Count.ShouldBe(1);
        findings[0].Location.Row.ShouldBe(RowKey.Line(57));
    }

    [Fact]
    public void Builder_ATableOfAnotherEdition_IsAProblemThatSaysSo()
    {
        var base2023 = National.Definition("公开01");
        var builder = DisclosureBuilder.Settlement(2019).Department("001", "某局").Table(base2023, t => t.Columns("1").Line(1, "1.00"));

        builder.TryBuild(out _, out var problems).ShouldBeFalse();
        problems.ShouldHaveSingleItem().Code.ShouldBe(BuildProblemCodes.TableSetMismatch);
        problems[0].Message.ShouldContain("catalog edition 2019");
    }

    [Fact]
    public void LoadedSet_NamingOneClassLineByNumber_FailsToLoadWithItsPosition()
    {
        var json = National2023File().Replace("\"公开01: 27行 = (1+…+8)行\"", "\"公开01: 27行 = (1+…+8)行 + 40行\"", StringComparison.Ordinal);
        json.ShouldNotBe(National2023File());

        var ex = Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(json, "my.json"));
        ex.Message.ShouldContain("names 类 line 40 of table 公开01 by its number");
        ex.Message.ShouldContain("$.tables[0].formulas[0].formula");
        ex.LineNumber.ShouldNotBeNull();
    }

    [Fact]
    public void LoadedSet_AnExplicitLineInsideTheBlock_FailsToLoad()
    {
        var json = National2023File().Replace("\"key\": \"L58\"", "\"key\": \"L40\"", StringComparison.Ordinal);

        var ex = Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(json, "my.json"));
        ex.Message.ShouldContain("line L40 is one of the 类 lines 32–57");
    }

    [Theory]
    [InlineData("\"numberedFor\": 2023", "\"numberedFor\": 2018", "numberedFor 2018 is not one of the set's editions")]
    [InlineData("\"keys\": \"line\"", "\"keys\": \"functional\"", "'firstLine' is for numbered 类 lines")]
    [InlineData("\"keys\": \"line\"", "\"keys\": \"lines\"", "keys 'lines' is not functional or line")]
    public void LoadedSet_ABadBlock_FailsToLoadWithItsPath(string from, string to, string message)
    {
        var json = National2023File().Replace(from, to, StringComparison.Ordinal);
        json.ShouldNotBe(National2023File());

        var ex = Should.Throw<GovBudgetFormatException>(() => TableSet.Parse(json, "my.json"));
        ex.Message.ShouldContain(message);
        ex.Message.ShouldContain("$.tables[0].classLines");
    }

    [Fact]
    public void LoadedSet_WithTheBlock_HasEditionsToo()
    {
        var loaded = TableSet.Parse(National2023File(), "copy.json");
        loaded.ForEdition(2019).Definition("公开01").ShouldBe(National.ForEdition(2019).Definition("公开01"));
        loaded.ForEdition(2024).ShouldBeSameAs(loaded);
    }

    private static int LineOf(TableDefinition definition, string label, string? side = null)
        => definition.Lines.First(l => l.Label == label && (side is null || l.Side == side)).Key.LineNumber!.Value;

    private static string National2023File()
    {
        using var stream = typeof(TableSet).Assembly.GetManifestResourceStream("GovBudget.TableSets.Data.national.settlement.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
