using System.Text;
using CsCheck;
using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Tests.Serialization;

public class DisclosureJsonLinesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static Disclosure[] Seeds => [.. SeedDocuments.All.Values];

    [Fact]
    public void Read_WrittenSeeds_EqualOriginalsInOrder()
    {
        using var stream = new MemoryStream();
        DisclosureJsonLines.Write(stream, Seeds);
        stream.Position = 0;

        DisclosureJsonLines.Read(stream).ToArray().ShouldBe(Seeds);
    }

    [Fact]
    public void Write_Seeds_WritesOneCompactDocumentPerLine()
    {
        using var stream = new MemoryStream();
        DisclosureJsonLines.Write(stream, Seeds);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');

        lines.Length.ShouldBe(Seeds.Length + 1);
        lines[^1].ShouldBeEmpty();
        lines.Take(Seeds.Length).ShouldAllBe(l => l.StartsWith("{\"schemaVersion\":2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_WrittenAsync_EqualOriginals()
    {
        using var stream = new MemoryStream();
        await DisclosureJsonLines.WriteAsync(stream, Seeds);
        stream.Position = 0;

        var back = new List<Disclosure>();
        await foreach (var disclosure in DisclosureJsonLines.ReadAsync(stream))
        {
            back.Add(disclosure);
        }

        back.ShouldBe(Seeds);
    }

    [Fact]
    public void Read_GeneratedBatches_RoundTrip()
        => DisclosureGen.Disclosure.Array[0, 4].Sample(
            batch =>
            {
                using var stream = new MemoryStream();
                DisclosureJsonLines.Write(stream, batch);
                stream.Position = 0;
                return DisclosureJsonLines.Read(stream).SequenceEqual(batch);
            },
            iter: 100,
            threads: 1);

    [Fact]
    public void Read_CrLfAndBlankLines_AreAccepted()
    {
        var json = DisclosureJson.Serialize(Seeds[0], new DisclosureJsonOptions { WriteIndented = false });
        var bytes = Encoding.UTF8.GetBytes("\r\n" + json + "\r\n\n  \n" + json);

        DisclosureJsonLines.Read(new MemoryStream(bytes)).Count().ShouldBe(2);
    }

    [Fact]
    public void Read_BadLine_ThrowsWithBatchLineNumber_AfterYieldingEarlierLines()
    {
        var json = DisclosureJson.Serialize(Seeds[0], new DisclosureJsonOptions { WriteIndented = false });
        var bytes = Encoding.UTF8.GetBytes(json + "\n" + json + "\n" + json.Replace("\"year\":2026", "\"year\":\"x\"", StringComparison.Ordinal) + "\n");
        var read = 0;

        var ex = Should.Throw<GovBudgetFormatException>(() =>
        {
            foreach (var _ in DisclosureJsonLines.Read(new MemoryStream(bytes)))
            {
                read++;
            }
        });

        read.ShouldBe(2);
        ex.LineNumber.ShouldBe(3);
        ex.Path.ShouldBe("$.year");
    }

    [Fact]
    public void Read_LineLongerThanLimit_Throws()
    {
        var json = DisclosureJson.Serialize(Seeds[0], new DisclosureJsonOptions { WriteIndented = false });
        var bytes = Encoding.UTF8.GetBytes("\n" + json + "\n");

        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureJsonLines.Read(new MemoryStream(bytes), new DisclosureJsonOptions { MaxDocumentBytes = 1000 }).ToList());

        ex.LineNumber.ShouldBe(2);
    }

    [Fact]
    public void Read_ManyDocuments_StreamsLazily()
    {
        // 2,000 documents come from a stream that produces them on demand; the reader pulls only what it needs.
        var line = Encoding.UTF8.GetBytes(DisclosureJson.Serialize(Seeds[1], new DisclosureJsonOptions { WriteIndented = false }) + "\n");
        using var source = new RepeatingStream(line, 2000);
        using var enumerator = DisclosureJsonLines.Read(source).GetEnumerator();

        enumerator.MoveNext().ShouldBeTrue();
        source.Position.ShouldBeLessThan(line.Length + (64 * 1024) + 1);
        var count = 1;
        while (enumerator.MoveNext())
        {
            count++;
        }

        count.ShouldBe(2000);
    }

    [Fact]
    public void Read_MutatedBatch_OnlyGovBudgetFormatExceptionEscapes()
    {
        using var stream = new MemoryStream();
        DisclosureJsonLines.Write(stream, Seeds);
        var batch = stream.ToArray();
        var random = new Random(1234);
        int rejected = 0, accepted = 0;
        var failures = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var mutant = (byte[])batch.Clone();
            for (var k = 0; k < 3; k++)
            {
                var alphabet = "{}[],:\"\n\r0-a"u8;
                mutant[random.Next(mutant.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                accepted += DisclosureJsonLines.Read(new MemoryStream(mutant)).Count() == Seeds.Length ? 1 : 0;
            }
            catch (GovBudgetFormatException)
            {
                rejected++;
            }
            catch (Exception ex)
            {
                failures.Add($"case {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        output.WriteLine($"JSON Lines mutation test: 1000 cases, {rejected} rejected, {accepted} accepted with every document");
        failures.Take(5).ShouldBeEmpty();
    }

    private sealed class RepeatingStream(byte[] line, int times) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = (long)line.Length * times;
            var n = (int)Math.Min(count, total - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = line[(_position + i) % line.Length];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
