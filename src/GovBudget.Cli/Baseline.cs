using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Cli;

/// <summary>
/// A baseline: the findings a reviewer accepted (<c>--write-baseline</c> writes one, <c>--baseline</c> reads one).
/// A finding is identified by its rule id, the document it is in (kind, year, department code and name — not the file
/// name), its location (table, row, column) and the printed values it is about (actual, expected, printed rate) — never
/// by its message text or its place in the output, so that a reworded message, another language, another severity or
/// a reordered batch does not make an accepted finding new again, while a changed figure does. Each baseline entry
/// accepts one finding (two equal findings need two entries). The format is <c>docs/baseline.schema.json</c>.
/// </summary>
internal sealed class Baseline
{
    /// <summary>The <c>version</c> this tool writes and reads.</summary>
    public const int Version = 1;

    private readonly Dictionary<string, int> _remaining;

    private Baseline(Dictionary<string, int> counts) => _remaining = counts;

    /// <summary>The document identity of the baseline: kind, year, department code (may be empty) and name.</summary>
    public static string DocumentOf(Disclosure disclosure)
        => string.Create(CultureInfo.InvariantCulture, $"{(disclosure.Kind == DisclosureKind.Budget ? "budget" : "settlement")}/{disclosure.Year}/{disclosure.Department.Code}/{disclosure.Department.Name}");

    /// <summary>The key of a finding: every identifying field, separated by a character no field contains.</summary>
    private static string Key(string ruleId, string document, string location, string? actual, string? expected, string? rate)
        => string.Join('\u001f', ruleId, document, location, actual ?? string.Empty, expected ?? string.Empty, rate ?? string.Empty);

    private static string Key(string document, Finding finding)
        => Key(finding.RuleId, document, finding.Location.ToString(), finding.Actual?.ToString(), finding.Expected?.ToString(), finding.PrintedRate?.ToString());

    /// <summary>
    /// Takes the entry for <paramref name="finding"/> of <paramref name="disclosure"/> if the baseline still has one:
    /// <see langword="true"/> when the finding is accepted (suppressed).
    /// </summary>
    public bool Accepts(Disclosure disclosure, Finding finding)
    {
        lock (_remaining)
        {
            var key = Key(DocumentOf(disclosure), finding);
            if (_remaining.TryGetValue(key, out var count) && count > 0)
            {
                _remaining[key] = count - 1;
                return true;
            }

            return false;
        }
    }

    /// <summary>Reads a baseline file; malformed content throws <see cref="GovBudgetFormatException"/> naming the file and position.</summary>
    public static Baseline Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new GovBudgetFormatException("not valid JSON: " + Program.OneLine(ex.Message), file, ex.LineNumber + 1, ex.BytePositionInLine + 1);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw new GovBudgetFormatException("not a govbudget baseline (expected \"version\": 1)", file, null, null, "$.version");
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new GovBudgetFormatException("missing the array 'findings'", file, null, null, "$.findings");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var entry in findings.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.findings[{index++}]");
                string? Optional(string name) => entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                string Required(string name) => entry.ValueKind == JsonValueKind.Object && Optional(name) is { Length: > 0 } s
                    ? s
                    : throw new GovBudgetFormatException($"missing the string '{name}'", file, null, null, path + "." + name);
                var key = Key(Required("ruleId"), Required("document"), Required("location"), Optional("actual"), Optional("expected"), Optional("printedRate"));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return new Baseline(counts);
        }
    }

    /// <summary>Writes the findings at or above <paramref name="minimum"/> of every validated document as a baseline file.</summary>
    public static void Write(string file, IEnumerable<(Disclosure Disclosure, Finding Finding)> findings, Severity minimum)
    {
        using var stream = File.Create(file);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://github.com/govbudget/govbudget/blob/main/docs/baseline.schema.json");
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("findings");
        foreach (var (disclosure, finding) in findings.Where(f => f.Finding.Severity >= minimum))
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("document", DocumentOf(disclosure));
            writer.WriteString("location", finding.Location.ToString());
            if (finding.Actual is { } actual)
            {
                writer.WriteString("actual", actual.ToString());
            }

            if (finding.Expected is { } expected)
            {
                writer.WriteString("expected", expected.ToString());
            }

            if (finding.PrintedRate is { } rate)
            {
                writer.WriteString("printedRate", rate.ToString());
            }

            // For the reader of the file only: not part of the key.
            writer.WriteString("severity", ValidationSetup.SeverityNames[(int)finding.Severity]);
            writer.WriteString("message", finding.MessageZh);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
