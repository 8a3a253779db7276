using GovBudget.Disclosures;
using GovBudget.Serialization;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Docs;

/// <summary>samples/*.json are the four seed fixtures serialized; this keeps them in step with the fixtures.</summary>
public class SamplesTests
{
    public static TheoryData<string> Names => new() { "hongshan-2021-budget", "wuchang-2026-budget", "huangpi-2023-unit-budget", "hongshan-2023-settlement" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Sample_IsTheSerializedSeedFixture(string name)
    {
        Disclosure fixture = name switch
        {
            "hongshan-2021-budget" => HongshanBudget2021.Disclosure,
            "wuchang-2026-budget" => WuchangBudget2026.Disclosure,
            "huangpi-2023-unit-budget" => HuangpiUnitBudget2023.Disclosure,
            _ => HongshanSettlement2023.Disclosure,
        };
        var path = Path.Combine(ReadmeTests.FindRepositoryRoot(), "samples", name + ".json");
        var json = DisclosureJson.Serialize(fixture) + "\n";
        if (Environment.GetEnvironmentVariable("GOVBUDGET_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, json);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(json, $"samples/{name}.json is stale: run GOVBUDGET_UPDATE_DOCS=1 dotnet test");
        DisclosureJson.Deserialize(File.ReadAllText(path)).ShouldBe(fixture);
    }
}
