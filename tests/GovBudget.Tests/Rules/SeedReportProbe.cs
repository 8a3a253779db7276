using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tests.Fixtures.Seeds;
using Xunit.Abstractions;

namespace GovBudget.Tests.Rules;

public class SeedReportProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var (name, d) in new (string, Disclosure)[] { ("wuchang", WuchangBudget2026.Disclosure), ("huangpi", HuangpiUnitBudget2023.Disclosure), ("hongshan2021", HongshanBudget2021.Disclosure), ("hongshan2023", HongshanSettlement2023.Disclosure) })
        {
            var report = d.Validate();
            output.WriteLine($"== {name}: {report}");
            foreach (var f in report.Findings)
            {
                output.WriteLine($"{f.Severity} {f.RuleId} {f.Location} | {f.MessageZh}");
            }
        }
    }
}
