using System.Text.Json;
using GovBudget.Tests.Docs;
using Json.Schema;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

/// <summary>Every built-in table-set file validates against the published schema (<c>docs/table-set.schema.json</c>), checked with JsonSchema.Net.</summary>
public sealed class TableSetSchemaTests
{
    private static readonly string Root = ReadmeTests.FindRepositoryRoot();

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "table-set.schema.json")));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src", "GovBudget", "TableSets", "Data"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static EvaluationResults Evaluate(string json)
        => Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Theory]
    [MemberData(nameof(Files))]
    public void BuiltInSetFile_ConformsToThePublishedSchema(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(Root, "src", "GovBudget", "TableSets", "Data", file)));

        results.IsValid.ShouldBeTrue(string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Select(e => e.Value))}")));
    }

    [Fact]
    public void MadeUpProvince_ConformsToTheSchema_AndAMistypedPropertyDoesNot()
    {
        Evaluate(TableSetLoadTests.MadeUpProvince).IsValid.ShouldBeTrue();
        Evaluate(TableSetLoadTests.MadeUpProvince.Replace("\"rollUp\"", "\"rollup\"", StringComparison.Ordinal)).IsValid.ShouldBeFalse();
        Evaluate(TableSetLoadTests.MadeUpProvince.Replace("\"basic-balance\"", "\"balance\"", StringComparison.Ordinal)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void NumberedClassLines_NeedTheirNumbering_AndFunctionalOnesTakeNone()
    {
        var national = File.ReadAllText(Path.Combine(Root, "src", "GovBudget", "TableSets", "Data", "national.settlement.json"));
        Evaluate(national).IsValid.ShouldBeTrue();
        Evaluate(national.Replace("\"numberedFor\": 2023", "\"numberdFor\": 2023", StringComparison.Ordinal)).IsValid.ShouldBeFalse();
        Evaluate(national.Replace("\"keys\": \"line\"", "\"keys\": \"functional\"", StringComparison.Ordinal)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Schema_CheckNames_AreTheReadersCheckNames()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "table-set.schema.json")));
        var names = schema.RootElement.GetProperty("$defs").GetProperty("check").GetProperty("properties").GetProperty("check").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();

        names.ShouldBe(GovBudget.TableSets.TableSetRules.CheckNames);
    }
}
