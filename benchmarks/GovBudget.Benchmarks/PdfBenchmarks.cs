using BenchmarkDotNet.Attributes;
using GovBudget.Pdf;
using UglyToad.PdfPig;

namespace GovBudget.Benchmarks;

/// <summary>
/// Reading a published PDF (上海市普陀区商务委员会 2025 部门预算, WPS 表格, 26 pages, 164 KB, from the shared corpus
/// <c>../shared/corpus</c> beside the repository) into a layout document, against the floor: PdfPig opening the same
/// bytes and extracting the letters of every page. Target: ≤ 2× the baseline.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private const string File = "shanghai-putuo-commerce-2025-budget.pdf";

    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Samples.Folder, "..", "..", "shared", "corpus", File);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"PdfBenchmarks needs the shared PDF corpus: {Path.GetFullPath(path)} is absent.", path);
        }

        _bytes = System.IO.File.ReadAllBytes(path);
    }

    /// <summary>The floor: PdfPig's letters of every page (default options).</summary>
    [Benchmark(Baseline = true)]
    public long PdfPigLetters()
    {
        long count = 0;
        using var document = PdfDocument.Open(_bytes);
        for (var page = 1; page <= document.NumberOfPages; page++)
        {
            count += document.GetPage(page).Letters.Count;
        }

        return count;
    }

    /// <summary><see cref="PdfLayoutReader.Read(Stream, string, PdfReadOptions?)"/>: words, rules, diagnostics, bounded.</summary>
    [Benchmark]
    public int Read()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        var result = PdfLayoutReader.Read(stream, File);
        return result.Document.Pages.Sum(static p => p.Words.Length + p.Rules.Length);
    }
}
