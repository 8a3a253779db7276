using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using GovBudget.Building;
using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tables.Budget;

namespace GovBudget.Benchmarks;

/// <summary>
/// Validation of a consolidated 表5-1 with <see cref="Rows"/> leaf 项 (plus their 款, 类 and 合计 rows, rolled up), against
/// reading every cell once at the same size. Target: time per row within ±30% across sizes, memory linear.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    // Synthetic 项 codes are not in the built-in catalog: without this the run would measure 10⁵ CAT.CODE warnings.
    private static readonly ValidationOptions Options = new() { DisabledRules = ImmutableHashSet.Create("CAT.CODE") };

    private Disclosure _disclosure = null!;

    /// <summary>The number of leaf rows.</summary>
    [Params(100, 1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _disclosure = Build(Rows);

    [Benchmark(Baseline = true, Description = "enumerate every cell")]
    public long EnumerateCells() => Samples.EnumerateCells(_disclosure);

    [Benchmark(Description = "Validate (built-in budget rules)")]
    public int Validate() => _disclosure.Validate(Options).Findings.Count;

    /// <summary>A budget with one 表5-1 of <paramref name="leaves"/> 项 rows (unlabelled: synthetic codes have no catalog name); parents are rolled up by the builder.</summary>
    public static Disclosure Build(int leaves)
    {
        var random = new Random(leaves);
        return DisclosureBuilder.Budget(2026)
            .Department("506", "武汉市某区某局")
            .Unit("506001", "本级", UnitKind.Administrative)
            .Table(BudgetTables.GeneralBudgetByFunction, t =>
            {
                t.RollUp();
                for (var i = 0; i < leaves; i++)
                {
                    var code = ((201 + (i / 9801)) * 10_000) + ((((i / 99) % 99) + 1) * 100) + (i % 99) + 1;
                    var personnel = random.Next(0, 100_000);
                    var running = random.Next(0, 50_000);
                    var project = random.Next(0, 200_000);
                    t.Row(code.ToString(CultureInfo.InvariantCulture), label: null, Wan(personnel + running + project), Wan(personnel + running), Wan(personnel), Wan(running), Wan(project));
                }
            })
            .Build();
    }

    private static string Wan(int hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
