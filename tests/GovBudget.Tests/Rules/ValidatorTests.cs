using System.Collections.Immutable;
using GovBudget.Rules;
using GovBudget.Rules.Sets;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Rules;

public class ValidatorTests
{
    [Fact]
    public void Validate_StrictMode_ReportsRoundingAtRuleSeverity()
    {
        var normal = WuchangBudget2026.Disclosure.Validate();
        var strict = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { Strict = true });
        normal.Count(Severity.Info).ShouldBeGreaterThan(0);
        strict.Count(Severity.Info).ShouldBe(0);
        strict.Findings.Count.ShouldBe(normal.Findings.Count);
        strict.Findings.Single(f => f.RuleId == "BUD.T5-1.ROLLUP" && f.Location.ToString() == "表5-1[F21011,合计]").Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Validate_SeverityOverride_ReplacesClassDefault()
    {
        var options = new ValidationOptions { SeverityOverrides = ImmutableDictionary<string, Severity>.Empty.Add("BUD.T11.SHARE", Severity.Warning) };
        HongshanBudget2021.Disclosure.Validate(options).Findings.Single(f => f.RuleId == "BUD.T11.SHARE").Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Validate_SeverityOverride_AppliesToFindingsAtAFixedLevel_NotTo尾差()
    {
        // BUD.T12.T10 reports a project it cannot find in 表10 as a Warning, whatever the rule class says.
        var plain = WuchangBudget2026.Disclosure.Validate();
        plain.Findings.Where(f => f.RuleId == "BUD.T12.T10").Select(f => f.Severity).ShouldBe([Severity.Info, Severity.Warning, Severity.Warning]);
        var rounding = plain.Findings.Where(f => f.RuleId == "BUD.T5-1.ROLLUP" && f.WithinRounding).ToList();
        rounding.ShouldNotBeEmpty();

        var options = new ValidationOptions
        {
            SeverityOverrides = ImmutableDictionary<string, Severity>.Empty.Add("BUD.T12.T10", Severity.Error).Add("BUD.T5-1.ROLLUP", Severity.Error),
        };
        var report = WuchangBudget2026.Disclosure.Validate(options);

        report.Findings.Where(f => f.RuleId == "BUD.T12.T10").Select(f => f.Severity).ShouldBe([Severity.Info, Severity.Error, Severity.Error]);
        report.Findings.Where(f => f.RuleId == "BUD.T5-1.ROLLUP" && f.WithinRounding).ShouldAllBe(f => f.Severity == Severity.Info);
    }

    [Fact]
    public void Validate_CustomRuleFromText_IsEvaluated()
    {
        // Deliberately false: 表6 工资福利支出 (429.14) cannot exceed 表5-1 基本支出 minus 100 万元.
        var rule = FormulaRule.Parse("MY.TEST", RuleClass.Verification, "测试", "test", "表6[301,合计] ≤ 表5-1[合计,公用经费]");
        var report = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { CustomRules = [rule] });
        var finding = report.Findings.Single(f => f.RuleId == "MY.TEST");
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Actual!.Value.ToString("W2", null).ShouldBe("429.14");
        finding.Expected!.Value.ToString("W2", null).ShouldBe("94.62");
        finding.Contributors.Count.ShouldBe(2);
    }

    [Fact]
    public void Validate_DisabledRulesAndMinimumSeverity_FilterFindings()
    {
        var report = HongshanSettlement2023.Disclosure.Validate(new ValidationOptions { DisabledRules = ["TXT.EXEC"], MinimumSeverity = Severity.Warning });
        report.Findings.ShouldNotContain(f => f.RuleId == "TXT.EXEC");
        report.Findings.ShouldAllBe(f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Validate_ExplicitRuleSet_IsUsedInsteadOfTheDefault()
    {
        var report = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { RuleSets = [BuiltInRuleSets.Settlement] });
        report.Findings.ShouldNotContain(f => f.RuleId.StartsWith("BUD.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SameInput_GivesEqualReports()
        => HongshanBudget2021.Disclosure.Validate().ShouldBe(HongshanBudget2021.Disclosure.Validate());

    [Fact]
    public void BuiltInSets_For_ChoosesByKindAndLayout()
    {
        BuiltInRuleSets.For(WuchangBudget2026.Disclosure).ShouldBeSameAs(BuiltInRuleSets.Budget);
        BuiltInRuleSets.For(HongshanBudget2021.Disclosure).ShouldBeSameAs(BuiltInRuleSets.BudgetLegacy);
        BuiltInRuleSets.For(HongshanSettlement2023.Disclosure).ShouldBeSameAs(BuiltInRuleSets.Settlement);
    }
}
