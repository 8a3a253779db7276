using GovBudget.Disclosures;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Serialization;

/// <summary>The four seed fixtures, by name, for serialization tests.</summary>
public static class SeedDocuments
{
    /// <summary>The seed disclosures by name.</summary>
    public static IReadOnlyDictionary<string, Disclosure> All { get; } = new Dictionary<string, Disclosure>(StringComparer.Ordinal)
    {
        ["WuchangBudget2026"] = WuchangBudget2026.Disclosure,
        ["HuangpiUnitBudget2023"] = HuangpiUnitBudget2023.Disclosure,
        ["HongshanBudget2021"] = HongshanBudget2021.Disclosure,
        ["HongshanSettlement2023"] = HongshanSettlement2023.Disclosure,
    };

    /// <summary>The names, for theories.</summary>
    public static TheoryData<string> Names => new(All.Keys);
}
