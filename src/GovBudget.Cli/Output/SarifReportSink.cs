using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Rules;
using GovBudget.Rules.Sets;

namespace GovBudget.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (the Static Analysis Results Interchange Format), so CI systems and code-scanning UIs can show findings:
/// one run, the rule catalogue as <c>tool.driver.rules</c>, one result per finding with the input file as physical
/// location and the cell address as logical location. By the spec, not only the schema: <c>artifactLocation.uri</c> is a
/// valid URI reference (a percent-encoded relative reference against the <c>SRCROOT</c> base for relative paths, a
/// <c>file://</c> URI for absolute ones), every <c>ruleId</c> (with <see cref="InputRuleId"/> and
/// <see cref="InternalRuleId"/>) is in <c>tool.driver.rules</c>, every result has a region (the line and column of the
/// cell in a JSON document, the line of the document in JSON Lines, the position of a read error), and problems with
/// the inputs that are not about one document are <c>invocations[0].toolExecutionNotifications</c>.
/// </summary>
internal sealed class SarifReportSink : IReportSink
{
    /// <summary>The rule id of an unreadable input.</summary>
    public const string InputRuleId = "GB-INPUT";

    /// <summary>The rule id of an input whose validation failed for an internal reason.</summary>
    public const string InternalRuleId = "GB-INTERNAL";

    private const string BaseId = "SRCROOT";

    private readonly Utf8JsonWriter _writer;
    private readonly ReportSinkOptions _options;
    private readonly List<string> _notifications = [];
    private readonly List<(string File, RuleStatus Status)> _statuses = [];
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly SarifTextLines _textLines = new();

    public SarifReportSink(ReportSinkOptions options, IEnumerable<Rule> rules)
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
        WriteRule(InputRuleId, "输入文件无法读取", "The input cannot be read", "GovBudgetFormatException / I/O error", "error");
        WriteRule(InternalRuleId, "校验因内部错误中止", "Validation stopped on an internal error", "internal error", "error");
        // Every rule a result may name: the built-in sets, the sets loaded with --table-set and the --rules files.
        foreach (var rule in BuiltInRuleSets.All.SelectMany(s => s.Rules).Concat(rules).DistinctBy(r => r.Id))
        {
            _ruleIndex[rule.Id] = _ruleIndex.Count;
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
        _writer.WriteStartObject("originalUriBaseIds");
        _writer.WriteStartObject(BaseId);
        _writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartArray("results");
    }

    public void Notify(string message) => _notifications.Add(message);

    private void WriteRule(string id, string zh, string en, string full, string level)
    {
        _ruleIndex[id] = _ruleIndex.Count;
        _writer.WriteStartObject();
        _writer.WriteString("id", id);
        _writer.WriteStartObject("shortDescription");
        _writer.WriteString("text", _options.Language == "en" ? en : zh);
        _writer.WriteEndObject();
        _writer.WriteStartObject("fullDescription");
        _writer.WriteString("text", full);
        _writer.WriteEndObject();
        _writer.WriteStartObject("defaultConfiguration");
        _writer.WriteString("level", level);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    public void Add(ValidationItem item)
    {
        if (item.Report is null)
        {
            if (item.Error is not null)
            {
                WriteResult(item.Internal ? InternalRuleId : InputRuleId, "error", item.Error, item.File, null, (item.Line ?? 1, item.Utf8 is null ? null : item.Column));
            }

            _writer.Flush();
            return;
        }

        // Rules that did not run fully are said in the invocation's notifications (written at the end).
        _statuses.AddRange(item.Report.RuleStatuses.Where(s => s.State != RuleState.Ran).Select(s => (item.File, s)));
        for (var i = 0; i < item.Report.Findings.Count; i++)
        {
            var finding = item.Report.Findings[i];
            if (finding.Severity < _options.MinimumSeverity)
            {
                continue;
            }

            var baseline = !item.HasBaseline ? null : item.IsSuppressed(i) ? "unchanged" : "new";
            if (finding.Span is { } span && item.NarrativeFile is { } textFile)
            {
                // A finding located in the text: the text file is the artifact, the span its region (for a PDF, the
                // page in the property bag).
                WriteResult(finding.RuleId, Level(finding.Severity), finding.Message(_options.Language), textFile, finding.Location.ToString(), (span.Line, span.Column), span.Page, baseline, _textLines.Region(textFile, span));
                continue;
            }

            var region = item.Line is { } line ? (line, null) : SarifRegions.Locate(item.Utf8, item.Disclosure, finding.Location);
            WriteResult(finding.RuleId, Level(finding.Severity), finding.Message(_options.Language), item.File, finding.Location.ToString(), region, item.PageOf(finding.Location), baseline);
        }

        _writer.Flush();
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", true);
        if (_notifications.Count > 0 || _statuses.Count > 0)
        {
            _writer.WriteStartArray("toolExecutionNotifications");
            foreach (var message in _notifications)
            {
                _writer.WriteStartObject();
                _writer.WriteString("level", "error");
                _writer.WriteStartObject("message");
                _writer.WriteString("text", message);
                _writer.WriteEndObject();
                _writer.WriteEndObject();
            }

            foreach (var (file, status) in _statuses)
            {
                // A rule that ran partly, could not check anything, did not apply or was disabled: a note naming the rule.
                _writer.WriteStartObject();
                _writer.WriteString("level", "note");
                _writer.WriteStartObject("message");
                _writer.WriteString("text", $"{file}: {status.Message(_options.Language)}");
                _writer.WriteEndObject();
                _writer.WriteStartObject("associatedRule");
                _writer.WriteString("id", status.RuleId);
                if (_ruleIndex.TryGetValue(status.RuleId, out var index))
                {
                    _writer.WriteNumber("index", index);
                }

                _writer.WriteEndObject();
                _writer.WriteStartObject("properties");
                _writer.WriteString("state", status.State switch
                {
                    RuleState.Partly => "partly",
                    RuleState.NotChecked => "notChecked",
                    RuleState.NotApplicable => "notApplicable",
                    _ => "disabled",
                });
                _writer.WriteEndObject();
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
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

    private void WriteResult(string ruleId, string level, string message, string file, string? logical, (long Line, long? Column) region, int? page = null, string? baselineState = null, SarifTextRegion? textRegion = null)
    {
        // A PDF is a binary artifact: SARIF text regions (startLine) do not apply to it, so its results carry no region
        // and name the page of the cell in the result's property bag instead.
        var binary = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", ruleId);
        if (_ruleIndex.TryGetValue(ruleId, out var index))
        {
            _writer.WriteNumber("ruleIndex", index);
        }

        _writer.WriteString("level", level);
        _writer.WriteStartObject("message");
        _writer.WriteString("text", message);
        _writer.WriteEndObject();
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        _writer.WriteStartObject("artifactLocation");
        var (uri, relative) = SarifRegions.Uri(file);
        _writer.WriteString("uri", uri);
        if (relative)
        {
            _writer.WriteString("uriBaseId", BaseId);
        }

        _writer.WriteEndObject();
        if (!binary && textRegion is { } text)
        {
            _writer.WriteStartObject("region");
            _writer.WriteNumber("startLine", text.StartLine);
            _writer.WriteNumber("startColumn", text.StartColumn);
            _writer.WriteNumber("endLine", text.EndLine);
            _writer.WriteNumber("endColumn", text.EndColumn);
            _writer.WriteEndObject();
        }
        else if (!binary)
        {
            _writer.WriteStartObject("region");
            _writer.WriteNumber("startLine", Math.Max(1, region.Line));
            if (region.Column is { } column and >= 1)
            {
                _writer.WriteNumber("startColumn", column);
            }

            _writer.WriteEndObject();
        }

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
        if (baselineState is not null)
        {
            // SARIF §3.27.24 baselineState and §3.35 suppressions: a finding the --baseline file accepts is "unchanged"
            // and suppressed outside the tool (kind "external"); the others are "new".
            _writer.WriteString("baselineState", baselineState);
            if (baselineState == "unchanged")
            {
                _writer.WriteStartArray("suppressions");
                _writer.WriteStartObject();
                _writer.WriteString("kind", "external");
                _writer.WriteString("justification", _options.Language == "en" ? "accepted in the baseline file" : "已在基线文件中接受");
                _writer.WriteEndObject();
                _writer.WriteEndArray();
            }
        }

        if (page is { } p)
        {
            _writer.WriteStartObject("properties");
            _writer.WriteNumber("page", p);
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }
}
