using BenchmarkDotNet.Attributes;
using GovBudget.Classification;

namespace GovBudget.Benchmarks;

/// <summary>
/// Code parsing and catalog lookup against a plain <see cref="Dictionary{TKey, TValue}"/> keyed by int (the baseline).
/// Target: 0 bytes allocated and at most 1.5× the baseline.
/// </summary>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    private static readonly string[] Printed = ["2080505", "2101501", "21011", "208", "2210201", "2101506", "2101550", "22102"];

    private SubjectCatalog<FunctionalCode> _catalog = null!;
    private Dictionary<int, string> _dictionary = null!;
    private int[] _values = null!;
    private FunctionalCode[] _codes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogSet.BuiltIn.Functional(2026);
        _dictionary = _catalog.Entries.ToDictionary(e => e.Code.Value, e => e.Name);
        _codes = [.. Printed.Select(p => FunctionalCode.Parse(p))];
        _values = [.. _codes.Select(c => c.Value)];
    }

    [Benchmark(Baseline = true, Description = "Dictionary<int,string> lookup")]
    public int DictionaryLookup()
    {
        var found = 0;
        foreach (var value in _values)
        {
            if (_dictionary.TryGetValue(value, out var name))
            {
                found += name.Length;
            }
        }

        return found;
    }

    [Benchmark(Description = "SubjectCatalog.TryGet")]
    public int CatalogLookup()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            if (_catalog.TryGet(code, out var entry))
            {
                found += entry.Name.Length;
            }
        }

        return found;
    }

    [Benchmark(Description = "FunctionalCode.TryParse + TryGet")]
    public int ParseAndLookup()
    {
        var found = 0;
        foreach (var text in Printed)
        {
            if (FunctionalCode.TryParse(text.AsSpan(), out var code) && _catalog.TryGet(code, out var entry))
            {
                found += entry.Name.Length;
            }
        }

        return found;
    }

    [Benchmark(Description = "int.Parse + Dictionary lookup")]
    public int IntParseAndDictionaryLookup()
    {
        var found = 0;
        foreach (var text in Printed)
        {
            if (int.TryParse(text.AsSpan(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && _dictionary.TryGetValue(value, out var name))
            {
                found += name.Length;
            }
        }

        return found;
    }
}
