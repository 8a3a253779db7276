using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using GovBudget.Serialization;

namespace GovBudget.Tests.Serialization;

public class DisclosureSchemaTests
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(File.ReadAllText(SchemaFile.Path));

    private static readonly SchemaChecker Checker = new(Schema.RootElement);

    private static List<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Checker.Check(document.RootElement);
    }

    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Check_SerializedSeed_ConformsToSchema(string name)
        => Violations(DisclosureJson.Serialize(SeedDocuments.All[name])).ShouldBeEmpty();

    [Fact]
    public void Check_GeneratedDisclosures_ConformToSchema()
        => DisclosureGen.Disclosure.Sample(d => Violations(DisclosureJson.Serialize(d)).Count == 0, iter: 200, threads: 1);

    [Fact]
    public void Check_InvalidDocuments_AreRejectedByTheChecker()
    {
        var valid = DisclosureJson.Serialize(SeedDocuments.All["HongshanSettlement2023"]);

        Violations(valid.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3", StringComparison.Ordinal)).ShouldNotBeEmpty();
        Violations(valid.Replace("\"kind\": \"settlement\"", "\"kind\": \"Settlement\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
        Violations(valid.Replace("\"year\": 2023", "\"year\": 2023, \"extra\": 1", StringComparison.Ordinal)).ShouldNotBeEmpty();
        Violations(valid.Replace("\"precision\": \"0.01万元\"", "\"precision\": \"0.02万元\"", StringComparison.Ordinal)).ShouldNotBeEmpty();
        Violations("{\"schemaVersion\": 1}").ShouldNotBeEmpty();
    }

    [Fact]
    public void Schema_UsesOnlyTheKeywordsTheCheckerSupports()
    {
        var unsupported = new List<string>();
        Walk(Schema.RootElement, "$", unsupported);

        unsupported.ShouldBeEmpty();
        Schema.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void Schema_PropertyNames_AgreeWithTheDtos()
    {
        var dtos = typeof(DisclosureJson).Assembly.GetTypes()
            .Where(t => t.Namespace == "GovBudget.Serialization.Json" && t.Name.EndsWith("Dto", StringComparison.Ordinal))
            .ToList();
        var defs = Schema.RootElement.GetProperty("$defs");
        dtos.Count.ShouldBeGreaterThan(20);

        foreach (var dto in dtos)
        {
            var name = dto.Name[..^3];
            defs.TryGetProperty(name, out var def).ShouldBeTrue($"$defs has no {name} for {dto.Name}");
            var properties = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            var wire = properties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);
            def.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray().ShouldBe(wire.ToArray(), customMessage: dto.Name);

            var required = properties.Where(p => p.IsDefined(typeof(RequiredMemberAttribute))).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);
            var schemaRequired = def.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal).ToArray() : [];
            schemaRequired.ShouldBe(required.ToArray(), customMessage: dto.Name + " required");
            def.GetProperty("additionalProperties").ValueKind.ShouldBe(JsonValueKind.False, customMessage: dto.Name);
        }
    }

    private static void Walk(JsonElement schema, string path, List<string> unsupported)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in schema.EnumerateObject())
        {
            if (!SchemaChecker.Keywords.Contains(property.Name))
            {
                unsupported.Add(path + "." + property.Name);
            }

            switch (property.Name)
            {
                case "$defs" or "properties":
                    foreach (var child in property.Value.EnumerateObject())
                    {
                        Walk(child.Value, path + "." + property.Name + "." + child.Name, unsupported);
                    }

                    break;
                case "items" or "additionalProperties" or "not":
                    Walk(property.Value, path + "." + property.Name, unsupported);
                    break;
                case "oneOf":
                    foreach (var child in property.Value.EnumerateArray())
                    {
                        Walk(child, path + ".oneOf", unsupported);
                    }

                    break;
            }
        }
    }
}
