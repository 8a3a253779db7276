using BenchmarkDotNet.Attributes;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Rules;

namespace GovBudget.Benchmarks;

/// <summary>
/// All built-in rules over one disclosure against a baseline that reads every cell of the largest seed once.
/// Targets: ≤ 5× the baseline and &lt; 50 µs on the largest seed; ≤ 16 KB allocated on a clean disclosure.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Disclosure _seed = null!;
    private Disclosure _clean = null!;
    private Disclosure _rounded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Samples.Load(Samples.Largest);
        _clean = SampleGenerator.Budget(new SampleOptions { Seed = 1, Units = 2, Precision = Precision.Yuan2 });
        _rounded = SampleGenerator.Budget(new SampleOptions { Seed = 1, Units = 2 });
    }

    [Benchmark(Baseline = true, Description = "enumerate every cell (seed)")]
    public long EnumerateCells() => Samples.EnumerateCells(_seed);

    [Benchmark(Description = "Validate seed (hongshan-2021, 10 findings)")]
    public int ValidateSeed() => _seed.Validate().Findings.Count;

    [Benchmark(Description = "Validate generated, clean (Units=2, 0.01 元)")]
    public int ValidateClean() => _clean.Validate().Findings.Count;

    [Benchmark(Description = "Validate generated, 30 尾差 infos (Units=2, 0.01 万元)")]
    public int ValidateRounded() => _rounded.Validate().Findings.Count;
}
