using System.Buffers;
using System.Runtime.CompilerServices;
using GovBudget.Disclosures;

namespace GovBudget.Serialization;

/// <summary>
/// Reads and writes batches of disclosures as JSON Lines (one compact <see cref="DisclosureJson"/> document per line,
/// UTF-8, <c>\n</c>-separated). Reading and writing stream: memory stays bounded by the largest line
/// (<see cref="DisclosureJsonOptions.MaxDocumentBytes"/>), not by the batch.
/// </summary>
/// <remarks>Blank lines are skipped; a <c>\r</c> before <c>\n</c> is accepted. Errors carry the 1-based line of the batch.</remarks>
public static class DisclosureJsonLines
{
    private const int ChunkSize = 64 * 1024;

    private static readonly byte[] Newline = [(byte)'\n'];

    /// <summary>Writes each disclosure as one line.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static void Write(Stream utf8Output, IEnumerable<Disclosure> disclosures, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        ArgumentNullException.ThrowIfNull(disclosures);
        var compact = Compact(options);
        foreach (var disclosure in disclosures)
        {
            utf8Output.Write(DisclosureJson.SerializeToUtf8Bytes(disclosure, compact));
            utf8Output.WriteByte((byte)'\n');
        }

        utf8Output.Flush();
    }

    /// <summary>Writes each disclosure as one line.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static async Task WriteAsync(Stream utf8Output, IAsyncEnumerable<Disclosure> disclosures, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        ArgumentNullException.ThrowIfNull(disclosures);
        var compact = Compact(options);
        await foreach (var disclosure in disclosures.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await utf8Output.WriteAsync(DisclosureJson.SerializeToUtf8Bytes(disclosure, compact), cancellationToken).ConfigureAwait(false);
            await utf8Output.WriteAsync(Newline, cancellationToken).ConfigureAwait(false);
        }

        await utf8Output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes each disclosure as one line.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static Task WriteAsync(Stream utf8Output, IEnumerable<Disclosure> disclosures, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        return WriteAsync(utf8Output, ToAsync(disclosures), options, cancellationToken);
    }

    /// <summary>Reads the disclosures one line at a time, lazily.</summary>
    /// <exception cref="GovBudgetFormatException">A line is not a valid disclosure document, or is longer than the limit (thrown when that line is reached).</exception>
    public static IEnumerable<Disclosure> Read(Stream utf8Input, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Input);
        return ReadCore(utf8Input, options ?? DisclosureJsonOptions.Default);
    }

    /// <summary>Reads the disclosures one line at a time, asynchronously.</summary>
    /// <exception cref="GovBudgetFormatException">A line is not a valid disclosure document, or is longer than the limit (thrown when that line is reached).</exception>
    public static IAsyncEnumerable<Disclosure> ReadAsync(Stream utf8Input, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Input);
        return ReadCoreAsync(utf8Input, options ?? DisclosureJsonOptions.Default, cancellationToken);
    }

    /// <summary>
    /// The non-blank lines of a JSON Lines stream, unparsed, with their 1-based line numbers, so that a caller can parse
    /// them in parallel with <see cref="ReadLine"/>. A line longer than the limit throws as in <see cref="Read"/>, after
    /// the lines before it have been returned.
    /// </summary>
    internal static IEnumerable<(long LineNumber, byte[] Utf8)> ReadRawLines(Stream input, DisclosureJsonOptions options)
    {
        var splitter = new LineSplitter(options);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            foreach (var line in splitter.Push(chunk.AsSpan(0, read)))
            {
                yield return line.Utf8 is null ? throw DisclosureJson.TooLarge(options, line.LineNumber) : (line.LineNumber, line.Utf8);
            }
        }

        if (splitter.Finish() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Reads one line returned by <see cref="ReadRawLines"/> (errors carry its line number).</summary>
    internal static Disclosure ReadLine(ReadOnlySpan<byte> utf8, DisclosureJsonOptions options, long lineNumber)
        => DisclosureJson.ReadDisclosure(utf8, options, lineNumber);

    private static IEnumerable<Disclosure> ReadCore(Stream input, DisclosureJsonOptions options)
    {
        // Each line is parsed only when the caller asks for it, so every good line before a bad one is yielded first.
        foreach (var (number, utf8) in ReadRawLines(input, options))
        {
            yield return DisclosureJson.ReadDisclosure(utf8, options, number);
        }
    }

    private static async IAsyncEnumerable<Disclosure> ReadCoreAsync(Stream input, DisclosureJsonOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var splitter = new LineSplitter(options);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            foreach (var (number, utf8) in splitter.Push(chunk.AsSpan(0, read)))
            {
                yield return utf8 is null ? throw DisclosureJson.TooLarge(options, number) : DisclosureJson.ReadDisclosure(utf8, options, number);
            }
        }

        if (splitter.Finish() is { } last)
        {
            yield return DisclosureJson.ReadDisclosure(last.Utf8, options, last.LineNumber);
        }
    }

    private static DisclosureJsonOptions Compact(DisclosureJsonOptions? options)
        => (options ?? DisclosureJsonOptions.Default) with { WriteIndented = false };

#pragma warning disable CS1998 // The adapter has nothing to await.
    private static async IAsyncEnumerable<Disclosure> ToAsync(IEnumerable<Disclosure> items)
#pragma warning restore CS1998
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    /// <summary>
    /// Collects bytes into non-blank lines bounded by MaxDocumentBytes. A line over the limit is returned as a
    /// <see langword="null"/> text after the complete lines before it, and ends the splitting.
    /// </summary>
    private sealed class LineSplitter(DisclosureJsonOptions options)
    {
        private readonly ArrayBufferWriter<byte> _line = new();
        private long _lineNumber = 1;
        private bool _tooLong;

        public List<(long LineNumber, byte[]? Utf8)> Push(ReadOnlySpan<byte> span)
        {
            var result = new List<(long, byte[]?)>();
            while (!span.IsEmpty && !_tooLong)
            {
                var newline = span.IndexOf((byte)'\n');
                var part = newline < 0 ? span : span[..newline];
                // Nothing is added to the limit, which may be long.MaxValue; one extra byte allows a trailing CR.
                if ((long)_line.WrittenCount + part.Length - 1 > options.MaxDocumentBytes)
                {
                    _tooLong = true;
                    result.Add((_lineNumber, null));
                    break;
                }

                _line.Write(part);
                if (newline < 0)
                {
                    break;
                }

                if (Take() is { } line)
                {
                    result.Add(line);
                }

                span = span[(newline + 1)..];
            }

            return result;
        }

        public (long LineNumber, byte[] Utf8)? Finish() => _tooLong ? null : Take();

        private (long LineNumber, byte[] Utf8)? Take()
        {
            var span = _line.WrittenSpan;
            if (!span.IsEmpty && span[^1] == (byte)'\r')
            {
                span = span[..^1];
            }

            var result = span.Trim(" \t"u8).IsEmpty ? ((long, byte[])?)null : (_lineNumber, span.ToArray());
            _lineNumber++;
            _line.Clear();
            return result;
        }
    }
}
