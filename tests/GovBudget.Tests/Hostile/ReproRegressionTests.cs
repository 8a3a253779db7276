using System.Text;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;

namespace GovBudget.Tests.Hostile;

/// <summary>Every input in <c>Fixtures/Hostile</c> (the hostile-input repros of issue 13) with the behaviour it must have now.</summary>
public class ReproRegressionTests
{
    public static TheoryData<string> OverflowRepros => new()
    {
        "v02-rollup-sum-overflow.json",
        "v04-percentage-upper-overflow.json",
        "v05-change-value-minus-difference-overflow.json",
        "v06-selfeval-score-decimal-overflow.json",
        "v07-projectgoal-costitem-overflow.json",
        "v08-overallgoal-amount-overflow.json",
        "v09-prioryear-overflow.json",
        "v10-statement-value-overflow.json",
    };

    public static TheoryData<string> RenderRepros => new()
    {
        "h01-figure-other-empty-name.json",
        "h02-statement-difference-coarser.json",
        "h03-table-precision-0.01yi.json",
        "x01-label-nonchars.json",
        "x02-label-c0-bidi.json",
        "csv-formula.json",
    };

    [Theory]
    [MemberData(nameof(OverflowRepros))]
    public void Pipeline_SumsBeyondAmountOrDecimal_NothingThrows(string file)
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture(file));

        HostilePipeline.Run(disclosure).ShouldBeNull();
    }

    [Fact]
    public void Validate_RollUpBeyondAmount_GivesOneOutOfRangeFindingOfTheRule()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("v02-rollup-sum-overflow.json"));

        var report = disclosure.Validate();

        var finding = report.Findings.Where(f => f.MessageZh.Contains("数值超出可核对范围", StringComparison.Ordinal)).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Deserialize_StatementNamingUnknownColumn_ThrowsFormatExceptionAtTheColumn()
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(HostilePipeline.Fixture("v01-statement-unknown-column.json")));

        ex.Path.ShouldBe("$.statements[0].source.column");
        ex.LineNumber.ShouldBe(1);
    }

    [Fact]
    public void Validate_BuiltStatementNamingUnknownColumn_SeesAnEmptyCellAndDoesNotThrow()
    {
        var read = DisclosureJson.Deserialize(HostilePipeline.Fixture("s02-change-from-zero-base.json"));
        var statement = read.Statements[0] with { Source = new GovBudget.Tables.CellAddress("表6", GovBudget.Tables.RowKey.Total, "nope") };
        var built = ((BudgetDisclosure)read) with { Statements = [statement] };

        Should.NotThrow(() => built.Validate());
    }

    [Fact]
    public void Validate_FigureWhoseRoundingIntervalReachesTheLimit_ClipsTheIntervalAndDoesNotThrow()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("v03-interval-overflow-0.01yuan.json"));
        var total = disclosure.Tables[0].GetValue(GovBudget.Tables.RowKey.Total, "合计")!.Value;

        total.Interval.Upper.ShouldBe(Amount.MaxValue);
        HostilePipeline.Run(disclosure).ShouldBeNull();
    }

    [Fact]
    public void Deserialize_InvalidUtf8PropertyNameWithUnknownPropertiesIgnored_ThrowsOnlyFormatException()
    {
        var options = new DisclosureJsonOptions { UnknownProperties = UnknownPropertyPolicy.Ignore };

        Should.Throw<GovBudgetFormatException>(() => DisclosureJson.Deserialize(HostilePipeline.Fixture("r-invalid-utf8-name-ignore.json"), options));
    }

    [Theory]
    [MemberData(nameof(RenderRepros))]
    public void Pipeline_RenderRepros_ValidateRenderAndRoundTripWithoutFailure(string file)
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture(file));

        HostilePipeline.Run(disclosure).ShouldBeNull();
    }

    [Fact]
    public void ToHtml_LabelWithNonCharacters_IsWellFormedXmlWithoutThem()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("x01-label-nonchars.json"));

        var html = DisclosureRenderer.ToHtml(disclosure);

        html.ShouldNotContain('\uFFFE');
        html.ShouldNotContain('\uFFFF');
        Should.NotThrow(() => HostilePipeline.CheckWellFormed(html));
    }

    [Fact]
    public void Render_LabelWithBidiOverrideAndControls_NeutralisesThem()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("x02-label-c0-bidi.json"));

        var html = DisclosureRenderer.ToHtml(disclosure);
        var md = DisclosureRenderer.ToMarkdown(disclosure);

        html.ShouldNotContain('\u202E');
        md.ShouldNotContain('\u202E');
        md.ShouldNotContain('\u0001');
        md.ShouldNotContain('\b');
        html.ShouldContain("gnp.exe");
    }

    [Fact]
    public void Write_FormulaLikeLabels_AreNeutralisedAndReadBack()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("csv-formula.json"));
        var table = disclosure.Tables[0];

        var csv = TableCsv.Write(table);
        var raw = TableCsv.Write(table, new TableCsvOptions { NeutralizeFormulas = false });

        csv.ShouldContain("\"'=HYPERLINK(");
        csv.ShouldContain(",'@SUM(1+1),");
        raw.ShouldContain(",\"=HYPERLINK(");
        TableCsv.Read(new StringReader(csv), table.Definition, table.Precision).ShouldBe(table);
    }

    [Fact]
    public void Read_TwoGoodLinesThenBad_YieldsBothBeforeThrowingAtLineThree()
    {
        using var stream = new MemoryStream(HostilePipeline.Fixture("two-good-then-bad.jsonl"));
        var yielded = new List<Disclosure>();

        var ex = Should.Throw<GovBudgetFormatException>(() =>
        {
            foreach (var d in DisclosureJsonLines.Read(stream))
            {
                yielded.Add(d);
            }
        });

        yielded.Count.ShouldBe(2);
        ex.LineNumber.ShouldBe(3);
    }

    [Fact]
    public async Task ReadAsync_TwoGoodLinesThenBad_YieldsBothBeforeThrowingAtLineThree()
    {
        using var stream = new MemoryStream(HostilePipeline.Fixture("two-good-then-bad.jsonl"));
        var yielded = 0;

        var ex = await Should.ThrowAsync<GovBudgetFormatException>(async () =>
        {
            await foreach (var d in DisclosureJsonLines.ReadAsync(stream))
            {
                yielded++;
            }
        });

        yielded.ShouldBe(2);
        ex.LineNumber.ShouldBe(3);
    }

    [Fact]
    public void Read_UnlimitedDocumentBytes_ReadsWithoutOverflow()
    {
        using var stream = new MemoryStream(HostilePipeline.Fixture("two-good-then-bad.jsonl")[..^4]);

        DisclosureJsonLines.Read(stream, new DisclosureJsonOptions { MaxDocumentBytes = long.MaxValue }).Count().ShouldBe(2);
    }

    [Theory]
    [InlineData("s01-share-of-zero-base.json")]
    [InlineData("s02-change-from-zero-base.json")]
    public void Validate_RateOfZeroBase_IsAFinding(string file)
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture(file));

        disclosure.Validate().Findings.ShouldContain(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal) && f.MessageZh.Contains("基数为 0", StringComparison.Ordinal));
    }

    [Fact]
    public void FromRatio_ZeroDenominator_DoesNotThrow()
        => Should.NotThrow(() => Percentage.FromRatio(Amount.FromYuan(1), Amount.Zero, 2));

    [Fact]
    public void ToString_MaxValueInWan_DoesNotThrow()
        => Should.NotThrow(() => Amount.MaxValue.ToString("NW2", null)).ShouldNotBeEmpty();

    [Fact]
    public void Interval_NearTheLimits_DoesNotThrow()
    {
        var precision = Precision.Parse("0.01元", null);

        Should.NotThrow(() => new ReportedValue(Amount.MaxValue.Round(precision) , precision).Interval);
    }

    [Fact]
    public void Evaluate_RuleWhoseSumsLeaveTheRange_EndsWithOneOutOfRangeFinding()
    {
        var disclosure = DisclosureJson.Deserialize(HostilePipeline.Fixture("v02-rollup-sum-overflow.json"));
        var context = new RuleContext(disclosure, ValidationOptions.Default);

        var findings = GovBudget.Rules.Sets.BuiltInRuleSets.For(disclosure).Rules.SelectMany(r => r.Evaluate(context)).ToList();

        findings.Count(f => f.MessageZh.Contains("数值超出可核对范围", StringComparison.Ordinal)).ShouldBe(1);
    }
}
