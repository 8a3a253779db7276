using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Tests.Serialization;

/// <summary>The example in <c>docs/json-format.md</c> is a valid document that writes back byte for byte.</summary>
public class JsonFormatDocTests
{
    private static string Example()
    {
        var doc = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SchemaFile.Path)!, "json-format.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return doc[start..doc.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Deserialize_DocExample_WritesBackByteForByte()
    {
        var disclosure = DisclosureJson.Deserialize(Example());

        disclosure.ShouldBeOfType<BudgetDisclosure>().Tables.Count.ShouldBe(2);
        DisclosureJson.Serialize(disclosure).ShouldBe(Example());
    }
}
