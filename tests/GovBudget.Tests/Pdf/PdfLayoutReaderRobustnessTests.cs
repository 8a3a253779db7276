using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CsCheck;
using GovBudget.Pdf;
using Xunit.Abstractions;

namespace GovBudget.Tests.Pdf;

/// <summary>
/// Damaged PDFs, seeded: every one gives a result or <see cref="GovBudgetFormatException"/> naming the file, never
/// another exception, within the time bound. Sources: PDFs generated here (a ruled table, an image-only "scan", a
/// six-page document with a page without text) and, when the corpus is present, two published PDFs.
/// </summary>
public sealed class PdfLayoutReaderRobustnessTests(ITestOutputHelper output)
{
    private const int Iterations = 1200;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly PdfReadOptions Options = new() { Timeout = Bound };

    private enum Damage
    {
        Truncate,
        FlipBytes,
        RemoveObject,
        ZeroRange,
        DuplicateRange,
        BreakXref,
        RemoveText,
        WrongLength,
    }

    [Fact]
    public void Read_DamagedPdfs_GiveResultOrFormatExceptionWithinBound()
    {
        var sources = new List<(string Name, byte[] Bytes)>
        {
            ("table.pdf", PdfFixtures.Table()),
            ("scan.pdf", PdfFixtures.NoText()),
            ("pages.pdf", PdfFixtures.Pages(6)),
        };
        foreach (var name in new[] { "shanghai-putuo-government-office-2025-budget.pdf", "shanghai-putuo-social-work-2024-settlement.pdf" })
        {
            var path = Path.Combine(PdfFixtures.CorpusFolder, name);
            if (File.Exists(path))
            {
                sources.Add((name, File.ReadAllBytes(path)));
            }
            else
            {
                output.WriteLine($"corpus PDF {name} absent ({PdfFixtures.CorpusFolder}): damaging generated PDFs only");
                PdfFixtures.InCi.ShouldBeFalse($"CI=true requires the corpus ({path})");
            }
        }

        var outcomes = new ConcurrentDictionary<string, int>();
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        // Corpus PDFs are 100 times larger than the generated ones: one case in eight damages one of them.
        var gen = Gen.Select(Gen.Int[0, 7], Gen.Int[0, sources.Count - 1], Gen.Enum<Damage>(), Gen.Int);
        gen.Sample((pick, source, damage, seed) =>
        {
            var (name, original) = pick == 0 || sources.Count <= 3 ? sources[source] : sources[source % 3];
            var bytes = Apply(original, damage, new Random(seed));
            var sourceName = $"{name}#{damage}-{seed}";
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                var result = PdfLayoutReader.Read(stream, sourceName, Options);
                result.Document.Source.ShouldBe(sourceName);
                result.Document.Pages.ShouldNotBeEmpty();
                for (var i = 0; i < result.Document.Pages.Length; i++)
                {
                    var page = result.Document.Pages[i];
                    page.Number.ShouldBe(i + 1);
                    page.Words.ShouldAllBe(w => w.Page == page.Number && w.Text.Length > 0 && w.Box.Left <= w.Box.Right && w.Box.Bottom <= w.Box.Top);
                    page.Rules.ShouldAllBe(r => r.Page == page.Number);
                }

                outcome = result.HasTextLayer ? "read" : "read, no text layer";
            }
            catch (GovBudgetFormatException e)
            {
                e.SourceName.ShouldBe(sourceName);
                e.Message.ShouldStartWith(sourceName);
                outcome = "GovBudgetFormatException" + (e.Path is null ? string.Empty : " (page)");
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            elapsed.ShouldBeLessThan(Bound + TimeSpan.FromSeconds(1), sourceName);
            outcomes.AddOrUpdate($"{damage}: {outcome}", 1, static (_, n) => n + 1);
            lock (outcomes)
            {
                slowest = elapsed > slowest ? elapsed : slowest;
            }
        }, iter: Iterations);

        outcomes.Values.Sum().ShouldBe(Iterations);
        output.WriteLine($"{Iterations} damaged PDFs from {sources.Count} sources in {clock.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalMilliseconds:0} ms:");
        foreach (var (key, count) in outcomes.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {key}: {count}");
        }
    }

    private static byte[] Apply(byte[] original, Damage damage, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (damage)
        {
            case Damage.Truncate:
                return bytes[..random.Next(0, bytes.Length)];
            case Damage.FlipBytes:
                for (var i = random.Next(1, 17); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case Damage.RemoveObject:
                return RemoveObject(bytes, random);
            case Damage.ZeroRange:
            {
                var start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(random.Next(1, 512), bytes.Length - start));
                return bytes;
            }

            case Damage.DuplicateRange:
            {
                var start = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 2048), bytes.Length - start);
                var at = random.Next(bytes.Length);
                return [.. bytes[..at], .. bytes.AsSpan(start, length), .. bytes[at..]];
            }

            case Damage.BreakXref:
            {
                var text = Encoding.Latin1.GetString(bytes);
                var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
                if (at < 0)
                {
                    return bytes;
                }

                var tail = random.Next(3) switch
                {
                    0 => "startxref\n" + random.Next(0, bytes.Length * 2) + "\n%%EOF",
                    1 => "startxref\n-1\n%%EOF",
                    _ => string.Empty,
                };
                var xref = text.LastIndexOf("xref", at - 1, StringComparison.Ordinal);
                var head = random.Next(2) == 0 && xref > 0 ? text[..xref] : text[..at];
                return Encoding.Latin1.GetBytes(head + tail);
            }

            case Damage.RemoveText:
            {
                var text = Encoding.Latin1.GetString(bytes);
                return Encoding.Latin1.GetBytes(text.Replace(" Tj", " n ", StringComparison.Ordinal).Replace(" TJ", " n ", StringComparison.Ordinal));
            }

            case Damage.WrongLength:
            {
                var text = Encoding.Latin1.GetString(bytes);
                var builder = new StringBuilder(text.Length);
                var last = 0;
                for (var at = text.IndexOf("/Length ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Length ", at + 8, StringComparison.Ordinal))
                {
                    var end = at + 8;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }

                    if (end > at + 8 && random.Next(2) == 0)
                    {
                        builder.Append(text, last, at + 8 - last).Append(random.Next(0, 100_000));
                        last = end;
                    }
                }

                return Encoding.Latin1.GetBytes(builder.Append(text, last, text.Length - last).ToString());
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(damage));
        }
    }

    private static byte[] RemoveObject(byte[] bytes, Random random)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var starts = new List<int>();
        for (var at = text.IndexOf(" 0 obj", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" 0 obj", at + 6, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        if (starts.Count == 0)
        {
            return bytes;
        }

        var start = starts[random.Next(starts.Count)];
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return end < 0 ? bytes : Encoding.Latin1.GetBytes(text[..start] + text[(end + 6)..]);
    }
}
