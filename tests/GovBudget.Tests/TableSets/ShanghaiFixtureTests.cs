using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Serialization;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace GovBudget.Tests.TableSets;

/// <summary>
/// The Shanghai documents transcribed by hand in their table sets (tests/GovBudget.Tests/Fixtures/Shanghai, every
/// number checked against the PDF page): they read, every table maps to a table of the set, and their findings are
/// the ones classified in docs/seed-findings.md.
/// </summary>
public sealed class ShanghaiFixtureTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Fixtures => new()
    {
        { "putuo-commerce-2025-budget", "shanghai.budget" },
        { "putuo-commerce-2025-unit-budget", "shanghai.unit-budget" },
        { "putuo-social-work-2024-settlement", "shanghai.settlement" },
    };

    internal static Disclosure Load(string name)
        => DisclosureJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Shanghai", name + ".json")));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_Reads_InItsTableSet_WithNoCustomTable(string name, string set)
    {
        var disclosure = Load(name);

        disclosure.TableSet.Id.ShouldBe(set);
        disclosure.Tables.ShouldAllBe(t => ReferenceEquals(disclosure.TableSet.FindTable(t.Id)!.Definition, t.Definition));
        disclosure.Tables.Count.ShouldBe(disclosure.TableSet.Tables.Length);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_Validates_FindingsAsClassified(string name, string set)
    {
        var report = Load(name).Validate();
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"{set} {finding.Severity} {finding.RuleId} {finding.Location}: {finding.MessageZh}");
        }

        report.RulesRun.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Validate_CommerceBudget_OnlyRoundingInfos_ShownAsPrinted()
    {
        var report = Load("putuo-commerce-2025-budget").Validate();

        report.Problems.ShouldBeEmpty();
        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("SH.BUD.X.T9-T8.OPERATING");
        finding.WithinRounding.ShouldBeTrue();
        finding.MessageZh.ShouldContain("印为 171.01万元"); // 表9 p.21, in 万元, against 表8's 1,710,062.00 元 (p.20)
    }

    [Fact]
    public void Validate_SocialWorkSettlement_OnlyTheTwoRoundingInfos()
        => Load("putuo-social-work-2024-settlement").Validate().Findings.Select(f => (f.RuleId, f.WithinRounding))
            .Order().ShouldBe([("SET.G06.ROLLUP", true), ("SET.X.G05-G06", true)]);
}
