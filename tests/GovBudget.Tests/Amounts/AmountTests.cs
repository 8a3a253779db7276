using System.Globalization;
using CsCheck;
using GovBudget.Amounts;

namespace GovBudget.Tests.Amounts;

public class AmountTests
{
    private static readonly Gen<Amount> AnyAmount = Gen.Long[-1_000_000_000_000_000L, 1_000_000_000_000_000L].Select(Amount.FromTicks);

    private static readonly Gen<Precision> AnyPrecision =
        Gen.Enum<AmountUnit>()
            .SelectMany(unit => Gen.Int[0, unit.Exponent() + Amount.YuanScale].Select(d => new Precision(unit, d)));

    [Fact]
    public void Equality_SameTicks_Contract()
    {
        ContractAssert.Equality(Amount.FromYuan(1.5m), Amount.Parse("1.5"), Amount.FromYuan(1.51m));
        ContractAssert.Ordering(Amount.FromYuan(-1m), Amount.FromYuan(1m));
        default(Amount).ShouldBe(Amount.Zero);
    }

    [Theory]
    [InlineData("1,002.76", 10_027_600)]
    [InlineData("1002.76", 10_027_600)]
    [InlineData("-1.5", -15_000)]
    [InlineData("0.00", 0)]
    [InlineData("34.8 1", 348_100)]
    [InlineData(" 933.79 ", 9_337_900)]
    [InlineData("１２.５", 125_000)]
    public void ParsePrinted_PrintedForms_GivesExactYuan(string printed, long yuan)
        => Amount.ParsePrinted(printed, AmountUnit.WanYuan).ShouldBe(Amount.FromYuan(yuan));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1.")]
    [InlineData("99999999999999999999")]
    public void ParsePrinted_NotANumber_Throws(string printed)
        => Should.Throw<FormatException>(() => Amount.ParsePrinted(printed, AmountUnit.WanYuan));

    [Fact]
    public void ParsePrinted_FinerThanResolution_Throws()
        => Should.Throw<FormatException>(() => Amount.ParsePrinted("0.00001", AmountUnit.Yuan)).Message.ShouldContain("finer");

    [Theory]
    [InlineData("1002.76")]
    [InlineData("1,002.76")]
    [InlineData(" 1")]
    public void Parse_InvariantIsStrict_RejectsPrintedDecorations(string text)
    {
        if (text == "1002.76")
        {
            Amount.Parse(text, CultureInfo.InvariantCulture).ShouldBe(Amount.FromYuan(1002.76m));
        }
        else
        {
            Amount.TryParse(text, CultureInfo.InvariantCulture, out _).ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData(10_027_600, "NW2", "1,002.76")]
    [InlineData(10_027_600, "W2", "1002.76")]
    [InlineData(10_027_650, "W2", "1002.77")]
    [InlineData(-10_027_650, "W2", "-1002.77")]
    [InlineData(10_027_600, "", "10027600")]
    [InlineData(10_027_600, "E4", "0.1003")]
    [InlineData(1234, "NY2", "1,234.00")]
    public void ToString_Formats_AsDocumented(long yuan, string format, string expected)
        => Amount.FromYuan(yuan).ToString(format, CultureInfo.InvariantCulture).ShouldBe(expected);

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Amount.FromYuan(1.5m).ToString().ShouldBe("1.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Arithmetic_Overflow_Throws()
    {
        Should.Throw<OverflowException>(() => Amount.MaxValue + Amount.FromTicks(1));
        Should.Throw<OverflowException>(() => -Amount.MinValue);
        Should.Throw<ArgumentOutOfRangeException>(() => Amount.FromYuan(decimal.MaxValue));
    }

    [Theory]
    [InlineData(5_000, 5_000)] // 0.50 万元 is exact at 0.01 万元
    [InlineData(50, 100)]      // 0.005 万元 rounds away from zero to 0.01 万元
    [InlineData(49, 0)]
    [InlineData(-50, -100)]
    [InlineData(-49, 0)]
    public void Round_WanYuan2_HalfAwayFromZero(long yuan, long expectedYuan)
        => Amount.FromYuan(yuan).Round(Precision.WanYuan2).ShouldBe(Amount.FromYuan(expectedYuan));

    [Fact]
    public void Property_ToStringParse_RoundTrips()
        => AnyAmount.Sample(a => Amount.Parse(a.ToString(), CultureInfo.InvariantCulture) == a);

    [Fact]
    public void Property_UnitConversion_IsExact()
        => Gen.Select(AnyAmount, Gen.Enum<AmountUnit>())
            .Sample((a, unit) => Amount.From(a.ToDecimal(unit), unit) == a);

    [Fact]
    public void Property_Rounding_IsWithinHalfStepIdempotentAndSymmetric()
        => Gen.Select(AnyAmount, AnyPrecision).Sample((a, p) =>
        {
            var r = a.Round(p);
            return (r - a).Abs() <= p.HalfStep
                && r.IsMultipleOf(p)
                && r.Round(p) == r
                && (-a).Round(p) == -r;
        });

    [Fact]
    public void Property_PrintedRoundTrip_ThroughPrecisionFormat()
        => Gen.Select(AnyAmount, AnyPrecision).Sample((a, p) =>
        {
            var printed = a.Round(p).ToString(p);
            return Amount.ParsePrinted(printed, p.Unit) == a.Round(p);
        });

    [Fact]
    public void Property_IntervalOfRoundedValue_ContainsExact()
        => Gen.Select(AnyAmount, AnyPrecision).Sample((a, p) => ReportedValue.RoundFrom(a, p).Interval.Contains(a));

    [Fact]
    public void Property_IntervalSum_ContainsSumOfMembers()
        => Gen.Select(AnyAmount, AnyAmount, AnyPrecision).Sample((a, b, p) =>
            (ReportedValue.RoundFrom(a, p).Interval + ReportedValue.RoundFrom(b, p).Interval).Contains(a + b));
}
