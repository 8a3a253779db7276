using CsCheck;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;
using Xunit.Abstractions;

namespace GovBudget.Tests.Generation;

public class SampleGeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public void Generate_SameOptions_SameDisclosure()
    {
        SampleGenerator.Budget(new SampleOptions { Seed = 42, Units = 3 }).ShouldBe(SampleGenerator.Budget(new SampleOptions { Seed = 42, Units = 3 }));
        SampleGenerator.Settlement(new SampleOptions { Seed = 42 }).ShouldNotBe(SampleGenerator.Settlement(new SampleOptions { Seed = 43 }));
    }

    [Fact]
    public void Generated_500Seeds_ValidateClean()
    {
        var count = 0;
        for (var seed = 0; seed < 500; seed++)
        {
            var options = new SampleOptions { Seed = seed, Units = 1 + (seed % 4) };
            Disclosure d = (seed % 3) switch
            {
                0 => SampleGenerator.Budget(options),
                1 => SampleGenerator.Settlement(options with { Year = 2023 }),
                _ => SampleGenerator.LegacyBudget(options with { Year = 2021 }),
            };
            var problems = d.Validate().Problems.ToList();
            problems.ShouldBeEmpty($"seed {seed}");
            count++;
        }

        output.WriteLine($"generator: {count} seeds validated clean");
    }

    [Fact]
    public void Generated_CodesAreInTheCatalog_AndProportionsPlausible()
    {
        var d = SampleGenerator.Budget(new SampleOptions { Seed = 5, Units = 3 });
        d.Validate().Findings.ShouldNotContain(f => f.RuleId.StartsWith("CAT.", StringComparison.Ordinal));
        var t51 = d.FindTable("表5-1")!;
        var total = t51.GetValue(GovBudget.Tables.RowKey.Total, "合计")!.Value.Value;
        var personnel = t51.GetValue(GovBudget.Tables.RowKey.Total, "人员经费")!.Value.Value;
        (personnel * 10 > total).ShouldBeTrue("personnel is a sizeable share");
        d.FindTable("表7")!.GetValue(GovBudget.Tables.RowKey.Total, "合计")!.Value.Value.ShouldBeLessThan(Amount.FromWanYuan(100m), "三公 is small");
    }

    [Fact]
    public void Property_InjectedFaults_AreAllFoundAndLocated()
    {
        var faults = 0;
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 5], Gen.Int[0, 2], Gen.Bool).Sample((seed, count, kind, exact) =>
        {
            var options = new SampleOptions { Seed = seed, Units = 2, Precision = exact ? Precision.Yuan2 : Precision.WanYuan2 };
            Disclosure d = kind switch
            {
                0 => SampleGenerator.Budget(options),
                1 => SampleGenerator.Settlement(options with { Year = 2023 }),
                _ => SampleGenerator.LegacyBudget(options with { Year = 2021 }),
            };
            var (faulty, injected) = FaultInjector.Inject(d, count, seed);
            injected.Count.ShouldBe(count);
            var problems = faulty.Validate().Problems.ToList();
            foreach (var fault in injected)
            {
                problems.ShouldContain(f => f.Location == fault.Address || f.Contributors.Any(c => c.Address == fault.Address), $"fault {fault} not located");
                faults++;
            }
        }, iter: 200);
        output.WriteLine($"fault injection: {faults} faults injected, all found and located");
    }
}
