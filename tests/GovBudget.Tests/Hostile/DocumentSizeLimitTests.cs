using System.Text;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;

namespace GovBudget.Tests.Hostile;

/// <summary>The size limit on both sides (docs/json-format.md, "Size limit on both sides").</summary>
public class DocumentSizeLimitTests
{
    [Fact]
    public void Deserialize_DocumentLargerThanTheLimit_ThrowsFormatExceptionNamingTheOption()
    {
        var bytes = DisclosureJson.SerializeToUtf8Bytes(Serialization.SeedDocuments.All.Values.First());
        var small = new DisclosureJsonOptions { MaxDocumentBytes = bytes.Length - 1 };

        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(bytes, small)).Message.ShouldContain("MaxDocumentBytes");
    }

    [Fact]
    public void Deserialize_SameRaisedLimitOnBothSides_ReadsBackWhatWasWritten()
    {
        var disclosure = Serialization.SeedDocuments.All.Values.First();
        var options = new DisclosureJsonOptions { MaxDocumentBytes = long.MaxValue };

        DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(disclosure, options), options).ShouldBe(disclosure);
    }
}
