using System.Globalization;
using GovBudget.Classification;

namespace GovBudget.Tests.Classification;

public class FunctionalCodeTests
{
    [Theory]
    [InlineData("2080505", 2080505, SubjectLevel.Item)]
    [InlineData("208 05 05", 2080505, SubjectLevel.Item)]
    [InlineData("210 15 01", 2101501, SubjectLevel.Item)]
    [InlineData("20805", 20805, SubjectLevel.Section)]
    [InlineData("208", 208, SubjectLevel.Class)]
    [InlineData(" 221 02 ", 22102, SubjectLevel.Section)]
    [InlineData("２０８", 208, SubjectLevel.Class)]
    public void Parse_PrintedForms_GivesCodeAndLevel(string text, int value, SubjectLevel level)
    {
        var code = FunctionalCode.Parse(text, CultureInfo.InvariantCulture);
        code.Value.ShouldBe(value);
        code.Level.ShouldBe(level);
        code.ToString().ShouldBe(value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2080")]
    [InlineData("208050")]
    [InlineData("20805055")]
    [InlineData("2080 505")]
    [InlineData("208 0505")]
    [InlineData("208a")]
    [InlineData("012")]
    public void TryParse_Malformed_Fails(string text) => FunctionalCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parent_Ancestors_Class_FollowDigits()
    {
        var code = FunctionalCode.Parse("2080505", CultureInfo.InvariantCulture);
        code.Parent.ShouldBe(FunctionalCode.FromValue(20805));
        code.Class.ShouldBe(FunctionalCode.FromValue(208));
        code.Ancestors().ShouldBe([FunctionalCode.FromValue(20805), FunctionalCode.FromValue(208)]);
        FunctionalCode.FromValue(208).Parent.ShouldBeNull();
        FunctionalCode.FromValue(208).IsAncestorOf(code).ShouldBeTrue();
        code.IsAncestorOf(FunctionalCode.FromValue(208)).ShouldBeFalse();
    }

    [Fact]
    public void Equality_And_TreeOrder_Contract()
    {
        ContractAssert.Equality(FunctionalCode.FromValue(20805), FunctionalCode.Parse("208 05", CultureInfo.InvariantCulture), FunctionalCode.FromValue(208));
        ContractAssert.Ordering(FunctionalCode.FromValue(208), FunctionalCode.FromValue(20805));
        ContractAssert.Ordering(FunctionalCode.FromValue(2080599), FunctionalCode.FromValue(210));
        ContractAssert.Ordering(FunctionalCode.FromValue(20805), FunctionalCode.FromValue(2080501));
    }

    [Fact]
    public void FromValue_NotACode_Throws() => Should.Throw<ArgumentOutOfRangeException>(() => FunctionalCode.FromValue(2080));
}
