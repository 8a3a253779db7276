using CsCheck;
using GovBudget.Serialization;
using Xunit.Abstractions;

namespace GovBudget.Tests.Serialization;

public class DisclosureJsonPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 1000;

    [Fact]
    public void Deserialize_SerializedGeneratedDisclosure_EqualsOriginal()
    {
        int count = 0, tables = 0, custom = 0, rows = 0, empty = 0, amounts = 0, texts = 0;
        DisclosureGen.Disclosure.Sample(
            disclosure =>
            {
                count++;
                tables += disclosure.Tables.Count;
                custom += disclosure.Tables.Count(t => !GovBudget.Tables.Budget.BudgetTables.All.Concat(GovBudget.Tables.Budget.LegacyBudgetTables.All).Concat(GovBudget.Tables.Settlement.SettlementTables.All).Contains(t.Definition));
                var cells = disclosure.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
                rows += disclosure.Tables.Sum(t => t.Rows.Count);
                empty += cells.Count(c => c.IsEmpty);
                amounts += cells.Count(c => c.Amount is not null);
                texts += cells.Count(c => c.Text is not null);
                var json = DisclosureJson.Serialize(disclosure);
                var back = DisclosureJson.Deserialize(json);
                return back.Equals(disclosure) && DisclosureJson.Serialize(back) == json;
            },
            iter: Cases,
            seed: "0000000000001",
            threads: 1);
        output.WriteLine($"round-trip property: {count} cases ({tables} tables, {custom} of custom kinds, {rows} rows; cells: {empty} empty, {amounts} amounts, {texts} text)");
        count.ShouldBeGreaterThanOrEqualTo(Cases);
    }

    [Fact]
    public void DeserializeTable_SerializedGeneratedTable_EqualsOriginal()
    {
        var count = 0;
        DisclosureGen.Disclosure.Sample(
            disclosure =>
            {
                foreach (var table in disclosure.Tables)
                {
                    Interlocked.Increment(ref count);
                    if (!DisclosureJson.DeserializeTable(DisclosureJson.SerializeTable(table)).Equals(table))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 200,
            seed: "0000000000002",
            threads: 1);
        output.WriteLine($"table round-trip property: {count} tables");
    }
}
