using GovBudget.Tables.Performance;

namespace GovBudget.Tests.Tables;

public class IndicatorValueTests
{
    [Theory]
    [InlineData("≥95%", Comparator.GreaterOrEqual, "95", "%")]
    [InlineData("=80 家", Comparator.Equal, "80", "家")]
    [InlineData("≧5 期", Comparator.GreaterOrEqual, "5", "期")]
    [InlineData(">95%", Comparator.Greater, "95", "%")]
    [InlineData("100%", Comparator.Equal, "100", "%")]
    [InlineData("≥ 95%", Comparator.GreaterOrEqual, "95", "%")]
    [InlineData("≥3000人次", Comparator.GreaterOrEqual, "3000", "人次")]
    [InlineData("4705 人次", Comparator.Equal, "4705", "人次")]
    [InlineData("≤2 天", Comparator.LessOrEqual, "2", "天")]
    [InlineData("<1%", Comparator.Less, "1", "%")]
    [InlineData("90％", Comparator.Equal, "90", "%")]
    public void Parse_Quantitative_GivesComparatorNumberUnit(string text, Comparator comparator, string number, string unit)
    {
        var value = IndicatorValue.Parse(text);
        value.Comparator.ShouldBe(comparator);
        value.Number.ShouldBe(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        value.Unit.ShouldBe(unit);
        value.Text.ShouldBe(text.Trim());
        value.IsQuantitative.ShouldBeTrue();
    }

    [Theory]
    [InlineData("优秀")]
    [InlineData("按时支付")]
    [InlineData("有效促进")]
    [InlineData("按合同约定节点支付费用")]
    [InlineData("无")]
    public void Parse_Qualitative_KeepsText(string text)
    {
        var value = IndicatorValue.Parse(text);
        value.Comparator.ShouldBe(Comparator.None);
        value.Number.ShouldBeNull();
        value.ToString().ShouldBe(text);
    }
}
