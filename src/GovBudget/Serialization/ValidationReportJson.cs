using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Serialization;

/// <summary>
/// Reads and writes validation reports as JSON (<c>"schemaVersion": 1</c>): every finding with its rule id, severity,
/// location, values, intervals, rates, contributors and both messages. Writing then reading gives an equal report.
/// Amounts are strings in 元 (<c>"401300"</c>), intervals <c>["lower", "upper"]</c>, rates as printed (<c>"35.14%"</c>).
/// </summary>
public static class ValidationReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>Writes a report as a JSON string.</summary>
    public static string Serialize(ValidationReport report)
    {
        using var stream = new MemoryStream();
        Serialize(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    public static void Serialize(ValidationReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        Write(report, writer);
    }

    /// <summary>Writes a report to a JSON writer (the caller's settings apply).</summary>
    public static void Write(ValidationReport report, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteString("language", report.Language);
        writer.WriteNumber("rulesRun", report.RulesRun);
        writer.WriteStartObject("counts");
        foreach (var severity in Enum.GetValues<Severity>())
        {
            writer.WriteNumber(Name(severity), report.Count(severity));
        }

        writer.WriteEndObject();
        if (report.NotChecked.Count > 0)
        {
            writer.WriteStartArray("notChecked");
            foreach (var n in report.NotChecked)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", n.RuleId);
                writer.WriteString("table", n.TableId);
                if (n.ColumnId is { } column)
                {
                    writer.WriteString("column", column);
                }

                if (n.Row is { } row)
                {
                    writer.WriteString("row", row.ToString());
                }

                writer.WriteString("reason", ReasonName(n.Reason));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (report.RuleStatuses.Count > 0)
        {
            // Per rule: ran, partly, not checked, not applicable or disabled, and why — "rulesRun" alone does not say
            // how much could be checked.
            writer.WriteStartObject("rules");
            foreach (var state in Enum.GetValues<RuleState>())
            {
                writer.WriteNumber(StateName(state), report.CountRules(state));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("ruleStatus");
            foreach (var status in report.RuleStatuses)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", status.RuleId);
                writer.WriteString("state", StateName(status.State));
                writer.WriteNumber("findings", status.Findings);
                if (status.Checks is { } checks)
                {
                    writer.WriteNumber("checks", checks);
                }

                if (status.NotCheckedCount > 0)
                {
                    writer.WriteNumber("notChecked", status.NotCheckedCount);
                }

                if (status.Reasons.Count > 0)
                {
                    writer.WriteStartArray("reasons");
                    foreach (var reason in status.Reasons)
                    {
                        writer.WriteStringValue(ReasonName(reason));
                    }

                    writer.WriteEndArray();
                }

                if (status.AbsentTable is { } absent)
                {
                    writer.WriteString("absentTable", absent);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", f.RuleId);
            writer.WriteString("severity", Name(f.Severity));
            WriteAddress(writer, "location", f.Location);
            writer.WriteString("messageZh", f.MessageZh);
            writer.WriteString("messageEn", f.MessageEn);
            WriteAmount(writer, "actual", f.Actual);
            WriteInterval(writer, "actualInterval", f.ActualInterval);
            WriteAmount(writer, "expected", f.Expected);
            WriteInterval(writer, "expectedInterval", f.ExpectedInterval);
            WriteAmount(writer, "difference", f.Difference);
            WriteAmount(writer, "excess", f.Excess);
            writer.WriteBoolean("withinRounding", f.WithinRounding);
            if (f.PrintedRate is { } rate)
            {
                writer.WriteString("printedRate", rate.ToString());
            }

            if (f.ComputedRate is { } computed)
            {
                writer.WriteString("computedRate", computed.ToString(CultureInfo.InvariantCulture));
            }

            if (f.Span is { } span)
            {
                writer.WriteStartObject("span");
                writer.WriteNumber("page", span.Page);
                writer.WriteNumber("line", span.Line);
                writer.WriteNumber("column", span.Column);
                writer.WriteNumber("endPage", span.EndPage);
                writer.WriteNumber("endLine", span.EndLine);
                writer.WriteNumber("endColumn", span.EndColumn);
                writer.WriteEndObject();
            }

            writer.WriteStartArray("contributors");
            foreach (var c in f.Contributors)
            {
                writer.WriteStartObject();
                WriteAddress(writer, "address", c.Address);
                if (c.Value is { } value)
                {
                    writer.WriteString("value", value.ToString());
                }

                if (c.Missing)
                {
                    writer.WriteBoolean("missing", true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Reads a report written by <see cref="Serialize(ValidationReport)"/>.</summary>
    /// <exception cref="GovBudgetFormatException">The input is not a report; the message gives the JSON path.</exception>
    public static ValidationReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Internal.JsonInput.Parse(json, null);

        using (document)
        {
            try
            {
                var root = document.RootElement;
                if (Int(root, "schemaVersion", "$") != 1)
                {
                    throw new GovBudgetFormatException("unsupported schemaVersion (expected 1)", null, null, null, "$.schemaVersion");
                }

                var findings = new List<Finding>();
                var index = 0;
                foreach (var f in Array(root, "findings", "$"))
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"$.findings[{index++}]");
                    var contributors = new List<Contributor>();
                    var c = 0;
                    foreach (var item in Array(f, "contributors", path))
                    {
                        var cp = string.Create(CultureInfo.InvariantCulture, $"{path}.contributors[{c++}]");
                        contributors.Add(new Contributor(
                            Address(item, "address", cp),
                            OptionalString(item, "value") is { } v ? Parse(() => ReportedValue.Parse(v, CultureInfo.InvariantCulture), cp + ".value") : null,
                            item.TryGetProperty("missing", out var m) && m.ValueKind == JsonValueKind.True));
                    }

                    findings.Add(new Finding(String(f, "ruleId", path), ParseSeverity(String(f, "severity", path), path + ".severity"), Address(f, "location", path))
                    {
                        MessageZh = String(f, "messageZh", path),
                        MessageEn = String(f, "messageEn", path),
                        Actual = OptionalAmount(f, "actual", path),
                        ActualInterval = OptionalInterval(f, "actualInterval", path),
                        Expected = OptionalAmount(f, "expected", path),
                        ExpectedInterval = OptionalInterval(f, "expectedInterval", path),
                        Difference = OptionalAmount(f, "difference", path),
                        Excess = OptionalAmount(f, "excess", path),
                        WithinRounding = f.TryGetProperty("withinRounding", out var w) && w.ValueKind == JsonValueKind.True,
                        PrintedRate = OptionalString(f, "printedRate") is { } pr ? Parse(() => Percentage.Parse(pr, CultureInfo.InvariantCulture), path + ".printedRate") : null,
                        ComputedRate = OptionalString(f, "computedRate") is { } cr ? Parse(() => decimal.Parse(cr, NumberStyles.Number, CultureInfo.InvariantCulture), path + ".computedRate") : null,
                        Span = f.TryGetProperty("span", out var sp) && sp.ValueKind == JsonValueKind.Object
                            ? new TextSpan(Int(sp, "page", path + ".span"), Int(sp, "line", path + ".span"), Int(sp, "column", path + ".span"), Int(sp, "endPage", path + ".span"), Int(sp, "endLine", path + ".span"), Int(sp, "endColumn", path + ".span"))
                            : null,
                        Contributors = contributors.ToEquatableArray(),
                    });
                }

                var notChecked = new List<NotChecked>();
                if (root.TryGetProperty("notChecked", out var skipped) && skipped.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var n in skipped.EnumerateArray())
                    {
                        var path = string.Create(CultureInfo.InvariantCulture, $"$.notChecked[{i++}]");
                        var reason = ParseReason(String(n, "reason", path), path + ".reason");
                        var row = OptionalString(n, "row") is { } r ? Parse(() => RowKey.Parse(r, CultureInfo.InvariantCulture), path + ".row") : (RowKey?)null;
                        notChecked.Add(new NotChecked(String(n, "ruleId", path), String(n, "table", path), OptionalString(n, "column"), reason) { Row = row });
                    }
                }

                var statuses = new List<RuleStatus>();
                if (root.TryGetProperty("ruleStatus", out var ruleStatus) && ruleStatus.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var r in ruleStatus.EnumerateArray())
                    {
                        var path = string.Create(CultureInfo.InvariantCulture, $"$.ruleStatus[{i++}]");
                        var reasons = new List<NotCheckedReason>();
                        if (r.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array)
                        {
                            var k = 0;
                            foreach (var reason in list.EnumerateArray())
                            {
                                var at = string.Create(CultureInfo.InvariantCulture, $"{path}.reasons[{k++}]");
                                reasons.Add(ParseReason(reason.ValueKind == JsonValueKind.String ? reason.GetString()! : string.Empty, at));
                            }
                        }

                        statuses.Add(new RuleStatus(String(r, "ruleId", path), ParseState(String(r, "state", path), path + ".state"))
                        {
                            Findings = Int(r, "findings", path),
                            Checks = r.TryGetProperty("checks", out _) ? Int(r, "checks", path) : null,
                            NotCheckedCount = r.TryGetProperty("notChecked", out _) ? Int(r, "notChecked", path) : 0,
                            Reasons = reasons.ToEquatableArray(),
                            AbsentTable = OptionalString(r, "absentTable"),
                        });
                    }
                }

                return new ValidationReport(findings.ToEquatableArray(), Int(root, "rulesRun", "$"), OptionalString(root, "language") ?? "zh")
                {
                    NotChecked = notChecked.ToEquatableArray(),
                    RuleStatuses = statuses.ToEquatableArray(),
                };
            }
            catch (InvalidOperationException ex)
            {
                throw new GovBudgetFormatException("a value has the wrong JSON type: " + ex.Message, null, null, null, "$", ex);
            }
        }
    }

    private static readonly string[] ReasonNames = ["columnNotPrinted", "operandsBlank", "tableAbsent", "guardNotMet", "subjectNotFound", "noText"];

    private static readonly string[] StateNames = ["ran", "partly", "notChecked", "notApplicable", "disabled"];

    private static string ReasonName(NotCheckedReason reason)
        => (int)reason >= 0 && (int)reason < ReasonNames.Length ? ReasonNames[(int)reason] : throw new ArgumentOutOfRangeException(nameof(reason), reason, "No JSON name for this reason.");

    private static NotCheckedReason ParseReason(string text, string path)
    {
        var index = System.Array.IndexOf(ReasonNames, text);
        return index >= 0 ? (NotCheckedReason)index : throw new GovBudgetFormatException($"unknown reason '{text}' ({string.Join(", ", ReasonNames)})", null, null, null, path);
    }

    private static string StateName(RuleState state)
        => (int)state >= 0 && (int)state < StateNames.Length ? StateNames[(int)state] : throw new ArgumentOutOfRangeException(nameof(state), state, "No JSON name for this state.");

    private static RuleState ParseState(string text, string path)
    {
        var index = System.Array.IndexOf(StateNames, text);
        return index >= 0 ? (RuleState)index : throw new GovBudgetFormatException($"unknown rule state '{text}' ({string.Join(", ", StateNames)})", null, null, null, path);
    }

    private static string Name(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Inconsistency => "inconsistency",
        _ => "error",
    };

    private static Severity ParseSeverity(string text, string path) => text switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "inconsistency" => Severity.Inconsistency,
        "error" => Severity.Error,
        _ => throw new GovBudgetFormatException($"'{text}' is not a severity (info, warning, inconsistency, error)", null, null, null, path),
    };

    private static void WriteAddress(Utf8JsonWriter writer, string name, CellAddress address)
    {
        writer.WriteStartObject(name);
        writer.WriteString("table", address.TableId);
        writer.WriteString("row", address.Row.ToString());
        writer.WriteString("column", address.ColumnId);
        writer.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter writer, string name, Amount? amount)
    {
        if (amount is { } a)
        {
            writer.WriteString(name, a.ToString());
        }
    }

    private static void WriteInterval(Utf8JsonWriter writer, string name, AmountInterval? interval)
    {
        if (interval is { } i)
        {
            writer.WriteStartArray(name);
            writer.WriteStringValue(i.Lower.ToString());
            writer.WriteStringValue(i.Upper.ToString());
            writer.WriteEndArray();
        }
    }

    private static CellAddress Address(JsonElement parent, string name, string path)
    {
        var element = Property(parent, name, path);
        var row = String(element, "row", path + "." + name);
        return new CellAddress(
            String(element, "table", path + "." + name),
            Parse(() => RowKey.Parse(row, CultureInfo.InvariantCulture), path + "." + name + ".row"),
            String(element, "column", path + "." + name));
    }

    private static Amount? OptionalAmount(JsonElement parent, string name, string path)
        => OptionalString(parent, name) is { } text ? Parse(() => Amount.Parse(text, CultureInfo.InvariantCulture), path + "." + name) : null;

    private static AmountInterval? OptionalInterval(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
        {
            throw new GovBudgetFormatException("an interval is an array of two amounts", null, null, null, path + "." + name);
        }

        return Parse(() => new AmountInterval(Amount.Parse(element[0].GetString()!, CultureInfo.InvariantCulture), Amount.Parse(element[1].GetString()!, CultureInfo.InvariantCulture)), path + "." + name);
    }

    private static T Parse<T>(Func<T> parse, string path)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new GovBudgetFormatException(ex.Message, null, null, null, path, ex);
        }
    }

    private static JsonElement Property(JsonElement parent, string name, string path)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value
            : throw new GovBudgetFormatException($"missing the property '{name}'", null, null, null, path + "." + name);

    private static string String(JsonElement parent, string name, string path)
        => Property(parent, name, path) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new GovBudgetFormatException($"'{name}' must be a string", null, null, null, path + "." + name);

    private static string? OptionalString(JsonElement parent, string name)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement parent, string name, string path)
        => Property(parent, name, path) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var n)
            ? n
            : throw new GovBudgetFormatException($"'{name}' must be an integer", null, null, null, path + "." + name);

    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name, string path)
        => Property(parent, name, path) is { ValueKind: JsonValueKind.Array } value
            ? value.EnumerateArray()
            : throw new GovBudgetFormatException($"'{name}' must be an array", null, null, null, path + "." + name);
}
