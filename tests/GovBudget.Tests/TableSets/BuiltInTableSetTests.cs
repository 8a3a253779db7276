using GovBudget.TableSets;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.TableSets;

public sealed class BuiltInTableSetTests
{
    [Fact]
    public void BuiltIn_EveryDataFile_LoadsAsASet()
    {
        var ids = TableSetRegistry.BuiltIn.All.Select(s => s.Id).ToList();

        ids.ShouldBe(["hubei.budget", "hubei.budget.legacy", "national.settlement", "shanghai.budget", "shanghai.settlement", "shanghai.unit-budget"]);
    }
}
