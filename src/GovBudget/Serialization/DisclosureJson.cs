using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using GovBudget.Disclosures;
using GovBudget.Serialization.Json;
using GovBudget.Tables;

namespace GovBudget.Serialization;

/// <summary>
/// Reads and writes disclosures (and single tables) as JSON in the documented, versioned format
/// (<c>"schemaVersion": 1</c>; see <c>docs/json-format.md</c> and <see cref="OpenSchema"/>). Writing then reading gives
/// an equal disclosure. The metadata is source-generated, so the serializer is trim- and AOT-safe.
/// </summary>
/// <remarks>
/// Every problem with the input — malformed JSON, wrong types, unknown properties (rejected by default), bad codes or
/// amounts, structural problems found by the builders, documents deeper or larger than the limits of
/// <see cref="DisclosureJsonOptions"/> — throws <see cref="GovBudgetFormatException"/> with the JSON path, line and byte
/// position. Caller misuse (a <see langword="null"/> argument) throws <see cref="ArgumentNullException"/>.
/// </remarks>
public static class DisclosureJson
{
    /// <summary>
    /// The version of the format written (<c>"schemaVersion"</c>). Version 2 names the disclosure's table set
    /// (<c>"tableSet"</c>); version 1 files still read (their <c>layout</c> maps to <c>hubei.budget</c> or
    /// <c>hubei.budget.legacy</c>, settlements to <c>national.settlement</c>).
    /// </summary>
    public const int SchemaVersion = 2;

    /// <summary>The manifest name of the embedded JSON Schema (draft 2020-12).</summary>
    public const string SchemaResourceName = "GovBudget.Serialization.disclosure.schema.json";

    private static readonly ConcurrentDictionary<(int Depth, UnknownPropertyPolicy Policy, bool Indented, bool Ascii), JsonSerializerOptions> Cache = new();

    /// <summary>Writes <paramref name="disclosure"/> as a JSON string.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented (it could not have come from <see cref="Building.TableBuilder"/>).</exception>
    public static string Serialize(Disclosure disclosure, DisclosureJsonOptions? options = null)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(disclosure, options));

    /// <summary>Writes <paramref name="disclosure"/> as UTF-8 JSON bytes (without a BOM).</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static byte[] SerializeToUtf8Bytes(Disclosure disclosure, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return JsonSerializer.SerializeToUtf8Bytes(DisclosureJsonMapper.ToDto(disclosure), DisclosureInfo(options ?? DisclosureJsonOptions.Default));
    }

    /// <summary>Writes <paramref name="disclosure"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static void Serialize(Disclosure disclosure, Stream utf8Json, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, DisclosureJsonMapper.ToDto(disclosure), DisclosureInfo(options ?? DisclosureJsonOptions.Default));
    }

    /// <summary>Writes <paramref name="disclosure"/> to <paramref name="writer"/> (whose own settings apply).</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static void Serialize(Disclosure disclosure, Utf8JsonWriter writer, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, DisclosureJsonMapper.ToDto(disclosure), DisclosureInfo(options ?? DisclosureJsonOptions.Default));
    }

    /// <summary>Writes <paramref name="disclosure"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static Task SerializeAsync(Disclosure disclosure, Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.SerializeAsync(utf8Json, DisclosureJsonMapper.ToDto(disclosure), DisclosureInfo(options ?? DisclosureJsonOptions.Default), cancellationToken);
    }

    /// <summary>Reads a disclosure from a JSON string.</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a valid disclosure document.</exception>
    public static Disclosure Deserialize(string json, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DisclosureJsonOptions.Default;
        if (json.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options, null);
        }

        return Deserialize(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a disclosure from UTF-8 JSON (a leading BOM is skipped).</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a valid disclosure document.</exception>
    public static Disclosure Deserialize(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions? options = null)
        => ReadDocument(utf8Json, options ?? DisclosureJsonOptions.Default, null, static (dto, o) => DisclosureJsonMapper.ToModel(dto, o.TableSets), DisclosureInfo);

    /// <summary>Reads a disclosure from a stream of UTF-8 JSON, up to <see cref="DisclosureJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a valid disclosure document, or is too large.</exception>
    public static Disclosure Deserialize(Stream utf8Json, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DisclosureJsonOptions.Default;
        return Deserialize(ReadBounded(utf8Json, options), options);
    }

    /// <summary>Reads a disclosure from a stream of UTF-8 JSON, up to <see cref="DisclosureJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a valid disclosure document, or is too large.</exception>
    public static async ValueTask<Disclosure> DeserializeAsync(Stream utf8Json, DisclosureJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DisclosureJsonOptions.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxDocumentBytes)
            {
                throw TooLarge(options, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Writes one table as a JSON object (the <c>Table</c> shape of the format, without the disclosure around it).</summary>
    /// <exception cref="ArgumentException">A table cell cannot be represented.</exception>
    public static string SerializeTable(Table table, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.Serialize(DisclosureJsonMapper.ToStandaloneDto(table), TableInfo(options ?? DisclosureJsonOptions.Default));
    }

    /// <summary>Reads one table written by <see cref="SerializeTable"/>.</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a valid table.</exception>
    public static Table DeserializeTable(string json, DisclosureJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DisclosureJsonOptions.Default;
        if (json.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options, null);
        }

        return ReadDocument(Encoding.UTF8.GetBytes(json), options, null, static (dto, o) => DisclosureJsonMapper.ToModel(dto, "$", o.TableSets), TableInfo);
    }

    /// <summary>Opens the embedded JSON Schema (draft 2020-12) of the format; the caller disposes the stream.</summary>
    public static Stream OpenSchema()
        => typeof(DisclosureJson).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {SchemaResourceName} is missing.");

    internal static Disclosure ReadDisclosure(ReadOnlySpan<byte> utf8Json, DisclosureJsonOptions options, long lineNumber)
        => ReadDocument(utf8Json, options, lineNumber, static (dto, o) => DisclosureJsonMapper.ToModel(dto, o.TableSets), DisclosureInfo);

    internal static JsonTypeInfo<DisclosureDto> DisclosureInfo(DisclosureJsonOptions options)
        => (JsonTypeInfo<DisclosureDto>)SerializerOptions(options).GetTypeInfo(typeof(DisclosureDto));

    internal static GovBudgetFormatException TooLarge(DisclosureJsonOptions options, long? line)
        => new(string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {options.MaxDocumentBytes} bytes (DisclosureJsonOptions.MaxDocumentBytes)."), options.SourceName, line, null, "$");

    private static JsonTypeInfo<TableDto> TableInfo(DisclosureJsonOptions options)
        => (JsonTypeInfo<TableDto>)SerializerOptions(options).GetTypeInfo(typeof(TableDto));

    private static JsonSerializerOptions SerializerOptions(DisclosureJsonOptions options)
    {
        if (options.MaxDepth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDepth, "MaxDepth must be positive.");
        }

        return Cache.GetOrAdd((options.MaxDepth, options.UnknownProperties, options.WriteIndented, options.EscapeNonAscii), static key =>
        {
            var result = new JsonSerializerOptions(DisclosureJsonContext.Default.Options)
            {
                MaxDepth = key.Depth,
                WriteIndented = key.Indented,
                UnmappedMemberHandling = key.Policy == UnknownPropertyPolicy.Reject ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,
                Encoder = key.Ascii ? JavaScriptEncoder.Create(UnicodeRanges.BasicLatin) : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                NewLine = "\n",
            };
            result.MakeReadOnly();
            return result;
        });
    }

    private static TModel ReadDocument<TDto, TModel>(
        ReadOnlySpan<byte> utf8Json,
        DisclosureJsonOptions options,
        long? lineNumber,
        Func<TDto, DisclosureJsonOptions, TModel> map,
        Func<DisclosureJsonOptions, JsonTypeInfo<TDto>> info)
        where TDto : class
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options, lineNumber);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, info(options));
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (lineNumber ?? 0) + l + (lineNumber is null ? 1 : 0) : lineNumber;
            throw new GovBudgetFormatException(Reason(ex.Message), options.SourceName, line, ex.BytePositionInLine + 1, ex.Path ?? "$", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            throw new GovBudgetFormatException(ex.Message, options.SourceName, lineNumber, null, "$", ex);
        }

        if (dto is null)
        {
            throw new GovBudgetFormatException("The document is null; expected an object.", options.SourceName, lineNumber ?? 1, 1, "$");
        }

        try
        {
            return map(dto, options);
        }
        catch (JsonMappingException ex)
        {
            var position = JsonPathLocator.Locate(utf8Json, ex.Path, options.MaxDepth);
            var line = position is { } p ? (lineNumber is { } n ? n + p.Line - 1 : p.Line) : lineNumber;
            throw new GovBudgetFormatException(ex.Reason, options.SourceName, line, position?.Column, ex.Path, ex);
        }
    }

    private static string Reason(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " | LineNumber" })
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }

        return message;
    }

    private static byte[] ReadBounded(Stream stream, DisclosureJsonOptions options)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxDocumentBytes)
            {
                throw TooLarge(options, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
