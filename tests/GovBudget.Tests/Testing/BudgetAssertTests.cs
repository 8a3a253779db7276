using GovBudget.Generation;
using GovBudget.Testing;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Testing;

public class BudgetAssertTests
{
    [Fact]
    public void Consistent_CleanSample_ReturnsReport()
        => BudgetAssert.Consistent(SampleGenerator.Budget(new SampleOptions { Seed = 3 })).IsConsistent.ShouldBeTrue();

    [Fact]
    public void Consistent_DocumentWithSlips_ThrowsListingFindings()
    {
        var ex = Should.Throw<BudgetAssertionException>(() => BudgetAssert.Consistent(HongshanBudget2021.Disclosure));
        ex.Message.ShouldContain("[Error] BUD.T11.SHARE at 表11[I:支出构成.基本支出,占比]");
        ex.Message.ShouldContain("35.14%");
    }

    [Fact]
    public void Violates_ExpectedRule_ReturnsFindings()
        => BudgetAssert.Violates(HongshanBudget2021.Disclosure, "BUD.T11.SHARE", count: 1).ShouldHaveSingleItem().RuleId.ShouldBe("BUD.T11.SHARE");

    [Fact]
    public void Violates_RuleNotViolated_Throws()
        => Should.Throw<BudgetAssertionException>(() => BudgetAssert.Violates(WuchangBudget2026.Disclosure, "BUD.T5-1.ROLLUP"))
            .Message.ShouldContain("Expected at least one finding(s) of rule BUD.T5-1.ROLLUP, found 0");

    [Fact]
    public void DoesNotViolate_RoundingOnly_Passes() => BudgetAssert.DoesNotViolate(WuchangBudget2026.Disclosure, "BUD.T5-1.ROLLUP");
}
