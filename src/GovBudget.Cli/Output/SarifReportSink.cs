using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Rules;
using GovBudget.Rules.Sets;

namespace GovBudget.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (the Static Analysis Results Interchange Format), so CI systems and code-scanning UIs can show findings:
/// one run, the rule catalogue as <c>tool.driver.rules</c>, one result per finding with the input file as physical
/// location and the cell address as logical location.
/// </summary>
internal sealed class SarifReportSink : IReportSink
{
    private readonly Utf8JsonWriter _writer;
    private readonly ReportSinkOptions _options;

    public SarifReportSink(ReportSinkOptions options)
    {
        _options = options;
        _writer = new Utf8JsonWriter(options.Output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        _writer.WriteStartObject();
        _writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", "govbudget");
        _writer.WriteString("informationUri", "https://github.com/govbudget/govbudget");
        _writer.WriteString("semanticVersion", typeof(Validator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        _writer.WriteStartArray("rules");
        foreach (var rule in BuiltInRuleSets.All.SelectMany(s => s.Rules).DistinctBy(r => r.Id))
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Id);
            _writer.WriteStartObject("shortDescription");
            _writer.WriteString("text", options.Language == "en" ? rule.DescriptionEn : rule.DescriptionZh);
            _writer.WriteEndObject();
            _writer.WriteStartObject("fullDescription");
            _writer.WriteString("text", rule.FormulaText);
            _writer.WriteEndObject();
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(rule.Class.DefaultSeverity()));
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteStartArray("results");
    }

    public void Add(ValidationItem item)
    {
        if (item.Report is null)
        {
            WriteResult("GB-INPUT", "error", item.Error ?? "unreadable input", item.File, null);
            return;
        }

        foreach (var finding in item.Report.Findings.Where(f => f.Severity >= _options.MinimumSeverity))
        {
            WriteResult(finding.RuleId, Level(finding.Severity), finding.Message(_options.Language), item.File, finding.Location.ToString());
        }

        _writer.Flush();
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error or Severity.Inconsistency => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private void WriteResult(string ruleId, string level, string message, string file, string? logical)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", ruleId);
        _writer.WriteString("level", level);
        _writer.WriteStartObject("message");
        _writer.WriteString("text", message);
        _writer.WriteEndObject();
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        _writer.WriteStartObject("artifactLocation");
        _writer.WriteString("uri", file.Replace('\\', '/'));
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        if (logical is not null)
        {
            _writer.WriteStartArray("logicalLocations");
            _writer.WriteStartObject();
            _writer.WriteString("fullyQualifiedName", logical);
            _writer.WriteString("kind", "member");
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }
}
