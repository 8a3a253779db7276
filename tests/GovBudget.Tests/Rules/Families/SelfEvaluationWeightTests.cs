using System.Text.Json;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.Tables.Performance;
using GovBudget.Tests.Serialization;

namespace GovBudget.Tests.Rules.Families;

/// <summary>SET.EVAL.WEIGHT-TOTAL and SET.EVAL.CATEGORY: the 分值 of a 绩效自评表 add up (issue 16, deliverable 5).</summary>
public class SelfEvaluationWeightTests
{
    private static SettlementDisclosure Edit(Func<PerformanceSelfEvaluation, PerformanceSelfEvaluation> edit)
    {
        var d = SampleGenerator.Settlement(new SampleOptions { Seed = 7, Year = 2023 });
        return d with { SelfEvaluations = d.SelfEvaluations.Select((e, i) => i == 0 ? edit(e) : e).ToEquatableArray() };
    }

    [Fact]
    public void WeightTotal_110AgainstA100Total_IsAnInconsistencyNamingBothFigures()
    {
        var report = Edit(e => e with { TotalWeight = 110m }).Validate();

        var finding = report.Problems.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("SET.EVAL.WEIGHT-TOTAL");
        finding.Severity.ShouldBe(Severity.Inconsistency);
        finding.MessageZh.ShouldContain("总分分值印为 110");
        finding.MessageZh.ShouldContain("各项分值之和为 100");
        finding.MessageZh.ShouldNotMatch("[A-Za-z]");
    }

    [Fact]
    public void CategoryWeight_ProductIndicatorsAt50_NamesTheCategory()
    {
        var report = Edit(e => e with { CategoryWeights = [new("产出指标", 50m), new("满意度指标", 30m)] }).Validate();

        var finding = report.Problems.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("SET.EVAL.CATEGORY");
        finding.Location.ColumnId.ShouldBe("分值");
        finding.MessageZh.ShouldContain("产出指标 分值印为 50");
        finding.MessageZh.ShouldContain("之和为 30");
    }

    [Fact]
    public void Weights_RoundTripThroughJson_AndConformToTheSchema()
    {
        var d = Edit(e => e with { TotalWeight = 100m, CategoryWeights = [new("年度绩效指标", 60m)] });

        var json = DisclosureJson.Serialize(d);
        var back = (SettlementDisclosure)DisclosureJson.Deserialize(json);

        back.SelfEvaluations[0].TotalWeight.ShouldBe(100m);
        back.SelfEvaluations[0].CategoryWeights.ShouldBe([new SelfEvaluationCategoryWeight("年度绩效指标", 60m)]);
        back.ShouldBe(d);
        using var document = JsonDocument.Parse(json);
        new SchemaChecker(JsonDocument.Parse(File.ReadAllText(SchemaFile.Path)).RootElement).Check(document.RootElement).ShouldBeEmpty();
    }
}
