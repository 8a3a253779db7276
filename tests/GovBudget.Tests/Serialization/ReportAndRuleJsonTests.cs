using GovBudget.Rules;
using GovBudget.Rules.Sets;
using GovBudget.Serialization;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Serialization;

public class ReportAndRuleJsonTests
{
    public static TheoryData<string> Seeds => new() { "wuchang", "huangpi", "hongshan2021", "hongshan2023" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ValidationReport_RoundTrips(string seed)
    {
        var report = seed switch
        {
            "wuchang" => WuchangBudget2026.Disclosure.Validate(),
            "huangpi" => HuangpiUnitBudget2023.Disclosure.Validate(),
            "hongshan2021" => HongshanBudget2021.Disclosure.Validate(new ValidationOptions { Language = "en" }),
            _ => HongshanSettlement2023.Disclosure.Validate(),
        };
        var json = ValidationReportJson.Serialize(report);
        ValidationReportJson.Deserialize(json).ShouldBe(report);
        json.ShouldNotContain("\\u");
    }

    [Fact]
    public void ValidationReport_WithTextSpans_RoundTrips()
    {
        var text = GovBudget.Narrative.NarrativeText.FromPlainText("支出比上年增加（减少）1.00 万元。\f根据《通知，编制。");
        var report = HongshanSettlement2023.Disclosure.Validate(new ValidationOptions { Narrative = text });
        report.Findings.Count(f => f.Span is not null).ShouldBe(2);

        var json = ValidationReportJson.Serialize(report);
        var back = ValidationReportJson.Deserialize(json);
        back.ShouldBe(report);
        back.Findings.Where(f => f.Span is not null).Select(f => f.Span!.Value).ShouldBe([new GovBudget.Disclosures.TextSpan(1, 1, 6, 1, 1, 12), new GovBudget.Disclosures.TextSpan(2, 1, 3, 2, 1, 4)]);
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("{\"schemaVersion\":2,\"rulesRun\":1,\"findings\":[]}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1,\"rulesRun\":1,\"findings\":[{\"ruleId\":\"X\",\"severity\":\"fatal\",\"location\":{\"table\":\"t\",\"row\":\"total\",\"column\":\"c\"},\"messageZh\":\"\",\"messageEn\":\"\",\"contributors\":[]}]}", "$.findings[0].severity")]
    [InlineData("{\"schemaVersion\":1,\"rulesRun\":1,\"findings\":[{\"ruleId\":\"X\",\"severity\":\"info\",\"location\":{\"table\":\"t\",\"row\":\"Q7\",\"column\":\"c\"},\"messageZh\":\"\",\"messageEn\":\"\",\"contributors\":[]}]}", "$.findings[0].location.row")]
    public void ValidationReport_BadInput_ThrowsWithPath(string json, string path)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => ValidationReportJson.Deserialize(json));
        if (path != "$")
        {
            ex.Path.ShouldBe(path);
        }
    }

    [Fact]
    public void Rules_FormulaRules_RoundTripThroughJson()
    {
        var rules = BuiltInRuleSets.All.SelectMany(s => s.Rules).OfType<FormulaRule>().DistinctBy(r => r.Id).ToList();
        var back = RuleJson.Deserialize(RuleJson.Serialize(rules));
        back.Select(r => (r.Id, r.Class, r.DescriptionZh, r.DescriptionEn, r.Formula)).ShouldBe(rules.Select(r => (r.Id, r.Class, r.DescriptionZh, r.DescriptionEn, r.Formula)));
    }

    [Fact]
    public void Rules_BadFormula_ThrowsWithPathAndColumn()
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => RuleJson.Deserialize("[{\"id\":\"A\",\"class\":\"logical\",\"descriptionZh\":\"甲\",\"descriptionEn\":\"a\",\"formula\":\"表1: 27 = 1行\"}]"));
        ex.Path.ShouldBe("$[0].formula");
        ex.Column.ShouldBe(8);
    }
}
