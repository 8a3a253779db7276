using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Benchmarks;

/// <summary>
/// Reading and writing the largest seed document. Each category has its own baseline: a raw
/// <see cref="Utf8JsonReader"/> pass over the same bytes (Read), and a raw <see cref="Utf8JsonWriter"/> writing the same
/// tokens and values (Write) with the same writer settings. Target: ≥ 40% of the baseline's throughput (ratio ≤ 2.5).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes it in GlobalCleanup.")]
public class JsonBenchmarks
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
    private byte[] _bytes = null!;
    private Disclosure _disclosure = null!;
    private (JsonTokenType Type, string? Text, byte[]? Raw)[] _tokens = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Samples.Bytes(Samples.Largest);
        _disclosure = DisclosureJson.Deserialize(_bytes);
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);

        // The tokens of the document as the serializer writes it, so the raw writer writes the same values.
        var written = Write();
        var tokens = new List<(JsonTokenType, string?, byte[]?)>();
        var reader = new Utf8JsonReader(written);
        while (reader.Read())
        {
            tokens.Add(reader.TokenType switch
            {
                JsonTokenType.PropertyName or JsonTokenType.String => (reader.TokenType, reader.GetString(), null),
                JsonTokenType.Number => (reader.TokenType, null, reader.ValueSpan.ToArray()),
                _ => (reader.TokenType, null, null),
            });
        }

        _tokens = [.. tokens];
    }

    [GlobalCleanup]
    public void Cleanup() => _writer?.Dispose();

    [BenchmarkCategory("Read"), Benchmark(Baseline = true, Description = "Utf8JsonReader pass")]
    public int ReadRaw()
    {
        var reader = new Utf8JsonReader(_bytes);
        var n = 0;
        while (reader.Read())
        {
            n += reader.ValueSpan.Length;
        }

        return n;
    }

    [BenchmarkCategory("Read"), Benchmark(Description = "DisclosureJson.Deserialize")]
    public Disclosure Deserialize() => DisclosureJson.Deserialize(_bytes);

    [BenchmarkCategory("Write"), Benchmark(Baseline = true, Description = "Utf8JsonWriter, same tokens")]
    public int WriteRaw()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        foreach (var (type, text, raw) in _tokens)
        {
            switch (type)
            {
                case JsonTokenType.StartObject: _writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: _writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: _writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: _writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName: _writer.WritePropertyName(text!); break;
                case JsonTokenType.String: _writer.WriteStringValue(text); break;
                case JsonTokenType.Number: _writer.WriteRawValue(raw!, skipInputValidation: true); break;
                case JsonTokenType.True: _writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: _writer.WriteBooleanValue(false); break;
                default: _writer.WriteNullValue(); break;
            }
        }

        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [BenchmarkCategory("Write"), Benchmark(Description = "DisclosureJson.Serialize")]
    public int Serialize() => Write().Length;

    private ReadOnlySpan<byte> Write()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        DisclosureJson.Serialize(_disclosure, _writer);
        _writer.Flush();
        return _buffer.WrittenSpan;
    }
}
