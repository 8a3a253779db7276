using System.Text;
using GovBudget.Disclosures;
using GovBudget.Serialization;
using GovBudget.Tables;
using Snapshooter;
using Snapshooter.Xunit;

namespace GovBudget.Tests.Serialization;

public class DisclosureJsonTests
{
    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Deserialize_SerializedSeed_EqualsOriginal(string name)
    {
        var original = SeedDocuments.All[name];

        var json = DisclosureJson.Serialize(original);
        var back = DisclosureJson.Deserialize(json);

        back.ShouldBe(original);
        back.Tables.Count.ShouldBe(original.Tables.Count);
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Serialize_Seed_MatchesSnapshot(string name)
    {
        var json = DisclosureJson.Serialize(SeedDocuments.All[name]);

        json.MatchSnapshot(SnapshotNameExtension.Create(name));
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Serialize_Seed_IsStableAcrossRoundTrips(string name)
    {
        var json = DisclosureJson.Serialize(SeedDocuments.All[name]);

        DisclosureJson.Serialize(DisclosureJson.Deserialize(json)).ShouldBe(json);
    }

    [Fact]
    public void Serialize_ChineseText_IsWrittenAsUtf8NotEscapes()
    {
        var json = DisclosureJson.Serialize(SeedDocuments.All["WuchangBudget2026"]);

        json.ShouldContain("武汉市武昌区医疗保障局");
        json.ShouldNotContain("\\u");
        json.ShouldStartWith("{\n  \"schemaVersion\": 2,");
    }

    [Fact]
    public void Serialize_EscapeNonAscii_WritesOnlyAscii()
    {
        var json = DisclosureJson.Serialize(SeedDocuments.All["WuchangBudget2026"], new DisclosureJsonOptions { EscapeNonAscii = true });

        json.All(c => c < 128).ShouldBeTrue();
        DisclosureJson.Deserialize(json).ShouldBe(SeedDocuments.All["WuchangBudget2026"]);
    }

    [Fact]
    public async Task Deserialize_AllEntryPoints_AgreeWithString()
    {
        var original = SeedDocuments.All["HongshanSettlement2023"];
        var bytes = DisclosureJson.SerializeToUtf8Bytes(original);

        DisclosureJson.Deserialize(bytes.AsSpan()).ShouldBe(original);
        DisclosureJson.Deserialize(new MemoryStream(bytes)).ShouldBe(original);
        (await DisclosureJson.DeserializeAsync(new MemoryStream(bytes))).ShouldBe(original);
        DisclosureJson.Deserialize([.. Encoding.UTF8.GetPreamble(), .. bytes]).ShouldBe(original);
        using var stream = new MemoryStream();
        DisclosureJson.Serialize(original, stream);
        stream.ToArray().ShouldBe(bytes);
    }

    [Fact]
    public void Serialize_BuiltInTable_WritesKindReference_CustomTable_WritesDefinition()
    {
        var json = DisclosureJson.Serialize(SeedDocuments.All["HuangpiUnitBudget2023"]);
        json.ShouldContain("\"kind\": \"表5-1\"");
        json.ShouldContain("\"kind\": \"政府采购预算表\"");
        json.ShouldNotContain("\"definition\": {");

        var custom = new GovBudget.Tables.TableDefinition(
            "自定义表", "自定义表", "Custom table", GovBudget.Tables.DisclosureKind.Budget,
            new[] { GovBudget.Tables.RowKeyKind.Total }, new[] { new GovBudget.Tables.ColumnDefinition("金额", "金额", "Amount") });
        var table = new GovBudget.Building.TableBuilder(custom, GovBudget.Amounts.Precision.WanYuan2).Total("1.00").Build();
        var withCustom = GovBudget.Generation.DisclosureEdits.ReplaceTable(SeedDocuments.All["HuangpiUnitBudget2023"], table);
        var customJson = DisclosureJson.Serialize(withCustom);
        customJson.ShouldContain("\"definition\": {");
        customJson.ShouldContain("\"id\": \"自定义表\"");
        DisclosureJson.Deserialize(customJson).ShouldBe(withCustom);
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void DeserializeTable_SerializedSeedTables_EqualOriginals(string name)
    {
        foreach (var table in SeedDocuments.All[name].Tables)
        {
            DisclosureJson.DeserializeTable(DisclosureJson.SerializeTable(table)).ShouldBe(table);
        }
    }

    [Fact]
    public void Serialize_EmptyVersusZeroVersusText_AreDistinct()
    {
        var table = SeedDocuments.All.Values.SelectMany(d => d.Tables)
            .First(t => t.Rows.Any(r => r.Cells.Any(c => c.IsEmpty)) && t.Rows.Any(r => r.Cells.Any(c => c.Amount is { IsZero: true })));
        var json = DisclosureJson.SerializeTable(table);

        json.ShouldContain("null");
        json.ShouldContain("\"0.00\"");
        DisclosureJson.DeserializeTable(json).ShouldBe(table);
    }

    [Fact]
    public void OpenSchema_EmbeddedResource_IsTheDocsSchema()
    {
        using var stream = DisclosureJson.OpenSchema();
        using var reader = new StreamReader(stream);

        reader.ReadToEnd().ShouldBe(File.ReadAllText(SchemaFile.Path));
    }
}
