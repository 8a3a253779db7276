using System.Globalization;
using GovBudget.Amounts;

namespace GovBudget.Tests.Amounts;

public class ReportedValueTests
{
    [Theory]
    [InlineData("1002.76万元")]
    [InlineData("0.10万元")]
    [InlineData("5000元")]
    [InlineData("-1.5亿元")]
    public void ToStringParse_RoundTrips_KeepingPrecision(string text)
        => ReportedValue.Parse(text, CultureInfo.InvariantCulture).ToString().ShouldBe(text);

    [Fact]
    public void Equality_ValueAndPrecision_Contract()
        => ContractAssert.Equality(ReportedValue.Parse("0.10万元"), ReportedValue.Parse("0.10万元"), ReportedValue.Parse("0.1万元"));

    [Fact]
    public void Interval_WanYuan2_IsPlusMinus50Yuan()
    {
        var value = ReportedValue.Parse("40.13万元");
        value.Interval.Lower.ShouldBe(Amount.FromYuan(401_250));
        value.Interval.Upper.ShouldBe(Amount.FromYuan(401_350));
    }

    [Fact]
    public void Interval_SumOfPartsOverlapsRoundedTotal_WuchangRounding()
    {
        // 武昌 2026 表5-1: 21011 = 40.13 but its items print 7.56 + 9.57 + 22.99 = 40.12 (尾差).
        var parts = new[] { "7.56万元", "9.57万元", "22.99万元" }.Select(s => ReportedValue.Parse(s).Interval)
            .Aggregate((a, b) => a + b);
        ReportedValue.Parse("40.13万元").Interval.Intersects(parts).ShouldBeTrue();
        ReportedValue.Parse("40.15万元").Interval.Intersects(parts).ShouldBeFalse();
        ReportedValue.Parse("40.15万元").Interval.DistanceTo(parts).ShouldBe(Amount.FromYuan(100)); // [40.145, 40.155] vs [40.105, 40.135]
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("-", true)]
    [InlineData("/", true)]
    [InlineData("—", true)]
    [InlineData("0.00", false)]
    public void TryParseCell_BlankForms_AreAbsentNotZero(string text, bool absent)
    {
        ReportedValue.TryParseCell(text, Precision.WanYuan2, out var value, out var error).ShouldBeTrue(error);
        (value is null).ShouldBe(absent);
    }

    [Fact]
    public void TryParseCell_FinerThanPrecision_Fails()
    {
        ReportedValue.TryParseCell("79.008", Precision.WanYuan2, out _, out var error).ShouldBeFalse();
        error.ShouldContain("finer");
    }

    [Fact]
    public void Precision_ToStringParse_RoundTrips()
    {
        foreach (var p in new[] { Precision.WanYuan2, Precision.Yuan0, Precision.Yuan2, new Precision(AmountUnit.YiYuan, 4) })
        {
            Precision.Parse(p.ToString(), CultureInfo.InvariantCulture).ShouldBe(p);
        }

        Precision.WanYuan2.ToString().ShouldBe("0.01万元");
        Precision.WanYuan2.Step.ShouldBe(Amount.FromYuan(100));
        Should.Throw<ArgumentOutOfRangeException>(() => new Precision(AmountUnit.Yuan, 5));
    }

    [Theory]
    [InlineData("35.14%", 35.14, 2)]
    [InlineData("56.2 %", 56.2, 1)]
    [InlineData("100％", 100, 0)]
    [InlineData("-0.60%", -0.60, 2)]
    public void Percentage_Parse_KeepsPrintedDecimals(string text, decimal percent, int decimals)
    {
        var p = Percentage.Parse(text, CultureInfo.InvariantCulture);
        p.Percent.ShouldBe(percent);
        p.Decimals.ShouldBe(decimals);
        Percentage.Parse(p.ToString(), CultureInfo.InvariantCulture).ShouldBe(p);
    }

    [Fact]
    public void Percentage_FromRatio_FindsHongshanSlip()
    {
        // 洪山 2021 整体支出绩效目标表: 基本支出 282.86 of 737.86 is printed as 35.14%; it is 38.34%.
        var actual = Percentage.FromRatio(Amount.FromWanYuan(282.86m), Amount.FromWanYuan(737.86m), 2);
        actual.ToString().ShouldBe("38.34%");
        Percentage.Parse("35.14%", CultureInfo.InvariantCulture).Admits(actual.Percent).ShouldBeFalse();
    }
}
