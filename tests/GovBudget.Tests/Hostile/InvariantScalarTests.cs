using System.Text;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;

namespace GovBudget.Tests.Hostile;

/// <summary>Scalars the types' Parse accepts as printed text but the JSON format (and its schema) does not.</summary>
public class InvariantScalarTests
{
    [Theory]
    [InlineData("\"precision\": \"0.01万元\"", "\"precision\": \"0.01 万元\"", "$.precision")]
    [InlineData("\"key\": \"E301\"", "\"key\": \"E00301\"", "$.tables[0].rows[1].key")]
    [InlineData("\"key\": \"E302\"", "\"key\": \"E３０２\"", "$.tables[0].rows[2].key")]
    public void Deserialize_PrintedVariantOfAScalar_ThrowsFormatExceptionAtIt(string from, string to, string path)
    {
        var json = HostilePipeline.FixtureText("csv-formula.json");
        json.ShouldContain(from);

        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json.Replace(from, to, StringComparison.Ordinal)));

        ex.Path.ShouldBe(path);
    }

    [Theory]
    [InlineData("35.14 %")]
    [InlineData(".5%")]
    [InlineData("５０%")]
    public void Deserialize_PrintedVariantOfARate_ThrowsFormatException(string rate)
    {
        var json = HostilePipeline.FixtureText("s01-share-of-zero-base.json").Replace("\"56.2%\"", $"\"{rate}\"", StringComparison.Ordinal);

        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(json)).Path.ShouldBe("$.statements[0].rate");
    }
}
