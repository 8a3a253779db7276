using System.Text;
using CsCheck;
using GovBudget.Amounts;
using GovBudget.Serialization;
using GovBudget.Tables;
using Snapshooter;
using Snapshooter.Xunit;

namespace GovBudget.Tests.Serialization;

public class TableCsvTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static IEnumerable<Table> SeedTables => SeedDocuments.All.Values.SelectMany(d => d.Tables);

    private static Table RoundTrip(Table table, TableCsvOptions? options = null)
        => TableCsv.Read(new StringReader(TableCsv.Write(table, options)), table.Definition, table.Precision, options);

    private static Table WithoutRemark(Table table) => new(table.Definition, table.Precision, table.Rows);

    [Fact]
    public void Read_WrittenSeedTables_EqualOriginals()
    {
        foreach (var table in SeedTables)
        {
            RoundTrip(table).ShouldBe(WithoutRemark(table), table.Id);
        }
    }

    [Fact]
    public void Read_WrittenGeneratedTables_EqualOriginals()
        => DisclosureGen.Disclosure.Sample(
            d => d.Tables.All(t => RoundTrip(t).Equals(WithoutRemark(t)) || t.Rows.Any(r => r.Label == string.Empty)),
            iter: 200,
            threads: 1);

    [Fact]
    public void Write_Table5_1_MatchesSnapshot()
    {
        var table = SeedDocuments.All["WuchangBudget2026"].FindTable("表5-1")!;

        TableCsv.Write(table).MatchSnapshot();
    }

    [Fact]
    public void Write_PrintedLayout_CodesNamesAndColumnsInOrder()
    {
        var table = SeedDocuments.All["WuchangBudget2026"].FindTable("表5-1")!;
        var lines = TableCsv.Write(table).Split("\r\n");

        lines[0].ShouldBe("编码,名称," + string.Join(",", table.Definition.Columns.Select(c => c.Group is { } g && g != c.NameZh ? g + "/" + c.NameZh : c.NameZh)));
        lines[1].ShouldStartWith(",合计,");
        lines.Skip(2).First().ShouldMatch("^[0-9]{3},");
    }

    [Fact]
    public void Write_WithBom_StartsWithBomAndReadsBack()
    {
        var table = SeedTables.First();
        using var stream = new MemoryStream();
        TableCsv.Write(table, stream, new TableCsvOptions { IncludeBom = true });
        var bytes = stream.ToArray();

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        TableCsv.Read(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, false), table.Definition, table.Precision).ShouldBe(WithoutRemark(table));
    }

    [Fact]
    public void Write_FieldWithCommaQuoteAndNewline_IsQuotedPerRfc4180()
    {
        var definition = new TableDefinition("t", "t", "t", DisclosureKind.Budget, new[] { RowKeyKind.Project }, new[] { new ColumnDefinition("说明", "说明", "Note", Kind: ColumnKind.Text), new ColumnDefinition("金额", "金额", "Amount") });
        var table = new GovBudget.Building.TableBuilder(definition, Precision.WanYuan2)
            .Row(RowKey.Project("a,\"b\""), "名称\n第二行", "x, \"y\"", "-1.50")
            .Build();

        var csv = TableCsv.Write(table);

        csv.ShouldContain("\"P:a,\"\"b\"\"\",\"名称\n第二行\",\"x, \"\"y\"\"\",-1.50\r\n");
        RoundTrip(table).ShouldBe(table);
    }

    [Theory]
    [InlineData("编码,名称,预算数\r\n\"unterminated,1\r\n", 2)]
    [InlineData("编码,名称,预算数\r\nI:本年收入合计,x,1.00,extra\r\n", 2)]
    [InlineData("编码,名称,错误\r\n", 1)]
    [InlineData("编码,名称,预算数\r\nI:不存在,x,1.00\r\n", 2)]
    [InlineData("编码,名称,预算数\r\nI:本年收入合计,x,1.005\r\n", 2)]
    [InlineData("编码,名称,预算数\r\nI:本年收入合计,x,abc\r\n", 2)]
    [InlineData("编码,名称,预算数\r\nI:本年收入合计,x,1.00\r\nI:本年收入合计,x,1.00\r\n", 3)]
    [InlineData("编码,名称,预算数\r\nI:本年收入合计,x\"y\",1.00\r\n", 2)]
    [InlineData("", 1)]
    public void Read_BadCsv_ThrowsGovBudgetFormatExceptionWithLine(string csv, long line)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => TableCsv.Read(new StringReader(csv), GovBudget.Tables.Budget.BudgetTables.IncomeExpenditureSummary, Precision.WanYuan2));

        ex.LineNumber.ShouldBe(line);
    }

    [Fact]
    public void Read_MutatedSeedCsv_OnlyGovBudgetFormatExceptionEscapes()
    {
        var random = new Random(4180);
        var tables = SeedTables.Where(t => t.Rows.Count > 0).ToArray();
        int rejected = 0, accepted = 0;
        var failures = new List<string>();
        const string alphabet = ",\"\r\n0.-9中 F:";
        for (var i = 0; i < 3000; i++)
        {
            var table = tables[random.Next(tables.Length)];
            var csv = new StringBuilder(TableCsv.Write(table));
            var at = random.Next(csv.Length);
            switch (random.Next(4))
            {
                case 0: csv[at] = alphabet[random.Next(alphabet.Length)]; break;
                case 1: csv.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 2: csv.Remove(at, Math.Min(random.Next(1, 8), csv.Length - at)); break;
                default: csv.Length = at; break;
            }

            try
            {
                TableCsv.Read(new StringReader(csv.ToString()), table.Definition, table.Precision);
                accepted++;
            }
            catch (GovBudgetFormatException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add($"{table.Id} case {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        output.WriteLine($"CSV mutation test: {rejected + accepted + failures.Count} cases, {rejected} rejected, {accepted} accepted");
        failures.Take(5).ShouldBeEmpty();
    }
}
