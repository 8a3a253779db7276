using System.Text;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;

namespace GovBudget.Tests.Hostile;

/// <summary>Amount cell spellings the reader normalises (docs/json-format.md, "Normalisation of cell text").</summary>
public class CellNormalisationTests
{
    [Theory]
    [InlineData("-0.00", "0.00")]
    [InlineData("0.1", "0.10")]
    [InlineData("00.10", "0.10")]
    public void Serialize_ReadCellSpelling_WritesTheCanonicalForm(string printed, string canonical)
    {
        var json = HostilePipeline.FixtureText("csv-formula.json").Replace("\"cells\": [null, null, null]", $"\"cells\": [\"{printed}\", \"{printed}\", null]", StringComparison.Ordinal);

        var written = DisclosureJson.Serialize(DisclosureJson.Deserialize(json), new DisclosureJsonOptions { WriteIndented = false });

        written.ShouldContain($"\"cells\":[\"{canonical}\",\"{canonical}\",null]");
    }
}
