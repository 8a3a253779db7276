using System.Globalization;
using GovBudget.Classification;

namespace GovBudget.Tests.Classification;

public class EconomicCodeTests
{
    [Theory]
    [InlineData("30101", 30101, SubjectLevel.Section, EconomicSystem.Department)]
    [InlineData("301 01", 30101, SubjectLevel.Section, EconomicSystem.Department)]
    [InlineData("301", 301, SubjectLevel.Class, EconomicSystem.Department)]
    [InlineData("50101", 50101, SubjectLevel.Section, EconomicSystem.Government)]
    [InlineData("599", 599, SubjectLevel.Class, EconomicSystem.Government)]
    public void Parse_PrintedForms_GivesCodeLevelAndSystem(string text, int value, SubjectLevel level, EconomicSystem system)
    {
        var code = EconomicCode.Parse(text, CultureInfo.InvariantCulture);
        code.Value.ShouldBe(value);
        code.Level.ShouldBe(level);
        code.System.ShouldBe(system);
    }

    [Theory]
    [InlineData("201")]
    [InlineData("3010")]
    [InlineData("3010101")]
    [InlineData("40101")]
    public void TryParse_NotEconomic_Fails(string text) => EconomicCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parent_And_Contract()
    {
        EconomicCode.FromValue(30101).Parent.ShouldBe(EconomicCode.FromValue(301));
        EconomicCode.FromValue(301).Parent.ShouldBeNull();
        ContractAssert.Equality(EconomicCode.FromValue(30101), EconomicCode.Parse("30101", CultureInfo.InvariantCulture), EconomicCode.FromValue(30102));
        ContractAssert.Ordering(EconomicCode.FromValue(301), EconomicCode.FromValue(30101));
        ContractAssert.Ordering(EconomicCode.FromValue(30199), EconomicCode.FromValue(302));
    }
}
